#include "eventinfo.h"

#include "text/textfold.h"

#include <QRegularExpression>

namespace cabildo {

QString EventInfo::acronymFromTitle(const QString &title)
{
    // Strip accents first so "Participación" gives "participacion", not "participacin".
    QString acronym;
    for (const QChar c : foldForSearch(title))
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            acronym.append(c);
    acronym.truncate(32);
    if (acronym.size() < 4)
        acronym.append(QStringLiteral("event")); // "AB" → "abevent": still recognisable
    return acronym;
}

bool EventInfo::isValidAcronym(const QString &acronym)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{4,32}$"));
    return pattern.match(acronym).hasMatch();
}

} // namespace cabildo
