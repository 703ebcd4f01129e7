#pragma once

#include "exportoptions.h"
#include "opentables.h"

#include <QByteArray>

namespace cabildo {

/**
 * datapackage.json: a Frictionless Data Package (v2 profile) describing every table of
 * data/, with table schemas, primary and foreign keys. Kept readable by datapackage-js,
 * which speaks v1 (BUNDLE.md): lower-case names, UTC datetimes, no BOM in data/.
 */
QByteArray dataPackageJson(const PublicData &data, const QList<OpenTable> &tables, const ExportOptions &options);

} // namespace cabildo
