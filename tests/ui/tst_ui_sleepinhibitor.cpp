// The laptop stays awake while participation from phones is open (issue 13): SleepInhibitor
// asks systemd-logind for a "sleep:idle" block lock over the system bus and lets it go by
// closing the descriptor logind gave. logind here is tests/ui/data/fake-logind.py on a
// private dbus-daemon, made the system bus (DBUS_SYSTEM_BUS_ADDRESS) before Qt first uses it;
// it says when it is asked for a lock and when the lock's last descriptor closes.
#include "document/participationdesk.h"
#include "mainwindow.h"
#include "participation/phoneparticipation.h"
#include "sleepinhibitor.h"
#include "testevent.h"

#include <QAction>
#include <QComboBox>
#include <QDBusConnection>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

class TestSleepInhibitor : public QObject
{
    Q_OBJECT

    QProcess bus;
    QProcess logind;
    QStringList said; ///< the fake logind's lines, in order

    /** Waits for the fake logind to say `line` (after what was already read). */
    bool heard(const QString &line)
    {
        if (!QTest::qWaitFor([&] { return said.contains(line); }, 10000)) {
            qWarning("fake logind did not say '%s' (said: %s)", qPrintable(line), qPrintable(said.join(u'|')));
            return false;
        }
        said.removeOne(line);
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed (packaging/dev.sh installs it)");
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(bus.waitForStarted());
        QTRY_VERIFY(bus.canReadLine());
        const QByteArray address = bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address); // before anything in this process uses the system bus

        connect(&logind, &QProcess::readyReadStandardOutput, this, [this] {
            while (logind.canReadLine())
                said.append(QString::fromUtf8(logind.readLine().trimmed()));
        });
        logind.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Debian's interpreter: python3-gi is installed for it, not for a pyenv one.
        logind.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(CABILDO_TEST_DATA "/fake-logind.py"), QString::fromUtf8(address)});
        QVERIFY(logind.waitForStarted());
        QVERIFY(heard(QStringLiteral("ready")));
        QVERIFY(QDBusConnection::systemBus().isConnected());
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&logind, &bus})
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                process->waitForFinished();
            }
    }

    void lockHeldUntilReleased()
    {
        SleepInhibitor inhibitor;
        inhibitor.acquire(QStringLiteral("Participants' phones are connected"));
        QVERIFY(inhibitor.isWanted());
        QVERIFY(heard(QStringLiteral("inhibit sleep:idle Cabildo block")));
        QTRY_VERIFY(inhibitor.isHeld());
        inhibitor.acquire(QStringLiteral("again")); // already wanted: no second lock
        inhibitor.release();
        QVERIFY(!inhibitor.isHeld());
        QVERIFY(heard(QStringLiteral("released")));
        QVERIFY(!said.contains(QStringLiteral("inhibit sleep:idle Cabildo block")));
    }

    void releasedBeforeLogindAnswers()
    {
        SleepInhibitor inhibitor;
        inhibitor.acquire(QStringLiteral("Participants' phones are connected"));
        inhibitor.release(); // before the answer: the descriptor that comes later is let go at once
        QVERIFY(heard(QStringLiteral("inhibit sleep:idle Cabildo block")));
        QVERIFY(heard(QStringLiteral("released")));
        QVERIFY(!inhibitor.isHeld());
    }

    void heldWhileParticipationIsOpen()
    {
        TestFolder folder;
        MainWindow window;
        window.setDocument(folder.newEvent());
        window.findChild<QAction *>(QStringLiteral("openToPhonesAction"))->trigger();
        auto *network = window.findChild<QComboBox *>(QStringLiteral("networkCombo"));
        network->setCurrentIndex(network->findData(QStringLiteral("127.0.0.1")));
        window.findChild<QPushButton *>(QStringLiteral("openParticipationButton"))->click();
        QVERIFY(window.participation()->desk()->isOpen());
        QVERIFY(heard(QStringLiteral("inhibit sleep:idle Cabildo block")));
        QTRY_VERIFY(window.participation()->sleepInhibitor().isHeld());
        window.findChild<QPushButton *>(QStringLiteral("closeParticipationButton"))->click();
        QVERIFY(heard(QStringLiteral("released")));
        QVERIFY(!window.participation()->sleepInhibitor().isHeld());
    }
};

QTEST_MAIN(TestSleepInhibitor)
#include "tst_ui_sleepinhibitor.moc"
