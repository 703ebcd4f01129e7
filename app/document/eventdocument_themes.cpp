// EventDocument's themes: create, split, accept suggestions, move notes in and out,
// rename, merge, dissolve. Each action builds one EventChange (the themes, the notes that
// join or leave them, and on a merge the ballots and sessions that follow) and pushes it
// with its inverse as one step.
#include "eventdocument.h"

#include "boardplacement.h"
#include "model/notecolour.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cabildo {

namespace {

/** Undo-step names share the other actions' translation context. */
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

QString quoted(const QString &title)
{
    return UndoText::tr("“%1”").arg(title);
}

/** `notes` with their theme set to `themeId`, and moved where `positions` says (when it does). */
QList<Note> joining(QList<Note> notes, qint64 themeId, const QHash<qint64, QPointF> &positions = {})
{
    for (Note &note : notes) {
        note.themeId = themeId;
        note.pos = positions.value(note.id, note.pos);
    }
    return notes;
}

} // namespace

QString EventDocument::notesToThemeText(int count, qint64 themeId) const
{
    return themeId ? UndoText::tr("Move %n note(s) to %1", nullptr, count).arg(quoted(theme(themeId)->title))
                   : UndoText::tr("Take %n note(s) out of their theme", nullptr, count);
}

Outcome EventDocument::createTheme(const QString &title, const QString &colourKey, const QList<qint64> &noteIds,
                                   const QString &terms)
{
    QList<Note> notes;
    QList<qint64> ids;
    for (qint64 id : noteIds)
        if (const Note *found = note(id)) {
            notes.append(*found);
            ids.append(id);
        }
    if (title.trimmed().isEmpty() || notes.isEmpty())
        return refuse(tr("A theme needs a name and at least one note."));
    // Taking notes out of a theme splits it: not while people vote on it.
    QSet<qint64> from;
    for (const Note &found : std::as_const(notes))
        from.insert(found.themeId);
    if (from != QSet<qint64>{0})
        if (const Outcome may = themesMayChange(); !may)
            return may;
    Theme theme;
    theme.id = ++m_lastThemeId; // never one an undo step may bring back
    theme.uuid = QUuid::createUuid();
    theme.title = toNfc(title.trimmed());
    theme.colour = NoteColour::isKnown(colourKey) ? colourKey : NoteColour::defaultKey();
    theme.terms = terms;
    theme.createdAt = QDateTime::currentDateTimeUtc();
    // Notes picked from all over the board would make a frame over other notes: they
    // gather into a block of their own below the wall instead, in the same step.
    const QSet<qint64> chosen(ids.cbegin(), ids.cend());
    QRectF frame;
    for (const Note &found : std::as_const(notes))
        frame |= QRectF(found.pos, Note::size());
    const bool overOthers = std::any_of(m_noteOrder.cbegin(), m_noteOrder.cend(), [&](qint64 id) {
        const Note &other = *m_notes.constFind(id);
        return !chosen.contains(id) && other.state != NoteState::Pending
               && frame.intersects(QRectF(other.pos, Note::size()));
    });
    const QHash<qint64, QPointF> gathered =
        overOthers ? BoardPlacement::themeBlocks({ids}, occupiedExcept(chosen)) : QHash<qint64, QPointF>();
    EventChange change;
    change.themes.themes = {theme};
    change.notes.notes = joining(notes, theme.id, gathered);
    const bool split = from.size() == 1 && *from.cbegin() != 0;
    return pushChange(split ? UndoText::tr("Split theme %1").arg(quoted(this->theme(*from.cbegin())->title))
                            : UndoText::tr("Create theme %1").arg(quoted(theme.title)),
                      change);
}

Outcome EventDocument::createThemes(QList<Theme> themes, const QList<QList<qint64>> &notesOf)
{
    if (themes.isEmpty() || themes.size() != notesOf.size())
        return Outcome::unchanged();
    bool splits = false;
    for (const QList<qint64> &notes : notesOf)
        for (qint64 id : notes) {
            if (!note(id))
                return Outcome::unchanged();
            splits |= note(id)->themeId != 0;
        }
    if (splits)
        if (const Outcome may = themesMayChange(); !may)
            return may;
    for (Theme &theme : themes) {
        theme.id = ++m_lastThemeId;
        theme.uuid = QUuid::createUuid();
        theme.title = toNfc(theme.title.trimmed());
        if (!NoteColour::isKnown(theme.colour))
            theme.colour = NoteColour::defaultKey();
        theme.createdAt = QDateTime::currentDateTimeUtc();
    }
    // The notes that stay where they are; the new themes go into the free space around them.
    QSet<qint64> moving;
    for (const QList<qint64> &notes : notesOf)
        moving.unite(QSet<qint64>(notes.cbegin(), notes.cend()));
    const QHash<qint64, QPointF> blocks = BoardPlacement::themeBlocks(notesOf, occupiedExcept(moving));
    EventChange change;
    change.themes.themes = themes;
    for (qsizetype i = 0; i < themes.size(); ++i) {
        QList<Note> notes;
        for (qint64 id : notesOf.at(i))
            notes.append(*note(id));
        change.notes.notes.append(joining(notes, themes.at(i).id, blocks));
    }
    const QString text = UndoText::tr("Accept %n suggested theme(s)", nullptr, int(themes.size()));
    // Several suggestions at once reshape the wall: a restore point first (issue 14).
    if (themes.size() > 1)
        if (const Outcome kept = keepAutomaticPoint(text); !kept)
            return kept;
    return pushChange(text, change);
}

Outcome EventDocument::assignNotes(const QList<qint64> &noteIds, qint64 themeId)
{
    if (themeId != 0 && !theme(themeId))
        return Outcome::unchanged();
    QList<Note> notes;
    for (qint64 id : noteIds)
        if (const Note *found = note(id); found && found->themeId != themeId)
            notes.append(*found);
    if (notes.isEmpty())
        return Outcome::unchanged();
    EventChange change;
    change.notes.notes = joining(notes, themeId);
    return pushChange(notesToThemeText(int(notes.size()), themeId), change);
}

Outcome EventDocument::moveNotesIntoTheme(const QHash<qint64, QPointF> &newPositions, qint64 themeId)
{
    if (themeId != 0 && !theme(themeId))
        return Outcome::unchanged();
    QList<Note> notes;
    bool joins = false;
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it)
        if (const Note *found = note(it.key())) {
            notes.append(*found);
            joins |= found->themeId != themeId;
        }
    if (!joins)
        return moveNotes(newPositions);
    EventChange change;
    change.notes.notes = joining(notes, themeId, newPositions);
    return pushChange(notesToThemeText(int(notes.size()), themeId), change);
}

Outcome EventDocument::updateTheme(const Theme &changed)
{
    const Theme *current = theme(changed.id);
    if (!current || changed == *current)
        return Outcome::unchanged();
    if (changed.title.trimmed().isEmpty() || !NoteColour::isKnown(changed.colour))
        return refuse(tr("A theme needs a name and one of the note colours."));
    Theme normalised = changed;
    normalised.title = toNfc(changed.title.trimmed());
    QString text;
    if (current->title != normalised.title)
        text = UndoText::tr("Rename theme %1").arg(quoted(normalised.title));
    else if (current->colour != normalised.colour)
        text = UndoText::tr("Recolour theme %1").arg(quoted(normalised.title));
    else if (current->collapsed != normalised.collapsed)
        text = normalised.collapsed ? UndoText::tr("Collapse theme %1").arg(quoted(normalised.title))
                                    : UndoText::tr("Expand theme %1").arg(quoted(normalised.title));
    else
        text = UndoText::tr("Change theme %1").arg(quoted(normalised.title));
    EventChange change;
    change.themes.themes = {normalised};
    return pushChange(text, change);
}

Outcome EventDocument::mergeThemes(qint64 keep, const QList<qint64> &others)
{
    EventChange change;
    for (qint64 id : others)
        if (theme(id) && id != keep && !change.themes.removed.contains(id))
            change.themes.removed.append(id);
    if (!theme(keep) || change.themes.removed.isEmpty())
        return Outcome::unchanged();
    if (const Outcome may = themesMayChange(); !may)
        return may;
    for (qint64 id : std::as_const(change.themes.removed)) {
        QList<Note> notes;
        for (qint64 noteId : notesInTheme(id))
            notes.append(*note(noteId));
        change.notes.notes.append(joining(notes, keep));
    }
    change.votes = votesAfterMerge(keep, others);
    change.agenda = sessionsAfterMerge(keep, others);
    return pushChange(UndoText::tr("Merge %n theme(s) into %1", nullptr, int(change.themes.removed.size()))
                          .arg(quoted(theme(keep)->title)),
                      change);
}

Outcome EventDocument::dissolveTheme(qint64 themeId)
{
    const Theme *found = theme(themeId);
    if (!found)
        return Outcome::unchanged();
    EventChange change;
    change.themes.removed = {themeId}; // its notes stay on the board, in no theme (completed())
    return pushChange(UndoText::tr("Dissolve theme %1").arg(quoted(found->title)), change);
}

} // namespace cabildo
