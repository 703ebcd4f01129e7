// The command line (README.md, "Command line"), run as scripts run it: the real
// `cabildo` binary, with no display at all. Exit 0 on success, 1 on a runtime error, 2 on
// a usage error; every message one stderr line starting "cabildo: "; a refused command
// leaves the event file byte-for-byte as it was.
#include "clirun.h"
#include "sqlitepeek.h"
#include "storage/schema.h"
#include "testevent.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <climits>
#include <unistd.h>

using namespace cabildo;
using namespace cabildo::test;

namespace {

QJsonObject infoJson(const QString &path)
{
    const Run run = runCabildo({QStringLiteral("info"), path, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("info --json failed: %s", qPrintable(run.errLines.join(u'\n')));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString testData(const char *name)
{
    return QStringLiteral(CABILDO_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

// One stderr line, "cabildo: …", and the expected exit code.
#define VERIFY_COMPLAINT(run, code)                                                                                    \
    do {                                                                                                               \
        QCOMPARE((run).exitCode, code);                                                                                \
        QCOMPARE((run).errLines.size(), 1);                                                                            \
        QVERIFY2((run).errLines.constFirst().startsWith(QLatin1String("cabildo: ")),                                   \
                 qPrintable((run).errLines.constFirst()));                                                             \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    // `cluster` groups the notes not yet in a theme, stores the themes, and says which
    // notes (by their CSV ref) went where; --all regroups everything.
    void clusterStoresThemes()
    {
        TestFolder folder;
        QVERIFY(folder.newEvent());
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        const QString csv = folder.writeFile(
            QStringLiteral("notes.csv"),
            QByteArrayLiteral("ref,text\n"
                              "p1,open data portal for the city\np2,the city open data portal is hard to use\n"
                              "p3,a better open data portal\np4,open data portal search\n"
                              "b1,participatory budget in every district\nb2,participatory budget votes online\n"
                              "b3,the participatory budget should grow\nb4,more participatory budget meetings\n"
                              "c1,climate adaptation plan for rivers\nc2,climate adaptation and floods\n"
                              "c3,climate adaptation money\nc4,climate adaptation in schools\n"));
        QCOMPARE(runCabildo({QStringLiteral("import"), path, csv}).exitCode, 0);

        Run run = runCabildo({QStringLiteral("cluster"), path, QStringLiteral("--clusters"), QStringLiteral("3"),
                              QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray themes =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("themes")).toArray();
        QCOMPARE(themes.size(), 3);
        QSet<QString> seen;
        for (const QJsonValue &theme : themes) {
            QVERIFY(!theme.toObject().value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!theme.toObject().value(QStringLiteral("terms")).toArray().isEmpty());
            const QJsonArray refs = theme.toObject().value(QStringLiteral("refs")).toArray();
            QCOMPARE(refs.size(), 4);
            const QChar topic = refs.first().toString().at(0);
            for (const QJsonValue &ref : refs) {
                QCOMPARE(ref.toString().at(0), topic); // each theme is one topic
                seen.insert(ref.toString());
            }
        }
        QCOMPARE(seen.size(), 12);
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 3);

        // Nothing left outside a theme: nothing changes.
        run = runCabildo({QStringLiteral("cluster"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 3);

        // --all regroups every note.
        run = runCabildo({QStringLiteral("cluster"), path, QStringLiteral("--all"), QStringLiteral("--clusters"),
                          QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 2);

        // --all is all or nothing: when the file refuses the new themes, the old ones stay
        // with every note in them (the dissolving is rolled back too).
        const auto notesInThemes = [&path] {
            RawDb raw(path, true);
            return raw.value(QStringLiteral("SELECT count(*) FROM note WHERE theme_id IS NOT NULL")).toInt();
        };
        QCOMPARE(notesInThemes(), 12);
        {
            RawDb raw(path);
            QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON theme "
                                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
                     qPrintable(raw.error()));
        }
        run = runCabildo({QStringLiteral("cluster"), path, QStringLiteral("--all"), QStringLiteral("--clusters"),
                          QStringLiteral("3")});
        VERIFY_COMPLAINT(run, 1);
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 2);
        QCOMPARE(notesInThemes(), 12);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER refuse")));
        }

        // Usage errors.
        for (const char *bad : {"0", "-1", "many"}) {
            run = runCabildo({QStringLiteral("cluster"), path, QStringLiteral("--clusters"), QLatin1String(bad)});
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.errLines.size(), 1);
        }
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 2);
    }

    void initTestCase()
    {
        QVERIFY2(QFileInfo(cabildoBinary()).isExecutable(), "CABILDO_BINARY names the cabildo executable");
    }

    // Guards: `new` makes an event a script can use at once, and never overwrites one.
    void newEvent()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("abrelatam.cabildo"));
        Run run = runCabildo({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Abrelatam 2026"),
                              QStringLiteral("--timezone"), QStringLiteral("America/Montevideo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
        QVERIFY(QFileInfo::exists(path));
        const QJsonObject info = infoJson(path);
        QCOMPARE(info.value(QLatin1String("title")).toString(), QStringLiteral("Abrelatam 2026"));
        QCOMPARE(info.value(QLatin1String("acronym")).toString(), QStringLiteral("abrelatam2026"));
        QCOMPARE(info.value(QLatin1String("timezone")).toString(), QStringLiteral("America/Montevideo"));

        const QByteArray bytes = readAll(path);
        run = runCabildo({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Other")});
        VERIFY_COMPLAINT(run, 1);
        QVERIFY(readAll(path) == bytes);

        // Refused values create nothing.
        const QString other = folder.path(QStringLiteral("other.cabildo"));
        run = runCabildo({QStringLiteral("new"), other, QStringLiteral("--title"), QStringLiteral("X"),
                          QStringLiteral("--acronym"), QStringLiteral("AB")});
        VERIFY_COMPLAINT(run, 1);
        run = runCabildo({QStringLiteral("new"), other, QStringLiteral("--title"), QStringLiteral("X"),
                          QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus_Mons")});
        VERIFY_COMPLAINT(run, 1);
        QVERIFY(!QFileInfo::exists(other));
        QVERIFY(!QFileInfo::exists(other + QStringLiteral(".lock")));
    }

    // Guards: `info --json` is a stable interface for scripts.
    void infoJsonKeys()
    {
        TestFolder folder;
        QVERIFY(folder.newEvent());
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        const QByteArray bytes = readAll(path);
        const QJsonObject info = infoJson(path);
        for (const char *key :
             {"schema_version", "title", "acronym", "notes", "themes", "sessions", "ballots", "rooms", "slots"})
            QVERIFY2(info.contains(QLatin1String(key)), key);
        QCOMPARE(info.value(QLatin1String("schema_version")).toInt(), schema::currentVersion);
        QCOMPARE(info.value(QLatin1String("title")).toString(), QStringLiteral("Test event"));
        QCOMPARE(info.value(QLatin1String("notes")).toInt(-1), 0);
        for (const char *key : {"themes", "sessions", "ballots", "rooms", "slots"})
            QCOMPARE(info.value(QLatin1String(key)).toInt(-1), 0);

        const Run run = runCabildo({QStringLiteral("info"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("notes: 0")));
        // Looking never changes the file, nor leaves anything beside it.
        QVERIFY(readAll(path) == bytes);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }

    // Guards: importing a notes CSV from the command line adds its notes.
    void importCsv()
    {
        TestFolder folder;
        QVERIFY(folder.newEvent());
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        Run run = runCabildo({QStringLiteral("import"), path, testData("notes.csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
        QVERIFY2(run.out.contains(u'4'), qPrintable(run.out));
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 4);
        // Done means closed: checkpointed, unlocked, nothing left beside the file.
        for (const char *suffix : {"-wal", "-shm", ".lock"})
            QVERIFY2(!QFileInfo::exists(path + QLatin1String(suffix)), suffix);

        // A column it does not know: imported anyway, with a warning line.
        const QString extra = folder.writeFile(QStringLiteral("extra.csv"), "text,Votes\nOpen contracting,12\n");
        run = runCabildo({QStringLiteral("import"), path, extra});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errLines.size(), 1);
        QVERIFY(run.errLines.constFirst().startsWith(QLatin1String("cabildo: ")));
        QVERIFY(run.errLines.constFirst().contains(QLatin1String("Votes")));
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 5);
    }

    // Issue 16: --no-language imports the notes without their language work (detection,
    // translation), which `cluster` (or the app's background worker) does later; without
    // the switch the import does it at once. Progress stays off stderr for a small import.
    void importWithoutLanguageWork()
    {
        TestFolder folder;
        QVERIFY(folder.newEvent());
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto analysed = [&path] {
            RawDb db(path, true);
            return db.value(QStringLiteral("SELECT COUNT(*) FROM note WHERE analysis <> ''")).toInt();
        };
        Run run = runCabildo({QStringLiteral("import"), path, testData("notes.csv"), QStringLiteral("--no-language")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 4);
        QCOMPARE(analysed(), 0);

        run = runCabildo({QStringLiteral("import"), path, testData("notes.csv")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 8);
        QCOMPARE(analysed(), 8); // an import does whatever notes lack it

        run = runCabildo({QStringLiteral("import"), path, testData("notes.csv"), QStringLiteral("--no-language")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(analysed(), 8);
        QCOMPARE(runCabildo({QStringLiteral("cluster"), path}).exitCode, 0);
        QCOMPARE(analysed(), 12); // cluster did the last import's

        // Only a CSV has language work to leave out.
        const QByteArray bytes = readAll(path);
        run = runCabildo({QStringLiteral("import"), path, folder.writeFile(QStringLiteral("e.json"), "{}"),
                          QStringLiteral("--no-language")});
        VERIFY_COMPLAINT(run, 2);
        QVERIFY(readAll(path) == bytes);
    }

    // Issue 14: `restore-points` lists the points (a table, or --json), keeps one with
    // --take and deletes one with --delete; `restore` puts one back and keeps the present as a
    // point first; importing and grouping take their own. Refusals change nothing.
    void restorePoints()
    {
        TestFolder folder;
        QVERIFY(folder.newEvent());
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        const QString csv = folder.writeFile(
            QStringLiteral("notes.csv"),
            QByteArrayLiteral("ref,text\np1,open data portal for the city\np2,the open data portal is hard to use\n"
                              "b1,participatory budget in every district\nb2,participatory budget votes online\n"));
        QCOMPARE(runCabildo({QStringLiteral("import"), path, csv}).exitCode, 0);
        const auto points = [&path] {
            const Run run = runCabildo({QStringLiteral("restore-points"), path, QStringLiteral("--json")});
            if (run.exitCode != 0)
                qWarning("restore-points --json failed: %s", qPrintable(run.errLines.join(u'\n')));
            return QJsonDocument::fromJson(run.out.toUtf8()).array();
        };
        QJsonArray list = points(); // the import kept one, of the empty event
        QCOMPARE(list.size(), 1);
        QJsonObject point = list.first().toObject();
        QCOMPARE(point.value(QLatin1String("notes")).toInt(-1), 0);
        QCOMPARE(point.value(QLatin1String("on_demand")).toBool(true), false);
        QVERIFY(point.value(QLatin1String("next_step")).toString().contains(QLatin1String("Import")));
        for (const char *key : {"id", "taken_at", "next_step", "on_demand", "notes", "themes", "ballots", "sessions"})
            QVERIFY2(point.contains(QLatin1String(key)), key);

        Run run = runCabildo(
            {QStringLiteral("restore-points"), path, QStringLiteral("--take"), QStringLiteral("Before grouping")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
        const qint64 beforeGrouping = points().first().toObject().value(QLatin1String("id")).toInteger();
        QCOMPARE(run.out.trimmed(), QStringLiteral("Kept restore point %1.").arg(beforeGrouping));
        QCOMPARE(
            runCabildo({QStringLiteral("cluster"), path, QStringLiteral("--clusters"), QStringLiteral("2")}).exitCode,
            0);
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 2);
        list = points();
        QCOMPARE(list.size(), 3); // grouping kept its own
        QVERIFY(
            list.first().toObject().value(QLatin1String("next_step")).toString().contains(QLatin1String("cluster")));

        // The table: a header, then one line per point, newest first, tab-separated.
        run = runCabildo({QStringLiteral("restore-points"), path});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.constFirst(), QStringLiteral("id\ttaken\tkind\tnotes\tthemes\tballots\tsessions\tnext"));
        const QStringList kept = lines.at(2).split(u'\t');
        QCOMPARE(kept.size(), 8);
        QCOMPARE(kept.at(0), QString::number(beforeGrouping));
        QCOMPARE(kept.at(2), QStringLiteral("on-demand"));
        QCOMPARE(kept.at(3), QStringLiteral("4"));
        QCOMPARE(kept.at(7), QStringLiteral("Before grouping"));

        run = runCabildo({QStringLiteral("restore"), path, QString::number(beforeGrouping)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
        QVERIFY2(run.out.contains(QStringLiteral("Restored point %1: 4 note").arg(beforeGrouping)),
                 qPrintable(run.out));
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 0);
        list = points();
        QCOMPARE(list.size(), 4);
        const qint64 present = list.first().toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(run.out.contains(QStringLiteral("Restore point %1 keeps the event as it was before.").arg(present)));
        QCOMPARE(runCabildo({QStringLiteral("restore"), path, QString::number(present)}).exitCode, 0);
        QCOMPARE(infoJson(path).value(QLatin1String("themes")).toInt(), 2); // undone

        // A backup carries no restore point.
        const QString backup = folder.path(QStringLiteral("backup.json"));
        QCOMPARE(runCabildo({QStringLiteral("backup"), path, backup}).exitCode, 0);
        QVERIFY(!readAll(backup).contains("restore"));
        QVERIFY(!readAll(backup).contains("Before grouping"));

        // Refusals: one line, the file as it was.
        const QByteArray bytes = readAll(path);
        run = runCabildo({QStringLiteral("restore"), path, QStringLiteral("999")});
        VERIFY_COMPLAINT(run, 1);
        QVERIFY(run.errLines.constFirst().contains(QLatin1String("999")));
        run = runCabildo({QStringLiteral("restore-points"), path, QStringLiteral("--delete"), QStringLiteral("999")});
        VERIFY_COMPLAINT(run, 1);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("restore"), path},
              QStringList{QStringLiteral("restore"), path, QStringLiteral("x")},
              QStringList{QStringLiteral("restore-points"), path, QStringLiteral("--take"), QStringLiteral(" ")},
              QStringList{QStringLiteral("restore-points"), path, QStringLiteral("--delete"), QStringLiteral("x")},
              QStringList{QStringLiteral("restore-points"), path, QStringLiteral("--take"), QStringLiteral("a"),
                          QStringLiteral("--delete"), QStringLiteral("1")}}) {
            run = runCabildo(arguments);
            VERIFY_COMPLAINT(run, 2);
        }
        QVERIFY(readAll(path) == bytes);

        run = runCabildo(
            {QStringLiteral("restore-points"), path, QStringLiteral("--delete"), QString::number(beforeGrouping)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(points().size(), 4);
        for (const QJsonValue &value : points())
            QVERIFY(value.toObject().value(QLatin1String("id")).toInteger() != beforeGrouping);
    }

    // Issue 11: a row whose text is empty (a form answer left blank) made the whole import
    // fail. It is skipped and its row named on stderr; a file with no text at all is refused.
    void importSkipsRowsWithNoText()
    {
        TestFolder folder;
        QVERIFY(folder.newEvent());
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        const QString blanks = folder.writeFile(
            QStringLiteral("form.csv"), "text,organisation\nOpen budgets,City\n,Region\nData literacy,\n   ,NGO\n");
        Run run = runCabildo({QStringLiteral("import"), path, blanks});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errLines.join(u'\n')));
        QCOMPARE(run.errLines.size(), 1); // "row(s)" until the English catalogue has the new plural
        QCOMPARE(QString(run.errLines.constFirst()).replace(QStringLiteral("(s)"), QStringLiteral("s")),
                 QStringLiteral("cabildo: warning: Skipped 2 rows with no text: 3, 5"));
        QVERIFY2(run.out.contains(QLatin1String("Imported 2 note")), qPrintable(run.out));
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 2);

        const QByteArray before = readAll(path);
        const QString empty = folder.writeFile(QStringLiteral("empty.csv"), "text,organisation\n,City\n ,Region\n");
        run = runCabildo({QStringLiteral("import"), path, empty});
        VERIFY_COMPLAINT(run, 1);
        QVERIFY2(run.errLines.constFirst().contains(QLatin1String("every row")), qPrintable(run.errLines.constFirst()));
        QVERIFY(readAll(path) == before);
    }

    // Guards: a bad import changes nothing and says which row to fix.
    void importRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: the bad-colour fixture
        QTest::addColumn<QString>("mention");
        QTest::newRow("bad colour on row 3") << QByteArray() << QStringLiteral("Row 3");
        QTest::newRow("binary file") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("binary");
        QTest::newRow("no text column") << QByteArray("ref,comment\n1,x\n") << QStringLiteral("\"text\"");
        QTest::newRow("unclosed quote") << QByteArray("text\nuno\n\"dos\n") << QStringLiteral("Row 3");
        // Issue 12: beyond the limits (README, "Limits"), refused at once, naming the row.
        QTest::newRow("note beyond the length cap") << QByteArray("text\nuno\n" + QByteArray(20001, 'a') + '\n')
                                                    << QStringLiteral("Row 3, column \"text\": more than");
        QTest::newRow("a 4 MB line of commas") << QByteArray("text\nuno\n" + QByteArray(4000001, ',') + '\n')
                                               << QStringLiteral("Row 3: the file has more than");
    }
    void importRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mention);
        TestFolder folder;
        QVERIFY(folder.newEvent());
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QCOMPARE(runCabildo({QStringLiteral("import"), path, testData("notes.csv")}).exitCode, 0);
        const QByteArray before = readAll(path);
        const QString source =
            bytes.isEmpty() ? testData("notes-bad-colour.csv") : folder.writeFile(QStringLiteral("bad.csv"), bytes);
        const Run run = runCabildo({QStringLiteral("import"), path, source});
        VERIFY_COMPLAINT(run, 1);
        QVERIFY2(run.errLines.constFirst().contains(mention), qPrintable(run.errLines.constFirst()));
        QVERIFY2(run.errLines.constFirst().contains(QFileInfo(source).fileName()), "names the file");
        QVERIFY(readAll(path) == before);
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 4);
    }

    // Guards: pointing a command at a file that is not an event refuses and touches nothing.
    void notAnEvent_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("bytes"); // empty: a plain SQLite database
        for (const char *command : {"info", "import"}) {
            QTest::addRow("%s text file", command) << QString::fromLatin1(command) << QByteArray("just some notes\n");
            QTest::addRow("%s PNG", command)
                << QString::fromLatin1(command) << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
            QTest::addRow("%s plain SQLite", command) << QString::fromLatin1(command) << QByteArray();
        }
    }
    void notAnEvent()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, bytes);
        TestFolder folder;
        QString path = folder.path(QStringLiteral("other.cabildo"));
        if (bytes.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        } else {
            folder.writeFile(QStringLiteral("other.cabildo"), bytes);
        }
        const QByteArray before = readAll(path);
        QStringList arguments{command, path};
        if (command == QLatin1String("import"))
            arguments.append(testData("notes.csv"));
        const Run run = runCabildo(arguments);
        VERIFY_COMPLAINT(run, 1);
        QVERIFY(run.errLines.constFirst().contains(QLatin1String("other.cabildo")));
        QVERIFY(readAll(path) == before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // Guards: a mistyped command line is a usage error (2), told in one line.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = QStringLiteral("FILE.cabildo");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("new without file") << QStringList{QStringLiteral("new")};
        QTest::newRow("new without --title") << QStringList{QStringLiteral("new"), file};
        QTest::newRow("--title without value") << QStringList{QStringLiteral("new"), file, QStringLiteral("--title")};
        QTest::newRow("new, unknown option") << QStringList{QStringLiteral("new"), file, QStringLiteral("--title"),
                                                            QStringLiteral("T"), QStringLiteral("--colour")};
        QTest::newRow("import without source") << QStringList{QStringLiteral("import"), file};
        QTest::newRow("info without file") << QStringList{QStringLiteral("info")};
        QTest::newRow("info with two files") << QStringList{QStringLiteral("info"), file, file};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        TestFolder folder;
        for (QString &argument : arguments)
            if (argument == QLatin1String("FILE.cabildo"))
                argument = folder.path(argument);
        const Run run = runCabildo(arguments);
        VERIFY_COMPLAINT(run, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(folder.path(QStringLiteral("FILE.cabildo"))));
    }

    void versionAndHelp()
    {
        Run run = runCabildo({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("cabildo " CABILDO_VERSION));
        QVERIFY(run.errLines.isEmpty());
        run = runCabildo({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.errLines.isEmpty());
        for (const char *line : {"cabildo new FILE --title TITLE", "cabildo import FILE", "cabildo info FILE"})
            QVERIFY2(run.out.contains(QLatin1String(line)), line);
    }

    // Guards: a script cannot write to an event open in the GUI, but can look at it.
    void eventOpenElsewhere()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto open = folder.newEvent();
        QVERIFY(open);
        QVERIFY(open->addNotes({EventDocument::makeNote(QStringLiteral("from the GUI"), NoteSource::Typed)}));

        Run run = runCabildo({QStringLiteral("import"), path, testData("notes.csv")});
        VERIFY_COMPLAINT(run, 1);
        QVERIFY2(run.errLines.constFirst().contains(QLatin1String("another")), qPrintable(run.errLines.constFirst()));
        QCOMPARE(open->noteCount(), 1);

        // info reads through the live -wal: the note just added counts.
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 1);

        open.reset();
        QCOMPARE(runCabildo({QStringLiteral("import"), path, testData("notes.csv")}).exitCode, 0);
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 5);
    }

    // Guards: a format version no Cabildo wrote (negative ones crashed the writing
    // commands) is refused by every command in one line, and the file is left as it was.
    void unknownVersionRefused()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QVERIFY(folder.newEvent());
        const QList<QStringList> commands{{QStringLiteral("info"), path},
                                          {QStringLiteral("import"), path, testData("notes.csv")},
                                          {QStringLiteral("cluster"), path},
                                          {QStringLiteral("schedule"), path}};
        for (const int version : {-1, -1000, INT_MIN, 0, schema::currentVersion + 1, INT_MAX}) {
            {
                RawDb db(path);
                QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            }
            const QByteArray before = readAll(path);
            for (const QStringList &arguments : commands) {
                const Run run = runCabildo(arguments);
                VERIFY_COMPLAINT(run, 1);
                QVERIFY2(run.errLines.constFirst().contains(QLatin1String("test.cabildo")),
                         qPrintable(run.errLines.constFirst()));
                QVERIFY(readAll(path) == before);
            }
        }
    }

    // Guards: a file cut short by a few bytes is refused, not read with zeros in a note.
    void cutShortRefused()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QVERIFY(folder.newEvent());
        QCOMPARE(runCabildo({QStringLiteral("import"), path, testData("notes.csv")}).exitCode, 0);
        QVERIFY(truncateFile(path, QFileInfo(path).size() - 10));
        const QByteArray before = readAll(path);
        for (const char *command : {"info", "import"}) {
            QStringList arguments{QString::fromLatin1(command), path};
            if (arguments.constFirst() == QLatin1String("import"))
                arguments.append(testData("notes.csv"));
            const Run run = runCabildo(arguments);
            VERIFY_COMPLAINT(run, 1);
            QVERIFY(readAll(path) == before);
        }
    }

    // Guards: a second name for the event lets no second writer in — a symbolic link is
    // the same event (one lock), and a file with two hard links is only read.
    void secondNameForTheEvent()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        const QString link = folder.path(QStringLiteral("link.cabildo"));
        const QString other = folder.path(QStringLiteral("other.cabildo"));
        auto open = folder.newEvent();
        QVERIFY(open);
        QVERIFY(open->addNotes({EventDocument::makeNote(QStringLiteral("from the GUI"), NoteSource::Typed)}));
        QVERIFY(QFile::link(path, link));

        Run run = runCabildo({QStringLiteral("import"), link, testData("notes.csv")});
        VERIFY_COMPLAINT(run, 1);
        QVERIFY2(run.errLines.constFirst().contains(QLatin1String("another")), qPrintable(run.errLines.constFirst()));
        QCOMPARE(open->noteCount(), 1);
        open.reset();

        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
        const QByteArray before = readAll(path);
        for (const QString &name : {path, other, link}) {
            run = runCabildo({QStringLiteral("import"), name, testData("notes.csv")});
            VERIFY_COMPLAINT(run, 1);
            QVERIFY2(run.errLines.constFirst().contains(QFileInfo(name).fileName()),
                     qPrintable(run.errLines.constFirst()));
        }
        QVERIFY(readAll(path) == before);
        QCOMPARE(infoJson(other).value(QLatin1String("notes")).toInt(), 1); // reading is fine

        QVERIFY(QFile::remove(other));
        QCOMPARE(runCabildo({QStringLiteral("import"), link, testData("notes.csv")}).exitCode, 0);
        QCOMPARE(infoJson(path).value(QLatin1String("notes")).toInt(), 5);
        QVERIFY(!QFileInfo::exists(link + QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
