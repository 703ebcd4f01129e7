#include "opencanada.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cabildo {

namespace {

QJsonObject bilingual(const QString &english, const QString &french)
{
    return {{QStringLiteral("en"), english}, {QStringLiteral("fr"), french}};
}

QJsonObject resource(const QJsonObject &name, const QString &type, const QString &format, const QString &path)
{
    return {{QStringLiteral("name_translated"), name},
            {QStringLiteral("resource_type"), type},
            {QStringLiteral("language"), QJsonArray{QStringLiteral("en"), QStringLiteral("fr")}},
            {QStringLiteral("format"), format},
            {QStringLiteral("character_set"), QStringLiteral("UTF-8")},
            {QStringLiteral("url"), path}};
}

} // namespace

QByteArray openCanadaMetadata(const PublicData &data, const QList<OpenTable> &tables, const QStringList &files)
{
    QJsonArray resources;
    for (const OpenTable &table : tables)
        resources.append(resource(bilingual(table.titleEn, table.titleFr), QStringLiteral("dataset"),
                                  QStringLiteral("CSV"), table.path()));
    resources.append(resource(
        bilingual(QStringLiteral("Data package descriptor"), QStringLiteral("Descripteur du paquet de donn\u00e9es")),
        QStringLiteral("guide"), QStringLiteral("JSON"), QStringLiteral("datapackage.json")));
    resources.append(
        resource(bilingual(QStringLiteral("Schedule (c3voc XML)"), QStringLiteral("Programme (XML c3voc)")),
                 QStringLiteral("dataset"), QStringLiteral("XML"), QStringLiteral("schedule/schedule.xml")));
    resources.append(
        resource(bilingual(QStringLiteral("Schedule (c3voc JSON)"), QStringLiteral("Programme (JSON c3voc)")),
                 QStringLiteral("dataset"), QStringLiteral("JSON"), QStringLiteral("schedule/schedule.json")));
    resources.append(resource(bilingual(QStringLiteral("Calendar"), QStringLiteral("Calendrier")),
                              QStringLiteral("dataset"), QStringLiteral("ICS"),
                              QStringLiteral("schedule/schedule.ics")));
    if (files.contains(QStringLiteral("programme.pdf")))
        resources.append(
            resource(bilingual(QStringLiteral("Printable programme"), QStringLiteral("Programme imprimable")),
                     QStringLiteral("guide"), QStringLiteral("PDF"), QStringLiteral("programme.pdf")));
    const QJsonObject metadata{
        {QStringLiteral("title_translated"),
         bilingual(QStringLiteral("%1: themes, votes and agenda").arg(data.event.title),
                   QStringLiteral("%1 : th\u00e8mes, votes et programme").arg(data.event.title))},
        {QStringLiteral("notes_translated"),
         bilingual(QStringLiteral("Participants' priorities grouped into themes, the votes they received and the "
                                  "resulting agenda of sessions. Contains no personal data."),
                   QStringLiteral("Les priorit\u00e9s des participants regroup\u00e9es en th\u00e8mes, les votes "
                                  "re\u00e7us et le programme des sessions qui en d\u00e9coule. Ne contient aucune "
                                  "donn\u00e9e personnelle."))},
        {QStringLiteral("keywords"),
         QJsonObject{
             {QStringLiteral("en"),
              QJsonArray{QStringLiteral("participation"), QStringLiteral("open government"), QStringLiteral("agenda")}},
             {QStringLiteral("fr"), QJsonArray{QStringLiteral("participation"), QStringLiteral("gouvernement ouvert"),
                                               QStringLiteral("programme")}}}},
        {QStringLiteral("subject"), QJsonArray{QStringLiteral("government_and_politics")}},
        {QStringLiteral("frequency"), QStringLiteral("as_needed")},
        {QStringLiteral("license_id"), QStringLiteral("ca-ogl-lgo")},
        {QStringLiteral("resources"), resources},
    };
    return QJsonDocument(metadata).toJson(QJsonDocument::Indented);
}

} // namespace cabildo
