// A room of phones against the real `cabildo serve`: every note the laptop acknowledged is in
// the event file exactly once, with and without a SIGKILL in the middle (issue 13, "Nothing
// acknowledged is lost"). Latency figures belong to bench_phones, not here.
#include "document/eventdocument.h"
#include "phonecrowd.h"
#include "phoneroom.h"
#include "testevent.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

using namespace cabildo;

class TestPhoneCrowd : public QObject
{
    Q_OBJECT

private slots:
    void hundredPhonesLoseAndDuplicateNothing()
    {
        QTemporaryDir folder;
        const test::Room room = test::makeRoom(folder.path());
        QProcess server;
        test::CrowdPlan plan;
        QVERIFY(test::startServer(server, room.path, &plan.port, &plan.token));
        plan.phones = 100;
        plan.spreadSeconds = 5;
        plan.roundUuid = room.round;
        plan.themeUuids = room.themes;
        plan.votesPerBallot = 2;
        const test::CrowdResult result = test::runCrowd(plan);
        server.terminate();
        QVERIFY(server.waitForFinished(20000));

        QCOMPARE(int(result.acknowledged.size()), plan.phones * plan.notesPerPhone);
        QCOMPARE(result.ballotsAcknowledged, plan.phones);
        QString integrity;
        const QHash<QString, int> stored = test::storedPhoneNotes(room.path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QCOMPARE(int(stored.size()), int(result.acknowledged.size()));
        for (const auto &[id, text] : result.acknowledged)
            QCOMPARE(stored.value(QString::fromStdString(text)), 1);

        // One ballot per phone in the round, each stored once.
        std::unique_ptr<EventDocument> document;
        FileCheck check;
        document = EventDocument::open(room.path, true, &check);
        QVERIFY(document);
        QCOMPARE(int(document->ballots(document->roundIds().constLast()).size()), plan.phones);
    }

    void acknowledgedNotesSurviveAKill()
    {
        QTemporaryDir folder;
        const test::Room room = test::makeRoom(folder.path());
        QProcess server;
        test::CrowdPlan plan;
        QVERIFY(test::startServer(server, room.path, &plan.port, &plan.token));
        plan.phones = 100;
        plan.spreadSeconds = 6;
        plan.giveUpSeconds = 4; // the crowd gives up soon after the laptop is gone
        test::CrowdResult result;
        std::thread crowd([&] { result = test::runCrowd(plan); });
        QTest::qWait(2500); // in the middle of the crowd's notes
        ::kill(pid_t(server.processId()), SIGKILL);
        crowd.join();
        server.waitForFinished(10000);

        QVERIFY2(!result.acknowledged.empty(), "no note was acknowledged before the kill");
        QVERIFY(int(result.acknowledged.size()) < plan.phones * plan.notesPerPhone);
        QString integrity;
        const QHash<QString, int> stored = test::storedPhoneNotes(room.path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        for (const auto &[id, text] : result.acknowledged)
            QCOMPARE(stored.value(QString::fromStdString(text)), 1);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(it.value(), 1); // nothing twice, acknowledged or not
    }
};

QTEST_GUILESS_MAIN(TestPhoneCrowd)
#include "tst_phonecrowd.moc"
