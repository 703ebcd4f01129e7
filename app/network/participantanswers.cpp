#include "participantanswers.h"

#include "networklimits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cabildo::answers {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

/** A colour's key goes to the page as a name it styles (a-z only); anything else is no colour. */
QString colourKey(const QString &colour)
{
    const bool plain = !colour.isEmpty() && colour.size() <= 16
                       && std::all_of(colour.begin(), colour.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    return plain ? colour : QString();
}

/** The notes the room may read, newest first, within the wall's limits (networklimits.h). */
QJsonObject wallJson(const RoomView &room)
{
    QJsonArray revealed;
    qint64 bytes = 0;
    for (const RoomViewNote &note : room.revealedNotes) {
        if (revealed.size() >= netlimits::wallNotes)
            break;
        QString text = note.text;
        if (text.size() > netlimits::wallNoteCharacters) {
            qsizetype cut = netlimits::wallNoteCharacters;
            if (text.at(cut - 1).isHighSurrogate())
                --cut; // never half a character
            text = text.left(cut) + u'…';
        }
        bytes += text.toUtf8().size();
        if (bytes > netlimits::wallBytes)
            break;
        revealed.append(
            QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("colour"), colourKey(note.colour)}});
    }
    return QJsonObject{{QStringLiteral("count"), room.visibleNotes},
                       {QStringLiteral("faceDown"), room.faceDownNotes},
                       {QStringLiteral("revealed"), revealed}};
}

} // namespace

QByteArray roomJson(const RoomView &room)
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
    const QJsonObject object{
        {QStringLiteral("event"), QJsonObject{{QStringLiteral("title"), room.eventTitle}}},
        {QStringLiteral("round"), room.roundOpen ? QJsonValue(round) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("votingClosed"), !room.roundOpen && room.roundClosed},
        {QStringLiteral("phase"), room.phase},
        {QStringLiteral("wall"), wallJson(room)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue timerJson(const RoomViewTimer &timer, const QDateTime &now)
{
    if (!timer.set)
        return QJsonValue(QJsonValue::Null);
    const qint64 remaining = timer.running ? now.msecsTo(timer.endsAt) : timer.remainingMs;
    return QJsonObject{{QStringLiteral("running"), timer.running},
                       {QStringLiteral("remainingMs"), std::max<qint64>(0, remaining)}};
}

QByteArray stateJson(qint64 version, const QByteArray &roomJson, const QJsonValue &timer, const DeviceView &device)
{
    QJsonArray ballot;
    for (const QUuid &theme : device.ballot)
        ballot.append(uuidText(theme));
    QJsonArray notes;
    for (const DeviceView::SentNote &note : device.notes) {
        notes.append(QJsonObject{{QStringLiteral("id"), note.submissionId},
                                 {QStringLiteral("text"), note.text},
                                 {QStringLiteral("status"), note.status}});
    }
    const QJsonObject own{{QStringLiteral("v"), version},
                          {QStringLiteral("timer"), timer},
                          {QStringLiteral("ballot"), ballot},
                          {QStringLiteral("notes"), notes}};
    const QByteArray ownJson = QJsonDocument(own).toJson(QJsonDocument::Compact);
    // The room's part is written once per publish, not once per phone: "{room…}" and
    // "{own…}", both from QJsonDocument, become "{room…,own…}".
    if (!roomJson.startsWith('{') || !roomJson.endsWith('}') || roomJson.size() <= 2)
        return ownJson;
    return roomJson.chopped(1) + ',' + ownJson.mid(1);
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
        || a.capPerTheme != b.capPerTheme || a.themes.size() != b.themes.size() || a.phase != b.phase
        || a.timer != b.timer || a.visibleNotes != b.visibleNotes || a.faceDownNotes != b.faceDownNotes
        || a.revealedNotes != b.revealedNotes)
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
