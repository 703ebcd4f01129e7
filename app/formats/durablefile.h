#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cabildo {

/**
 * Writes files that are either whole on disk or absent. Qt's QSaveFile renames its
 * temporary file even when the final flush failed (a full disk), and QFileDevice's
 * flush and close errors are easy to miss; here every write, fsync and close is
 * checked, the data reaches the disk before the rename, and the rename itself is made
 * durable by syncing the folder. Errors are the system's own reason ("No space left on
 * device"), ready to show.
 */
class DurableFile
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::DurableFile)

public:
    /**
     * Replaces `path` (a symbolic link: its target) with `bytes`, through a temporary file
     * beside it. Returns empty on success, else why not; on failure `path` is as it was.
     */
    static QString write(const QString &path, const QByteArray &bytes);
    /** fsync on a folder, so the entries created or renamed in it survive a crash. */
    static QString syncFolder(const QString &path);
};

} // namespace cabildo
