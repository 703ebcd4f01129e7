#include "durablefile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cabildo {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/** Writes all of `bytes` to `fd`: write() may write less than asked, or be interrupted. */
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            if (written == 0)
                errno = ENOSPC;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

QString DurableFile::write(const QString &path, const QByteArray &bytes)
{
    // Through a symbolic link, as QSaveFile did: the file it names is replaced, not the link.
    QFileInfo info(path);
    const QString target = !info.isSymLink() ? info.absoluteFilePath()
                           : info.exists()   ? info.canonicalFilePath()
                                             : info.symLinkTarget();
    const QFileInfo targetInfo(target);
    const QString folder = targetInfo.absolutePath();
    const QByteArray finalName = QFile::encodeName(target);

    struct stat existing;
    const bool replacing = ::stat(finalName.constData(), &existing) == 0;
    int fd = -1;
    QByteArray temporary;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = QFile::encodeName(
            folder + QStringLiteral("/.") + targetInfo.fileName().left(200)
            + QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666); // the umask applies
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), systemReason(errno));

    // Every step checked: a full disk may only show at fsync or close (delayed allocation, NFS).
    bool ok = writeAll(fd, bytes) && (!replacing || ::fchmod(fd, existing.st_mode & 07777) == 0) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temporary.constData(), finalName.constData()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temporary.constData());
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), systemReason(error));
    }
    return syncFolder(folder);
}

QString DurableFile::syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), systemReason(errno));
    // Some file systems cannot sync a folder (EINVAL): the data itself is synced already.
    const bool ok = ::fsync(fd) == 0 || errno == EINVAL;
    const int error = errno;
    ::close(fd);
    return ok ? QString() : tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), systemReason(error));
}

} // namespace cabildo
