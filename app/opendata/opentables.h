#pragma once

#include "publicdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cabildo {

/**
 * The tables of data/ (BUNDLE.md, "Files"), described once: their CSV rows, their
 * Frictionless table schemas (datapackage.json) and the READMEs' field dictionary all
 * come from here, so the three cannot drift apart.
 */
struct OpenField
{
    QString name;
    QString type;   ///< Frictionless type: integer, string, datetime, date, time
    QString format; ///< e.g. "uuid"; empty for the default
    bool required = false;
    bool unique = false;
    QString descriptionEn;
    QString descriptionFr;
};

struct OpenForeignKey
{
    QString field;
    QString table;
    QString tableField;
};

struct OpenTable
{
    QString name; ///< lower case: the resource name, and data/<name>.csv
    QString titleEn;
    QString titleFr;
    QList<OpenField> fields;
    QString primaryKey;
    QList<OpenForeignKey> foreignKeys;
    QList<QStringList> rows;

    QString path() const { return QStringLiteral("data/") + name + QStringLiteral(".csv"); }
    QStringList header() const;
};

/** sessions, rooms, slots, themes, and notes when the data holds them (options.includeNotes). */
QList<OpenTable> openTables(const PublicData &data, bool withNotes, bool withNames);

/** "2026-10-24T07:00:00Z": what Frictionless' datetime reads. */
QString utcText(const QDateTime &time);

} // namespace cabildo
