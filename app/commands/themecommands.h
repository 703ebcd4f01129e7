#pragma once

#include "model/changes.h"
#include "model/theme.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * The undoable edits of themes. Like the note commands, each calls the document's
 * apply*() and marks itself obsolete when the file refuses the write. A merge and a
 * dissolve are the same command: the themes go, their notes move to `keep` (0: no theme).
 */
class CreateThemeCommand : public QUndoCommand
{
public:
    /** `positions`: where the notes gather, when they move (empty: they stay). */
    CreateThemeCommand(EventDocument *document, const Theme &theme, const QList<qint64> &noteIds,
                       const QHash<qint64, QPointF> &positions = {});
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    Theme m_theme; ///< id filled in by the first redo
    QList<qint64> m_noteIds;
    QHash<qint64, qint64> m_previous; ///< each note's theme before: a split restores it
    QHash<qint64, QPointF> m_to;
    QHash<qint64, QPointF> m_from; ///< where moved notes were, for undo
};

/** Several themes at once, e.g. accepted suggestions. */
class AddThemesCommand : public QUndoCommand
{
public:
    AddThemesCommand(EventDocument *document, const QList<Theme> &themes, const QList<QList<qint64>> &notesOf,
                     const QHash<qint64, QPointF> &positions);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QList<Theme> m_themes; ///< ids filled in by the first redo
    QList<QList<qint64>> m_notesOf;
    QHash<qint64, qint64> m_previous;
    QHash<qint64, QPointF> m_from; ///< where the notes were before being gathered
    QHash<qint64, QPointF> m_to;
};

class RemoveThemesCommand : public QUndoCommand
{
public:
    /**
     * `votes` re-points ballots and tallies to `keep` on a merge, `sessions` the sessions made
     * from the merged themes; the `…Undo` changes restore them.
     */
    RemoveThemesCommand(EventDocument *document, const QList<Theme> &themes, const QList<QList<qint64>> &notesOf,
                        qint64 keep, const VoteChange &votes = {}, const VoteChange &votesUndo = {},
                        const AgendaChange &sessions = {}, const AgendaChange &sessionsUndo = {});
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QList<Theme> m_themes;
    QList<QList<qint64>> m_notesOf;
    qint64 m_keep;
    VoteChange m_votes;
    VoteChange m_votesUndo;
    AgendaChange m_sessions;
    AgendaChange m_sessionsUndo;
};

class AssignNotesCommand : public QUndoCommand
{
public:
    AssignNotesCommand(EventDocument *document, const QHash<qint64, qint64> &from, qint64 themeId);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QHash<qint64, qint64> m_from;
    QHash<qint64, qint64> m_to;
};

/** A drag that carries notes into a theme's frame, or out of it: move and join, one step. */
class MoveIntoThemeCommand : public QUndoCommand
{
public:
    MoveIntoThemeCommand(EventDocument *document, const QHash<qint64, QPointF> &fromPositions,
                         const QHash<qint64, QPointF> &toPositions, const QHash<qint64, qint64> &fromThemes,
                         qint64 themeId);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QHash<qint64, QPointF> m_fromPositions;
    QHash<qint64, QPointF> m_toPositions;
    QHash<qint64, qint64> m_fromThemes;
    QHash<qint64, qint64> m_toThemes;
};

class UpdateThemeCommand : public QUndoCommand
{
public:
    UpdateThemeCommand(EventDocument *document, const Theme &from, const Theme &to);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    Theme m_from;
    Theme m_to;
};

} // namespace cabildo
