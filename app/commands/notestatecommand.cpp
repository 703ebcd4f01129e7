#include "notestatecommand.h"

#include "document/eventdocument.h"

namespace cabildo {

NoteStateCommand::NoteStateCommand(EventDocument *document, const QString &text, const QHash<qint64, NoteState> &from,
                                   NoteState to, const QHash<qint64, QPointF> &fromPositions,
                                   const QHash<qint64, QPointF> &toPositions)
    : QUndoCommand(text), m_document(document), m_from(from), m_fromPositions(fromPositions), m_toPositions(toPositions)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        m_to.insert(it.key(), to);
}

void NoteStateCommand::redo()
{
    if (!m_document->applyNoteStates(m_to, m_toPositions))
        setObsolete(true);
}

void NoteStateCommand::undo()
{
    if (!m_document->applyNoteStates(m_from, m_fromPositions))
        setObsolete(true);
}

} // namespace cabildo
