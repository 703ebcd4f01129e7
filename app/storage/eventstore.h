#pragma once

#include "filecheck.h"
#include "model/changes.h"
#include "model/eventcontent.h"
#include "model/eventinfo.h"
#include "model/note.h"
#include "model/participation.h"
#include "model/photonote.h"
#include "model/restorepoint.h"
#include "model/roomstate.h"
#include "model/theme.h"
#include "schema.h"
#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QLockFile>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QSqlQuery;

namespace cabildo {

class Connection;

/**
 * The event file on disk: the only code that speaks SQL. Each write is one transaction,
 * committed at once with WAL and synchronous=FULL, so whatever the window shows as added
 * survives a crash or a power cut. A writable store holds a QLockFile beside the file.
 */
class EventStore
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::EventStore)

public:
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    /** Creates a new event file; refuses to overwrite an existing one. */
    static std::unique_ptr<EventStore> create(const QString &path, const EventInfo &event, QString *error);

    /**
     * Opens an existing file after FileCheck::run has accepted it. With `readOnly`
     * false, a file that cannot be written opens read-only (check isReadOnly()); a file
     * locked by another running Cabildo is refused with FileProblem::InUse, one with
     * several hard links with FileProblem::HardLinked, and one left by a crash is first
     * checked in full (FileCheck::Depth::Full). Symbolic links are resolved: SQLite and
     * the lock see the file itself; path() stays as given.
     */
    static std::unique_ptr<EventStore> open(const QString &path, bool readOnly, FileCheck *result);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    QString lastError() const { return m_lastError; }

    EventInfo loadEvent();
    QList<Note> loadNotes();
    /** Frees SQLite's cache of the pages loading read: the document holds their content now (8 MB for 20,000 notes). */
    void releaseReadPages();
    int noteCount();

    bool saveEvent(const EventInfo &event);
    /**
     * Inserts notes, or updates those whose id is there already: every field but identity;
     * for the ids in `placedOnly`, stored already, only their theme and position.
     */
    bool upsertNotes(const QList<Note> &notes, const QSet<qint64> &placedOnly = {});
    bool deleteNotes(const QList<qint64> &ids);

    QList<Theme> loadThemes();
    int themeCount();
    /** Inserts themes, or updates those whose id is there already. */
    bool upsertThemes(const QList<Theme> &themes);
    bool deleteThemes(const QList<qint64> &ids);
    /** Note id → (detected language, language work): derived data, not an undoable change. */
    bool saveNoteAnalyses(const QHash<qint64, QPair<QString, QString>> &analyses);
    /** The whole of `change` (event, themes, notes, phones' submissions, agenda, votes) as one transaction. */
    bool applyChange(const EventChange &change);

    // Participation from phones (schema 5; a read-only older file has none). None of it is
    // in the event JSON. Implemented in participationstore.cpp.
    std::optional<ParticipationSettings> loadParticipation();
    /** Stores the open participation's settings, or removes them (nullopt: closed). */
    bool saveParticipation(const std::optional<ParticipationSettings> &settings);
    /** The event's salt for device hashes; empty until made. */
    QByteArray loadSalt();
    /** Stores the salt once: an event keeps one salt, or the stored hashes would mean nothing. */
    bool insertSalt(const QByteArray &salt);
    QList<StoredDevice> loadDevices(); ///< by number (joining order)
    /** Inserts a device; its id (0: a new one) is written back. */
    bool insertDevice(StoredDevice &device);
    bool saveDeviceBlocked(qint64 id, bool blocked);
    QList<Submission> loadSubmissions();
    /** Plain inserts: a submission id stored before makes the whole transaction fail. */
    bool insertSubmissions(const QList<Submission> &submissions);

    // The room (schema 6, issue 14): phase, timer, "Hide notes until revealed".
    RoomState loadRoomState();
    bool saveRoomState(const RoomState &room);

    // Restore points (schema 6, issue 14; restorestore.cpp): whole copies of the event in
    // the file, each record stored once by its hash (FORMAT.md, "Restore points").
    QList<RestorePoint> loadRestorePoints(); ///< newest first; none in a read-only older file
    /**
     * Keeps `content` as a new point described by `point` (its id and counts are written
     * back), in one transaction. `eventBytes` receives what one copy of the event takes.
     */
    bool insertRestorePoint(const EventContent &content, RestorePoint &point, qint64 *eventBytes);
    /** The event as point `id` kept it; false (lastError() says why) when it is missing or damaged. */
    bool loadRestorePoint(qint64 id, EventContent *content, RestorePoint *point);
    /** Removes points, and the records no other point needs, in one transaction. */
    bool deleteRestorePoints(const QList<qint64> &ids);
    /**
     * Drops the oldest automatic points while all automatic points together take more than
     * `budget` bytes, always keeping the newest `keep` of them. Points taken on demand stay.
     */
    bool pruneRestorePoints(qint64 budget, int keep);
    /** What every restore point takes in the file: their records and lists of records. */
    qint64 restorePointBytes();

    // Notes' pictures (schema 7, issue 15; noteimagestore.cpp), keyed by the note's UUID and
    // never part of restore points: a note brought back by undo or a restore finds its picture.
    QSet<QUuid> loadNoteImageUuids(); ///< none in a read-only older file
    /** The picture of the note with `noteUuid`; nullopt when there is none. */
    std::optional<NoteImage> loadNoteImage(const QUuid &noteUuid);
    QList<NoteImage> loadNoteImages(); ///< every picture, by note UUID (a backup)
    /** Inserts pictures, or replaces a note's picture, in one transaction. */
    bool saveNoteImages(const QList<NoteImage> &images);
    /**
     * Deletes pictures so that their bytes are gone from the file: secure_delete zeroes the
     * freed pages, then the write-ahead log, which still holds them, is checkpointed and
     * truncated. Not inside another transaction (a checkpoint cannot run in one).
     */
    bool eraseNoteImages(const QList<QUuid> &noteUuids);
    /** The same for every picture. */
    bool eraseAllNoteImages();

    // Votes and the agenda (schema 3; a read-only file of an older version has none).
    // Implemented in agendastore.cpp.
    QList<Room> loadRooms();
    QList<TimeSlot> loadSlots();
    QList<Session> loadSessions();
    QList<Placement> loadPlacements();
    QList<VoteRound> loadRounds();
    QList<Ballot> loadBallots();
    QList<Tally> loadTallies();
    /** Upserts and removals by id, one transaction, in an order the foreign keys accept. */
    bool applyAgendaChange(const AgendaChange &change);
    bool applyVoteChange(const VoteChange &change);
    /** Overwrites every field of the event row, its identity too: importing a backup. */
    bool restoreEvent(const EventInfo &event);

    /** Runs `work` (several of the calls above) as one transaction: all of it or nothing. */
    bool inTransaction(const std::function<bool()> &work);

    /** A consistent snapshot of the live database into a new file (VACUUM INTO). */
    bool snapshotTo(const QString &targetPath);

    /** Path of the lock file that guards `path` (links resolved) while a Cabildo has it open. */
    static QString lockPath(const QString &path);

private:
    EventStore(const QString &path, bool readOnly);
    bool configure();
    bool fail(const QString &message);

    /** Runs `sql` once per row inside one transaction; all rows or none. */
    template <typename Rows, typename Bind, typename After = std::nullptr_t>
    bool execBatch(const QString &sql, const Rows &rows, Bind bind, After afterEach = nullptr)
    {
        std::function<void(QSqlQuery &, qsizetype)> after;
        if constexpr (!std::is_same_v<After, std::nullptr_t>)
            after = [&](QSqlQuery &query, qsizetype row) { afterEach(query, rows.at(row)); };
        return execBatchImpl(
            sql, rows.size(), [&](QSqlQuery &query, qsizetype row) { bind(query, rows.at(row)); }, after);
    }
    bool hasAgendaTables() const { return m_schemaVersion >= 3; }
    bool hasParticipationTables() const { return m_schemaVersion >= 5; }
    bool hasRestorePoints() const { return m_schemaVersion >= 6; }
    bool hasNoteImages() const { return m_schemaVersion >= 7; }
    /** Zeroes freed pages, then checkpoints the WAL into the file and truncates it. */
    bool eraseFreedBytes();
    /** Deletes the records no point's list names any more. */
    bool collectRestoreRecords();
    bool deleteByIds(const QString &table, const QString &key, const QList<qint64> &ids);
    bool beginWrite();
    bool endWrite(bool ok);
    /** Notes that only moved: their place and theme, nothing else. */
    bool updatePlaces(const QList<const Note *> &notes);
    bool execBatchImpl(const QString &sql, qsizetype count, const std::function<void(QSqlQuery &, qsizetype)> &bind,
                       const std::function<void(QSqlQuery &, qsizetype)> &afterEach);

    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = schema::currentVersion;
    int m_writeDepth = 0;
    QString m_lastError;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Connection> m_connection;
};

} // namespace cabildo
