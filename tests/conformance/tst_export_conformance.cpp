// The open-data bundle judged by code this project did not write (app/opendata/BUNDLE.md):
// real events go through the real binary (`cabildo new`, `import`, `export`), and each
// file is handed to its third-party validator. Every validator also gets a broken file,
// to prove it would have caught one.
#include "exportfixtures.h"
#include "testevent.h"

#include "formats/eventjson.h"
#include "opendata/opendataexport.h"

#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cabildo;

namespace {

QString g_nodePath; // build/npm-tools/node_modules: where the scripts' require() looks

struct Run
{
    int code = -1;
    QString output; // stdout and stderr together
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDir = {},
        const QHash<QString, QString> &extraEnvironment = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1790000000"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // export must choose offscreen itself
    env.insert(QStringLiteral("NODE_PATH"), g_nodePath);
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("timed out: ") + program};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/** Copies a bundle so a test can break one file of it. */
QString copyBundle(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(path, target);
    }
    return to;
}

QStringList filesOf(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(dir.size() + 1));
    files.sort();
    return files;
}

} // namespace

class TestExportConformance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_standards;
    QString m_npm;
    QMap<QString, QString> m_bundles; // name → bundle folder

    QString standard(const QString &relative) const { return m_standards + QLatin1Char('/') + relative; }

    /** An event file holding `content`, made and filled by the real binary. */
    QString eventFile(const QString &name, const EventContent &content)
    {
        const QString json = m_dir.filePath(name + QStringLiteral(".json"));
        writeBytes(json, EventJson::write(content));
        const QString file = m_dir.filePath(name + QStringLiteral(".cabildo"));
        const Run made = run(test::cabildoBinary(), {QStringLiteral("new"), file, QStringLiteral("--title"), name});
        if (made.code != 0)
            qWarning() << made.output;
        const Run imported = run(test::cabildoBinary(), {QStringLiteral("import"), file, json});
        if (imported.code != 0)
            qWarning() << imported.output;
        return file;
    }

    QString exportBundle(const QString &name, const EventContent &content, const QStringList &options = {})
    {
        const QString dir = m_dir.filePath(name + QStringLiteral("-open-data"));
        const Run exported =
            run(test::cabildoBinary(), QStringList{QStringLiteral("export"), eventFile(name, content), dir} + options);
        if (exported.code != 0)
            qWarning() << name << exported.output;
        return exported.code == 0 ? dir : QString();
    }

    Run node(const QStringList &arguments) const { return run(QStringLiteral("node"), arguments); }
    /** One ajv run for several files (compiling the schema is most of its time); prints "FILE valid" each. */
    Run ajv(const QString &schema, const QStringList &data) const
    {
        QStringList arguments{m_npm + QStringLiteral("/node_modules/ajv-cli/dist/index.js"), QStringLiteral("validate"),
                              QStringLiteral("-s"), schema};
        for (const QString &file : data)
            arguments << QStringLiteral("-d") << file;
        return node(arguments
                    + QStringList{QStringLiteral("--spec=draft7"), QStringLiteral("--strict=false"),
                                  QStringLiteral("-c"), QStringLiteral("ajv-formats")});
    }
    Run ajv(const QString &schema, const QString &data) const { return ajv(schema, QStringList{data}); }
    Run readPackages(const QStringList &bundles) const
    {
        QStringList arguments{QStringLiteral(CABILDO_CONFORMANCE_DIR "/read_datapackage.js")};
        for (const QString &bundle : bundles)
            arguments.append(bundle + QStringLiteral("/datapackage.json"));
        return run(QStringLiteral("node"), arguments);
    }
    Run readPackage(const QString &bundle) const { return readPackages({bundle}); }

    /** The line a batch run printed about `file`: "FILE valid", "FILE ok", or its failure. */
    static bool saysValid(const Run &batch, const QString &file, const QString &word)
    {
        return batch.output.split(QLatin1Char('\n')).contains(file + QLatin1Char(' ') + word);
    }
    Run m_ajvSchedules;
    Run m_ajvPackages;
    Run m_readPackages;
    Run xmllint(const QString &xml) const
    {
        return run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                               standard(QStringLiteral("c3voc-schedule/schedule.xml.xsd")), xml});
    }
    Run xmlschema(const QString &xml) const
    {
        return run(QStringLiteral("xmlschema-validate"),
                   {QStringLiteral("--schema"), standard(QStringLiteral("c3voc-schedule/schedule.xml.xsd")), xml});
    }
    Run csvclean(const QString &csv) const { return run(QStringLiteral("csvclean"), {QStringLiteral("-n"), csv}); }
    Run ics(const QString &path) const
    {
        // Debian's interpreter: python3-vobject and python3-gi are installed for it, not for a pyenv one.
        return run(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CABILDO_CONFORMANCE_DIR "/check_ics.py"), path});
    }

    void bundleRows()
    {
        QTest::addColumn<QString>("bundle");
        for (auto it = m_bundles.cbegin(); it != m_bundles.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.value();
    }

private slots:
    void initTestCase()
    {
        m_standards = qEnvironmentVariable("CABILDO_STANDARDS_DIR", QStringLiteral(CABILDO_STANDARDS_DIR));
        if (!QFileInfo::exists(standard(QStringLiteral("c3voc-schedule/schedule.xml.xsd"))))
            QSKIP(qPrintable(QStringLiteral("the reference schemas are not in %1 (set CABILDO_STANDARDS_DIR): "
                                            "conformance NOT checked")
                                 .arg(m_standards)));
        if (qEnvironmentVariableIsSet("CABILDO_KEEP_EXPORTS")) { // to look at the bundles afterwards
            m_dir.setAutoRemove(false);
            qInfo() << "bundles kept in" << m_dir.path();
        }
        m_npm = QStringLiteral(CABILDO_NPM_TOOLS);
        g_nodePath = m_npm + QStringLiteral("/node_modules");
        for (const char *tool : {"xmllint", "xmlschema-validate", "node", "csvclean", "python3", "pdffonts",
                                 "pdftotext", "pdftoppm", "pdfinfo", "zbarimg"})
            QVERIFY2(
                !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                qPrintable(QStringLiteral("%1 is missing: packaging/dev.sh installs it").arg(QLatin1String(tool))));
        QVERIFY2(QFileInfo::exists(m_npm + QStringLiteral("/node_modules/ajv-cli/dist/index.js")),
                 "the npm validators are missing (the conformance_npm_tools fixture installs them)");

        m_bundles.insert(QStringLiteral("rich"), exportBundle(QStringLiteral("rich"), test::richEvent()));
        m_bundles.insert(QStringLiteral("rich-notes"),
                         exportBundle(QStringLiteral("richnotes"), test::richEvent(),
                                      {QStringLiteral("--include-notes"), QStringLiteral("--include-consented-names"),
                                       QStringLiteral("--licence"), QStringLiteral("OGL-Canada-2.0"),
                                       QStringLiteral("--qr-url"), QStringLiteral("https://example.org/open-data"),
                                       QStringLiteral("--paper"), QStringLiteral("letter")}));
        m_bundles.insert(QStringLiteral("bare"),
                         exportBundle(QStringLiteral("bare"), test::bareEvent(), {QStringLiteral("--include-notes")}));
        m_bundles.insert(QStringLiteral("agenda-only"),
                         exportBundle(QStringLiteral("agendaonly"), test::agendaWithoutVotes()));
        // A slot from 23:30 to 00:30 local, on the night before clocks go forward, through the binary.
        m_bundles.insert(QStringLiteral("midnight"), exportBundle(QStringLiteral("midnight"), test::midnightEvent()));
        m_bundles.insert(QStringLiteral("many-rooms"),
                         exportBundle(QStringLiteral("manyrooms"), test::manyRoomsEvent()));
        for (auto it = m_bundles.cbegin(); it != m_bundles.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key() + QStringLiteral(" was not exported")));

        // The node validators once for every bundle: each start costs a second.
        QStringList schedules, packages;
        for (const QString &bundle : m_bundles) {
            schedules.append(bundle + QStringLiteral("/schedule/schedule.json"));
            packages.append(bundle + QStringLiteral("/datapackage.json"));
        }
        m_ajvSchedules = ajv(standard(QStringLiteral("c3voc-schedule/schema.json")), schedules);
        m_ajvPackages = ajv(standard(QStringLiteral("frictionless-2.0/datapackage.json")), packages);
        m_readPackages = readPackages(m_bundles.values());
    }

    void bundleLayout()
    {
        const QStringList expected{QStringLiteral("LICENSE.txt"),
                                   QStringLiteral("README.fr.md"),
                                   QStringLiteral("README.md"),
                                   QStringLiteral("data/notes.csv"),
                                   QStringLiteral("data/rooms.csv"),
                                   QStringLiteral("data/sessions.csv"),
                                   QStringLiteral("data/slots.csv"),
                                   QStringLiteral("data/themes.csv"),
                                   QStringLiteral("datapackage.json"),
                                   QStringLiteral("metadata/open-canada.json"),
                                   QStringLiteral("programme.pdf"),
                                   QStringLiteral("schedule/schedule.ics"),
                                   QStringLiteral("schedule/schedule.json"),
                                   QStringLiteral("schedule/schedule.xml"),
                                   QStringLiteral("spreadsheet/notes.csv"),
                                   QStringLiteral("spreadsheet/rooms.csv"),
                                   QStringLiteral("spreadsheet/sessions.csv"),
                                   QStringLiteral("spreadsheet/slots.csv"),
                                   QStringLiteral("spreadsheet/themes.csv")};
        QCOMPARE(filesOf(m_bundles.value(QStringLiteral("rich-notes"))), expected);
        QStringList withoutNotes = expected;
        withoutNotes.removeAll(QStringLiteral("data/notes.csv"));
        withoutNotes.removeAll(QStringLiteral("spreadsheet/notes.csv"));
        withoutNotes.removeAll(QStringLiteral("metadata/open-canada.json")); // only with the OGL
        QCOMPARE(filesOf(m_bundles.value(QStringLiteral("rich"))), withoutNotes);
        // No staging folder left beside the bundles.
        for (const QString &entry : QDir(m_dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
            QVERIFY2(!entry.startsWith(QLatin1Char('.')), qPrintable(entry));
    }

    void xmllintSchedule_data() { bundleRows(); }
    void xmllintSchedule()
    {
        QFETCH(QString, bundle);
        const Run result = xmllint(bundle + QStringLiteral("/schedule/schedule.xml"));
        QVERIFY2(result.code == 0, qPrintable(result.output));
    }

    void xmlschemaSchedule_data() { bundleRows(); }
    void xmlschemaSchedule()
    {
        QFETCH(QString, bundle);
        const Run result = xmlschema(bundle + QStringLiteral("/schedule/schedule.xml"));
        QVERIFY2(result.code == 0, qPrintable(result.output));
    }

    void ajvScheduleJson_data() { bundleRows(); }
    void ajvScheduleJson()
    {
        QFETCH(QString, bundle);
        QVERIFY2(saysValid(m_ajvSchedules, bundle + QStringLiteral("/schedule/schedule.json"), QStringLiteral("valid")),
                 qPrintable(m_ajvSchedules.output));
    }

    void ajvDataPackage_data() { bundleRows(); }
    void ajvDataPackage()
    {
        QFETCH(QString, bundle);
        QVERIFY2(saysValid(m_ajvPackages, bundle + QStringLiteral("/datapackage.json"), QStringLiteral("valid")),
                 qPrintable(m_ajvPackages.output));
    }

    void datapackageReadsEveryTable_data() { bundleRows(); }
    void datapackageReadsEveryTable()
    {
        QFETCH(QString, bundle);
        QVERIFY2(saysValid(m_readPackages, bundle + QStringLiteral("/datapackage.json"), QStringLiteral("ok")),
                 qPrintable(m_readPackages.output));
    }

    void csvcleanEveryTable_data() { bundleRows(); }
    void csvcleanEveryTable()
    {
        QFETCH(QString, bundle);
        for (const QString &file : filesOf(bundle)) {
            if (!file.endsWith(QLatin1String(".csv")))
                continue;
            const Run result = csvclean(bundle + QLatin1Char('/') + file);
            QVERIFY2(result.code == 0 && result.output.trimmed() == QLatin1String("No errors."),
                     qPrintable(file + QStringLiteral(": ") + result.output));
        }
    }

    void csvFormat_data() { bundleRows(); }
    void csvFormat()
    {
        QFETCH(QString, bundle);
        for (const QString &file : filesOf(bundle)) {
            if (!file.endsWith(QLatin1String(".csv")))
                continue;
            const QByteArray bytes = readBytes(bundle + QLatin1Char('/') + file);
            const bool bom = bytes.startsWith("\xEF\xBB\xBF");
            QCOMPARE(bom, file.startsWith(QLatin1String("spreadsheet/"))); // datapackage-js breaks on a BOM
            QVERIFY2(bytes.endsWith("\r\n"), qPrintable(file));
            QVERIFY2(!bytes.contains("\r\n\r\n"), qPrintable(file));
        }
    }

    void icsValidators_data() { bundleRows(); }
    void icsValidators()
    {
        QFETCH(QString, bundle);
        const Run result = ics(bundle + QStringLiteral("/schedule/schedule.ics"));
        QVERIFY2(result.code == 0, qPrintable(result.output));
    }

    void pdfFontsEmbeddedAndSessionsListed()
    {
        for (const QString &name : {QStringLiteral("rich"), QStringLiteral("rich-notes")}) {
            const QString pdf = m_bundles.value(name) + QStringLiteral("/programme.pdf");
            const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
            QVERIFY2(fonts.code == 0, qPrintable(fonts.output));
            QVERIFY2(fontsAllEmbedded(fonts.output), qPrintable(fonts.output));
            // DejaVu has no emoji: the rocket and the globe come from Symbola, embedded, not as boxes.
            QVERIFY2(fonts.output.contains(QStringLiteral("Symbola")), qPrintable(fonts.output));
            const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY2(text.code == 0, qPrintable(text.output));
            // Latin titles are searchable as they are; each with its room and its time.
            QVERIFY2(sessionListed(text.output, QStringLiteral("Impact measurement"),
                                   QStringLiteral("Room \"B\", east"), QStringLiteral("09:00")),
                     qPrintable(text.output));
            QVERIFY2(sessionListed(text.output, QStringLiteral("Open science at night"), QStringLiteral("Salle"),
                                   QStringLiteral("23:30")),
                     qPrintable(text.output));
            // A long title wraps in its column: its first line is what pdftotext keeps together.
            QVERIFY2(sessionListed(text.output, QStringLiteral("Participaci\u00f3n"), QStringLiteral("Salle"),
                                   QStringLiteral("09:30")),
                     qPrintable(text.output));
            QVERIFY(text.output.contains(QStringLiteral("Lunch")));
        }
    }

    void pdfKeepsTitlesWholeWithManyRooms()
    {
        // Twelve rooms do not fit side by side on A4: the day is printed as tables of a few
        // rooms, and every title keeps its long words whole, with its room and time.
        const QString pdf = m_bundles.value(QStringLiteral("many-rooms")) + QStringLiteral("/programme.pdf");
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.code == 0, qPrintable(text.output));
        QCOMPARE(text.output.count(QStringLiteral("Interoperabilidad")), 12);
        QCOMPARE(text.output.count(QStringLiteral("presupuestaria")), 12);
        // At most five rooms side by side: no header line names more.
        static const QRegularExpression roomName(QStringLiteral("Sala \\d+"));
        for (const QString &line : text.output.split(QLatin1Char('\n')))
            QVERIFY2(line.count(roomName) <= 5, qPrintable(line));
        QVERIFY2(sessionListed(text.output, QStringLiteral("Interoperabilidad"), QStringLiteral("Sala 10"),
                               QStringLiteral("10:00")),
                 qPrintable(text.output));
        QVERIFY2(fontsAllEmbedded(run(QStringLiteral("pdffonts"), {pdf}).output), "fonts not embedded");
        // Several pages, each numbered "of" the total; a one-page programme carries no number.
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesLine.match(info.output).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(info.output));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.output.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(text.output));
        const Run single =
            run(QStringLiteral("pdftotext"),
                {m_bundles.value(QStringLiteral("midnight")) + QStringLiteral("/programme.pdf"), QStringLiteral("-")});
        QVERIFY2(!single.output.contains(QStringLiteral("Page 1")), qPrintable(single.output));
    }

    void roomsOfOneNameStayApart()
    {
        // c3voc JSON maps room names to events: "Sala 11" and "sala 11" must not merge.
        const QString bundle = m_bundles.value(QStringLiteral("many-rooms"));
        const QJsonObject json =
            QJsonDocument::fromJson(readBytes(bundle + QStringLiteral("/schedule/schedule.json"))).object();
        const QJsonObject conference = json[QStringLiteral("schedule")][QStringLiteral("conference")].toObject();
        const QJsonObject rooms = conference[QStringLiteral("days")][0][QStringLiteral("rooms")].toObject();
        QCOMPARE(rooms.size(), 12);
        for (auto it = rooms.constBegin(); it != rooms.constEnd(); ++it)
            QCOMPARE(it.value().toArray().size(), 1);
        QVERIFY(rooms.contains(QStringLiteral("Sala 11")) && rooms.contains(QStringLiteral("sala 11 (2)")));
        QCOMPARE(conference[QStringLiteral("rooms")].toArray().size(), 12);
        const QString csv = QString::fromUtf8(readBytes(bundle + QStringLiteral("/data/rooms.csv")));
        QVERIFY2(csv.contains(QStringLiteral(",sala 11 (2),")), qPrintable(csv));
    }

    void programmeDatesFollowTheInterfaceLanguage()
    {
        // A French session on a system with no locale set (LC_ALL=C.UTF-8, LANGUAGE=fr): the
        // day names are French like the words, not the C locale's English.
        const QString dir = m_dir.filePath(QStringLiteral("midnight-fr"));
        const Run exported =
            run(test::cabildoBinary(),
                {QStringLiteral("export"), m_dir.filePath(QStringLiteral("midnight.cabildo")), dir}, {},
                {{QStringLiteral("LANGUAGE"), QStringLiteral("fr")},
                 {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(exported.code == 0, qPrintable(exported.output));
        const Run text =
            run(QStringLiteral("pdftotext"), {dir + QStringLiteral("/programme.pdf"), QStringLiteral("-")});
        QVERIFY2(text.output.contains(QStringLiteral("samedi 28 mars 2026")), qPrintable(text.output));
        QVERIFY2(text.output.contains(QStringLiteral("Heures locales")), qPrintable(text.output));
    }

    void pdfQrCodeReadsBackOnLetter()
    {
        // A phone reads the organiser's URL off the printed page (zbarimg decodes the rendered page).
        const QString bundle = m_bundles.value(QStringLiteral("rich-notes"));
        const Run info = run(QStringLiteral("pdfinfo"), {bundle + QStringLiteral("/programme.pdf")});
        QVERIFY2(info.output.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info.output));
        const QString page = m_dir.filePath(QStringLiteral("qr-page"));
        QCOMPARE(run(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                      QStringLiteral("-singlefile"), bundle + QStringLiteral("/programme.pdf"), page})
                     .code,
                 0);
        const Run decoded = run(QStringLiteral("zbarimg"),
                                {QStringLiteral("--raw"), QStringLiteral("-q"), page + QStringLiteral(".png")});
        // zbarimg may complain about D-Bus on stderr (merged here): the decoded text is a line of its own.
        QVERIFY2(decoded.output.split(QLatin1Char('\n')).contains(QStringLiteral("https://example.org/open-data")),
                 qPrintable(decoded.output));
        // Without a URL there is no code, and the page is A4.
        const QString plain = m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/programme.pdf");
        QVERIFY(run(QStringLiteral("pdfinfo"), {plain}).output.contains(QStringLiteral("595 x 842 pts (A4)")));
        QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                                  QStringLiteral("-singlefile"), plain, page + QStringLiteral("-none")})
                     .code,
                 0);
        QCOMPARE(run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), page + QStringLiteral("-none.png")}).code, 4);
    }

    // --- Each validator catches a broken file -------------------------------------------

    void negativeXmlValidators()
    {
        const QString good = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/schedule/schedule.xml")));
        // app/opendata/BUNDLE.md's rules: PT1H is not HH:MM, and an event needs its <title>.
        for (const QString &broken :
             {QString(good).replace(QRegularExpression(QStringLiteral("<duration>[^<]*</duration>")),
                                    QStringLiteral("<duration>PT1H</duration>")),
              QString(good).replace(QRegularExpression(QStringLiteral("<title>[^<]*</title>\\s*<subtitle")),
                                    QStringLiteral("<subtitle"))}) {
            QVERIFY(broken != good);
            const QString path = m_dir.filePath(QStringLiteral("broken.xml"));
            writeBytes(path, broken.toUtf8());
            QVERIFY2(xmllint(path).code != 0, "xmllint accepted a broken schedule.xml");
            QVERIFY2(xmlschema(path).code != 0, "xmlschema-validate accepted a broken schedule.xml");
        }
    }

    void negativeAjv()
    {
        const Run known = ajv(standard(QStringLiteral("c3voc-schedule/schema.json")),
                              standard(QStringLiteral("c3voc-schedule/invalid-example.json")));
        QVERIFY2(known.code != 0, "ajv accepted the known-bad c3voc example");
        QString json = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/schedule/schedule.json")));
        json.replace(QRegularExpression(QStringLiteral("\"start\": \"(\\d\\d):(\\d\\d)\"")),
                     QStringLiteral("\"start\": \"\\1h\\2\""));
        const QString path = m_dir.filePath(QStringLiteral("broken-schedule.json"));
        writeBytes(path, json.toUtf8());
        QVERIFY2(ajv(standard(QStringLiteral("c3voc-schedule/schema.json")), path).code != 0,
                 "ajv accepted a schedule.json with a bad start time");
        QString package =
            QString::fromUtf8(readBytes(m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/datapackage.json")));
        package.replace(QStringLiteral("\"resources\": ["), QStringLiteral("\"resources\": 7, \"x\": ["));
        const QString packagePath = m_dir.filePath(QStringLiteral("broken-datapackage.json"));
        writeBytes(packagePath, package.toUtf8());
        QVERIFY2(ajv(standard(QStringLiteral("frictionless-2.0/datapackage.json")), packagePath).code != 0,
                 "ajv accepted a datapackage.json whose resources are not a list");
    }

    void negativeDatapackage()
    {
        // A vote count that is not an integer, then a room that does not exist.
        const QString rich = m_bundles.value(QStringLiteral("rich"));
        const QString typed = copyBundle(rich, m_dir.filePath(QStringLiteral("broken-type")));
        QByteArray themes = readBytes(typed + QStringLiteral("/data/rooms.csv"));
        QVERIFY(themes.contains(",40\r\n"));
        themes.replace(",40\r\n", ",forty\r\n");
        writeBytes(typed + QStringLiteral("/data/rooms.csv"), themes);
        QVERIFY2(readPackage(typed).code != 0, "datapackage-js accepted a non-integer capacity");

        const QString keyed = copyBundle(rich, m_dir.filePath(QStringLiteral("broken-key")));
        QByteArray rooms = readBytes(keyed + QStringLiteral("/data/rooms.csv"));
        rooms.replace("\r\n1,", "\r\n91,");
        writeBytes(keyed + QStringLiteral("/data/rooms.csv"), rooms);
        QVERIFY2(readPackage(keyed).code != 0, "datapackage-js accepted a session in a room that does not exist");
    }

    void negativeCsvclean()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
        writeBytes(path, "room_id,guid,name,capacity\r\n1,x,Hall\r\n");
        const Run result = csvclean(path);
        QVERIFY2(result.output.trimmed() != QLatin1String("No errors."), "csvclean accepted a short row");
    }

    void negativeIcs()
    {
        const QByteArray good =
            readBytes(m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/schedule/schedule.ics"));
        QVERIFY2(good.contains("\r\n "), "the rich event should have folded lines to break");
        const QList<QByteArray> broken{
            QByteArray(good).replace("\r\n", "\n"), // bare LF
            QByteArray(good).replace("\r\n ", ""),  // unfolded long lines
            QByteArray(good).replace("SUMMARY:Impact measurement",
                                     QByteArray("SUMMARY:").append(QByteArray("Impact ").repeated(12))),
            QByteArray(good).replace("PRODID:", "X-NO-PRODID:"), // libical: no PRODID
            QByteArray(good).replace(QRegularExpression(QStringLiteral("DTSTART:[0-9TZ]+\r\n"))
                                         .match(QString::fromUtf8(good))
                                         .captured()
                                         .toUtf8(),
                                     ""),
            QByteArray(good).replace("DTEND:", "DTEND;TZID=Mars/Olympus_Mons:"), // TZID without VTIMEZONE
            QByteArray(good).replace("DTSTART:2026", "DTSTART:2027"),            // DTEND before DTSTART
        };
        for (const QByteArray &bytes : broken) {
            QVERIFY(bytes != good);
            const QString path = m_dir.filePath(QStringLiteral("broken.ics"));
            writeBytes(path, bytes);
            const Run result = ics(path);
            QVERIFY2(result.code == 1, qPrintable(QStringLiteral("accepted:\n") + QString::fromUtf8(bytes.left(600))));
        }
    }

    void negativePdf()
    {
        // A hand-made PDF that uses Helvetica without embedding it, and lists no sessions.
        QByteArray pdf = "%PDF-1.4\n";
        QList<int> offsets;
        const QList<QByteArray> objects{
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 720 Td (Hello world) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        for (int i = 0; i < objects.size(); ++i) {
            offsets.append(int(pdf.size()));
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const int xref = int(pdf.size());
        pdf += "xref\n0 6\n0000000000 65535 f \n";
        for (int offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        const QString path = m_dir.filePath(QStringLiteral("unembedded.pdf"));
        writeBytes(path, pdf);
        const Run fonts = run(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.code == 0 && fonts.output.contains(QStringLiteral("Helvetica")), qPrintable(fonts.output));
        QVERIFY2(!fontsAllEmbedded(fonts.output), "the check accepted a PDF with a font not embedded");
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.output.contains(QStringLiteral("Hello world")));
        QVERIFY(!sessionListed(text.output, QStringLiteral("Impact measurement"), QStringLiteral("Room"),
                               QStringLiteral("09:00")));
    }

    // --- What the bundle says, and what it must never say --------------------------------

    void noPersonalDataByDefault()
    {
        const QString bundle = m_bundles.value(QStringLiteral("rich"));
        for (const QString &file : filesOf(bundle)) {
            const QString text = QString::fromUtf8(readBytes(bundle + QLatin1Char('/') + file));
            for (const QString &secret :
                 {QStringLiteral("Ana P\u00e9rez"), QStringLiteral("Jo\u00e3o"), QStringLiteral("Secret Org"),
                  QStringLiteral("Red Ciudadana"), QStringLiteral("Kim Lee"), QStringLiteral("bob@example.com"),
                  QStringLiteral("ana.perez@")})
                QVERIFY2(!text.contains(secret), qPrintable(file + QStringLiteral(" holds ") + secret));
        }
    }

    void notesMaskedAndConsentedNamesOnly()
    {
        const QString bundle = m_bundles.value(QStringLiteral("rich-notes"));
        const QString notes = QString::fromUtf8(readBytes(bundle + QStringLiteral("/data/notes.csv")));
        QVERIFY(notes.contains(QStringLiteral("escr\u00edbanme a [e-mail]")));
        QVERIFY(notes.contains(QStringLiteral("Ligue [phone]")));
        QVERIFY(notes.contains(QStringLiteral("Call [phone] about the 2026-10-31 session"))); // dates stay
        QVERIFY(notes.contains(QStringLiteral("Ana P\u00e9rez"))); // consented, and asked for
        QVERIFY(!notes.contains(QStringLiteral("Jo\u00e3o")));     // did not consent
        QVERIFY(!notes.contains(QStringLiteral("Secret Org")));
        const QString readme = QString::fromUtf8(readBytes(bundle + QStringLiteral("/README.md")));
        QVERIFY(readme.contains(QStringLiteral("Open Government Licence \u2013 Canada")));
        QVERIFY(readme.contains(QStringLiteral("`author_name`")));
        QVERIFY(readme.contains(QStringLiteral("`host_name`")));
        // Hosts who agreed are named in the sessions table and the schedules; João, who did not, nowhere.
        const QString sessions = QString::fromUtf8(readBytes(bundle + QStringLiteral("/data/sessions.csv")));
        QVERIFY2(sessions.section(QStringLiteral("\r\n"), 0, 0).endsWith(QStringLiteral(",votes,host_name")),
                 qPrintable(sessions));
        QVERIFY2(sessions.contains(QStringLiteral(",Impact measurement,"))
                     && sessions.contains(QStringLiteral(",Ana P\u00e9rez\r\n"))
                     && sessions.contains(QStringLiteral(",Kim Lee\r\n")),
                 qPrintable(sessions));
        const QString xml = QString::fromUtf8(readBytes(bundle + QStringLiteral("/schedule/schedule.xml")));
        // With the integer id and guid ConfClerk needs (tst_export_safety checks them further).
        static const QRegularExpression kim(QStringLiteral(
            "<persons>\n          <person id=\"[1-9][0-9]*\" guid=\"[0-9a-f-]{36}\">Kim Lee</person>\n        </persons>"));
        QVERIFY2(kim.match(xml).hasMatch(), qPrintable(xml));
        const QJsonObject json =
            QJsonDocument::fromJson(readBytes(bundle + QStringLiteral("/schedule/schedule.json"))).object();
        const QJsonArray sunday = json[QStringLiteral("schedule")][QStringLiteral("conference")][QStringLiteral("days")]
                                      [1][QStringLiteral("rooms")][QStringLiteral("Room \"B\", east")]
                                          .toArray();
        const QJsonArray persons = sunday.at(0)[QStringLiteral("persons")].toArray();
        QCOMPARE(persons.size(), 1);
        QCOMPARE(persons.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Ana P\u00e9rez"));
        QVERIFY(persons.at(0)[QStringLiteral("id")].toInteger() > 0
                && !QUuid(persons.at(0)[QStringLiteral("guid")].toString()).isNull());
        for (const QString &file : filesOf(bundle))
            QVERIFY2(
                !QString::fromUtf8(readBytes(bundle + QLatin1Char('/') + file)).contains(QStringLiteral("Jo\u00e3o")),
                qPrintable(file));
        const Run programme =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), bundle + QStringLiteral("/programme.pdf"), QStringLiteral("-")});
        QVERIFY2(programme.output.contains(QStringLiteral("\u2014 Kim Lee")), qPrintable(programme.output));
        const QJsonObject canada =
            QJsonDocument::fromJson(readBytes(bundle + QStringLiteral("/metadata/open-canada.json"))).object();
        QCOMPARE(canada.value(QStringLiteral("license_id")).toString(), QStringLiteral("ca-ogl-lgo"));
        QVERIFY(!canada.value(QStringLiteral("title_translated"))
                     .toObject()
                     .value(QStringLiteral("fr"))
                     .toString()
                     .isEmpty());
        QVERIFY(QString::fromUtf8(readBytes(bundle + QStringLiteral("/README.fr.md")))
                    .contains(QStringLiteral("Dictionnaire")));
    }

    // Issue 11: notes.csv had an empty language for every note. Each note's language is
    // published, the given one else the detected one, and language_source says which; the
    // table schema and both READMEs describe the column.
    void notesLanguageGivenElseDetected()
    {
        const QString bundle = m_bundles.value(QStringLiteral("rich-notes"));
        const QString notes = QString::fromUtf8(readBytes(bundle + QStringLiteral("/data/notes.csv")));
        QVERIFY2(notes.startsWith(QStringLiteral("note_id,theme_id,language,language_source,text,")),
                 qPrintable(notes));
        // Given (and detected otherwise: the given one wins), only detected, unknown.
        QVERIFY2(notes.contains(QStringLiteral(",es,given,\"M\u00e1s participaci\u00f3n")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral(",pt-BR,given,Dados abertos")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral(",,en,detected,Nobody's theme")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral(",,,=1+1,")), qPrintable(notes));

        const QJsonObject package =
            QJsonDocument::fromJson(readBytes(bundle + QStringLiteral("/datapackage.json"))).object();
        QJsonObject sourceField;
        for (const QJsonValue resource : package.value(QStringLiteral("resources")).toArray())
            if (resource[QStringLiteral("name")] == QStringLiteral("notes"))
                for (const QJsonValue field : resource[QStringLiteral("schema")][QStringLiteral("fields")].toArray())
                    if (field[QStringLiteral("name")] == QStringLiteral("language_source"))
                        sourceField = field.toObject();
        QCOMPARE(sourceField.value(QStringLiteral("constraints"))[QStringLiteral("enum")].toArray(),
                 (QJsonArray{QStringLiteral("given"), QStringLiteral("detected")}));
        for (const QString &readme : {QStringLiteral("/README.md"), QStringLiteral("/README.fr.md")}) {
            const QString text = QString::fromUtf8(readBytes(bundle + readme));
            QVERIFY2(text.contains(QStringLiteral("| `language_source` | string |"))
                         && text.contains(QStringLiteral("detected")),
                     qPrintable(readme));
        }

        // The validator holds the column to its two values.
        const QString broken = copyBundle(bundle, m_dir.filePath(QStringLiteral("broken-language")));
        QByteArray csv = readBytes(broken + QStringLiteral("/data/notes.csv"));
        QVERIFY(csv.contains(",en,detected,"));
        csv.replace(",en,detected,", ",en,guessed,");
        writeBytes(broken + QStringLiteral("/data/notes.csv"), csv);
        QVERIFY2(readPackage(broken).code != 0,
                 "datapackage-js accepted a language_source that is neither given nor detected");
    }

    void spreadsheetCopiesCannotRunFormulas()
    {
        const QString bundle = m_bundles.value(QStringLiteral("rich"));
        const QString canonical = QString::fromUtf8(readBytes(bundle + QStringLiteral("/data/themes.csv")));
        const QString sheet = QString::fromUtf8(readBytes(bundle + QStringLiteral("/spreadsheet/themes.csv")));
        QVERIFY(canonical.contains(QStringLiteral("\"=HYPERLINK("))); // the data as it is
        QVERIFY(sheet.contains(QStringLiteral("\"'=HYPERLINK(")));
        QVERIFY(sheet.contains(QStringLiteral(",'+1 open science,")));
        QVERIFY(sheet.contains(QStringLiteral(",'@everyone impact,")));
        QVERIFY(!sheet.contains(QStringLiteral(",=")) && !sheet.contains(QStringLiteral(",\"=")));
    }

    void timesInUtcAcrossDaylightSaving()
    {
        const QString sessions = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/data/sessions.csv")));
        // 23:30 EDT on Saturday is 03:30 UTC on Sunday; 09:00 on Sunday is EST (UTC-5) after the change.
        QVERIFY(sessions.contains(QStringLiteral("2026-11-01T03:30:00Z,2026-11-01T04:30:00Z,2026-10-31,23:30:00,60,")));
        QVERIFY(sessions.contains(QStringLiteral("2026-11-01T14:00:00Z,2026-11-01T15:00:00Z,2026-11-01,09:00:00,60,")));
        const QString midnight = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("midnight")) + QStringLiteral("/data/sessions.csv")));
        QVERIFY2(midnight.contains(QStringLiteral("2026-03-28T22:30:00Z,2026-03-28T23:30:00Z,2026-03-28,23:30:00,60,")),
                 qPrintable(midnight));
        const QString calendar = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("midnight")) + QStringLiteral("/schedule/schedule.ics")));
        QVERIFY2(calendar.contains(QStringLiteral("DTSTART:20260328T223000Z\r\nDTEND:20260328T233000Z\r\n")),
                 qPrintable(calendar));
        const QString xml = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("midnight")) + QStringLiteral("/schedule/schedule.xml")));
        QVERIFY2(xml.contains(QStringLiteral("<start>23:30</start>"))
                     && xml.contains(QStringLiteral("<duration>01:00</duration>")),
                 qPrintable(xml));
    }

    void licenceCarriesItsFullLegalText()
    {
        // The default, CC BY 4.0: its title, then the legal code down to its last section.
        const QString byFour =
            QString::fromUtf8(readBytes(m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/LICENSE.txt")));
        QVERIFY(byFour.startsWith(QStringLiteral("Creative Commons Attribution 4.0 International\n")));
        for (const QString &part : {QStringLiteral("SPDX: CC-BY-4.0"), QStringLiteral("Section 1 \u2013 Definitions."),
                                    QStringLiteral("Section 8 \u2013 Interpretation.")})
            QVERIFY2(byFour.contains(part), qPrintable(part));
        // The Canadian licence, with the attribution sentence it asks for.
        const QString ogl = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("rich-notes")) + QStringLiteral("/LICENSE.txt")));
        for (const QString &part :
             {QStringLiteral(
                  "Attribution: Contains information licensed under the Open Government Licence \u2013 Canada."),
              QStringLiteral("Using Information under this licence"), QStringLiteral("Exemptions")})
            QVERIFY2(ogl.contains(part), qPrintable(part));
        QVERIFY(!ogl.contains(QStringLiteral("Creative Commons")));
    }

    void calendarHasBreaksAndPlenaries()
    {
        // A calendar shows the opening and the coffee break too: UID from the slot, no room.
        const QString calendar = QString::fromUtf8(
            readBytes(m_bundles.value(QStringLiteral("rich")) + QStringLiteral("/schedule/schedule.ics")));
        for (
            const QString &expected :
            {QStringLiteral("UID:00000000-0000-4000-8000-000000000301\r\nDTSTAMP:"),
             QStringLiteral(
                 "DTSTART:20261031T130000Z\r\nDTEND:20261031T133000Z\r\nSUMMARY:Opening\r\nCATEGORIES:Plenary\r\nEND:VEVENT"),
             QStringLiteral("UID:00000000-0000-4000-8000-000000000303\r\nDTSTAMP:"),
             QStringLiteral("SUMMARY:Coffee \u2615\r\nCATEGORIES:Break\r\nEND:VEVENT"),
             QStringLiteral("SUMMARY:Lunch\r\n")})
            QVERIFY2(calendar.contains(expected), qPrintable(expected));
        QCOMPARE(calendar.count(QStringLiteral("BEGIN:VEVENT")), 7 + 3); // 7 sessions placed, 3 breaks or plenaries
    }

    void reportCountsWhatWasMasked()
    {
        // One e-mail address in a note, one in a session's description; two phone numbers.
        ExportOptions options;
        options.includeNotes = true;
        const ExportReport report =
            OpenDataExport::run(test::richEvent(), m_dir.filePath(QStringLiteral("counted")), options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.maskedEmails, 2);
        QCOMPARE(report.maskedPhones, 2);
        QCOMPARE(report.names, 0); // consent alone is not enough: the organiser did not ask
        QCOMPARE(report.sessions, 7);

        // A consenting host typed with an address: the name is published, the address is not.
        EventContent hostWithAddress = test::richEvent();
        hostWithAddress.agenda.sessions[5].host = QStringLiteral("Kim Lee, kim@example.org");
        options.includeConsentedNames = true;
        const QString named = m_dir.filePath(QStringLiteral("counted-named"));
        const ExportReport withNames = OpenDataExport::run(hostWithAddress, named, options);
        QVERIFY2(withNames.ok(), qPrintable(withNames.error));
        QCOMPARE(withNames.maskedEmails, 3);
        const QString sessions = QString::fromUtf8(readBytes(named + QStringLiteral("/data/sessions.csv")));
        QVERIFY2(sessions.contains(QStringLiteral("\"Kim Lee, [e-mail]\"")), qPrintable(sessions));
        for (const QString &file : filesOf(named))
            QVERIFY2(!readBytes(named + QLatin1Char('/') + file).contains("kim@example.org"), qPrintable(file));
    }

    void reExportIsByteIdentical()
    {
        const QString again = m_dir.filePath(QStringLiteral("again"));
        const Run result = run(test::cabildoBinary(),
                               {QStringLiteral("export"), m_dir.filePath(QStringLiteral("rich.cabildo")), again});
        QVERIFY2(result.code == 0, qPrintable(result.output));
        const QString first = m_bundles.value(QStringLiteral("rich"));
        QCOMPARE(filesOf(again), filesOf(first));
        for (const QString &file : filesOf(first))
            QVERIFY2(readBytes(again + QLatin1Char('/') + file) == readBytes(first + QLatin1Char('/') + file),
                     qPrintable(file));
    }

    void refusesNonEmptyDir()
    {
        const QString dir = m_dir.filePath(QStringLiteral("occupied"));
        writeBytes(dir + QStringLiteral("/keep.txt"), "mine");
        const Run result =
            run(test::cabildoBinary(), {QStringLiteral("export"), m_dir.filePath(QStringLiteral("rich.cabildo")), dir});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.output.startsWith(QStringLiteral("cabildo: ")) && result.output.count(QLatin1Char('\n')) == 1,
                 qPrintable(result.output));
        QCOMPARE(filesOf(dir), QStringList{QStringLiteral("keep.txt")});
        QCOMPARE(readBytes(dir + QStringLiteral("/keep.txt")), QByteArray("mine"));
    }

    void unwritableDirLeavesNothing()
    {
        // /proc refuses new folders even to root; a plain file is no folder to write into.
        writeBytes(m_dir.filePath(QStringLiteral("plain-file")), "x");
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &dir :
             {QStringLiteral("/proc/cabildo-bundle"), m_dir.filePath(QStringLiteral("plain-file/b"))}) {
            const Run result = run(test::cabildoBinary(),
                                   {QStringLiteral("export"), m_dir.filePath(QStringLiteral("rich.cabildo")), dir});
            QCOMPARE(result.code, 1);
            QVERIFY2(result.output.startsWith(QStringLiteral("cabildo: nothing was exported")),
                     qPrintable(result.output));
            QVERIFY(!QFileInfo::exists(dir));
        }
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    void fullDiskLeavesNothing()
    {
        // An 80 KiB disk, mounted in a mount namespace of its own (unshare, util-linux): the
        // bundle does not fit. The export must fail with a message and leave the disk empty.
        const QString disk = m_dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(disk));
        const QString script = QStringLiteral("mount -t tmpfs -o size=80k none \"$1\" || exit 77\n"
                                              "\"$2\" export \"$3\" \"$1/bundle\"; code=$?\n"
                                              "echo \"left: $(ls -A \"$1\" | tr '\\n' ' ')\"\n"
                                              "exit $code\n");
        const Run result =
            run(QStringLiteral("unshare"),
                {QStringLiteral("-r"), QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                 QStringLiteral("sh"), disk, test::cabildoBinary(), m_dir.filePath(QStringLiteral("rich.cabildo"))});
        if (result.code == 77 || result.output.contains(QStringLiteral("unshare failed")))
            QSKIP(qPrintable(QStringLiteral("no mount namespace here: ") + result.output));
        QCOMPARE(result.code, 1);
        QVERIFY2(!result.output.contains(QStringLiteral("Unknown error")), qPrintable(result.output));
        QVERIFY2(result.output.startsWith(QStringLiteral("cabildo: nothing was exported")), qPrintable(result.output));
        QVERIFY2(result.output.trimmed().endsWith(QStringLiteral("left:")), qPrintable(result.output));
    }

    void usageErrors()
    {
        const QString file = m_dir.filePath(QStringLiteral("rich.cabildo"));
        const QString dir = m_dir.filePath(QStringLiteral("never"));
        for (const QStringList &extra :
             {QStringList{QStringLiteral("--licence"), QStringLiteral("MIT")},
              QStringList{QStringLiteral("--paper"), QStringLiteral("a3")},
              QStringList{QStringLiteral("--readme"), QStringLiteral("tlh")}, QStringList{QStringLiteral("--bogus")}}) {
            const Run result = run(test::cabildoBinary(), QStringList{QStringLiteral("export"), file, dir} + extra);
            QCOMPARE(result.code, 2);
            QVERIFY(!QFileInfo::exists(dir));
        }
    }

private:
    static bool fontsAllEmbedded(const QString &pdffonts)
    {
        // pdffonts: name, type, encoding, then the "emb" column (yes/no) among the flags.
        const QStringList lines = pdffonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() < 3)
            return false; // no font at all is not "every font embedded"
        for (const QString &line : lines.mid(2)) {
            static const QRegularExpression flags(
                QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
            const QRegularExpressionMatch match = flags.match(line);
            if (!match.hasMatch() || match.captured(1) != QLatin1String("yes"))
                return false;
        }
        return true;
    }

    /** The title appears on a line with the time, under a header row naming the room. */
    static bool sessionListed(const QString &text, const QString &title, const QString &room, const QString &time)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).contains(title))
                continue;
            bool timed = false;
            for (int j = std::max(0, i - 2); j <= std::min(int(lines.size()) - 1, i + 2); ++j)
                timed = timed || lines.at(j).contains(time);
            bool roomed = false;
            for (int j = i; j >= 0 && !roomed; --j)
                roomed = lines.at(j).contains(room);
            if (timed && roomed)
                return true;
        }
        return false;
    }
};

QTEST_GUILESS_MAIN(TestExportConformance)
#include "tst_export_conformance.moc"
