#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPoint>
#include <QPointer>

namespace cabildo {

class AgendaGridView;
class EventDocument;
class UnscheduledList;

/**
 * Moves sessions between the unscheduled list and the grid's cells, for the mouse and the
 * keyboard alike. The mouse part is plain press / move / release in global coordinates
 * (no QDrag, which does nothing offscreen): whichever widget got the press forwards its
 * events here, and the target is found under the pointer. A free cell takes the session,
 * an occupied one swaps, the list unschedules. Each move is one undo step.
 */
class SessionMover : public QObject
{
    Q_OBJECT

public:
    SessionMover(AgendaGridView *grid, UnscheduledList *list, QObject *parent = nullptr);

    void setDocument(EventDocument *document);

    // The mouse: a press on a session, moves, and the release that drops it.
    void press(qint64 sessionId, const QPoint &globalPos);
    /** Returns true once the pointer went far enough for a drag (the widget then skips its own handling). */
    bool move(const QPoint &globalPos);
    /** Returns true when a drag ended here (whether or not the drop was allowed). */
    bool release(const QPoint &globalPos);
    bool isDragging() const { return m_dragging; }

    // The keyboard: pick a session up (Space), walk the grid with the arrows, drop (Enter).
    void hold(qint64 sessionId);
    qint64 heldSession() const { return m_held; }
    void cancelHold();

    /** Puts a session into a cell: a free cell takes it, an occupied one swaps. */
    bool moveToCell(qint64 sessionId, const QModelIndex &cell);
    bool unschedule(qint64 sessionId);

signals:
    /** A refusal or a hint for the status line ("Coffee is a break: …"). */
    void message(const QString &text);
    void holdChanged(qint64 sessionId);

private:
    QModelIndex cellAt(const QPoint &globalPos) const;
    bool overList(const QPoint &globalPos) const;
    void endDrag();

    AgendaGridView *m_grid;
    UnscheduledList *m_list;
    QPointer<EventDocument> m_document;
    qint64 m_pressed = 0;
    QPoint m_pressPos;
    bool m_dragging = false;
    qint64 m_held = 0;
};

} // namespace cabildo
