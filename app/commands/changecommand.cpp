#include "changecommand.h"

#include "document/eventdocument.h"

namespace cabildo {

ChangeCommand::ChangeCommand(EventDocument *document, const QString &text, const EventChange &change,
                             const EventChange &inverse)
    : QUndoCommand(text), m_document(document), m_change(change), m_inverse(inverse)
{
}

void ChangeCommand::redo()
{
    if (!m_document->applyChange(m_change))
        setObsolete(true);
}

void ChangeCommand::undo()
{
    if (!m_document->applyChange(m_inverse))
        setObsolete(true);
}

} // namespace cabildo
