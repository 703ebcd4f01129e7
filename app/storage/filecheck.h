#pragma once

#include <QCoreApplication>
#include <QString>

namespace cabildo {

/** Why an event file cannot be opened, found before anything writes to it. */
enum class FileProblem {
    None,
    Missing,
    Unreadable,
    NotSqlite,
    NotCabildo,
    Corrupt,
    Newer,
    InUse,
    ReadOnly,   ///< not an error: the file opens, read-only
};

/**
 * The verdict of checking an event file through a read-only connection (header,
 * application id, schema version, quick_check), as PRODUCT.md asks: a file that fails is
 * reported and never opened for writing, so it stays byte-for-byte as it was.
 */
struct FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::FileCheck)

public:
    FileProblem problem = FileProblem::None;
    QString message;        ///< translated, for a dialog or the CLI's one stderr line
    int schemaVersion = 0;

    bool ok() const { return problem == FileProblem::None; }

    static FileCheck run(const QString &path);
};

} // namespace cabildo
