#pragma once

#include "model/eventcontent.h"
#include "model/eventinfo.h"
#include "model/note.h"
#include "model/outcome.h"
#include "model/participation.h"
#include "model/photonote.h"
#include "model/restorepoint.h"
#include "model/roomstate.h"
#include "model/theme.h"
#include "storage/filecheck.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace cabildo {

class EventStore;
class RoomClock;

/**
 * One open event: its file, its notes in memory and its undo stack. Every change is an
 * EventChange (model/changes.h): a facilitator's action pushes one, with its inverse, as a
 * ChangeCommand; a participant's goes through applyExternalChange(). Both end in
 * applyChange(), which writes to the file first (one transaction) and only then changes
 * memory and tells the views what changed.
 */
class EventDocument : public QObject
{
    Q_OBJECT

public:
    ~EventDocument() override;

    static std::unique_ptr<EventDocument> create(const QString &path, const QString &title, const QString &acronym,
                                                 const QString &timeZone, QString *error);
    /** See EventStore::open: `result` says why it failed, or that it opened read-only. */
    static std::unique_ptr<EventDocument> open(const QString &path, bool readOnly, FileCheck *result);

    QString filePath() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    const EventInfo &event() const { return m_event; }
    using QObject::event; // QObject's event(QEvent *) stays callable beside the event's information
    QUndoStack *undoStack() { return &m_undoStack; }

    const QList<qint64> &noteIds() const { return m_noteOrder; } ///< in creation order
    const Note *note(qint64 id) const;
    int noteCount() const { return int(m_noteOrder.size()); }

    const QList<qint64> &themeIds() const { return m_themeOrder; } ///< in creation order
    const Theme *theme(qint64 id) const;
    int themeCount() const { return int(m_themeOrder.size()); }
    /** The notes of a theme, in creation order. */
    QList<qint64> notesInTheme(qint64 themeId) const;

    /** A new note with a fresh UUID and the default colour, its text in NFC; not yet added. */
    static Note makeNote(const QString &text, NoteSource source);

    /** Who makes a change: the facilitator's are undo steps; participants' are not. */
    enum class Origin
    {
        Facilitator,
        Participant
    };

    // User actions: one undoable step each. Each returns its Outcome: done; unchanged
    // (nothing to do); or refused, changing nothing, with the reason (read-only, a rule of
    // the event, or the file refused the write).
    /** Notes from a participant (the kiosk) are stored and shown but are not the facilitator's undo step. */
    Outcome addNotes(QList<Note> notes, Origin origin = Origin::Facilitator);
    Outcome removeNotes(const QList<qint64> &ids);
    Outcome moveNotes(const QHash<qint64, QPointF> &newPositions, bool byKeyboard = false);
    Outcome editNoteText(qint64 id, const QString &text);
    Outcome recolourNotes(const QList<qint64> &ids, const QString &colourKey);
    Outcome setEventInfo(const EventInfo &event);
    /** Makes a theme of `noteIds` (taking them out of any other: a split when they all came from one); notes
     *  scattered over others gather into a block in free space beside or below the wall, so the frame covers only them.
     */
    Outcome createTheme(const QString &title, const QString &colourKey, const QList<qint64> &noteIds,
                        const QString &terms = QString());
    /**
     * Accepted suggestions: several themes at once, one step. `notesOf[i]` go into
     * themes[i], and each theme's notes are gathered into a block of their own, in the
     * free space beside and below the notes and frames that stay (which never move), so
     * the frames do not overlap and the board stays screen-shaped.
     */
    Outcome createThemes(QList<Theme> themes, const QList<QList<qint64>> &notesOf);
    /** Puts notes into a theme, or out of any theme with themeId 0. */
    Outcome assignNotes(const QList<qint64> &noteIds, qint64 themeId);
    /** A drag that ends in a theme's frame (or out of every frame, themeId 0): one step. */
    Outcome moveNotesIntoTheme(const QHash<qint64, QPointF> &newPositions, qint64 themeId);
    /** Renames, recolours, collapses or expands a theme. */
    Outcome updateTheme(const Theme &theme);
    /** Moves the notes of `others` into `keep` and removes `others`. */
    Outcome mergeThemes(qint64 keep, const QList<qint64> &others);
    /** Removes a theme; its notes stay on the board, in no theme. */
    Outcome dissolveTheme(qint64 themeId);
    /**
     * Tidy Up: the loose notes as a grid, then every theme as a block (its notes in a
     * grid, its frame around them), in rows filling a 16:9 area from the board's top left.
     * One step; false, with no step, when everything is already in place.
     */
    Outcome tidyUp();

    // Photos of a paper wall (eventdocument_photos.cpp, issue 15): notes found on a photo,
    // each with its picture, and their proposed texts checked one by one.
    /**
     * Adds the notes found on a photo with their pictures: one step, "Import photo of
     * notes", after an automatic restore point. Undo removes the notes; redo brings them
     * back with their pictures (kept in the file by the notes' UUIDs, never in undo
     * records or restore points).
     */
    Outcome importPhotoNotes(const QList<PhotoNote> &notes);
    bool hasNoteImage(qint64 noteId) const;
    /** The note's picture from the file (a few are cached); null when it has none. */
    QImage noteImage(qint64 noteId) const;
    /** Visible notes whose text nobody has checked yet, in board order (rows, then left to right). */
    QList<qint64> uncheckedNoteIds() const;
    /** The facilitator's reading of a note: its text, now checked. One step, "Check note". */
    Outcome acceptTranscription(qint64 noteId, const QString &text);
    /**
     * The background OCR's proposal for a note: applied only while the note is unchecked and
     * its text is still what the import gave it (nobody has edited it since). Not an undo
     * step (like a participant's change): a proposal arriving while the facilitator works
     * must not take the place of their last step in the undo history.
     */
    Outcome proposeText(qint64 noteId, const QString &text);
    /**
     * Removes notes' pictures for good: not an undo step (the point is that they are gone).
     * The rows are overwritten (SQLite's secure_delete) and the write-ahead log is
     * checkpointed and truncated, so the bytes are not left in the file.
     */
    Outcome removeNoteImages(const QList<qint64> &noteIds);
    /** The same for every picture in the file, those of notes since deleted too. */
    Outcome removeAllNoteImages();

    // The agenda (eventdocument_agenda.cpp): rooms, slots, sessions and where they run.
    const QList<qint64> &roomIds() const { return m_roomOrder; } ///< grid columns: position, then creation
    const Room *room(qint64 id) const;
    const Room *roomNamed(const QString &name) const;            ///< ignoring case and outer spaces; nullptr if none
    const QList<qint64> &slotIds() const { return m_slotOrder; } ///< grid rows: day, start, end, creation
    const TimeSlot *timeSlot(qint64 id) const;
    const QList<qint64> &sessionIds() const { return m_sessionOrder; } ///< in creation order
    const Session *session(qint64 id) const;
    /** Where a session runs; nullptr while it is unscheduled. */
    const Placement *placement(qint64 sessionId) const;
    /** The session in a cell, 0 when the cell is free. */
    qint64 sessionAt(qint64 slotId, qint64 roomId) const;
    QList<Placement> placements() const; ///< ordered by session id

    /** Adds a room (given a fresh UUID; placed after the others unless it has a position). */
    Outcome addRoom(Room room);
    Outcome updateRoom(const Room &room);
    /** Removes a room; the sessions placed in it become unscheduled (undo puts them back). */
    Outcome removeRoom(qint64 id);
    Outcome addSlot(TimeSlot slot);
    Outcome updateSlot(const TimeSlot &slot);
    Outcome removeSlot(qint64 id);
    /**
     * A one-day unconference to start from, one step: four rooms and `day` from 09:00 to
     * 17:00 with an opening and a closing plenary, four session slots, coffee and lunch.
     */
    Outcome applyUnconferenceTemplate(const QDate &day);
    Outcome addSession(Session session);
    Outcome updateSession(const Session &session);
    Outcome removeSession(qint64 id);
    /** One session per theme that has none yet, titled after the theme; one step. */
    Outcome createSessionsFromThemes();
    /** Places or moves a session into a free cell of a sessions slot; an occupied cell is refused. */
    Outcome placeSession(qint64 sessionId, qint64 slotId, qint64 roomId);
    /** Exchanges two sessions' cells (one of them may be unscheduled: the other takes its place). */
    Outcome swapSessions(qint64 first, qint64 second);
    Outcome unplaceSession(qint64 sessionId);
    Outcome setPinned(qint64 sessionId, bool pinned);
    /**
     * Replaces the whole agenda with `placements` (sessions not listed become unscheduled):
     * one step, "Generate agenda". Returns true and records no step when nothing changes.
     */
    Outcome applyGeneratedAgenda(const QList<Placement> &placements);

    // Votes (eventdocument_votes.cpp): rounds of dot voting on themes, ballots and paper tallies.
    const QList<qint64> &roundIds() const { return m_roundOrder; } ///< in creation order
    const VoteRound *round(qint64 id) const;
    /** The round open for voting, or nullptr: at most one is open at a time. */
    const VoteRound *openRound() const;
    /** The ballots of a round, in the order they were cast. */
    QList<Ballot> ballots(qint64 roundId) const;
    int ballotCount() const { return int(m_ballots.size()); }
    /** Ballots of `roundId` naming `theme`. */
    int ballotVotes(qint64 roundId, const QUuid &theme) const;
    /** The paper tally of a theme in a round (0 when none). */
    int tally(qint64 roundId, const QUuid &theme) const;
    QList<Tally> tallies(qint64 roundId) const; ///< ordered by theme UUID
    const Theme *themeByUuid(const QUuid &uuid) const;

    Outcome createRound(const QString &name, int votesPerPerson = 3, int capPerTheme = 0, bool totalsHidden = true);
    /** Renames a round or changes its settings; votes per person and the cap only before any ballot. */
    Outcome updateRound(const VoteRound &round);
    /** Opens a round for voting; refused while another one is open. */
    Outcome openRound(qint64 roundId);
    Outcome closeRound(qint64 roundId);
    /** Removes a round that is not open, with its ballots and tallies; one undo step brings them back. */
    Outcome removeRound(qint64 roundId);
    /** Shows the running totals that were hidden. */
    Outcome revealTotals(qint64 roundId);
    /**
     * One participant's ballot in the open round: refused when the round is not open, with
     * more themes than its votes per person, or when a theme has reached the round's cap.
     * With a phone's `voterKey` (Origin::Participant), it replaces that phone's earlier
     * ballot in the round, in one change; the cap then does not count the ballot it replaces.
     */
    Outcome castBallot(qint64 roundId, const QList<qint64> &themeIds, Origin origin = Origin::Facilitator,
                       const QByteArray &voterKey = QByteArray());
    /** Votes counted from paper dots for a theme (0 removes the tally); any round state. */
    Outcome setTally(qint64 roundId, qint64 themeId, int count);

    // Participation from phones (eventdocument_participation.cpp, issue 13). What the file
    // keeps of it is stored at once and is nobody's undo step, except the moderation of notes.
    /** The open participation's settings; nullopt while participation is closed. */
    std::optional<ParticipationSettings> participation() const { return m_participation; }
    /** Stores the settings at once (not an undo step); nullopt closes participation. */
    Outcome setParticipation(const std::optional<ParticipationSettings> &settings);
    /** The event's 32-byte salt for device hashes, made and stored on first call; empty when it cannot be stored. */
    QByteArray participantSalt();
    QList<StoredDevice> devices() const; ///< in joining order
    const StoredDevice *deviceByHash(const QByteArray &keyHash) const;
    const StoredDevice *device(qint64 id) const;
    /**
     * A phone seen for the first time gets the next number and is stored (not an undo step):
     * done with its new `id`; a known key hash is unchanged, with its `id`.
     */
    Outcome registerDevice(const QByteArray &keyHash, const QString &address, qint64 *id);
    Outcome setDeviceBlocked(qint64 id, bool blocked); ///< not an undo step
    /** The note a phone's submission became; null when that submission is not stored. */
    QUuid submittedNote(const QString &submissionId) const;
    QList<qint64> notesOfDevice(qint64 deviceId) const; ///< in creation order
    /**
     * What a phone sent, for its own page: its submissions in the order of their notes,
     * then those whose note the facilitator deleted (submittedNote() names no note then).
     */
    QList<Submission> submissionsOfDevice(qint64 deviceId) const;
    QList<qint64> pendingNoteIds() const; ///< the Incoming list, oldest first
    int pendingNoteCount() const;         ///< how many wait in Incoming (not on the board)
    /** Notes the room may see (NoteState::Visible): what counts shown to the room count. */
    int visibleNoteCount() const;
    /** A phone's ballot in a round (by its voter key), or nullptr. */
    const Ballot *ballotOfVoter(qint64 roundId, const QByteArray &voterKey) const;
    /** Pending notes go on the wall, in free space: one step, "Approve %n note(s)". */
    Outcome approveNotes(const QList<qint64> &ids);
    /** Visible or pending notes leave what the room sees (pending ones join the board, marked): one step. */
    Outcome hideNotes(const QList<qint64> &ids);
    /** Hidden notes are visible again: one step. */
    Outcome showNotes(const QList<qint64> &ids);

    // Running the room (eventdocument_room.cpp, issue 14). The phase, the timer and "Hide
    // notes until revealed" are stored at once and are nobody's undo step; Reveal is one.
    const RoomState &roomState() const { return m_room; }
    Outcome setRoomState(const RoomState &room);
    Outcome setPhase(Phase phase);
    Outcome setTimer(const RoomTimer &timer);
    /** A new length (not running), keeping the timer's end-of-time choices. */
    Outcome setTimerLength(qint64 ms);
    Outcome startTimer();
    Outcome pauseTimer();
    Outcome addTimerMinute();
    /** Back to its full length, not running. */
    Outcome stopTimer();
    /** New notes arrive face down while on; turning it off reveals the face-down notes (one step). */
    Outcome setHideNotesUntilRevealed(bool hide);
    QList<qint64> faceDownNoteIds() const; ///< in creation order
    int faceDownNoteCount() const;
    /** Every face-down note shows at once: one step, "Reveal %n note(s)". */
    Outcome revealNotes();
    /** The timer as it ticks, for every screen that shows it. */
    RoomClock *roomClock() const { return m_roomClock; }
    /** The laptop's clock the timer runs on (UTC); tests set their own. */
    QDateTime now() const;
    void setClock(std::function<QDateTime()> now);

    // Restore points (eventdocument_restore.cpp, issue 14): copies of the whole event kept
    // inside its file, before every bulk action and on demand; none of them an undo step.
    /** The newest `keptAutomaticPoints` automatic points are always kept; older ones while they fit the budget. */
    static constexpr int keptAutomaticPoints = 20;
    QList<RestorePoint> restorePoints() const; ///< newest first
    /** What the restore points take in the file, in bytes. */
    qint64 restorePointBytes() const;
    /**
     * Keeps a copy of the event as it is now, saying what comes next (a label on demand).
     * Automatic points are then pruned: the oldest go while all of them take more than
     * twice the event's own size, but the newest keptAutomaticPoints always stay. Points
     * taken on demand stay until deleted.
     */
    Outcome takeRestorePoint(const QString &nextStep, bool onDemand = true);
    /**
     * Puts the event back as point `id` kept it, after keeping a point of the present
     * ("Restore the point of …"), so restoring the point before it undoes this. One change,
     * applied like a participant's (not an undo step); the undo history is then cleared.
     * Kept from the present: notes from the kiosk and phones created since the point and
     * ballots cast since, in rounds the point has, and the live room (phase, timer, hiding).
     */
    Outcome restore(qint64 id);
    Outcome deleteRestorePoint(qint64 id);
    /**
     * Several edits as one transaction (inOneTransaction), after one automatic restore
     * point named `nextStep`; the bulk actions inside take none of their own.
     */
    Outcome bulkAction(const QString &nextStep, const std::function<Outcome()> &work);

    // The whole event as values (formats/eventjson reads and writes it).
    /** Without the notes' pictures: what restore points keep and the open data starts from. */
    EventContent content() const;
    /** content() with the pictures of its notes: what a backup writes, so that it restores the event. */
    EventContent backupContent() const;
    /** True when the event holds no notes, themes, rooms, slots, sessions nor rounds. */
    bool isEmpty() const;
    /**
     * Restores a backup into this empty event, identity included, in one transaction: all
     * or nothing. Like opening a file it is not an undo step; the undo stack is cleared.
     */
    Outcome importContent(const EventContent &content);

    /**
     * Runs several edits (`work`) as one transaction of the event file: all of them are
     * stored or none. The document in memory is not rolled back after a failure, so this is
     * for callers that close the event then (the command line). The first refusal is returned.
     */
    Outcome inOneTransaction(const std::function<Outcome()> &work);
    /**
     * Stores the grouping's per-note language work (id → detected language, analysis).
     * Derived from the notes' text, so not an undo step; refused while read-only.
     */
    bool storeNoteAnalyses(const QHash<qint64, QPair<QString, QString>> &analyses);

    /** Saves a snapshot to `path` and continues working on it (the old file stays as it was). */
    Outcome saveAs(const QString &path);

    /** Free spots for `count` new notes that cover none already on the board. */
    QList<QPointF> freePositions(int count) const;

    /**
     * The one place a ChangeCommand's change (or an external one) is written to the file, in
     * one transaction, then applied in memory and announced with what changed, in the order
     * model/changes.h gives. False, changing nothing, when the file refuses the write.
     * Called by ChangeCommand; keeps each note's language work while its text stays.
     */
    bool applyChange(EventChange &change);

    /**
     * Changes that are not the facilitator's undo steps: participants' notes and ballots (the
     * kiosk, phones), later whole-event restores. Checked by the caller, then stored,
     * applied and announced like any change but never pushed on the undo stack. The
     * facilitator's steps stay valid around them: they restore only what they changed, and
     * ids are never reused (a new note never takes the id of one an undo step may bring back).
     * New notes come with id 0 and get one here; those without a place go where they cover
     * no other note.
     *
     * Phones (issue 13): notes come with their `submissions`, stored in the same transaction;
     * a note whose submission id is already stored is dropped (a retry: unchanged when
     * nothing is left). New ballots (id 0) get an id, a UUID and the time; a ballot with a
     * voter key replaces that voter's earlier ballot in its round in the same change.
     */
    Outcome applyExternalChange(EventChange change);

signals:
    void notesAdded(const QList<qint64> &ids);
    void notesAboutToBeRemoved(const QList<qint64> &ids);
    void notesRemoved(const QList<qint64> &ids);
    void notesChanged(const QList<qint64> &ids);
    void eventChanged();
    void themesAdded(const QList<qint64> &ids);
    void themesAboutToBeRemoved(const QList<qint64> &ids);
    void themesRemoved(const QList<qint64> &ids);
    void themesChanged(const QList<qint64> &ids);
    /** Rooms, slots, sessions or placements changed: `change` says which (as stored). */
    void agendaChanged(const cabildo::AgendaChange &change);
    /** Rounds, ballots or tallies changed: `change` says which (as stored). */
    void votesChanged(const cabildo::VoteChange &change);
    void fileChanged();
    /** Participation was opened, closed or its settings changed (participation()). */
    void participationChanged();
    /** A phone joined or was blocked or unblocked (devices()). */
    void devicesChanged();
    /** The phase, the timer or "Hide notes until revealed" changed (roomState()). */
    void roomStateChanged();
    /** A restore point was taken, restored or deleted (restorePoints()). */
    void restorePointsChanged();
    /** Notes' pictures were added, brought back or removed (hasNoteImage(), noteImage()). */
    void noteImagesChanged(const QList<qint64> &ids);
    /** A write to the file failed: the change was not made. */
    void storageFailed(const QString &message);

private:
    explicit EventDocument(std::unique_ptr<EventStore> store);
    Outcome pushChecked(QUndoCommand *command);
    /** What new theme blocks must not cover: loose notes and theme frames, leaving out the `moving` notes. */
    QList<QRectF> occupiedExcept(const QSet<qint64> &moving) const;
    /** Records the store's error for pushChecked(), tells the views, returns false. */
    bool storageFailure();
    Outcome storageOutcome();
    void loadAgendaAndVotes();
    qint64 issueId();
    Outcome pushAgendaChange(const QString &text, const AgendaChange &change);
    Outcome pushVoteChange(const QString &text, const VoteChange &change);
    /** Completes `change`, computes its inverse and pushes both as one undo step named `text`. */
    Outcome pushChange(const QString &text, const EventChange &change);
    /** `change` with what the file's ON DELETE rules would do: a removed theme's notes leave it, placements go. */
    EventChange completed(EventChange change) const;
    /** New notes (not in the event yet) get an id above every one handed out, and a free spot when they have none. */
    void placeNewNotes(QList<Note> &notes);
    /** Applies a stored change to memory and tells the views, in the order model/changes.h gives. */
    void applyInMemory(const EventChange &change);
    /** Announces an applied change: agenda and votes with what changed. */
    void announce(const AgendaChange &agenda, const VoteChange &votes);
    /** "Move 3 notes to “Theme”", or out of their theme with themeId 0. */
    QString notesToThemeText(int count, qint64 themeId) const;
    NoteChange inverseOf(const NoteChange &change) const;
    ThemeChange inverseOf(const ThemeChange &change) const;
    AgendaChange inverseOf(const AgendaChange &change) const;
    VoteChange inverseOf(const VoteChange &change) const;
    EventChange inverseOf(const EventChange &change) const;
    void setAgendaInMemory(const AgendaChange &change);
    void setVotesInMemory(const VoteChange &change);
    /** What a merge does to votes: ballots and tallies of `others` follow `keep`. */
    VoteChange votesAfterMerge(qint64 keep, const QList<qint64> &others) const;
    /** What a merge does to the agenda: sessions made from `others` follow `keep`, so they keep their votes. */
    AgendaChange sessionsAfterMerge(qint64 keep, const QList<qint64> &others) const;
    /** Refuses a merge or split while a round is open (done otherwise). */
    Outcome themesMayChange();
    Outcome refuse(const QString &message);
    Outcome refuseLongNote(const QString &text);
    void loadParticipation();
    /** Drops from an external change the notes whose submissions are already stored (a phone's retry). */
    void dropStoredSubmissions(EventChange &change) const;
    /** Gives new ballots of an external change their ids, and replaces each phone's earlier ballot in the round. */
    void prepareExternalBallots(VoteChange &votes);
    /**
     * Before a bulk action: an automatic restore point named after it. Refused, so that the
     * action is not done, when the point cannot be stored; nothing inside bulkAction().
     */
    Outcome keepAutomaticPoint(const QString &nextStep);
    /** The one change that makes the event `target` again, keeping participants' work since `takenAt`. */
    EventChange changeToRestore(const EventContent &target, const QDateTime &takenAt);
    /** One moderation step: `ids` whose state is in `from` take state `to`. */
    Outcome pushNoteStates(const QList<qint64> &ids, const QList<NoteState> &from, NoteState to);

    std::unique_ptr<EventStore> m_store;
    EventInfo m_event;
    QHash<qint64, Note> m_notes;
    QList<qint64> m_noteOrder;
    QHash<qint64, Theme> m_themes;
    QList<qint64> m_themeOrder;
    QHash<qint64, Room> m_rooms;
    QList<qint64> m_roomOrder;
    QHash<qint64, TimeSlot> m_slots;
    QList<qint64> m_slotOrder;
    QHash<qint64, Session> m_sessions;
    QList<qint64> m_sessionOrder;
    QHash<qint64, Placement> m_placements; ///< by session id
    QHash<qint64, VoteRound> m_rounds;
    QList<qint64> m_roundOrder;
    QHash<qint64, Ballot> m_ballots;
    QList<qint64> m_ballotOrder;
    QMap<QPair<qint64, QUuid>, int> m_tallies; ///< (round, theme) → count
    /** Last row id handed to a room, slot, session, round or ballot: never reused while open. */
    qint64 m_lastAgendaId = 0;
    /** The highest note id handed out while open: new notes go above it, never reusing one an undo step holds. */
    qint64 m_lastNoteId = 0;
    /** The same for themes. */
    qint64 m_lastThemeId = 0;
    std::optional<ParticipationSettings> m_participation;
    QByteArray m_salt;
    QHash<qint64, StoredDevice> m_devices;
    QList<qint64> m_deviceOrder;           ///< by number
    QHash<QByteArray, qint64> m_deviceIds; ///< key hash → id
    QHash<QString, Submission> m_submissions;
    RoomState m_room;
    bool m_inBulkAction = false; ///< inside bulkAction(): its one restore point is taken
    std::function<QDateTime()> m_now;
    RoomClock *m_roomClock = nullptr; ///< a child: made once the room state is loaded
    QUndoStack m_undoStack;
    /** Note UUID → whether the file holds its picture; loaded on open, kept up to date. */
    QSet<QUuid> m_imageUuids;
    /** Pictures decoded lately: the transcription view asks for the same ones again. */
    mutable QCache<QUuid, QImage> m_imageCache{32};
    /** Unchecked notes' texts as imported (id → text): proposeText() replaces only these. */
    QHash<qint64, QString> m_importedTexts;
    /** The store's error during the command pushChecked() is pushing; empty when it went through. */
    QString m_pushFailure;
};

} // namespace cabildo
