#include "agendacommands.h"

#include "document/eventdocument.h"

namespace cabildo {

AgendaCommand::AgendaCommand(EventDocument *document, const QString &text, const AgendaChange &change,
                             const AgendaChange &inverse)
    : QUndoCommand(text)
    , m_document(document)
    , m_change(change)
    , m_inverse(inverse)
{
}

void AgendaCommand::redo()
{
    if (!m_document->applyAgendaChange(m_change))
        setObsolete(true);
}

void AgendaCommand::undo()
{
    if (!m_document->applyAgendaChange(m_inverse))
        setObsolete(true);
}

} // namespace cabildo
