#include "changecommand.h"

#include "commandids.h"
#include "document/eventdocument.h"

#include <QDateTime>
#include <QSet>

namespace cabildo {

namespace {

constexpr qint64 nudgeBurstMs = 1000;

QSet<qint64> notesOf(const EventChange &change)
{
    QSet<qint64> ids;
    for (const Note &note : change.notes.notes)
        ids.insert(note.id);
    return ids;
}

} // namespace

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

NudgeNotesCommand::NudgeNotesCommand(EventDocument *document, const QString &text, const EventChange &change,
                                     const EventChange &inverse)
    : ChangeCommand(document, text, change, inverse), m_lastNudgeMs(QDateTime::currentMSecsSinceEpoch())
{
}

int NudgeNotesCommand::id() const
{
    return CommandNudgeNotes;
}

bool NudgeNotesCommand::mergeWith(const QUndoCommand *other)
{
    // A nudge the file refused marked itself obsolete: folding its target in would make a
    // later redo move the notes to a place they never reached.
    if (other->isObsolete())
        return false;
    const auto *nudge = static_cast<const NudgeNotesCommand *>(other);
    if (notesOf(nudge->m_change) != notesOf(m_change))
        return false;
    // One step is one burst of arrow keys: a nudge a while later is a new decision.
    if (nudge->m_lastNudgeMs - m_lastNudgeMs > nudgeBurstMs)
        return false;
    // The same notes, so the later positions replace these; the inverse still goes back
    // to where the burst began.
    m_change = nudge->m_change;
    m_lastNudgeMs = nudge->m_lastNudgeMs;
    return true;
}

} // namespace cabildo
