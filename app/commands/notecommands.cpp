#include "notecommands.h"

#include "commandids.h"
#include "document/eventdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace cabildo {

namespace {
/** All undo-step names share one translation context (app/README.md; as in Tiled). */
constexpr qint64 nudgeBurstMs = 1000;

struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

QList<qint64> idsOf(const QList<Note> &notes)
{
    QList<qint64> ids;
    ids.reserve(notes.size());
    for (const Note &note : notes)
        ids.append(note.id);
    return ids;
}
} // namespace

static QString addNotesText(const QList<Note> &notes)
{
    const int count = int(notes.size());
    switch (notes.isEmpty() ? NoteSource::Typed : notes.constFirst().source) {
    case NoteSource::Typed:
    case NoteSource::Phone: // phones' notes are nobody's undo step; a copy of one is added as any other
        return UndoText::tr("Add %n note(s)", nullptr, count);
    case NoteSource::Pasted:
        return UndoText::tr("Paste %n note(s)", nullptr, count);
    case NoteSource::Csv:
        return UndoText::tr("Import %n note(s)", nullptr, count);
    case NoteSource::Kiosk:
        return UndoText::tr("Add %n priority(s) from the kiosk", nullptr, count);
    }
    return {};
}

AddNotesCommand::AddNotesCommand(EventDocument *document, const QList<Note> &notes)
    : QUndoCommand(addNotesText(notes)), m_document(document), m_notes(notes)
{
}

void AddNotesCommand::redo()
{
    if (!m_document->applyInsert(m_notes))
        setObsolete(true);
}

void AddNotesCommand::undo()
{
    if (!m_document->applyRemove(idsOf(m_notes)))
        setObsolete(true);
}

RemoveNotesCommand::RemoveNotesCommand(EventDocument *document, const QList<Note> &notes)
    : QUndoCommand(UndoText::tr("Delete %n note(s)", nullptr, int(notes.size()))), m_document(document), m_notes(notes)
{
}

void RemoveNotesCommand::redo()
{
    if (!m_document->applyRemove(idsOf(m_notes)))
        setObsolete(true);
}

void RemoveNotesCommand::undo()
{
    if (!m_document->applyInsert(m_notes))
        setObsolete(true);
}

MoveNotesCommand::MoveNotesCommand(EventDocument *document, const QHash<qint64, QPointF> &from,
                                   const QHash<qint64, QPointF> &to, bool byKeyboard)
    : QUndoCommand(UndoText::tr("Move %n note(s)", nullptr, int(to.size()))), m_document(document), m_from(from),
      m_to(to), m_byKeyboard(byKeyboard), m_lastNudgeMs(QDateTime::currentMSecsSinceEpoch())
{
}

void MoveNotesCommand::redo()
{
    if (!m_document->applyPositions(m_to))
        setObsolete(true);
}

void MoveNotesCommand::undo()
{
    if (!m_document->applyPositions(m_from))
        setObsolete(true);
}

int MoveNotesCommand::id() const
{
    // Only arrow-key nudges merge: holding an arrow key is one step, two drags are two.
    return m_byKeyboard ? CommandNudgeNotes : -1;
}

bool MoveNotesCommand::mergeWith(const QUndoCommand *other)
{
    // A nudge the file refused marked itself obsolete: folding its target in would make a
    // later redo move the notes to a place they never reached.
    if (other->isObsolete())
        return false;
    const auto *move = static_cast<const MoveNotesCommand *>(other);
    if (QSet<qint64>(move->m_to.keyBegin(), move->m_to.keyEnd()) != QSet<qint64>(m_to.keyBegin(), m_to.keyEnd()))
        return false;
    // One step is one burst of arrow keys: a nudge a while later is a new decision.
    if (move->m_lastNudgeMs - m_lastNudgeMs > nudgeBurstMs)
        return false;
    m_to = move->m_to;
    m_lastNudgeMs = move->m_lastNudgeMs;
    return true;
}

EditNoteTextCommand::EditNoteTextCommand(EventDocument *document, qint64 noteId, const QString &from, const QString &to)
    : QUndoCommand(UndoText::tr("Edit note")), m_document(document), m_noteId(noteId), m_from(from), m_to(to)
{
}

void EditNoteTextCommand::redo()
{
    if (!m_document->applyText(m_noteId, m_to))
        setObsolete(true);
}

void EditNoteTextCommand::undo()
{
    if (!m_document->applyText(m_noteId, m_from))
        setObsolete(true);
}

RecolourNotesCommand::RecolourNotesCommand(EventDocument *document, const QHash<qint64, QString> &from,
                                           const QString &to)
    : QUndoCommand(UndoText::tr("Recolour %n note(s)", nullptr, int(from.size()))), m_document(document), m_from(from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        m_to.insert(it.key(), to);
}

void RecolourNotesCommand::redo()
{
    if (!m_document->applyColours(m_to))
        setObsolete(true);
}

void RecolourNotesCommand::undo()
{
    if (!m_document->applyColours(m_from))
        setObsolete(true);
}

SetEventInfoCommand::SetEventInfoCommand(EventDocument *document, const EventInfo &from, const EventInfo &to)
    : QUndoCommand(from.title != to.title ? UndoText::tr("Rename event") : UndoText::tr("Change event details")),
      m_document(document), m_from(from), m_to(to)
{
}

void SetEventInfoCommand::redo()
{
    if (!m_document->applyEventInfo(m_to))
        setObsolete(true);
}

void SetEventInfoCommand::undo()
{
    if (!m_document->applyEventInfo(m_from))
        setObsolete(true);
}

} // namespace cabildo
