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
#include "stagingfolder.h"

#include "formats/durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>

namespace cabildo {

namespace {

/** Writes one file of the bundle, whole and synced; false and `error` set on failure (a full disk, say). */
bool writeFile(const QString &root, const QString &relative, const QByteArray &bytes, QString *error)
{
    const QString path = root + QLatin1Char('/') + relative;
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = OpenDataExport::tr("%1 cannot be created.").arg(QFileInfo(path).path());
        return false;
    }
    if (const QString problem = DurableFile::write(path, bytes); !problem.isEmpty()) {
        *error = OpenDataExport::tr("%1 cannot be written: %2").arg(relative, problem);
        return false;
    }
    return true;
}

/**
 * Where DIR is, as the kernel would find it: `link/../bundle` is the parent of the link's
 * target, not the folder holding the link (QDir::cleanPath would drop `link/..` as text).
 * The existing parent is canonicalised, then DIR's own name is added. Empty when the
 * parent does not exist.
 */
QString resolveTarget(const QString &dir)
{
    QString absolute = QDir::isAbsolutePath(dir) ? dir : QDir::currentPath() + QLatin1Char('/') + dir;
    while (absolute.size() > 1 && absolute.endsWith(QLatin1Char('/')))
        absolute.chop(1);
    const QFileInfo info(absolute);
    const QString name = info.fileName();
    if (info.exists() && (info.isSymLink() || name == QLatin1String(".") || name == QLatin1String("..")))
        return info.canonicalFilePath(); // an existing folder (or link to one): itself
    const QString parent = QFileInfo(absolute.left(absolute.size() - name.size())).canonicalFilePath();
    if (parent.isEmpty())
        return {};
    return parent == QLatin1String("/") ? QString(parent + name) : QString(parent + QLatin1Char('/') + name);
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
    withPdf = withPdf && qobject_cast<QGuiApplication *>(QCoreApplication::instance()); // fonts need one
    report.error = checkOptions(options);
    if (!report.ok())
        return report;
    options.licence = licenceInfo(options.licence).id; // the SPDX spelling, whatever the case typed
    if (!options.generatedAt.isValid())
        options.generatedAt = QDateTime::currentDateTimeUtc();
    options.generatedAt = options.generatedAt.toUTC();

    const QString resolved = resolveTarget(dir);
    if (resolved.isEmpty()) {
        report.error = tr("%1 does not exist.").arg(QFileInfo(dir).path());
        return report;
    }
    const QFileInfo target(resolved);
    if (target.exists()
        && (!target.isDir()
            || !QDir(target.filePath())
                    .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))) {
        report.error = tr("%1 is not empty: the bundle goes into a new or empty folder.").arg(target.filePath());
        return report;
    }
    const QString parent = target.path();
    if (!QFileInfo(parent).isDir()) {
        report.error = tr("%1 does not exist.").arg(parent);
        return report;
    }
    StagingFolder::removeStale(parent); // what killed exports left here
    StagingFolder staging(parent);
    if (!staging.isValid()) {
        report.error = staging.error();
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
            return report; // the staging folder goes with `staging`
    if (withPdf) {
        QByteArray pdf;
        if (!ProgrammePdf::write(data, options, &pdf, &report.error)
            || !writeFile(root, QStringLiteral("programme.pdf"), pdf, &report.error))
            return report;
    }
    // The files are synced; their entries in the staging folders must be too, before the rename.
    const QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot) << QStringLiteral(".");
    for (const QString &folder : folders)
        if (const QString problem = DurableFile::syncFolder(root + QLatin1Char('/') + folder); !problem.isEmpty()) {
            report.error = problem;
            return report;
        }
    // mkdtemp made it private (0700); the bundle is public data.
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                    | QFileDevice::ExeOther);

    // An empty DIR that exists is replaced; rename() cannot move onto it.
    if (target.exists() && !QDir().rmdir(target.filePath())) {
        report.error = tr("%1 cannot be replaced.").arg(target.filePath());
        return report;
    }
    if (!QDir().rename(root, target.filePath())) {
        report.error = tr("%1 cannot be created.").arg(target.filePath());
        return report;
    }
    staging.keep();
    // Makes the rename itself durable. Every file is on disk already, so a failure here
    // (not seen in practice) would not make the bundle partial: it is not reported.
    DurableFile::syncFolder(parent);
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
