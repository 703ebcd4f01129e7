#pragma once

#include <QObject>
#include <QTimer>

namespace cabildo {

class EventDocument;

/**
 * The room's timer as it ticks (issue 14): the screens that show it (main window,
 * projector, kiosk) listen here rather than each running its own countdown, so they
 * agree to the second. It reads the document's timer against the document's clock
 * (EventDocument::now(), which tests set), and when the timer reaches zero it says so
 * once, and closes the open round if the facilitator chose that. A timer that ran out
 * while Cabildo was closed shows "time is up" when the event opens, without a sound or
 * closing anything: nobody was there to hear it.
 */
class RoomClock : public QObject
{
    Q_OBJECT

public:
    explicit RoomClock(EventDocument *document);

    qint64 remainingMs() const;
    /** Whole seconds left, rounded up: 0:01 until the very end. */
    qint64 secondsLeft() const;
    bool isRunning() const;
    /** Set and at zero: "time is up". */
    bool hasEnded() const;

public slots:
    /** Reads the time again: every 100 ms while the timer runs, and from tests with their own clock. */
    void tick();

signals:
    /** The shown time changed (another second, or the timer was set, started, paused, stopped). */
    void changed();
    /** The running timer reached zero (once per run). */
    void ended();

private:
    void follow();

    EventDocument *m_document;
    QTimer m_ticker;
    qint64 m_shownSeconds = -1;
    bool m_endAnnounced = false;
};

} // namespace cabildo
