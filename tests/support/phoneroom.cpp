#include "phoneroom.h"

#include "document/eventdocument.h"
#include "testevent.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cabildo::test {

Room makeRoom(const QString &folder)
{
    Room room;
    room.path = folder + QStringLiteral("/room.cabildo");
    QString error;
    std::unique_ptr<EventDocument> document = EventDocument::create(
        room.path, QStringLiteral("Crowd"), QStringLiteral("crowd2026"), QStringLiteral("UTC"), &error);
    if (!document)
        qFatal("cannot create the event: %s", qPrintable(error));
    for (const QString &title : {QStringLiteral("Open data"), QStringLiteral("Health"), QStringLiteral("Schools")}) {
        document->addNotes({EventDocument::makeNote(title, NoteSource::Typed)});
        document->createTheme(title, QStringLiteral("yellow"), {document->noteIds().constLast()});
    }
    document->createRound(QStringLiteral("Day one"));
    const qint64 round = document->roundIds().constLast();
    document->openRound(round);
    room.round = document->round(round)->uuid.toString(QUuid::WithoutBraces).toStdString();
    for (qint64 id : document->themeIds())
        room.themes.push_back(document->theme(id)->uuid.toString(QUuid::WithoutBraces).toStdString());
    return room;
}

bool startServer(QProcess &server, const QString &path, int *port, std::string *token)
{
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(cabildoBinary(),
                 {QStringLiteral("serve"), path, QStringLiteral("--address"), QStringLiteral("127.0.0.1")});
    static const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/e/([A-Za-z0-9_-]+)/"));
    QByteArray out;
    while (server.waitForReadyRead(20000)) {
        out += server.readAllStandardOutput();
        if (const QRegularExpressionMatch match = url.match(QString::fromUtf8(out)); match.hasMatch()) {
            *port = match.captured(1).toInt();
            *token = match.captured(2).toStdString();
            return true;
        }
    }
    qWarning("serve printed: %s %s", out.constData(), server.readAllStandardError().constData());
    return false;
}

QHash<QString, int> storedPhoneNotes(const QString &path, QString *integrity)
{
    QHash<QString, int> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA integrity_check"));
        *integrity = query.next() ? query.value(0).toString() : QStringLiteral("no answer");
        query.exec(QStringLiteral("SELECT text FROM note WHERE source = 'phone'"));
        while (query.next())
            ++counts[query.value(0).toString()];
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return counts;
}

} // namespace cabildo::test
