#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTranslator;

namespace cabildo {

class EventDocument;
class ThemeToggleButton;

/**
 * The kiosk's ballot while a voting round is open: the participant taps themes (one dot
 * each, up to the round's votes per person), sees how many dots are left, can tap a
 * theme again to take its dot back, and casts the ballot. The ballot stores only the set
 * of themes (nothing about the person), then the form is empty for the next person.
 *
 * It speaks the language chosen with the kiosk's language buttons (setLanguage).
 */
class KioskVotePanel : public QWidget
{
    Q_OBJECT

public:
    explicit KioskVotePanel(EventDocument *document, QWidget *parent = nullptr);

    /** The kiosk form's translator (may be null: English) and its language key. */
    void setLanguage(const QTranslator *translator, const QString &languageKey);
    /** Takes back every dot; for the next person. */
    void reset();
    /** The round the ballot is for (the open round), 0 when none. */
    qint64 roundId() const { return m_roundId; }
    QList<qint64> chosenThemes() const;
    /** Compact beside the board; above it (portrait) the list asks for the room of its themes. */
    void setCompactList(bool compact);
    int votesLeft() const;

signals:
    /** A ballot is stored; the form is empty again. */
    void ballotCast();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString ktr(const char *source, const char *disambiguation = nullptr, int n = -1) const;
    void resync();
    void rebuildButtons();
    void layOutButtons();
    void themeToggled(ThemeToggleButton *button, bool chosen);
    void updateState();
    void retranslate();
    void submit();
    void showMessage(const QString &text, bool isError);

    QPointer<EventDocument> m_document;
    const QTranslator *m_translator = nullptr;
    QString m_language;
    qint64 m_roundId = 0;

    QLabel *m_heading;
    QLabel *m_instructions;
    QLabel *m_dots;
    QLabel *m_votesLeft;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_list;
    QGridLayout *m_grid;
    QHash<qint64, ThemeToggleButton *> m_buttons; ///< by theme id
    QList<qint64> m_order;                        ///< theme ids as the buttons are laid out
    int m_columns = 1;
    // Dragging the list with a finger: the mouse events of the list and its themes drive a
    // QScroller (kinetic scrolling); a drag that started on a theme does not choose it.
    QElapsedTimer m_dragClock;
    bool m_dragging = false;
    bool m_swallowRelease = false;
    QPushButton *m_submit;
    QLabel *m_message;
    QTimer m_messageTimer;
};

} // namespace cabildo
