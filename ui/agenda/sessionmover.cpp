#include "sessionmover.h"

#include "agendagridmodel.h"
#include "agendagridview.h"
#include "document/eventdocument.h"
#include "unscheduledlist.h"

#include <QApplication>
#include <QHeaderView>

namespace cabildo {

SessionMover::SessionMover(AgendaGridView *grid, UnscheduledList *list, QObject *parent)
    : QObject(parent), m_grid(grid), m_list(list)
{
}

void SessionMover::setDocument(EventDocument *document)
{
    endDrag();
    cancelHold();
    m_document = document;
}

void SessionMover::press(qint64 sessionId, const QPoint &globalPos)
{
    m_pressed = sessionId;
    m_pressPos = globalPos;
    m_dragging = false;
}

bool SessionMover::move(const QPoint &globalPos)
{
    if (!m_pressed || !m_document || m_document->isReadOnly())
        return false;
    if (!m_dragging && (globalPos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return false;
    if (!m_dragging) {
        m_dragging = true;
        QApplication::setOverrideCursor(Qt::ClosedHandCursor);
    }
    // Show where it would land: a frame around the cell, or the list lit up.
    m_grid->setDropTarget(cellAt(globalPos));
    m_list->setDropHighlight(overList(globalPos));
    return true;
}

bool SessionMover::release(const QPoint &globalPos)
{
    const qint64 session = m_pressed;
    const bool wasDragging = m_dragging;
    endDrag();
    if (!wasDragging || !m_document)
        return false;
    if (const QModelIndex cell = cellAt(globalPos); cell.isValid())
        moveToCell(session, cell);
    else if (overList(globalPos))
        unschedule(session);
    return true;
}

void SessionMover::endDrag()
{
    if (m_dragging)
        QApplication::restoreOverrideCursor();
    m_pressed = 0;
    m_dragging = false;
    m_grid->setDropTarget({});
    m_list->setDropHighlight(false);
}

void SessionMover::hold(qint64 sessionId)
{
    m_held = sessionId;
    emit holdChanged(m_held);
    if (const Session *session = m_document ? m_document->session(sessionId) : nullptr)
        emit message(
            tr("Moving %1: choose a cell with the arrow keys and press Enter (Esc cancels).").arg(session->title));
}

void SessionMover::cancelHold()
{
    if (!m_held)
        return;
    m_held = 0;
    emit holdChanged(0);
    emit message(QString());
}

QModelIndex SessionMover::cellAt(const QPoint &globalPos) const
{
    QWidget *viewport = m_grid->viewport();
    const QPoint local = viewport->mapFromGlobal(globalPos);
    if (!m_grid->isVisible() || !viewport->rect().contains(local))
        return {};
    return m_grid->indexAt(local);
}

bool SessionMover::overList(const QPoint &globalPos) const
{
    return m_list->isVisible() && m_list->rect().contains(m_list->mapFromGlobal(globalPos));
}

bool SessionMover::moveToCell(qint64 sessionId, const QModelIndex &cell)
{
    if (!m_document || !m_document->session(sessionId) || !cell.isValid())
        return false;
    auto *model = m_grid->gridModel();
    const qint64 slotId = model->slotAt(cell.row());
    const qint64 roomId = model->roomAt(cell.column());
    const TimeSlot *slot = m_document->timeSlot(slotId);
    if (slot->kind != SlotKind::Sessions) {
        emit message(tr("%1 is for everyone: sessions go in the other time slots.").arg(cell.data().toString()));
        return false;
    }
    const qint64 occupant = m_document->sessionAt(slotId, roomId);
    if (occupant == sessionId)
        return false;
    const Outcome moved =
        occupant ? m_document->swapSessions(sessionId, occupant) : m_document->placeSession(sessionId, slotId, roomId);
    if (!moved && !moved.error().isEmpty())
        emit message(moved.error());
    if (moved) {
        m_grid->setCurrentIndex(model->indexOfSession(sessionId));
        emit message(QString()); // a hint or refusal from before no longer applies
    }
    return moved.ok();
}

bool SessionMover::unschedule(qint64 sessionId)
{
    return m_document && m_document->unplaceSession(sessionId).ok();
}

} // namespace cabildo
