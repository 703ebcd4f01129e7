#include "themecommands.h"

#include "document/eventdocument.h"

#include <QCoreApplication>
#include <QSet>

namespace cabildo {

namespace {

/** Undo-step names share the note commands' translation context. */
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

QString quoted(const QString &title)
{
    return UndoText::tr("“%1”").arg(title);
}

} // namespace

CreateThemeCommand::CreateThemeCommand(EventDocument *document, const Theme &theme, const QList<qint64> &noteIds,
                                       const QHash<qint64, QPointF> &positions)
    : m_document(document), m_theme(theme), m_noteIds(noteIds), m_to(positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_from.insert(it.key(), document->note(it.key())->pos);
    QSet<qint64> from;
    for (qint64 id : noteIds) {
        const qint64 themeId = document->note(id)->themeId;
        m_previous.insert(id, themeId);
        from.insert(themeId);
    }
    const bool split = from.size() == 1 && *from.cbegin() != 0;
    setText(split ? UndoText::tr("Split theme %1").arg(quoted(document->theme(*from.cbegin())->title))
                  : UndoText::tr("Create theme %1").arg(quoted(theme.title)));
}

void CreateThemeCommand::redo()
{
    QList<Theme> themes{m_theme};
    if (!m_document->applyAddThemes(themes, {m_noteIds}, m_to)) {
        setObsolete(true);
        return;
    }
    m_theme.id = themes.constFirst().id;
}

void CreateThemeCommand::undo()
{
    if (!m_document->applyRemoveThemes({m_theme.id}, m_previous, m_from))
        setObsolete(true);
}

AddThemesCommand::AddThemesCommand(EventDocument *document, const QList<Theme> &themes,
                                   const QList<QList<qint64>> &notesOf, const QHash<qint64, QPointF> &positions)
    : QUndoCommand(UndoText::tr("Accept %n suggested theme(s)", nullptr, int(themes.size()))), m_document(document),
      m_themes(themes), m_notesOf(notesOf), m_to(positions)
{
    for (const QList<qint64> &notes : notesOf)
        for (qint64 id : notes) {
            m_previous.insert(id, document->note(id)->themeId);
            m_from.insert(id, document->note(id)->pos);
        }
}

void AddThemesCommand::redo()
{
    if (!m_document->applyAddThemes(m_themes, m_notesOf, m_to))
        setObsolete(true);
}

void AddThemesCommand::undo()
{
    QList<qint64> ids;
    for (const Theme &theme : std::as_const(m_themes))
        ids.append(theme.id);
    if (!m_document->applyRemoveThemes(ids, m_previous, m_from))
        setObsolete(true);
}

RemoveThemesCommand::RemoveThemesCommand(EventDocument *document, const QList<Theme> &themes,
                                         const QList<QList<qint64>> &notesOf, qint64 keep, const VoteChange &votes,
                                         const VoteChange &votesUndo, const AgendaChange &sessions,
                                         const AgendaChange &sessionsUndo)
    : m_document(document), m_themes(themes), m_notesOf(notesOf), m_keep(keep), m_votes(votes), m_votesUndo(votesUndo),
      m_sessions(sessions), m_sessionsUndo(sessionsUndo)
{
    if (keep)
        setText(UndoText::tr("Merge %n theme(s) into %1", nullptr, int(themes.size()))
                    .arg(quoted(document->theme(keep)->title)));
    else
        setText(UndoText::tr("Dissolve theme %1").arg(quoted(themes.constFirst().title)));
}

void RemoveThemesCommand::redo()
{
    QList<qint64> ids;
    QHash<qint64, qint64> themeOfNote;
    for (int i = 0; i < m_themes.size(); ++i) {
        ids.append(m_themes.at(i).id);
        for (qint64 noteId : m_notesOf.at(i))
            themeOfNote.insert(noteId, m_keep);
    }
    if (!m_document->applyRemoveThemes(ids, themeOfNote, {}, m_votes, m_sessions))
        setObsolete(true);
}

void RemoveThemesCommand::undo()
{
    if (!m_document->applyAddThemes(m_themes, m_notesOf, {}, m_votesUndo, m_sessionsUndo))
        setObsolete(true);
}

AssignNotesCommand::AssignNotesCommand(EventDocument *document, const QHash<qint64, qint64> &from, qint64 themeId)
    : m_document(document), m_from(from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        m_to.insert(it.key(), themeId);
    const int count = int(from.size());
    if (themeId)
        setText(UndoText::tr("Move %n note(s) to %1", nullptr, count).arg(quoted(document->theme(themeId)->title)));
    else
        setText(UndoText::tr("Take %n note(s) out of their theme", nullptr, count));
}

void AssignNotesCommand::redo()
{
    if (!m_document->applyAssignments(m_to))
        setObsolete(true);
}

void AssignNotesCommand::undo()
{
    if (!m_document->applyAssignments(m_from))
        setObsolete(true);
}

MoveIntoThemeCommand::MoveIntoThemeCommand(EventDocument *document, const QHash<qint64, QPointF> &fromPositions,
                                           const QHash<qint64, QPointF> &toPositions,
                                           const QHash<qint64, qint64> &fromThemes, qint64 themeId)
    : m_document(document), m_fromPositions(fromPositions), m_toPositions(toPositions), m_fromThemes(fromThemes)
{
    for (auto it = fromThemes.cbegin(); it != fromThemes.cend(); ++it)
        m_toThemes.insert(it.key(), themeId);
    const int count = int(fromThemes.size());
    if (themeId)
        setText(UndoText::tr("Move %n note(s) to %1", nullptr, count).arg(quoted(document->theme(themeId)->title)));
    else
        setText(UndoText::tr("Take %n note(s) out of their theme", nullptr, count));
}

void MoveIntoThemeCommand::redo()
{
    if (!m_document->applyPositionsAndThemes(m_toPositions, m_toThemes))
        setObsolete(true);
}

void MoveIntoThemeCommand::undo()
{
    if (!m_document->applyPositionsAndThemes(m_fromPositions, m_fromThemes))
        setObsolete(true);
}

UpdateThemeCommand::UpdateThemeCommand(EventDocument *document, const Theme &from, const Theme &to)
    : m_document(document), m_from(from), m_to(to)
{
    if (from.title != to.title)
        setText(UndoText::tr("Rename theme %1").arg(quoted(to.title)));
    else if (from.colour != to.colour)
        setText(UndoText::tr("Recolour theme %1").arg(quoted(to.title)));
    else if (from.collapsed != to.collapsed)
        setText(to.collapsed ? UndoText::tr("Collapse theme %1").arg(quoted(to.title))
                             : UndoText::tr("Expand theme %1").arg(quoted(to.title)));
    else
        setText(UndoText::tr("Change theme %1").arg(quoted(to.title)));
}

void UpdateThemeCommand::redo()
{
    if (!m_document->applyThemeUpdate(m_to))
        setObsolete(true);
}

void UpdateThemeCommand::undo()
{
    if (!m_document->applyThemeUpdate(m_from))
        setObsolete(true);
}

} // namespace cabildo
