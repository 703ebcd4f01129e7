// EventDocument's core: opening and creating the event, reading it, pushing undo steps and
// reporting refusals. The actions are in eventdocument_*.cpp by area; every change goes
// through eventdocument_changes.cpp.
#include "eventdocument.h"

#include "roomclock.h"

#include "formats/inputlimits.h"

#include "boardplacement.h"
#include "storage/eventstore.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cabildo {

EventDocument::EventDocument(std::unique_ptr<EventStore> store) : m_store(std::move(store))
{
    m_event = m_store->loadEvent();
    QList<Note> notes = m_store->loadNotes();
    m_notes.reserve(notes.size());
    m_noteOrder.reserve(notes.size());
    for (Note &note : notes) {
        m_noteOrder.append(note.id);
        m_lastNoteId = std::max(m_lastNoteId, note.id);
        m_notes.insert(note.id, std::move(note));
    }
    for (const Theme &theme : m_store->loadThemes()) {
        m_themes.insert(theme.id, theme);
        m_themeOrder.append(theme.id);
        m_lastThemeId = std::max(m_lastThemeId, theme.id);
    }
    loadAgendaAndVotes();
    loadParticipation();
    m_room = m_store->loadRoomState();
    m_imageUuids = m_store->loadNoteImageUuids();
    m_store->releaseReadPages();
    m_roomClock = new RoomClock(this);
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

} // namespace cabildo
