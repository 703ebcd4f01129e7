#include "schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <iterator>

namespace cabildo::schema {

namespace {

// Each entry takes the schema from version (index) to version (index + 1).
// Never edit a released step: add a new one. The tables are described in FORMAT.md.
const char *const steps[] = {
    // 0 → 1: the event and its notes.
    R"sql(
CREATE TABLE event (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL,
    namespace   TEXT NOT NULL,
    title       TEXT NOT NULL,
    acronym     TEXT NOT NULL,
    timezone    TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE note (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    text          TEXT NOT NULL,
    language      TEXT NOT NULL DEFAULT '',
    colour        TEXT NOT NULL,
    x             REAL NOT NULL,
    y             REAL NOT NULL,
    ref           TEXT NOT NULL DEFAULT '',
    tags          TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    sector        TEXT NOT NULL DEFAULT '',
    show_name     INTEGER NOT NULL DEFAULT 0 CHECK (show_name IN (0, 1)),
    source        TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
)sql",
    // 1 → 2: themes, and the grouping's per-note language work.
    R"sql(
CREATE TABLE theme (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    colour      TEXT NOT NULL,
    collapsed   INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0, 1)),
    terms       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
ALTER TABLE note ADD COLUMN theme_id INTEGER REFERENCES theme (id) ON DELETE SET NULL;
ALTER TABLE note ADD COLUMN analysis_language TEXT NOT NULL DEFAULT '';
ALTER TABLE note ADD COLUMN analysis TEXT NOT NULL DEFAULT '';
CREATE INDEX note_theme ON note (theme_id);
)sql",
    // 2 → 3: votes and the agenda.
    // Ballots, tallies and sessions name themes by UUID without a foreign key, on purpose:
    // a choice must outlive a dissolved theme harmlessly (the generator ignores a UUID that
    // names no theme), come back intact when the dissolve is undone (the theme returns with
    // the same UUID), and follow a merge, where EventDocument re-points the merged-away
    // UUIDs to the kept theme in the same transaction (a voter's duplicate collapses into
    // the primary key). A split keeps the original theme's UUID, so its ballots stay with it.
    // Allowed slots are slot UUIDs for the same reason: a removed slot leaves the session
    // restricted to slots that no longer exist rather than silently allowed everywhere.
    R"sql(
CREATE TABLE room (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    capacity    INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    accessible  INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE slot (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    day         TEXT NOT NULL,
    start_time  TEXT NOT NULL,
    end_time    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('sessions', 'break', 'plenary')),
    label       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE round (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    votes_per_person  INTEGER NOT NULL CHECK (votes_per_person >= 1),
    cap_per_theme     INTEGER NOT NULL DEFAULT 0 CHECK (cap_per_theme >= 0),
    state             TEXT NOT NULL CHECK (state IN ('not_started', 'open', 'closed')),
    totals_hidden     INTEGER NOT NULL DEFAULT 1 CHECK (totals_hidden IN (0, 1)),
    created_at        TEXT NOT NULL
);
CREATE TABLE ballot (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    round_id    INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL
);
CREATE INDEX ballot_round ON ballot (round_id);
CREATE TABLE ballot_choice (
    ballot_id   INTEGER NOT NULL REFERENCES ballot (id) ON DELETE CASCADE,
    theme_uuid  TEXT NOT NULL,
    PRIMARY KEY (ballot_id, theme_uuid)
) WITHOUT ROWID;
CREATE INDEX ballot_choice_theme ON ballot_choice (theme_uuid);
CREATE TABLE tally (
    round_id    INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    theme_uuid  TEXT NOT NULL,
    count       INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (round_id, theme_uuid)
) WITHOUT ROWID;
CREATE TABLE session (
    id                     INTEGER PRIMARY KEY,
    uuid                   TEXT NOT NULL UNIQUE,
    title                  TEXT NOT NULL,
    description            TEXT NOT NULL DEFAULT '',
    host                   TEXT NOT NULL DEFAULT '',
    language               TEXT NOT NULL DEFAULT '',
    needs_accessible_room  INTEGER NOT NULL DEFAULT 0 CHECK (needs_accessible_room IN (0, 1)),
    theme_uuid             TEXT,
    ref                    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE session_slot (
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    slot_uuid   TEXT NOT NULL,
    PRIMARY KEY (session_id, slot_uuid)
) WITHOUT ROWID;
CREATE TABLE placement (
    session_id  INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    slot_id     INTEGER NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    room_id     INTEGER NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    pinned      INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    UNIQUE (slot_id, room_id)
);
)sql",
    // 3 → 4: a host may agree to be named in the published programme.
    R"sql(
ALTER TABLE session ADD COLUMN host_named INTEGER NOT NULL DEFAULT 0 CHECK (host_named IN (0, 1));
)sql",
    // 4 → 5: participants' phones (issue 13). Devices are known by a salted hash of their
    // key only; a submission row makes a phone's retried note a no-op (no foreign key to the
    // note: a note the facilitator deleted must not come back with the phone's retry); a
    // phone's ballot carries its voter key, one per round (partial index: the kiosk's and the
    // facilitator's ballots have none). Participation's row exists only while it is open.
    R"sql(
CREATE TABLE participant_device (
    id          INTEGER PRIMARY KEY,
    key_hash    TEXT NOT NULL UNIQUE,
    number      INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    address     TEXT NOT NULL DEFAULT '',
    first_seen  TEXT NOT NULL,
    blocked     INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1))
);
ALTER TABLE note ADD COLUMN state TEXT NOT NULL DEFAULT 'visible' CHECK (state IN ('visible', 'pending', 'hidden'));
ALTER TABLE note ADD COLUMN device_id INTEGER REFERENCES participant_device (id) ON DELETE SET NULL;
CREATE INDEX note_device ON note (device_id);
ALTER TABLE ballot ADD COLUMN voter_key TEXT;
CREATE UNIQUE INDEX ballot_voter ON ballot (round_id, voter_key) WHERE voter_key IS NOT NULL;
CREATE TABLE participation (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    token         TEXT NOT NULL,
    join_code     TEXT NOT NULL,
    bind_address  TEXT NOT NULL,
    port          INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535),
    moderated     INTEGER NOT NULL DEFAULT 0 CHECK (moderated IN (0, 1)),
    opened_at     TEXT NOT NULL
);
CREATE TABLE participant_secret (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    salt  BLOB NOT NULL CHECK (length(salt) = 32)
);
CREATE TABLE participant_submission (
    submission_id  TEXT PRIMARY KEY,
    device_id      INTEGER REFERENCES participant_device (id) ON DELETE SET NULL,
    note_uuid      TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 5 → 6: the facilitator runs the room (issue 14). Notes can be face down for the room
    // until revealed; the phase, the timer and "Hide notes until revealed" are one row,
    // always there. Restore points keep whole events inside the file: each record (a note,
    // a theme, a ballot…) is stored once by the hash of its content and a point is a list
    // of hashes, so twenty points of an event that changes a little cost little more than
    // one copy (app/storage/FORMAT.md, "Restore points").
    R"sql(
ALTER TABLE note ADD COLUMN face_down INTEGER NOT NULL DEFAULT 0 CHECK (face_down IN (0, 1));
CREATE TABLE room_state (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    phase               TEXT NOT NULL DEFAULT 'capture'
                        CHECK (phase IN ('capture', 'group', 'vote', 'agenda', 'publish')),
    hide_notes          INTEGER NOT NULL DEFAULT 0 CHECK (hide_notes IN (0, 1)),
    timer_duration_ms   INTEGER NOT NULL DEFAULT 0 CHECK (timer_duration_ms BETWEEN 0 AND 86400000),
    timer_remaining_ms  INTEGER NOT NULL DEFAULT 0 CHECK (timer_remaining_ms BETWEEN 0 AND 86400000),
    timer_ends_at       TEXT,
    timer_close_round   INTEGER NOT NULL DEFAULT 0 CHECK (timer_close_round IN (0, 1)),
    timer_sound         INTEGER NOT NULL DEFAULT 1 CHECK (timer_sound IN (0, 1))
);
INSERT INTO room_state (id) VALUES (1);
CREATE TABLE restore_point (
    id          INTEGER PRIMARY KEY,
    taken_at    TEXT NOT NULL,
    next_step   TEXT NOT NULL,
    on_demand   INTEGER NOT NULL DEFAULT 0 CHECK (on_demand IN (0, 1)),
    notes       INTEGER NOT NULL DEFAULT 0,
    themes      INTEGER NOT NULL DEFAULT 0,
    ballots     INTEGER NOT NULL DEFAULT 0,
    sessions    INTEGER NOT NULL DEFAULT 0,
    manifest    BLOB NOT NULL
);
CREATE TABLE restore_record (
    hash  BLOB PRIMARY KEY,
    data  BLOB NOT NULL
) WITHOUT ROWID;
)sql",
    // 6 → 7: photos of a paper wall (issue 15). A note found on a photo keeps whether its
    // proposed text was checked; its picture is a row of its own, keyed by the note's UUID
    // with no foreign key, on purpose: undo removes a note and redo brings it back, and a
    // restore point names it by UUID, so the picture must outlive the note's row while the
    // note may come back. Pictures go only when the facilitator removes them. A rowid table:
    // SQLite advises against WITHOUT ROWID for rows this large.
    R"sql(
ALTER TABLE note ADD COLUMN text_checked INTEGER NOT NULL DEFAULT 1 CHECK (text_checked IN (0, 1));
CREATE TABLE note_image (
    id         INTEGER PRIMARY KEY,
    note_uuid  TEXT NOT NULL UNIQUE,
    format     TEXT NOT NULL CHECK (format IN ('jpeg', 'png')),
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    data       BLOB NOT NULL
);
)sql",
};

static_assert(std::size(steps) == currentVersion, "one migration step per schema version");

bool execScript(QSqlDatabase &db, const char *script, QString *error)
{
    // QSqlQuery runs one statement at a time: split the script on ';'.
    const QStringList statements = QString::fromUtf8(script).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool migrate(QSqlDatabase &db, int fromVersion, QString *error, int toVersion)
{
    if (fromVersion == toVersion)
        return true;
    // FileCheck refuses these first; never index the steps with a version we did not write.
    if (fromVersion < 0 || fromVersion > toVersion || toVersion > currentVersion) {
        *error = QCoreApplication::translate("cabildo::schema", "unknown file format %1").arg(fromVersion);
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (int version = fromVersion; version < toVersion; ++version) {
        if (!execScript(db, steps[version], error)) {
            db.rollback();
            return false;
        }
    }
    QSqlQuery query(db);
    // PRAGMA takes no bound parameters; both values are compile-time integers.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion))) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace cabildo::schema
