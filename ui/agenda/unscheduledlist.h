#pragma once

#include <QListWidget>
#include <QPointer>

namespace cabildo {

class AgendaFacts;
class EventDocument;
class SessionMover;

/**
 * The sessions not on the grid, most wanted first. Drag one onto a cell (press, move,
 * release), or pick it up from the keyboard with Space or Enter and choose the cell in
 * the grid. Dropping a session from the grid here unschedules it.
 */
class UnscheduledList : public QListWidget
{
    Q_OBJECT

public:
    explicit UnscheduledList(QWidget *parent = nullptr);

    void setMover(SessionMover *mover) { m_mover = mover; }
    /** Refills the list from the document; keeps the selected session selected. */
    void refresh(const EventDocument *document, const AgendaFacts &facts);
    qint64 currentSession() const;
    void setDropHighlight(bool on);

signals:
    /** Space or Enter on a session: the grid takes over to choose its cell. */
    void pickedUp(qint64 sessionId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    SessionMover *m_mover = nullptr;
    bool m_highlighted = false;
};

} // namespace cabildo
