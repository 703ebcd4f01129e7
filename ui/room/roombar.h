#pragma once

#include "model/outcome.h"
#include "model/roomstate.h"
#include "openevent.h"

#include <QPointer>
#include <QToolBar>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSpinBox;
class QToolButton;

namespace cabildo {

class EventDocument;
class RoomChime;

/**
 * The facilitator steers the room (issue 14): a bar under the main toolbar, and the Room
 * menu with the same actions. The phase (Capture → Group → Vote → Agenda → Publish,
 * changeable at any time); the timer (a length in minutes, start and pause, a minute
 * more, stop, and what happens at the end) counting down as the document's RoomClock
 * says, with a sound at the end; "Hide notes until revealed" and Reveal, which shows how
 * many notes are face down. Every change goes through EventDocument and the bar re-syncs
 * from its signals. When the open round closes (from the Votes menu, or at the end of the
 * time) the bar offers to move the room on to the Agenda phase; nothing waits for the
 * answer.
 */
class RoomBar : public QToolBar, public EventBorrower
{
    Q_OBJECT

public:
    explicit RoomBar(QWidget *parent = nullptr);

    void setDocument(EventDocument *document) override;
    void retranslate();

    QMenu *menu() const { return m_menu; }
    /** The row under the bar that offers the Agenda phase when a round closes; hidden otherwise. */
    QToolBar *offerBar() const { return m_offerBar; }
    RoomChime *chime() const { return m_chime; }
    QAction *phaseAction(Phase phase) const;

private:
    struct Actions
    {
        QAction *startPause, *addMinute, *stop, *setLength, *closeRound, *sound, *hideNotes, *reveal;
    };

    void createActions();
    void createBar();
    void createMenu();
    QToolButton *button(QAction *action, const QString &objectName);
    void sync();
    void updateCountdown();
    void updateReveal();
    /** The length field's minutes become the timer's length, unless the timer is already that long or running. */
    void applyLength();
    void startOrPause();
    void setTimerOption(bool RoomTimer::*option, bool on);
    void timeUp();
    void votesChanged();
    /** Offers the Agenda phase now that `closedRound` is closed; 0 takes the offer away. */
    void showAgendaOffer(qint64 closedRound);
    /** A change to the room through the document; a refusal is said in a message box. */
    void apply(const std::function<Outcome(EventDocument &)> &change);

    QPointer<EventDocument> m_document;
    QMenu *m_menu;
    QMenu *m_timerOptionsMenu;
    QActionGroup *m_phases;
    Actions m_actions{};
    RoomChime *m_chime;
    QLabel *m_phaseLabel = nullptr;
    QLabel *m_timerLabel = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_countdown = nullptr;
    QToolButton *m_timerOptions = nullptr;
    QToolBar *m_offerBar = nullptr; ///< the "move on to Agenda" strip, shown when a round closes
    QLabel *m_offerText = nullptr;
    QToolButton *m_offerAccept = nullptr;
    QToolButton *m_offerDismiss = nullptr;
    qint64 m_openRound = 0;  ///< the round open when the votes last changed, to see it close
    qint64 m_offerRound = 0; ///< the closed round the offer names, 0 while none shows
};

} // namespace cabildo
