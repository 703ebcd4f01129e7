#pragma once

class QSqlDatabase;
class QString;

namespace cabildo::schema {

/** PRAGMA application_id of every Cabildo file: "CBLD" in ASCII. */
constexpr int applicationId = 0x43424C44;

/** PRAGMA user_version this build writes; files with a higher one are refused. */
constexpr int currentVersion = 7;

/**
 * Brings the database from its user_version up to `toVersion` (currentVersion unless a
 * test builds a file of an older version), one step at a time, inside one transaction.
 * Version 0 is an empty file being created.
 */
bool migrate(QSqlDatabase &db, int fromVersion, QString *error, int toVersion = currentVersion);

} // namespace cabildo::schema
