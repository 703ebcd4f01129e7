#pragma once

#include <QAbstractButton>
#include <QColor>

namespace cabildo {

/**
 * A theme on the kiosk's ballot: a big checkable button whose title wraps over as many
 * lines as it needs (QPushButton's text does not wrap), with the theme's colour on its
 * edge and a round mark that fills when the participant has put a dot on it. A full
 * theme (at the round's cap) is disabled and says so.
 */
class ThemeToggleButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ThemeToggleButton(qint64 themeId, QWidget *parent = nullptr);

    qint64 themeId() const { return m_themeId; }
    void setThemeColour(const QColor &colour);
    /** Full: no more votes for this theme in the round. `label` is the word shown ("Full"). */
    void setFull(bool full, const QString &label);
    bool isFull() const { return m_full; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect(const QRect &bounds) const;

    qint64 m_themeId;
    QColor m_colour;
    bool m_full = false;
    QString m_fullLabel;
};

} // namespace cabildo
