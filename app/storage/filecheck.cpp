#include "filecheck.h"

#include "connection.h"
#include "schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace cabildo {

namespace {

FileCheck fail(FileProblem problem, const QString &message)
{
    return FileCheck{problem, message, 0};
}

/**
 * Whether a file of `size` bytes holds all the pages its 100-byte header announces
 * (sqlite.org/fileformat.html, "The Database Header"). SQLite reads the missing end of a
 * file cut short as zeros, so a cut inside the last page would go unnoticed.
 */
bool wholeLength(const QByteArray &header, qint64 size)
{
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize; // 1 stands for 65536
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return false;
    if (size % pageSize != 0)
        return false;
    // The page count is valid only when "version-valid-for" equals the change counter.
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    return validFor != changeCounter || size >= qint64(pageCount) * pageSize;
}

} // namespace

FileCheck FileCheck::run(const QString &path, Depth depth)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(FileProblem::Missing, tr("%1 does not exist.").arg(name));
    if (!info.isFile())
        return fail(FileProblem::Unreadable, tr("%1 is not a file.").arg(name));
    // SQLite names the -wal after the file a symbolic link points to: look there too.
    const QString file = info.canonicalFilePath();

    // Read the 100-byte SQLite header ourselves: SQLite is never pointed at a foreign file.
    QFile raw(file);
    if (!raw.open(QIODevice::ReadOnly))
        return fail(FileProblem::Unreadable, tr("%1 cannot be read: %2").arg(name, raw.errorString()));
    const QByteArray header = raw.read(100);
    const qint64 size = raw.size();
    raw.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(FileProblem::NotSqlite, tr("%1 is not a Cabildo event file.").arg(name));
    // With a leftover -wal the file may lawfully lag behind (a checkpoint cut by a power
    // loss is finished from the WAL); the full check before writing covers that case.
    if (QFileInfo(file + QStringLiteral("-wal")).size() == 0 && !wholeLength(header, size))
        return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened: the file is cut short.").arg(name));

    Connection connection(file, Connection::Mode::ReadOnly);
    if (!connection.isOpen())
        return fail(FileProblem::Corrupt,
                    tr("%1 is damaged and cannot be opened: %2").arg(name, connection.errorText()));

    int applicationId = 0;
    int userVersion = 0;
    QString check;
    {
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened.").arg(name));
        applicationId = query.value(0).toInt();
        if (applicationId != schema::applicationId)
            return fail(FileProblem::NotCabildo,
                        tr("%1 is an SQLite database, but not a Cabildo event file.").arg(name));
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened.").arg(name));
        userVersion = query.value(0).toInt();
        // Cabildo writes 1 and up; anything below was crafted or damaged (and migrating
        // from it would index the upgrade steps out of range).
        if (userVersion < 1)
            return fail(FileProblem::NotCabildo,
                        tr("%1 is not a Cabildo event file (unknown file format %2).").arg(name).arg(userVersion));
        if (userVersion > schema::currentVersion)
            return fail(FileProblem::Newer,
                        tr("%1 was made by a newer version of Cabildo (file format %2; this version reads up to %3). "
                           "Update Cabildo to open it.")
                            .arg(name)
                            .arg(userVersion)
                            .arg(schema::currentVersion));
        // Cabildo writes the application id and version 1 or later in one transaction:
        // 0 or a negative version was never written by any Cabildo.
        if (userVersion < 1)
            return fail(
                FileProblem::NotCabildo,
                tr("%1 is not an event file Cabildo can read (unknown file format %2).").arg(name).arg(userVersion));
        const QString pragma =
            depth == Depth::Full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
        if (!query.exec(pragma) || !query.next())
            return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened.").arg(name));
        check = query.value(0).toString();
    }
    if (check != QLatin1String("ok"))
        return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened (%2).").arg(name, check));
    return FileCheck{FileProblem::None, {}, userVersion};
}

} // namespace cabildo
