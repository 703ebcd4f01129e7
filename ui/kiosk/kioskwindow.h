#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QBoxLayout;
class QButtonGroup;
class QTranslator;
class QDialog;
class QFrame;
class QLabel;
class QPushButton;
class QScreen;
class QScrollArea;
class QStackedWidget;

namespace cabildo {

class BoardScene;
class BoardView;
class EventDocument;
class KioskAgenda;
class PriorityForm;
class KioskNoteCard;
class KioskVotePanel;

/**
 * The participants' window: a full-screen "Add your priority" form beside a read-only,
 * live view of the board, following the room's phase (issue 14): the form in Capture,
 * "the facilitator is grouping" in Group, the ballot while a round is open (whatever the
 * phase) and "voting has not started" in Vote without one, the agenda in Agenda and
 * Publish; the room's timer in big type above the board while one is set. Face-down
 * notes show on its board face down. The only change it can make to the event is one AddNotes step
 * per submitted priority, which the facilitator can undo from the main window: notes
 * already on the board cannot be edited, moved or deleted from here, no shortcut of the
 * application fires in this window, and it refuses to close until the facilitator types
 * the PIN (or the main window closes the event).
 *
 * The form itself is a PriorityForm; beside it, while a round is open, the KioskVotePanel.
 * The kiosk borrows the event it is given: the main window owns the kiosk, and closes and
 * deletes it before that event closes (OpenEvent::aboutToClose).
 */
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(EventDocument *document, const QString &pin, QWidget *parent = nullptr);
    ~KioskWindow() override;

    /** Covers `screen` (the primary screen when null) in full-screen mode. */
    void showOn(QScreen *screen);
    /** Closes the kiosk (emitting exited()) and returns true when `pin` is the facilitator's. */
    bool tryUnlock(const QString &pin);
    /** Closes the kiosk whatever the PIN: the facilitator closed the event from the main window. */
    void forceClose();
    /** The high-contrast board of the Preferences, for the participants' view too. */
    void setHighContrast(bool on);
    /** How long an untouched, half-filled form waits before it is cleared (3 minutes by default). */
    void setIdleResetDelay(int milliseconds) { m_idleTimer.setInterval(milliseconds); }
    /** Shows the PIN dialog, as the "Facilitator" button does. */
    void askForPin();
    /** True while a voting round is open and the kiosk shows its ballot instead of the form. */
    bool isVoting() const;
    /** The page the room's phase shows: the form, the ballot, a waiting message or the agenda. */
    QWidget *currentPage() const;

signals:
    /** The kiosk window has closed: unlocked with the PIN, or forced. Emitted once. */
    void exited();
    /** A participant's priority is now on the board. */
    void noteSubmitted(qint64 noteId);
    /** A participant's ballot is stored. */
    void ballotCast();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFormColumn();
    QWidget *createBoardColumn();
    void applyStyle();
    void retranslateUi();
    /** Shows the form and the ballot in `key`'s language ("en", "fr", "es", "pt"). */
    void setFormLanguage(const QString &key);
    /**
     * tr() for what participants read: in the language they chose on the form, which may
     * not be the interface's. lupdate knows it as tr (-tr-function-alias tr+=ktr).
     */
    QString ktr(const char *source, const char *disambiguation = nullptr, int n = -1) const;
    /** A tap on a note on the board: the whole note, read-only, on a card. */
    void showNote(qint64 noteId);
    void updateBoardCaption();
    void updateOrientation();
    /** The ballot while a round is open, else the phase's page. */
    void updateMode();
    QWidget *pageForRoom() const;
    /** What the waiting page says: the facilitator is grouping, or voting has not started. */
    void updateWaitPage();
    void updateTimer();
    void setHighlightedNote(qint64 noteId);
    void documentDestroyed();

    QPointer<EventDocument> m_document;
    QString m_pin;
    bool m_mayClose = false;
    bool m_exitedEmitted = false;
    qint64 m_highlightedNote = 0;

    BoardScene *m_scene = nullptr;
    BoardView *m_board = nullptr;
    KioskNoteCard *m_noteCard = nullptr;
    QBoxLayout *m_body = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QFrame *m_formCard = nullptr;
    QStackedWidget *m_modes = nullptr; ///< the priority form or the ballot
    PriorityForm *m_form = nullptr;
    KioskVotePanel *m_votePanel = nullptr;
    QWidget *m_waitPage = nullptr; ///< Group, or Vote with no round open
    QLabel *m_waitHeading = nullptr;
    QLabel *m_waitText = nullptr;
    KioskAgenda *m_agenda = nullptr;

    QButtonGroup *m_languageButtons = nullptr;
    QString m_formLanguage;
    std::unique_ptr<QTranslator> m_formTranslator;

    QLabel *m_eventTitle = nullptr;
    QLabel *m_timer = nullptr; ///< the room's timer, while one is set
    QLabel *m_boardCaption = nullptr;
    QPushButton *m_exitButton = nullptr;
    QPointer<QDialog> m_pinDialog;

    QTimer m_idleTimer; ///< clears a half-filled form nobody touched for a while
    QTimer m_fitTimer;
};

} // namespace cabildo
