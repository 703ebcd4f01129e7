#include "roomclock.h"

#include "eventdocument.h"

namespace cabildo {

RoomClock::RoomClock(EventDocument *document) : QObject(document), m_document(document)
{
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &RoomClock::tick);
    connect(document, &EventDocument::roomStateChanged, this, &RoomClock::follow);
    // Run out while closed: shown as ended, announced never.
    m_endAnnounced = hasEnded();
    follow();
}

qint64 RoomClock::remainingMs() const
{
    return m_document->roomState().timer.remainingAt(m_document->now());
}

qint64 RoomClock::secondsLeft() const
{
    return (remainingMs() + 999) / 1000;
}

bool RoomClock::isRunning() const
{
    return m_document->roomState().timer.isRunning();
}

bool RoomClock::hasEnded() const
{
    return m_document->roomState().timer.hasEndedAt(m_document->now());
}

void RoomClock::follow()
{
    const RoomTimer &timer = m_document->roomState().timer;
    if (timer.isRunning() && !hasEnded()) {
        m_endAnnounced = false; // started again, or a minute added after the end
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    m_shownSeconds = -1;
    tick();
}

void RoomClock::tick()
{
    const qint64 seconds = secondsLeft();
    if (seconds != m_shownSeconds) {
        m_shownSeconds = seconds;
        emit changed();
    }
    if (!isRunning() || !hasEnded() || m_endAnnounced)
        return;
    m_endAnnounced = true;
    m_ticker.stop();
    if (m_document->roomState().timer.closeRoundAtEnd)
        if (const VoteRound *round = m_document->openRound())
            m_document->closeRound(round->id);
    emit ended();
}

} // namespace cabildo
