#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace cabildo {

class EventDocument;
class VoteResultsChart;

/**
 * The results of a voting round in a window of its own, to drag onto the projector:
 * which round, "Reveal totals", and "Full screen", where only the chart shows (Esc or
 * F11 leaves it).
 */
class VoteResultsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit VoteResultsWindow(QWidget *parent = nullptr);

    void setDocument(EventDocument *document);
    void showRound(qint64 roundId);
    VoteResultsChart *chart() const { return m_chart; }
    void setFullScreenMode(bool on);
    /** The chart as a 1920×1080 PNG or SVG (by the suffix); an error message, empty on success. */
    QString saveImage(const QString &path) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillRounds();
    void updateControls();

    QPointer<EventDocument> m_document;
    QWidget *m_controls;
    QComboBox *m_roundCombo;
    QLabel *m_roundLabel;
    QPushButton *m_revealButton;
    QPushButton *m_fullScreenButton;
    QPushButton *m_saveImageButton;
    VoteResultsChart *m_chart;
};

} // namespace cabildo
