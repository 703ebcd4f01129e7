#include "eventdocument.h"

#include "formats/inputlimits.h"

#include "boardplacement.h"
#include "commands/notecommands.h"
#include "commands/themecommands.h"
#include "model/notecolour.h"
#include "storage/eventstore.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cabildo {

EventDocument::EventDocument(std::unique_ptr<EventStore> store) : m_store(std::move(store))
{
    m_event = m_store->loadEvent();
    const QList<Note> notes = m_store->loadNotes();
    m_notes.reserve(notes.size());
    m_noteOrder.reserve(notes.size());
    for (const Note &note : notes) {
        m_notes.insert(note.id, note);
        m_noteOrder.append(note.id);
        m_lastNoteId = std::max(m_lastNoteId, note.id);
    }
    for (const Theme &theme : m_store->loadThemes()) {
        m_themes.insert(theme.id, theme);
        m_themeOrder.append(theme.id);
    }
    loadAgendaAndVotes();
    loadParticipation();
}

EventDocument::~EventDocument()
{
    // Commands hold a pointer back to us: drop them before the store closes.
    m_undoStack.clear();
}

std::unique_ptr<EventDocument> EventDocument::create(const QString &path, const QString &title, const QString &acronym,
                                                     const QString &timeZone, QString *error)
{
    EventInfo event;
    event.uuid = QUuid::createUuid();
    event.uuidNamespace = QUuid::createUuid();
    event.title = title.trimmed();
    event.acronym = acronym.isEmpty() ? EventInfo::acronymFromTitle(event.title) : acronym;
    event.timeZone = timeZone;
    event.createdAt = QDateTime::currentDateTimeUtc();
    if (event.title.isEmpty()) {
        *error = tr("The event needs a title.");
        return nullptr;
    }
    if (!EventInfo::isValidAcronym(event.acronym)) {
        *error = tr("The acronym must be 4 to 32 lower-case letters or digits, like \"abrelatam2026\".");
        return nullptr;
    }
    std::unique_ptr<EventStore> store = EventStore::create(path, event, error);
    if (!store)
        return nullptr;
    return std::unique_ptr<EventDocument>(new EventDocument(std::move(store)));
}

std::unique_ptr<EventDocument> EventDocument::open(const QString &path, bool readOnly, FileCheck *result)
{
    std::unique_ptr<EventStore> store = EventStore::open(path, readOnly, result);
    if (!store)
        return nullptr;
    return std::unique_ptr<EventDocument>(new EventDocument(std::move(store)));
}

QString EventDocument::filePath() const
{
    return m_store->path();
}

int EventDocument::schemaVersion() const
{
    return m_store->schemaVersion();
}

bool EventDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

const Note *EventDocument::note(qint64 id) const
{
    const auto it = m_notes.constFind(id);
    return it == m_notes.constEnd() ? nullptr : &it.value();
}

const Theme *EventDocument::theme(qint64 id) const
{
    const auto it = m_themes.constFind(id);
    return it == m_themes.constEnd() ? nullptr : &it.value();
}

QList<qint64> EventDocument::notesInTheme(qint64 themeId) const
{
    QList<qint64> ids;
    for (qint64 id : m_noteOrder)
        if (m_notes.value(id).themeId == themeId)
            ids.append(id);
    return ids;
}

Note EventDocument::makeNote(const QString &text, NoteSource source)
{
    return Note::create(text, source);
}

QList<QPointF> EventDocument::freePositions(int count) const
{
    // Not inside a theme's frame either: a note there would look as if it belonged to it.
    return BoardPlacement(occupiedExcept({}), int(m_notes.size()) + count).freeSpots(count);
}

Outcome EventDocument::pushChecked(QUndoCommand *command)
{
    if (isReadOnly()) {
        delete command;
        return refuse(tr("This event is open read-only."));
    }
    m_pushFailure.clear();
    m_undoStack.push(command); // if redo() failed, it made itself obsolete and the stack dropped it
    return m_pushFailure.isEmpty() ? Outcome::done() : Outcome::refused(m_pushFailure);
}

bool EventDocument::storageFailure()
{
    m_pushFailure = m_store->lastError();
    emit storageFailed(m_pushFailure);
    return false;
}

Outcome EventDocument::storageOutcome()
{
    storageFailure();
    return Outcome::refused(m_pushFailure);
}

Outcome EventDocument::refuse(const QString &message)
{
    return Outcome::refused(message);
}

Outcome EventDocument::refuseLongNote(const QString &text)
{
    return refuse(tr("A note holds at most %1 characters, and this one has %2. Split it into several notes.")
                      .arg(QLocale().toString(limits::noteCharacters), QLocale().toString(text.size())));
}

Outcome EventDocument::addNotes(QList<Note> notes, Origin origin)
{
    notes.removeIf([](const Note &note) { return note.text.isEmpty(); });
    if (notes.isEmpty())
        return Outcome::unchanged();
    // The readers' cap holds for every way in, so every stored event backs up and restores.
    for (const Note &note : std::as_const(notes))
        if (note.text.size() > limits::noteCharacters)
            return refuseLongNote(note.text);
    if (origin == Origin::Participant) {
        EventChange change;
        change.addedNotes = notes;
        return applyExternalChange(change);
    }
    // Notes without a place go where they cover no other note.
    int unplaced = 0;
    for (const Note &note : std::as_const(notes))
        unplaced += note.pos.isNull();
    const QList<QPointF> spots = freePositions(unplaced);
    int next = 0;
    for (Note &note : notes) {
        if (note.pos.isNull())
            note.pos = spots.at(next++);
        // Above every id handed out while open: an external note added later cannot take
        // an id this step's undo and redo will need again, nor this one an id of theirs.
        if (note.id == 0)
            note.id = ++m_lastNoteId;
    }
    return pushChecked(new AddNotesCommand(this, notes));
}

Outcome EventDocument::removeNotes(const QList<qint64> &ids)
{
    QList<Note> notes;
    for (qint64 id : ids)
        if (const Note *found = note(id))
            notes.append(*found);
    return notes.isEmpty() ? Outcome::unchanged() : pushChecked(new RemoveNotesCommand(this, notes));
}

Outcome EventDocument::moveNotes(const QHash<qint64, QPointF> &newPositions, bool byKeyboard)
{
    QHash<qint64, QPointF> from;
    QHash<qint64, QPointF> to;
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it) {
        const Note *found = note(it.key());
        if (found && found->pos != it.value()) {
            from.insert(it.key(), found->pos);
            to.insert(it.key(), it.value());
        }
    }
    return to.isEmpty() ? Outcome::unchanged() : pushChecked(new MoveNotesCommand(this, from, to, byKeyboard));
}

Outcome EventDocument::editNoteText(qint64 id, const QString &text)
{
    const Note *found = note(id);
    const QString normalised = toNfc(text.trimmed());
    if (!found || normalised.isEmpty() || normalised == found->text)
        return Outcome::unchanged();
    if (normalised.size() > limits::noteCharacters)
        return refuseLongNote(normalised);
    return pushChecked(new EditNoteTextCommand(this, id, found->text, normalised));
}

Outcome EventDocument::recolourNotes(const QList<qint64> &ids, const QString &colourKey)
{
    QHash<qint64, QString> from;
    for (qint64 id : ids)
        if (const Note *found = note(id); found && found->colour != colourKey)
            from.insert(id, found->colour);
    if (from.isEmpty() || !NoteColour::isKnown(colourKey))
        return Outcome::unchanged();
    return pushChecked(new RecolourNotesCommand(this, from, colourKey));
}

Outcome EventDocument::setEventInfo(const EventInfo &event)
{
    if (event.title.trimmed().isEmpty() || !EventInfo::isValidAcronym(event.acronym))
        return refuse(tr("The event needs a title, and an acronym of 4 to 32 lower-case letters or digits."));
    if (event == m_event)
        return Outcome::unchanged();
    return pushChecked(new SetEventInfoCommand(this, m_event, event));
}

Outcome EventDocument::createTheme(const QString &title, const QString &colourKey, const QList<qint64> &noteIds,
                                   const QString &terms)
{
    QList<qint64> notes;
    for (qint64 id : noteIds)
        if (note(id))
            notes.append(id);
    if (title.trimmed().isEmpty() || notes.isEmpty())
        return refuse(tr("A theme needs a name and at least one note."));
    // Taking notes out of a theme splits it: not while people vote on it.
    if (std::any_of(notes.cbegin(), notes.cend(), [&](qint64 id) { return note(id)->themeId != 0; }))
        if (const Outcome may = themesMayChange(); !may)
            return may;
    Theme theme;
    theme.uuid = QUuid::createUuid();
    theme.title = toNfc(title.trimmed());
    theme.colour = NoteColour::isKnown(colourKey) ? colourKey : NoteColour::defaultKey();
    theme.terms = terms;
    theme.createdAt = QDateTime::currentDateTimeUtc();
    // Notes picked from all over the board would make a frame over other notes: they
    // gather into a block of their own below the wall instead, in the same step.
    const QSet<qint64> chosen(notes.cbegin(), notes.cend());
    QRectF frame;
    for (qint64 id : notes)
        frame |= QRectF(m_notes.value(id).pos, Note::size());
    const bool overOthers = std::any_of(m_noteOrder.cbegin(), m_noteOrder.cend(), [&](qint64 id) {
        const Note &other = *m_notes.constFind(id);
        return !chosen.contains(id) && other.state != NoteState::Pending
               && frame.intersects(QRectF(other.pos, Note::size()));
    });
    const QHash<qint64, QPointF> gathered =
        overOthers ? BoardPlacement::themeBlocks({notes}, occupiedExcept(chosen)) : QHash<qint64, QPointF>();
    return pushChecked(new CreateThemeCommand(this, theme, notes, gathered));
}

QList<QRectF> EventDocument::occupiedExcept(const QSet<qint64> &moving) const
{
    // Loose notes count by themselves, a theme's notes by the frame drawn around them
    // (as if expanded: a collapsed theme keeps the room it needs to open again).
    QList<QRectF> taken;
    QHash<qint64, QRectF> frames;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        // Notes in the Incoming list are not on the wall: they take their place when approved.
        if (moving.contains(it.key()) || it->state == NoteState::Pending)
            continue;
        const QRectF rect(it->pos, Note::size());
        if (it->themeId != 0)
            frames[it->themeId] |= rect;
        else
            taken.append(rect);
    }
    for (const QRectF &notes : std::as_const(frames))
        taken.append(BoardPlacement::frameAround(notes));
    return taken;
}

Outcome EventDocument::tidyUp()
{
    // Reading order (rows of the board, then left to right) keeps what was near the top
    // left there, and the notes inside a theme in the order the facilitator laid them out.
    const qreal rowHeight = Note::size().height() / 2;
    auto readingKey = [rowHeight](QPointF pos) { return std::pair(std::floor(pos.y() / rowHeight), pos.x()); };
    auto byReading = [&](QList<qint64> ids) {
        std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
            return readingKey(m_notes.value(a).pos) < readingKey(m_notes.value(b).pos);
        });
        return ids;
    };
    QList<qint64> loose;
    QHash<qint64, QList<qint64>> notesOf;
    QHash<qint64, QRectF> frames;
    QRectF everything;
    for (qint64 id : m_noteOrder) {
        const Note &note = m_notes[id];
        if (note.state == NoteState::Pending)
            continue; // not on the wall
        everything |= QRectF(note.pos, Note::size());
        if (note.themeId != 0) {
            notesOf[note.themeId].append(id);
            frames[note.themeId] |= QRectF(note.pos, Note::size());
        } else {
            loose.append(id);
        }
    }
    QList<qint64> themes = notesOf.keys();
    std::sort(themes.begin(), themes.end(), [&](qint64 a, qint64 b) {
        return std::pair(readingKey(frames.value(a).topLeft()), a)
               < std::pair(readingKey(frames.value(b).topLeft()), b);
    });
    QList<QList<qint64>> groups;
    for (qint64 theme : std::as_const(themes))
        groups.append(byReading(notesOf.value(theme)));
    const QHash<qint64, QPointF> arranged = BoardPlacement::arrangeAll(groups, byReading(loose), everything.topLeft());

    QHash<qint64, QPointF> from;
    QHash<qint64, QPointF> to;
    for (auto it = arranged.cbegin(); it != arranged.cend(); ++it)
        if (m_notes.value(it.key()).pos != it.value()) {
            from.insert(it.key(), m_notes.value(it.key()).pos);
            to.insert(it.key(), it.value());
        }
    if (to.isEmpty())
        return Outcome::unchanged(); // already tidy: no step
    auto *command = new MoveNotesCommand(this, from, to, false);
    command->setText(tr("Tidy up the board"));
    return pushChecked(command);
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
    return pushChecked(
        new AddThemesCommand(this, themes, notesOf, BoardPlacement::themeBlocks(notesOf, occupiedExcept(moving))));
}

Outcome EventDocument::assignNotes(const QList<qint64> &noteIds, qint64 themeId)
{
    if (themeId != 0 && !theme(themeId))
        return Outcome::unchanged();
    QHash<qint64, qint64> from;
    for (qint64 id : noteIds)
        if (const Note *found = note(id); found && found->themeId != themeId)
            from.insert(id, found->themeId);
    return from.isEmpty() ? Outcome::unchanged() : pushChecked(new AssignNotesCommand(this, from, themeId));
}

Outcome EventDocument::moveNotesIntoTheme(const QHash<qint64, QPointF> &newPositions, qint64 themeId)
{
    if (themeId != 0 && !theme(themeId))
        return Outcome::unchanged();
    QHash<qint64, QPointF> fromPositions;
    QHash<qint64, qint64> fromThemes;
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it)
        if (const Note *found = note(it.key())) {
            fromPositions.insert(it.key(), found->pos);
            fromThemes.insert(it.key(), found->themeId);
        }
    bool joins = false;
    for (qint64 previous : std::as_const(fromThemes))
        joins |= previous != themeId;
    if (!joins)
        return moveNotes(newPositions);
    return pushChecked(new MoveIntoThemeCommand(this, fromPositions, newPositions, fromThemes, themeId));
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
    return pushChecked(new UpdateThemeCommand(this, *current, normalised));
}

Outcome EventDocument::mergeThemes(qint64 keep, const QList<qint64> &others)
{
    QList<Theme> merged;
    QList<QList<qint64>> notesOf;
    for (qint64 id : others)
        if (const Theme *found = theme(id); found && id != keep) {
            merged.append(*found);
            notesOf.append(notesInTheme(id));
        }
    if (!theme(keep) || merged.isEmpty())
        return Outcome::unchanged();
    if (const Outcome may = themesMayChange(); !may)
        return may;
    const VoteChange votes = votesAfterMerge(keep, others);
    const AgendaChange sessions = sessionsAfterMerge(keep, others);
    return pushChecked(
        new RemoveThemesCommand(this, merged, notesOf, keep, votes, inverseOf(votes), sessions, inverseOf(sessions)));
}

Outcome EventDocument::dissolveTheme(qint64 themeId)
{
    const Theme *found = theme(themeId);
    return found ? pushChecked(new RemoveThemesCommand(this, {*found}, {notesInTheme(themeId)}, 0))
                 : Outcome::unchanged();
}

Outcome EventDocument::inOneTransaction(const std::function<Outcome()> &work)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    Outcome outcome = Outcome::done();
    if (m_store->inTransaction([&] {
            outcome = work();
            return outcome.ok();
        }))
        return outcome;
    return outcome.ok() ? storageOutcome() : outcome; // a refusal rolls back; else the commit failed
}

bool EventDocument::storeNoteAnalyses(const QHash<qint64, QPair<QString, QString>> &analyses)
{
    if (isReadOnly())
        return false;
    if (!m_store->saveNoteAnalyses(analyses))
        return storageFailure();
    for (auto it = analyses.cbegin(); it != analyses.cend(); ++it)
        if (m_notes.contains(it.key())) {
            m_notes[it.key()].analysisLanguage = it.value().first;
            m_notes[it.key()].analysis = it.value().second;
        }
    return true;
}

Outcome EventDocument::saveAs(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(filePath()).absoluteFilePath())
        return Outcome::done();
    if (!m_store->snapshotTo(path))
        return refuse(m_store->lastError());
    FileCheck result;
    std::unique_ptr<EventStore> copy = EventStore::open(path, false, &result);
    if (!copy || copy->isReadOnly())
        return refuse(result.message);
    m_store = std::move(copy);
    emit fileChanged();
    return Outcome::done();
}

void EventDocument::insertNotesInMemory(const QList<Note> &notes)
{
    QList<qint64> ids;
    ids.reserve(notes.size());
    for (const Note &note : notes) {
        m_notes.insert(note.id, note);
        ids.append(note.id);
        m_lastNoteId = std::max(m_lastNoteId, note.id);
    }
    // Undoing a delete puts notes back in their original creation order.
    m_noteOrder.append(ids);
    if (!std::is_sorted(m_noteOrder.cbegin(), m_noteOrder.cend()))
        std::sort(m_noteOrder.begin(), m_noteOrder.end());
    emit notesAdded(ids);
}

bool EventDocument::applyInsert(QList<Note> &notes)
{
    if (!m_store->insertNotes(notes))
        return storageFailure();
    insertNotesInMemory(notes);
    return true;
}

bool EventDocument::applyRemove(const QList<qint64> &ids)
{
    if (!m_store->deleteNotes(ids))
        return storageFailure();
    emit notesAboutToBeRemoved(ids);
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    for (qint64 id : ids)
        m_notes.remove(id);
    m_noteOrder.removeIf([&](qint64 id) { return removed.contains(id); });
    emit notesRemoved(ids);
    return true;
}

bool EventDocument::applyPositions(const QHash<qint64, QPointF> &positions)
{
    if (!m_store->saveNotePositions(positions))
        return storageFailure();
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_notes[it.key()].pos = it.value();
    emit notesChanged(positions.keys());
    return true;
}

bool EventDocument::applyText(qint64 id, const QString &text)
{
    if (!m_store->saveNoteText(id, text))
        return storageFailure();
    m_notes[id].text = text;
    m_notes[id].analysisLanguage.clear();
    m_notes[id].analysis.clear();
    emit notesChanged({id});
    return true;
}

bool EventDocument::applyColours(const QHash<qint64, QString> &colours)
{
    if (!m_store->saveNoteColours(colours))
        return storageFailure();
    for (auto it = colours.cbegin(); it != colours.cend(); ++it)
        m_notes[it.key()].colour = it.value();
    emit notesChanged(colours.keys());
    return true;
}

void EventDocument::setThemesInMemory(const QHash<qint64, qint64> &themeOfNote)
{
    for (auto it = themeOfNote.cbegin(); it != themeOfNote.cend(); ++it)
        if (m_notes.contains(it.key()))
            m_notes[it.key()].themeId = it.value();
}

bool EventDocument::applyAddThemes(QList<Theme> &themes, const QList<QList<qint64>> &notesOf,
                                   const QHash<qint64, QPointF> &positions, const VoteChange &votes,
                                   const AgendaChange &agenda)
{
    QHash<qint64, qint64> themeOfNote;
    const bool written = m_store->inTransaction([&] {
        if (!m_store->insertThemes(themes))
            return false;
        for (int i = 0; i < themes.size(); ++i)
            for (qint64 noteId : notesOf.value(i))
                themeOfNote.insert(noteId, themes.at(i).id);
        return m_store->saveNoteThemes(themeOfNote) && (positions.isEmpty() || m_store->saveNotePositions(positions))
               && (votes.isEmpty() || m_store->applyVoteChange(votes))
               && (agenda.isEmpty() || m_store->applyAgendaChange(agenda));
    });
    if (!written)
        return storageFailure();
    QList<qint64> ids;
    for (const Theme &theme : std::as_const(themes)) {
        m_themes.insert(theme.id, theme);
        ids.append(theme.id);
    }
    m_themeOrder.append(ids);
    std::sort(m_themeOrder.begin(), m_themeOrder.end());
    setThemesInMemory(themeOfNote);
    setPositionsInMemory(positions);
    emit themesAdded(ids);
    emit notesChanged(themeOfNote.keys());
    setVotesInMemory(votes);
    setAgendaInMemory(agenda);
    announce(agenda, votes);
    return true;
}

void EventDocument::setPositionsInMemory(const QHash<qint64, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (m_notes.contains(it.key()))
            m_notes[it.key()].pos = it.value();
}

bool EventDocument::applyRemoveThemes(const QList<qint64> &themeIds, const QHash<qint64, qint64> &themeOfNote,
                                      const QHash<qint64, QPointF> &positions, const VoteChange &votes,
                                      const AgendaChange &agenda)
{
    if (!m_store->inTransaction([&] {
            return m_store->saveNoteThemes(themeOfNote) && m_store->deleteThemes(themeIds)
                   && (positions.isEmpty() || m_store->saveNotePositions(positions))
                   && (votes.isEmpty() || m_store->applyVoteChange(votes))
                   && (agenda.isEmpty() || m_store->applyAgendaChange(agenda));
        }))
        return storageFailure();
    setVotesInMemory(votes);
    setAgendaInMemory(agenda);
    announce(agenda, votes);
    setThemesInMemory(themeOfNote);
    setPositionsInMemory(positions);
    emit notesChanged(themeOfNote.keys());
    emit themesAboutToBeRemoved(themeIds);
    for (qint64 id : themeIds)
        m_themes.remove(id);
    m_themeOrder.removeIf([&](qint64 id) { return themeIds.contains(id); });
    emit themesRemoved(themeIds);
    return true;
}

bool EventDocument::applyAssignments(const QHash<qint64, qint64> &themeOfNote)
{
    if (!m_store->saveNoteThemes(themeOfNote))
        return storageFailure();
    setThemesInMemory(themeOfNote);
    emit notesChanged(themeOfNote.keys());
    return true;
}

bool EventDocument::applyPositionsAndThemes(const QHash<qint64, QPointF> &positions,
                                            const QHash<qint64, qint64> &themeOfNote)
{
    if (!m_store->inTransaction(
            [&] { return m_store->saveNotePositions(positions) && m_store->saveNoteThemes(themeOfNote); }))
        return storageFailure();
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_notes[it.key()].pos = it.value();
    setThemesInMemory(themeOfNote);
    emit notesChanged(positions.keys());
    return true;
}

bool EventDocument::applyThemeUpdate(const Theme &theme)
{
    if (!m_store->saveTheme(theme))
        return storageFailure();
    m_themes[theme.id] = theme;
    emit themesChanged({theme.id});
    return true;
}

bool EventDocument::applyEventInfo(const EventInfo &event)
{
    if (!m_store->saveEvent(event))
        return storageFailure();
    m_event = event;
    emit eventChanged();
    return true;
}

} // namespace cabildo
