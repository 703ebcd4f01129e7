#include "votecommands.h"

#include "document/eventdocument.h"

namespace cabildo {

VoteCommand::VoteCommand(EventDocument *document, const QString &text, const VoteChange &change,
                         const VoteChange &inverse)
    : QUndoCommand(text)
    , m_document(document)
    , m_change(change)
    , m_inverse(inverse)
{
}

void VoteCommand::redo()
{
    if (!m_document->applyVoteChange(m_change))
        setObsolete(true);
}

void VoteCommand::undo()
{
    if (!m_document->applyVoteChange(m_inverse))
        setObsolete(true);
}

} // namespace cabildo
