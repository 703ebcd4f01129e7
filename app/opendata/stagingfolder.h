#pragma once

#include <QCoreApplication>
#include <QString>

namespace cabildo {

/**
 * The hidden folder an export writes into before renaming it to DIR: beside DIR, so the
 * rename stays on one file system. Named `.cabildo-export-PID-XXXXXX` and locked (flock)
 * while its export runs, so an export killed half-way leaves a folder the next export
 * can recognise as stale — ours by name, its process gone, its lock free — and remove.
 */
class StagingFolder
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::StagingFolder)

public:
    /** Creates and locks a staging folder in `parent`; error() says why when it could not. */
    explicit StagingFolder(const QString &parent);
    /** Removes the folder unless keep() was called; releases the lock. */
    ~StagingFolder();
    StagingFolder(const StagingFolder &) = delete;
    StagingFolder &operator=(const StagingFolder &) = delete;

    bool isValid() const { return m_fd >= 0; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    /** The folder was renamed into place: do not remove it. */
    void keep() { m_keep = true; }

    /** Removes the staging folders in `parent` left by exports that were killed; how many. */
    static int removeStale(const QString &parent);

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
    bool m_keep = false;
};

} // namespace cabildo
