#include "opendataexport.h"

#include "csvwriter.h"
#include "datapackage.h"
#include "frabschedule.h"
#include "icalendar.h"
#include "opencanada.h"
#include "opentables.h"
#include "programmepdf.h"
#include "publicdata.h"
#include "readme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

namespace cabildo {

namespace {

/** Writes one file of the bundle; false and `error` set on failure (a full disk, say). */
bool writeFile(const QString &root, const QString &relative, const QByteArray &bytes, QString *error)
{
    const QString path = root + QLatin1Char('/') + relative;
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = OpenDataExport::tr("%1 cannot be created.").arg(QFileInfo(path).path());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        // A full disk often surfaces only when the data is flushed, where Qt has no reason to give.
        // Qt's own words, in Qt's catalogue (a variable, so lupdate leaves it to Qt's).
        static const char *const qtUnknown = "Unknown error";
        QString reason = file.errorString();
        if (reason.isEmpty() || reason == QCoreApplication::translate("QIODevice", qtUnknown))
            reason = OpenDataExport::tr("the disk may be full");
        *error = OpenDataExport::tr("%1 cannot be written: %2").arg(relative, reason);
        return false;
    }
    return true;
}

} // namespace

QString OpenDataExport::checkOptions(const ExportOptions &options)
{
    bool known = false;
    licenceInfo(options.licence, &known);
    if (!known)
        return tr("unknown licence %1 (choose %2)").arg(options.licence, licenceIds().join(QStringLiteral(", ")));
    if (options.readmeLanguages.isEmpty())
        return tr("the bundle needs a README in one language at least");
    for (const QString &language : options.readmeLanguages)
        if (!readme::supportedLanguages().contains(language))
            return tr("no README in \"%1\" yet (choose among %2)")
                .arg(language, readme::supportedLanguages().join(QStringLiteral(", ")));
    return {};
}

ExportReport OpenDataExport::run(const EventContent &content, const QString &dir, ExportOptions options, bool withPdf)
{
    ExportReport report;
    withPdf = withPdf && qobject_cast<QGuiApplication *>(QCoreApplication::instance());  // fonts need one
    report.error = checkOptions(options);
    if (!report.ok())
        return report;
    options.licence = licenceInfo(options.licence).id;  // the SPDX spelling, whatever the case typed
    if (!options.generatedAt.isValid())
        options.generatedAt = QDateTime::currentDateTimeUtc();
    options.generatedAt = options.generatedAt.toUTC();

    const QFileInfo target(QDir::cleanPath(QDir(dir).absolutePath()));
    if (target.exists() && (!target.isDir() || !QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))) {
        report.error = tr("%1 is not empty: the bundle goes into a new or empty folder.").arg(target.filePath());
        return report;
    }
    const QString parent = target.path();
    if (!QFileInfo(parent).isDir()) {
        report.error = tr("%1 does not exist.").arg(parent);
        return report;
    }
    // Beside DIR, so the final rename stays on one file system.
    QTemporaryDir staging(parent + QStringLiteral("/.") + target.fileName() + QStringLiteral("-XXXXXX"));
    if (!staging.isValid()) {
        report.error = tr("%1 cannot be written: %2").arg(parent, staging.errorString());
        return report;
    }
    const QString root = staging.path();

    const PublicData data = PublicData::from(content, options);
    const QList<OpenTable> tables = openTables(data, options.includeNotes, options.includeConsentedNames);
    QList<QPair<QString, QByteArray>> files;
    for (const OpenTable &table : tables) {
        files.append({table.path(), csvwriter::write(table.header(), table.rows, csvwriter::Flavour::Canonical)});
        files.append({QStringLiteral("spreadsheet/") + table.name + QStringLiteral(".csv"),
                      csvwriter::write(table.header(), table.rows, csvwriter::Flavour::Spreadsheet)});
    }
    files.append({QStringLiteral("datapackage.json"), dataPackageJson(data, tables, options)});
    files.append({QStringLiteral("schedule/schedule.xml"), frabschedule::xml(data)});
    files.append({QStringLiteral("schedule/schedule.json"), frabschedule::json(data)});
    files.append({QStringLiteral("schedule/schedule.ics"), icalendar::write(data, options.generatedAt)});
    files.append({QStringLiteral("LICENSE.txt"), readme::licenceText(data, options)});

    // Canadian public bodies publish under the OGL on open.canada.ca: give them its metadata.
    const bool canadian = options.licence == QLatin1String("OGL-Canada-2.0");
    QStringList names;
    for (const auto &file : files)
        names.append(file.first);
    if (canadian)
        names.append(QStringLiteral("metadata/open-canada.json"));
    if (withPdf)
        names.append(QStringLiteral("programme.pdf"));
    for (const QString &language : options.readmeLanguages)
        names.append(readme::fileName(language));
    names.sort();
    for (const QString &language : options.readmeLanguages)
        files.append({readme::fileName(language), readme::write(language, data, tables, options, names)});
    if (canadian)
        files.append({QStringLiteral("metadata/open-canada.json"), openCanadaMetadata(data, tables, names)});

    for (const auto &file : files)
        if (!writeFile(root, file.first, file.second, &report.error))
            return report;  // the staging folder goes with `staging`
    if (withPdf && !ProgrammePdf::write(data, options, root + QStringLiteral("/programme.pdf"), &report.error))
        return report;

    // An empty DIR that exists is replaced; rename() cannot move onto it.
    if (target.exists() && !QDir().rmdir(target.filePath())) {
        report.error = tr("%1 cannot be replaced.").arg(target.filePath());
        return report;
    }
    if (!QDir().rename(root, target.filePath())) {
        report.error = tr("%1 cannot be created.").arg(target.filePath());
        return report;
    }
    staging.setAutoRemove(false);
    // QTemporaryDir made it private (0700); the bundle is public data.
    QFile::setPermissions(target.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                 | QFileDevice::ReadOther | QFileDevice::ExeOther);
    report.files = names;
    report.maskedEmails = data.maskedEmails;
    report.maskedPhones = data.maskedPhones;
    report.sessions = data.scheduledCount();
    report.notes = int(data.notes.size());
    // Each person once: an author who also hosts is one name.
    QSet<QString> people;
    for (const PublicData::Note &note : data.notes)
        if (!note.authorName.isEmpty())
            people.insert(note.authorName);
    for (const PublicData::Session &session : data.sessions)
        if (!session.hostName.isEmpty())
            people.insert(session.hostName);
    report.names = int(people.size());
    return report;
}

} // namespace cabildo
