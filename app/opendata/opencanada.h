#pragma once

#include "opentables.h"

#include <QByteArray>

namespace cabildo {

/**
 * metadata/open-canada.json (BUNDLE.md, "Canadian portal metadata"): the fields
 * open.canada.ca's CKAN schema asks for, in English and French, so publishing there is a
 * copy-paste. Written with the Open Government Licence – Canada, the licence of the
 * public bodies that publish there.
 */
QByteArray openCanadaMetadata(const PublicData &data, const QList<OpenTable> &tables, const QStringList &files);

} // namespace cabildo
