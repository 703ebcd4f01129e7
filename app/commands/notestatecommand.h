#pragma once

#include "model/note.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * The moderation of notes as one undo step: approving notes from the Incoming list, hiding
 * notes from the room, showing them again. Notes that leave the Incoming list also get a
 * free place on the wall, which undo takes back. Like the other commands, it marks itself
 * obsolete when the file refuses the write.
 */
class NoteStateCommand : public QUndoCommand
{
public:
    NoteStateCommand(EventDocument *document, const QString &text, const QHash<qint64, NoteState> &from, NoteState to,
                     const QHash<qint64, QPointF> &fromPositions, const QHash<qint64, QPointF> &toPositions);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QHash<qint64, NoteState> m_from;
    QHash<qint64, NoteState> m_to;
    QHash<qint64, QPointF> m_fromPositions;
    QHash<qint64, QPointF> m_toPositions;
};

} // namespace cabildo
