#include "roomtimerlabel.h"

#include "room/countdowntext.h"

#include "document/eventdocument.h"
#include "document/roomclock.h"
#include "projectorstyle.h"

#include <QEvent>

namespace cabildo {

RoomTimerLabel::RoomTimerLabel(EventDocument *document, QWidget *parent) : QLabel(parent), m_document(document)
{
    setObjectName(QStringLiteral("projectorTimer"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    if (document) {
        connect(document->roomClock(), &RoomClock::changed, this, &RoomTimerLabel::follow);
        connect(document->roomClock(), &RoomClock::ended, this, &RoomTimerLabel::follow);
        connect(document, &EventDocument::roomStateChanged, this, &RoomTimerLabel::follow);
    }
    follow();
}

void RoomTimerLabel::setPixelSize(int pixels)
{
    QFont big = font();
    big.setPixelSize(pixels);
    big.setBold(true);
    setFont(big);
    setContentsMargins(pixels / 3, pixels / 10, pixels / 3, pixels / 10);
}

void RoomTimerLabel::follow()
{
    const RoomClock *clock = m_document ? m_document->roomClock() : nullptr;
    const bool set = clock && m_document->roomState().timer.isSet();
    setVisible(set);
    if (!set)
        return;
    m_timeUp = clock->hasEnded();
    // The end is seen from the back of the room: words, not 0:00, on red.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, m_timeUp ? projector::timeUp : QColor(Qt::black));
    colours.setColor(QPalette::WindowText,
                     m_timeUp || clock->isRunning() ? projector::ink : QColor(0x90, 0xa4, 0xae)); // dim: paused
    setPalette(colours);
    setText(m_timeUp ? tr("Time is up") : countdownText(clock->secondsLeft()));
    setAccessibleName(tr("Timer"));
    setAccessibleDescription(m_timeUp ? tr("Time is up") : clock->isRunning() ? text() : tr("%1, paused").arg(text()));
}

void RoomTimerLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        follow();
    QLabel::changeEvent(event);
}

} // namespace cabildo
