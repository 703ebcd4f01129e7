#include "exportoptions.h"

namespace cabildo {

QStringList licenceIds()
{
    return {QStringLiteral("CC-BY-4.0"), QStringLiteral("OGL-Canada-2.0"), QStringLiteral("CC0-1.0")};
}

LicenceInfo licenceInfo(const QString &spdxId, bool *ok)
{
    // URLs as BUNDLE.md lists them for the datapackage `licenses` entries.
    static const QList<LicenceInfo> known{
        {QStringLiteral("CC-BY-4.0"), QStringLiteral("Creative Commons Attribution 4.0 International"),
         QStringLiteral("https://creativecommons.org/licenses/by/4.0/"), QString()},
        {QStringLiteral("OGL-Canada-2.0"), QStringLiteral("Open Government Licence - Canada 2.0"),
         QStringLiteral("https://open.canada.ca/en/open-government-licence-canada"),
         QStringLiteral("Contains information licensed under the Open Government Licence \u2013 Canada.")},
        {QStringLiteral("CC0-1.0"), QStringLiteral("Creative Commons Zero v1.0 Universal"),
         QStringLiteral("https://creativecommons.org/publicdomain/zero/1.0/"), QString()},
    };
    for (const LicenceInfo &licence : known)
        if (licence.id.compare(spdxId, Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return licence;
        }
    if (ok)
        *ok = false;
    return known.first();
}

} // namespace cabildo
