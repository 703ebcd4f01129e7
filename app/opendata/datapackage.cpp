#include "datapackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cabildo {

namespace {

QJsonObject tableSchema(const OpenTable &table)
{
    QJsonArray fields;
    for (const OpenField &field : table.fields) {
        QJsonObject object{{QStringLiteral("name"), field.name},
                           {QStringLiteral("type"), field.type},
                           {QStringLiteral("description"), field.descriptionEn}};
        if (!field.format.isEmpty())
            object.insert(QStringLiteral("format"), field.format);
        QJsonObject constraints;
        if (field.required)
            constraints.insert(QStringLiteral("required"), true);
        if (field.unique)
            constraints.insert(QStringLiteral("unique"), true);
        if (field.type == QLatin1String("integer") && field.name != QLatin1String("rank"))
            constraints.insert(QStringLiteral("minimum"), 0);
        if (field.name == QLatin1String("kind"))
            constraints.insert(QStringLiteral("enum"), QJsonArray{QStringLiteral("sessions"), QStringLiteral("break"),
                                                                  QStringLiteral("plenary")});
        if (field.name == QLatin1String("language_source"))
            constraints.insert(QStringLiteral("enum"), QJsonArray{QStringLiteral("given"), QStringLiteral("detected")});
        if (!constraints.isEmpty())
            object.insert(QStringLiteral("constraints"), constraints);
        fields.append(object);
    }
    QJsonObject schema{{QStringLiteral("fields"), fields},
                       {QStringLiteral("primaryKey"), QJsonArray{table.primaryKey}},
                       {QStringLiteral("missingValues"), QJsonArray{QString()}}};
    QJsonArray keys;
    for (const OpenForeignKey &key : table.foreignKeys)
        keys.append(QJsonObject{
            {QStringLiteral("fields"), QJsonArray{key.field}},
            {QStringLiteral("reference"), QJsonObject{{QStringLiteral("resource"), key.table},
                                                      {QStringLiteral("fields"), QJsonArray{key.tableField}}}}});
    if (!keys.isEmpty())
        schema.insert(QStringLiteral("foreignKeys"), keys);
    return schema;
}

} // namespace

QByteArray dataPackageJson(const PublicData &data, const QList<OpenTable> &tables, const ExportOptions &options)
{
    const LicenceInfo licence = licenceInfo(options.licence);
    QJsonArray resources;
    for (const OpenTable &table : tables)
        resources.append(QJsonObject{
            {QStringLiteral("name"), table.name},
            {QStringLiteral("type"), QStringLiteral("table")},
            {QStringLiteral("path"), table.path()},
            {QStringLiteral("title"), table.titleEn},
            {QStringLiteral("format"), QStringLiteral("csv")},
            {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
            {QStringLiteral("encoding"), QStringLiteral("utf-8")},
            {QStringLiteral("dialect"), QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")},
                                                    {QStringLiteral("lineTerminator"), QStringLiteral("\r\n")},
                                                    {QStringLiteral("header"), true}}},
            {QStringLiteral("schema"), tableSchema(table)},
        });
    QJsonObject licenceObject{{QStringLiteral("name"), licence.id},
                              {QStringLiteral("path"), licence.url},
                              {QStringLiteral("title"), licence.title}};
    QString description = QStringLiteral("Open data from %1: themes, votes and the agenda of sessions, rooms and time "
                                         "slots. Contains no personal data.")
                              .arg(data.event.title);
    if (!licence.attribution.isEmpty())
        description += QLatin1Char(' ') + licence.attribution;
    const QJsonObject package{
        {QStringLiteral("$schema"), QStringLiteral("https://datapackage.org/profiles/2.0/datapackage.json")},
        {QStringLiteral("name"), QString(data.event.acronym + QStringLiteral("-open-data"))},
        {QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + data.event.uuid.toString(QUuid::WithoutBraces))},
        {QStringLiteral("title"), data.event.title},
        {QStringLiteral("description"), description},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("created"), utcText(options.generatedAt)},
        {QStringLiteral("keywords"), QJsonArray{QStringLiteral("participatory event"), QStringLiteral("agenda"),
                                                QStringLiteral("open government")}},
        {QStringLiteral("licenses"), QJsonArray{licenceObject}},
        {QStringLiteral("resources"), resources},
    };
    // QJsonDocument sorts keys: the same event always gives the same bytes.
    return QJsonDocument(package).toJson(QJsonDocument::Indented);
}

} // namespace cabildo
