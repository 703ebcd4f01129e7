#include "schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <iterator>

namespace cabildo::schema {

namespace {

// Each entry takes the schema from version (index) to version (index + 1).
// Never edit a released step: add a new one. The tables are described in README.md.
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

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion == currentVersion)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (int version = fromVersion; version < currentVersion; ++version) {
        if (!execScript(db, steps[version], error)) {
            db.rollback();
            return false;
        }
    }
    QSqlQuery query(db);
    // PRAGMA takes no bound parameters; both values are compile-time integers.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion))) {
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
