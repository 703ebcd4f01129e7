#pragma once
// How model values are written in the event file's columns (storage only).

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>
#include <QVariant>

namespace cabildo::sqlvalues {

inline QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIsoUtc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

/** SQLite stores a null QString as NULL; the schema wants '' for "not given". */
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

/** A null UUID is stored as NULL (e.g. a session added by hand has no theme). */
inline QVariant optionalUuid(const QUuid &uuid)
{
    return uuid.isNull() ? QVariant() : QVariant(uuidText(uuid));
}

inline QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

inline QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

inline QTime timeFromText(const QString &text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

} // namespace cabildo::sqlvalues
