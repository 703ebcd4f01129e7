#include "participantanswers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cabildo::answers {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject roomJson(const RoomView &room)
{
    QJsonObject round;
    if (room.roundOpen) {
        QJsonArray themes;
        for (const RoomViewTheme &theme : room.themes) {
            QJsonObject machineTitles;
            for (auto it = theme.machineTitles.cbegin(); it != theme.machineTitles.cend(); ++it)
                machineTitles.insert(it.key(), it.value());
            themes.append(QJsonObject{{QStringLiteral("id"), uuidText(theme.uuid)},
                                      {QStringLiteral("title"), theme.title},
                                      {QStringLiteral("machineTitles"), machineTitles}});
        }
        round = QJsonObject{{QStringLiteral("id"), uuidText(room.round)},
                            {QStringLiteral("name"), room.roundName},
                            {QStringLiteral("votesPerPerson"), room.votesPerPerson},
                            {QStringLiteral("capPerTheme"), room.capPerTheme},
                            {QStringLiteral("themes"), themes}};
    }
    return QJsonObject{
        {QStringLiteral("event"), QJsonObject{{QStringLiteral("title"), room.eventTitle}}},
        {QStringLiteral("round"), room.roundOpen ? QJsonValue(round) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("votingClosed"), !room.roundOpen && room.roundClosed},
    };
}

QByteArray stateJson(qint64 version, const QJsonObject &room, const DeviceView &device)
{
    QJsonObject state = room;
    state.insert(QStringLiteral("v"), version);
    QJsonArray ballot;
    for (const QUuid &theme : device.ballot)
        ballot.append(uuidText(theme));
    state.insert(QStringLiteral("ballot"), ballot);
    QJsonArray notes;
    for (const DeviceView::SentNote &note : device.notes) {
        notes.append(QJsonObject{{QStringLiteral("id"), note.submissionId},
                                 {QStringLiteral("text"), note.text},
                                 {QStringLiteral("status"), note.status}});
    }
    state.insert(QStringLiteral("notes"), notes);
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

QByteArray errorJson(const QByteArray &reason)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(reason)}})
        .toJson(QJsonDocument::Compact);
}

bool sameView(const RoomView &a, const RoomView &b)
{
    if (a.eventTitle != b.eventTitle || a.roundOpen != b.roundOpen || a.roundClosed != b.roundClosed
        || a.round != b.round || a.roundName != b.roundName || a.votesPerPerson != b.votesPerPerson
        || a.capPerTheme != b.capPerTheme || a.themes.size() != b.themes.size())
        return false;
    for (qsizetype i = 0; i < a.themes.size(); ++i) {
        const RoomViewTheme &x = a.themes[i];
        const RoomViewTheme &y = b.themes[i];
        if (x.uuid != y.uuid || x.title != y.title || x.machineTitles != y.machineTitles)
            return false;
    }
    return true;
}

bool sameView(const DeviceView &a, const DeviceView &b)
{
    if (a.ballot != b.ballot || a.notes.size() != b.notes.size())
        return false;
    for (qsizetype i = 0; i < a.notes.size(); ++i) {
        const DeviceView::SentNote &x = a.notes[i];
        const DeviceView::SentNote &y = b.notes[i];
        if (x.submissionId != y.submissionId || x.text != y.text || x.status != y.status)
            return false;
    }
    return true;
}

} // namespace cabildo::answers
