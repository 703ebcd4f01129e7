#pragma once

// The JSON the server writes for phones, made with QJsonDocument so every text is escaped
// by construction (app/network/README.md, "Routes").

#include "participationserver.h"

#include <QByteArray>
#include <QJsonObject>

namespace cabildo::answers {

/** The room's part of a state answer: {"event", "round", "votingClosed"}. */
QJsonObject roomJson(const RoomView &room);
/**
 * GET api/state: {"v", "event": {"title"}, "round": null | {"id", "name", "votesPerPerson",
 * "capPerTheme", "themes": [{"id", "title", "machineTitles"}]}, "votingClosed", "ballot",
 * "notes": [{"id", "text", "status"}]}.
 */
QByteArray stateJson(qint64 version, const QJsonObject &room, const DeviceView &device);
/** {"error": reason} */
QByteArray errorJson(const QByteArray &reason);

/** Whether publishing `next` changes what phones see (an unchanged view wakes no poll). */
bool sameView(const RoomView &a, const RoomView &b);
bool sameView(const DeviceView &a, const DeviceView &b);

} // namespace cabildo::answers
