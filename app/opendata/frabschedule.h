#pragma once

#include "publicdata.h"

#include <QByteArray>

namespace cabildo {

/**
 * The c3voc / frab schedule that pretalx, Giggity, ConfClerk and EventFahrplan read
 * (BUNDLE.md lists the rules each line below follows): schedule.xml, checked against
 * schedule.xml.xsd, and schedule.json, checked against the c3voc JSON schema. Only
 * scheduled sessions appear; every room appears on every day, empty or not.
 */
namespace frabschedule {

QByteArray xml(const PublicData &data);
QByteArray json(const PublicData &data);

/** "abrelatam2026-12-participacion-ciudadana": ASCII, unique (it holds the id), at least 4 after the dash. */
QString slug(const QString &acronym, qint64 id, const QString &title);

} // namespace frabschedule

} // namespace cabildo
