#include "stagingfolder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cabildo {

namespace {

const QString prefix = QStringLiteral(".cabildo-export-");

/** True while process `pid` exists (EPERM: it does, but is another user's). */
bool running(qint64 pid)
{
    return pid > 0 && pid <= std::numeric_limits<pid_t>::max() && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

StagingFolder::StagingFolder(const QString &parent)
{
    QByteArray name =
        QFile::encodeName(parent + QLatin1Char('/') + prefix + QString::number(::getpid()) + QStringLiteral("-XXXXXX"));
    if (!::mkdtemp(name.data())) {
        m_error = tr("%1 cannot be written: %2")
                      .arg(QDir::toNativeSeparators(parent), QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_path = QFile::decodeName(name);
    // The lock says "in use" to other exports; the kernel drops it when this process dies.
    m_fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_fd < 0) {
        m_error = tr("%1 cannot be written: %2")
                      .arg(QDir::toNativeSeparators(parent), QString::fromLocal8Bit(std::strerror(errno)));
        QDir(m_path).removeRecursively();
    }
}

StagingFolder::~StagingFolder()
{
    if (m_fd < 0)
        return;
    if (!m_keep)
        QDir(m_path).removeRecursively();
    ::close(m_fd); // releases the lock, after the folder is gone or in place
}

int StagingFolder::removeStale(const QString &parent)
{
    static const QRegularExpression ours(QStringLiteral("^\\.cabildo-export-(\\d{1,10})-[A-Za-z0-9]{6}$"));
    int removed = 0;
    const QStringList names =
        QDir(parent).entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = ours.match(name);
        if (!match.hasMatch() || running(match.captured(1).toLongLong()))
            continue;
        const QString path = parent + QLatin1Char('/') + name;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat info;
        // Only our own user's folders, and only when no export holds the lock (a reused pid).
        if (::fstat(fd, &info) == 0 && info.st_uid == ::getuid() && ::flock(fd, LOCK_EX | LOCK_NB) == 0
            && QDir(path).removeRecursively())
            ++removed;
        ::close(fd);
    }
    return removed;
}

} // namespace cabildo
