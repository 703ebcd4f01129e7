#pragma once

#include "model/changes.h"

#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * Every undoable edit of rooms, slots, sessions and placements: a change and its inverse,
 * computed by EventDocument when the step is made. Like the other commands, it marks
 * itself obsolete when the file refuses the write, so the stack never records a change
 * that did not happen.
 */
class AgendaCommand : public QUndoCommand
{
public:
    AgendaCommand(EventDocument *document, const QString &text, const AgendaChange &change,
                  const AgendaChange &inverse);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    AgendaChange m_change;
    AgendaChange m_inverse;
};

} // namespace cabildo
