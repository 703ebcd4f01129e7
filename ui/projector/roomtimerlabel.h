#pragma once

#include <QLabel>
#include <QPointer>

namespace cabildo {

class EventDocument;

/**
 * The room's timer in big type, for the projector: "4:59", "1:29:59" from an hour on,
 * dimmed while paused, and "Time is up" on red when it reaches zero. Hidden while no
 * timer is set. It reads the document's RoomClock, so it agrees with every other screen.
 */
class RoomTimerLabel : public QLabel
{
    Q_OBJECT

public:
    explicit RoomTimerLabel(EventDocument *document, QWidget *parent = nullptr);

    bool showsTimeUp() const { return m_timeUp; }
    void setPixelSize(int pixels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow();

    QPointer<EventDocument> m_document;
    bool m_timeUp = false;
};

} // namespace cabildo
