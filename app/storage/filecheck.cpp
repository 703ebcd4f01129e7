#include "filecheck.h"

#include "connection.h"
#include "schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace cabildo {

namespace {

FileCheck fail(FileProblem problem, const QString &message)
{
    return FileCheck{problem, message, 0};
}

} // namespace

FileCheck FileCheck::run(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(FileProblem::Missing, tr("%1 does not exist.").arg(name));
    if (!info.isFile())
        return fail(FileProblem::Unreadable, tr("%1 is not a file.").arg(name));

    // Read the 100-byte SQLite header ourselves: SQLite is never pointed at a foreign file.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(FileProblem::Unreadable, tr("%1 cannot be read: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(FileProblem::NotSqlite, tr("%1 is not a Cabildo event file.").arg(name));

    Connection connection(path, Connection::Mode::ReadOnly);
    if (!connection.isOpen())
        return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened: %2").arg(name, connection.errorText()));

    int applicationId = 0;
    int userVersion = 0;
    QString quickCheck;
    {
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened.").arg(name));
        applicationId = query.value(0).toInt();
        if (applicationId != schema::applicationId)
            return fail(FileProblem::NotCabildo, tr("%1 is an SQLite database, but not a Cabildo event file.").arg(name));
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
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
            return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened.").arg(name));
        quickCheck = query.value(0).toString();
    }
    if (quickCheck != QLatin1String("ok"))
        return fail(FileProblem::Corrupt, tr("%1 is damaged and cannot be opened (%2).").arg(name, quickCheck));
    return FileCheck{FileProblem::None, {}, userVersion};
}

} // namespace cabildo
