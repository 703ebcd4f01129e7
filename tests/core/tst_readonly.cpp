// Read-only events (an event on a read-only share, a file someone chmod-ed, a copy in a
// folder the user cannot write): `info` still shows it, `import` refuses with a message
// that says why, and the file is left exactly as it was. Root can write any file, so the
// commands run as the unprivileged user `nobody` through setpriv.
#include "testevent.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace cabildo;
using namespace cabildo::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QStringList errLines;
};

QString setpriv()
{
    return QStandardPaths::findExecutable(QStringLiteral("setpriv"));
}

/** Runs `program arguments` as nobody:nogroup with no display. */
Run asNobody(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(environment);
    process.start(setpriv(), QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                         QStringLiteral("--clear-groups"), program}
                                 + arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.errLines = QString::fromUtf8(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    return run;
}

constexpr QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions writable = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
constexpr QFile::Permissions enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run commands as the user nobody (as a normal user, a chmod 444 file "
                  "is already read-only and this setup cannot be made)");
        if (setpriv().isEmpty())
            QSKIP("setpriv (util-linux) is not installed");
        m_binary = cabildoBinary();
        const Run reach =
            asNobody(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("test -x \"$0\""), m_binary});
        if (reach.exitCode != 0) {
            // The build folder is out of nobody's reach (a checkout under /root): run a copy
            // of the same binary from a folder nobody can enter.
            QVERIFY(m_binaryDir.isValid());
            QVERIFY(QFile::setPermissions(m_binaryDir.path(), readable | enterable | QFile::WriteOwner));
            m_binary = m_binaryDir.filePath(QStringLiteral("cabildo"));
            QVERIFY(QFile::copy(cabildoBinary(), m_binary));
            QVERIFY(QFile::setPermissions(m_binary, readable | enterable | QFile::WriteOwner));
        }
        const Run version = asNobody(m_binary, {QStringLiteral("--version")});
        if (version.exitCode == 126 || version.exitCode == 127)
            QSKIP(qPrintable(
                QStringLiteral("the user nobody cannot execute %1 (%2)").arg(m_binary, version.errLines.join(u' '))));
        QCOMPARE(version.exitCode, 0);
    }

    void readOnlyEvent_data()
    {
        QTest::addColumn<bool>("fileWritable");
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("chmod 444 file, read-only folder") << false << false;
        QTest::newRow("chmod 444 file, writable folder") << false << true;
        QTest::newRow("writable file, read-only folder") << true << false;
    }

    void readOnlyEvent()
    {
        QFETCH(bool, fileWritable);
        QFETCH(bool, folderWritable);
        // Under /tmp, so nobody can get in once the folder is opened up.
        QTemporaryDir dir(QStringLiteral("/tmp/cabildo-readonly-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("event.cabildo"));
        {
            QString error;
            auto document =
                EventDocument::create(path, QStringLiteral("Read-only"), QString(), QStringLiteral("UTC"), &error);
            QVERIFY2(document, qPrintable(error));
            QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("uno"), NoteSource::Typed),
                                        EventDocument::makeNote(QStringLiteral("dos"), NoteSource::Typed),
                                        EventDocument::makeNote(QStringLiteral("tres"), NoteSource::Typed)}));
        }
        QFile csv(dir.filePath(QStringLiteral("more.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("text\nOpen data for all\n");
        csv.close();
        QVERIFY(QFile::setPermissions(csv.fileName(), readable));
        QVERIFY(QFile::setPermissions(path, readable | (fileWritable ? writable : QFile::Permissions())));
        QVERIFY(QFile::setPermissions(dir.path(), readable | enterable | QFile::WriteOwner
                                                      | (folderWritable ? writable : QFile::Permissions())));
        const QByteArray before = readAll(path);
        const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

        Run run = asNobody(m_binary, {QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("notes")).toInt(), 3);

        run = asNobody(m_binary, {QStringLiteral("import"), path, csv.fileName()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines.size(), 1);
        QVERIFY(run.errLines.constFirst().startsWith(QLatin1String("cabildo: ")));
        QVERIFY2(run.errLines.constFirst().contains(QLatin1String("read-only")), qPrintable(run.errLines.constFirst()));

        QVERIFY(readAll(path) == before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);
        run = asNobody(m_binary, {QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("notes")).toInt(), 3);
    }

private:
    QString m_binary;
    QTemporaryDir m_binaryDir{QStringLiteral("/tmp/cabildo-bin-XXXXXX")};
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
