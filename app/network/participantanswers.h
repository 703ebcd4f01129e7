#pragma once

// The JSON the server writes for phones, made with QJsonDocument so every text is escaped
// by construction (app/network/README.md, "Routes").

#include "participationserver.h"

#include <QByteArray>
#include <QJsonObject>

namespace cabildo::answers {

/**
 * The room's part of a state answer, written once per publish: {"event", "round",
 * "votingClosed", "phase", "wall": {"count", "faceDown", "revealed": [{"text", "colour"}]}}.
 * The revealed notes are cut to netlimits::wallNotes, wallBytes and wallNoteCharacters here.
 */
QByteArray roomJson(const RoomView &room);
/** The timer at `now`: null, or {"running", "remainingMs"} (never below 0). */
QJsonValue timerJson(const RoomViewTimer &timer, const QDateTime &now);
/**
 * GET api/state: the room's members (`roomJson`), then "timer", "v", and the phone's own
 * "ballot" and "notes": [{"id", "text", "status"}]. Two objects made by QJsonDocument, joined.
 */
QByteArray stateJson(qint64 version, const QByteArray &roomJson, const QJsonValue &timer, const DeviceView &device);
/** {"error": reason} */
QByteArray errorJson(const QByteArray &reason);

/** Whether publishing `next` changes what phones see (an unchanged view wakes no poll). */
bool sameView(const RoomView &a, const RoomView &b);
bool sameView(const DeviceView &a, const DeviceView &b);

} // namespace cabildo::answers
