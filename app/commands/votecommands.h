#pragma once

#include "model/changes.h"

#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * Every undoable edit of rounds, ballots and tallies: a change and its inverse, computed by
 * EventDocument when the step is made; obsolete when the file refuses the write.
 */
class VoteCommand : public QUndoCommand
{
public:
    VoteCommand(EventDocument *document, const QString &text, const VoteChange &change,
                const VoteChange &inverse);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    VoteChange m_change;
    VoteChange m_inverse;
};

} // namespace cabildo
