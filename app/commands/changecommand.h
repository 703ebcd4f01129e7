#pragma once

#include "model/changes.h"

#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * Every undoable edit of rooms, slots, sessions, placements, rounds, ballots and tallies:
 * a change and its inverse, computed by EventDocument when the step is made. Like the other
 * commands, it marks itself obsolete when the file refuses the write, so the stack never
 * records a change that did not happen.
 */
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(EventDocument *document, const QString &text, const EventChange &change, const EventChange &inverse);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    EventChange m_change;
    EventChange m_inverse;
};

} // namespace cabildo
