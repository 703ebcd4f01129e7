#include "readme.h"

#include <QFile>

namespace cabildo::readme {

namespace {

/** The sentences of one README, in one language. */
struct Phrases
{
    QString intro; // %1 event title, %2 first day, %3 last day
    QString how;
    QString noPersonal;
    QString notesIncluded;
    QString namesIncluded;
    QString filesHeading;
    QString tablesHeading;
    QString fieldColumns; // "| field | type | meaning |"
    QString timesNote;    // %1 time zone
    QString identityNote;
    QString licenceHeading;
    QString licenceLine;     // %1 title, %2 url
    QString attributionLine; // %1 event title
    QString fileDescriptions[8];
};

Phrases phrases(const QString &language)
{
    if (language == QLatin1String("fr"))
        return {
            QStringLiteral(
                "Donn\u00e9es ouvertes de \u00ab\u00a0%1\u00a0\u00bb (%2 \u2013 %3) : les th\u00e8mes issus des priorit\u00e9s des participants, leurs votes et le programme des sessions par salle et cr\u00e9neau."),
            QStringLiteral(
                "Les participants ont \u00e9crit leurs priorit\u00e9s sur des notes, regroup\u00e9es en th\u00e8mes par l'animation ; ils ont vot\u00e9 pour les th\u00e8mes (bulletins anonymes ou gommettes compt\u00e9es sur papier) et les th\u00e8mes sont devenus les sessions du programme. Export\u00e9 avec Cabildo."),
            QStringLiteral(
                "**Ce jeu de donn\u00e9es ne contient aucune donn\u00e9e personnelle** : ni auteurs, ni organisations, ni bulletins individuels. Les adresses \u00e9lectroniques et num\u00e9ros de t\u00e9l\u00e9phone trouv\u00e9s dans les textes sont remplac\u00e9s par [e-mail] et [phone]."),
            QStringLiteral(
                "Le texte des notes est inclus (data/notes.csv), avec les adresses et num\u00e9ros masqu\u00e9s."),
            QStringLiteral(
                "Seuls figurent les noms des personnes qui ont consenti \u00e0 leur publication : auteurs des notes dans data/notes.csv (author_name), animateurs des sessions dans data/sessions.csv (host_name) et les programmes."),
            QStringLiteral("## Fichiers"),
            QStringLiteral("## Dictionnaire des donn\u00e9es"),
            QStringLiteral("| champ | type | signification |"),
            QStringLiteral(
                "Les heures *_utc sont en UTC ; local_date et local_start sont dans le fuseau horaire de l'\u00e9v\u00e9nement, %1."),
            QStringLiteral(
                "Chaque session et chaque salle garde son identifiant (guid, un UUID) dans tous les formats et d'un export \u00e0 l'autre."),
            QStringLiteral("## Licence et attribution"),
            QStringLiteral("Ces donn\u00e9es sont publi\u00e9es sous la licence %1 (%2)."),
            QStringLiteral(
                "Attribution sugg\u00e9r\u00e9e : \u00ab\u00a0%1, donn\u00e9es ouvertes export\u00e9es avec Cabildo\u00a0\u00bb."),
            {QStringLiteral("description du jeu de donn\u00e9es (Frictionless Data Package, profil v2)"),
             QStringLiteral("tableaux CSV (UTF-8 sans BOM, RFC 4180, fins de ligne CRLF)"),
             QStringLiteral("programme au format c3voc / frab (pretalx, Giggity, ConfClerk, EventFahrplan)"),
             QStringLiteral("programme au format JSON c3voc"), QStringLiteral("calendrier iCalendar, heures UTC"),
             QStringLiteral("programme \u00e0 imprimer"),
             QStringLiteral(
                 "copies pour tableur (UTF-8 avec BOM ; une cellule commen\u00e7ant par = + - @ est pr\u00e9c\u00e9d\u00e9e de ')"),
             QStringLiteral("texte de la licence")}};
    return {
        QStringLiteral(
            "Open data from \"%1\" (%2 \u2013 %3): the themes drawn from participants' priorities, the votes they received, and the agenda of sessions by room and time slot."),
        QStringLiteral(
            "Participants wrote their priorities on notes, which the facilitators grouped into themes; participants voted for themes (anonymous ballots, or paper dots counted by hand), and the themes became the sessions of the agenda. Exported with Cabildo."),
        QStringLiteral(
            "**This bundle contains no personal data**: no authors, organisations or individual ballots. E-mail addresses and phone numbers found in any text are replaced by [e-mail] and [phone]."),
        QStringLiteral("The notes' text is included (data/notes.csv), with addresses and numbers masked."),
        QStringLiteral(
            "Only the names of people who consented to their publication appear: note authors in data/notes.csv (author_name), session hosts in data/sessions.csv (host_name) and the schedules."),
        QStringLiteral("## Files"),
        QStringLiteral("## Field dictionary"),
        QStringLiteral("| field | type | meaning |"),
        QStringLiteral("Times ending in _utc are UTC; local_date and local_start are in the event's time zone, %1."),
        QStringLiteral(
            "Each session and room keeps its identifier (guid, a UUID) in every format and from one export to the next."),
        QStringLiteral("## Licence and attribution"),
        QStringLiteral("This data is published under %1 (%2)."),
        QStringLiteral("Suggested attribution: \"%1, open data exported with Cabildo\"."),
        {QStringLiteral("describes the bundle (Frictionless Data Package, v2 profile)"),
         QStringLiteral("CSV tables (UTF-8 without BOM, RFC 4180, CRLF line ends)"),
         QStringLiteral("the agenda as c3voc / frab XML (pretalx, Giggity, ConfClerk, EventFahrplan)"),
         QStringLiteral("the agenda as c3voc JSON"), QStringLiteral("iCalendar, UTC times"),
         QStringLiteral("the printable programme"),
         QStringLiteral("copies for spreadsheets (UTF-8 with BOM; a cell starting with = + - @ gets a leading ')"),
         QStringLiteral("the licence")}};
}

QString describe(const Phrases &p, const QString &file)
{
    if (file == QLatin1String("datapackage.json"))
        return p.fileDescriptions[0];
    if (file.startsWith(QLatin1String("data/")))
        return p.fileDescriptions[1];
    if (file.endsWith(QLatin1String(".xml")))
        return p.fileDescriptions[2];
    if (file.endsWith(QLatin1String("schedule.json")))
        return p.fileDescriptions[3];
    if (file.endsWith(QLatin1String(".ics")))
        return p.fileDescriptions[4];
    if (file.endsWith(QLatin1String(".pdf")))
        return p.fileDescriptions[5];
    if (file.startsWith(QLatin1String("spreadsheet/")))
        return p.fileDescriptions[6];
    if (file == QLatin1String("LICENSE.txt"))
        return p.fileDescriptions[7];
    if (file.startsWith(QLatin1String("metadata/")))
        return QStringLiteral("open.canada.ca (CKAN), en/fr");
    return QStringLiteral("README");
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString fileName(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("README.md") : QStringLiteral("README.%1.md").arg(language);
}

QByteArray write(const QString &language, const PublicData &data, const QList<OpenTable> &tables,
                 const ExportOptions &options, const QStringList &files)
{
    const Phrases p = phrases(language);
    const bool french = language == QLatin1String("fr");
    const QList<QDate> days = data.days();
    const QString first = days.isEmpty() ? QStringLiteral("\u2013") : days.constFirst().toString(Qt::ISODate);
    const QString last = days.isEmpty() ? QStringLiteral("\u2013") : days.constLast().toString(Qt::ISODate);
    QString text = QStringLiteral("# ") + data.event.title + QStringLiteral("\n\n");
    text += p.intro.arg(data.event.title, first, last) + QStringLiteral("\n\n") + p.how + QStringLiteral("\n\n");
    text += p.noPersonal + QLatin1Char('\n');
    if (options.includeNotes)
        text += QLatin1Char('\n') + p.notesIncluded + QLatin1Char('\n');
    if (options.includeConsentedNames)
        text += QLatin1Char('\n') + p.namesIncluded + QLatin1Char('\n');
    text += QLatin1Char('\n') + p.filesHeading + QStringLiteral("\n\n");
    for (const QString &file : files) // French puts a space before the colon
        text += QStringLiteral("- `%1`%2 %3\n")
                    .arg(file, french ? QStringLiteral("\u00a0:") : QStringLiteral(":"), describe(p, file));
    text += QLatin1Char('\n') + p.tablesHeading + QStringLiteral("\n\n");
    text +=
        p.timesNote.arg(QString::fromUtf8(data.zone.id())) + QLatin1Char(' ') + p.identityNote + QStringLiteral("\n");
    for (const OpenTable &table : tables) {
        text += QStringLiteral("\n### `%1` (%2)\n\n").arg(table.path(), french ? table.titleFr : table.titleEn);
        text += p.fieldColumns + QStringLiteral("\n|---|---|---|\n");
        for (const OpenField &field : table.fields)
            text += QStringLiteral("| `%1` | %2 | %3 |\n")
                        .arg(field.name, field.type, french ? field.descriptionFr : field.descriptionEn);
    }
    const LicenceInfo licence = licenceInfo(options.licence);
    text +=
        QLatin1Char('\n') + p.licenceHeading + QStringLiteral("\n\n") + p.licenceLine.arg(licence.title, licence.url);
    if (!licence.attribution.isEmpty())
        text += QLatin1Char(' ') + licence.attribution;
    text += QStringLiteral("\n\n") + p.attributionLine.arg(data.event.title) + QLatin1Char('\n');
    return text.toUtf8();
}

QByteArray licenceText(const PublicData &data, const ExportOptions &options)
{
    const LicenceInfo licence = licenceInfo(options.licence);
    QString text = QStringLiteral("%1\n\nThe data in this folder (\"%2\") is licensed under the %3 (SPDX: %4).\n"
                                  "The licence's page is %5; its full legal text follows.\n")
                       .arg(licence.title, data.event.title, licence.title, licence.id, licence.url);
    if (!licence.attribution.isEmpty())
        text += QStringLiteral("\nAttribution: %1\n").arg(licence.attribution);
    QFile legal(QStringLiteral(":/licences/%1.txt").arg(licence.id));
    if (!legal.open(QIODevice::ReadOnly))
        qFatal("licence text %s missing from the resources", qPrintable(licence.id)); // a build error, not user data
    text += QStringLiteral("\n") + QString(72, QLatin1Char('-')) + QStringLiteral("\n\n");
    return text.toUtf8() + legal.readAll();
}

} // namespace cabildo::readme
