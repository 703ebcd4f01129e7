// "Never lose work": a Cabildo killed outright (SIGKILL, a power cut as far as the file
// can tell) keeps every note it had reported as added, the file passes SQLite's own
// integrity check, and the lock the dead process left behind does not lock the user out.
#include "sqlitepeek.h"
#include "testevent.h"

#include "storage/eventstore.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace cabildo;
using namespace cabildo::test;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileAddingNotes()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QVERIFY(folder.newEvent());
        QSet<QString> printed;
        int kills = 0;
        // Three kills in a row on the same file: each run starts from what the last left.
        for (int round = 0; round < 3; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(CABILDO_CRASH_HELPER), {path});
            QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
            const int target = 200 + int(QRandomGenerator::global()->bounded(150));
            int seen = 0;
            while (seen < target) {
                if (!helper.canReadLine() && !helper.waitForReadyRead(10000))
                    QFAIL(qPrintable(QStringLiteral("helper stopped: ")
                                     + QString::fromLocal8Bit(helper.readAllStandardError())));
                while (helper.canReadLine()) {
                    printed.insert(QString::fromLatin1(helper.readLine().trimmed()));
                    ++seen;
                }
            }
            // Somewhere inside the next transaction, or between two.
            QThread::usleep(QRandomGenerator::global()->bounded(4000));
            QCOMPARE(::kill(pid_t(helper.processId()), SIGKILL), 0);
            ++kills;
            QVERIFY(helper.waitForFinished(10000));
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
            // Complete lines still in the pipe were printed after their commit too.
            const QList<QByteArray> rest = helper.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < rest.size(); ++i)
                printed.insert(QString::fromLatin1(rest.at(i).trimmed()));
            QVERIFY2(QFileInfo::exists(EventStore::lockPath(path)), "the killed helper left its lock behind");

            const FileCheck check = FileCheck::run(path);
            QVERIFY2(check.ok(), qPrintable(check.message));
            {
                RawDb db(path, true);
                QVERIFY2(db.isOpen(), qPrintable(db.error()));
                QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            }
            FileCheck opened;
            auto document = EventDocument::open(path, false, &opened); // takes over the stale lock
            QVERIFY2(document, qPrintable(opened.message));
            QVERIFY(!document->isReadOnly());
            QSet<QString> stored;
            for (qint64 id : document->noteIds())
                stored.insert(document->note(id)->uuid.toString(QUuid::WithoutBraces));
            for (const QString &uuid : std::as_const(printed))
                QVERIFY2(stored.contains(uuid), qPrintable(QStringLiteral("note %1 was lost").arg(uuid)));
            // At most the one note being added at each kill is there without having been reported.
            QVERIFY(stored.size() <= printed.size() + kills);
            QVERIFY(
                document->addNotes({EventDocument::makeNote(QStringLiteral("after the crash"), NoteSource::Typed)}));
            printed.insert(document->note(document->noteIds().constLast())->uuid.toString(QUuid::WithoutBraces));
        }
        RawDb db(path);
        QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(printed.size() >= 3 * 200);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
