#pragma once

#include <QCoreApplication>
#include <QString>

namespace cabildo {

/** Why an event file cannot be opened, found before anything writes to it. */
enum class FileProblem
{
    None,
    Missing,
    Unreadable,
    NotSqlite,
    NotCabildo,
    Corrupt,
    Newer,
    InUse,
    ReadOnly,   ///< not an error: the file opens, read-only
    HardLinked, ///< refused for writing: the file has several names (hard links)
};

/**
 * The verdict of checking an event file through a read-only connection (header, length,
 * application id, schema version, quick_check; with `Depth::Full`, integrity_check, which
 * also compares every index with its table), as app/storage/FORMAT.md describes: a file that
 * fails is reported and never opened for writing, so it stays byte-for-byte as it was.
 */
struct FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::FileCheck)

public:
    enum class Depth
    {
        Quick,
        Full
    };

    FileProblem problem = FileProblem::None;
    QString message; ///< translated, for a dialog or the CLI's one stderr line
    int schemaVersion = 0;

    bool ok() const { return problem == FileProblem::None; }

    /** Messages name the file as `path` does; the checks read what it resolves to. */
    static FileCheck run(const QString &path, Depth depth = Depth::Quick);
};

} // namespace cabildo
