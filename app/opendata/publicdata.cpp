#include "publicdata.h"

#include "privacy.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cabildo {

namespace {

template <typename T> const T *findById(const QList<T> &items, qint64 id)
{
    auto found = std::find_if(items.cbegin(), items.cend(), [id](const T &item) { return item.id == id; });
    return found == items.cend() ? nullptr : &*found;
}

/** Ballots and paper tallies per theme UUID, summed over every round. */
QHash<QUuid, int> votesByTheme(const VoteChange &votes)
{
    QHash<QUuid, int> result;
    for (const Ballot &ballot : votes.ballots)
        for (const QUuid &theme : ballot.themes)
            ++result[theme];
    for (const Tally &tally : votes.tallies)
        result[tally.theme] += tally.count;
    return result;
}

} // namespace

PublicData PublicData::from(const EventContent &content, const ExportOptions &options)
{
    PublicData data;
    data.zone = QTimeZone(content.event.timeZone.toUtf8());
    if (!data.zone.isValid())
        data.zone = QTimeZone::utc();
    // Every free text that reaches the bundle is masked here, and only here: the writers
    // see nothing else. (Titles, labels and names are typed by people, who write
    // "Room 2 — call 555 123 4567" as readily as a note.)
    PrivacyMask mask;
    data.event = content.event;
    data.event.title = mask.apply(content.event.title);
    // An acronym is letters and digits: a phone number there cannot be masked in place.
    if (mask.apply(content.event.acronym) != content.event.acronym)
        data.event.acronym = QStringLiteral("event");

    for (const cabildo::Room &room : content.agenda.rooms)
        data.rooms.append({room.id, room.uuid, mask.apply(room.name), room.capacity});
    std::stable_sort(data.rooms.begin(), data.rooms.end(), [&](const Room &a, const Room &b) {
        return findById(content.agenda.rooms, a.id)->position < findById(content.agenda.rooms, b.id)->position;
    });
    // Schedule apps key rooms by name (c3voc JSON even maps name → events): two rooms of one
    // name, which an imported event may have, would merge. The later ones get "(2)", "(3)".
    QSet<QString> roomNames;
    for (Room &room : data.rooms) {
        const QString base = room.name;
        for (int n = 2; roomNames.contains(room.name.toCaseFolded()); ++n)
            room.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        roomNames.insert(room.name.toCaseFolded());
    }

    for (const TimeSlot &slot : content.agenda.timeSlots) {
        Slot out{slot.id,
                 slot.uuid,
                 slot.kind,
                 mask.apply(slot.label),
                 QDateTime(slot.day, slot.start, data.zone),
                 QDateTime(slot.day, slot.end, data.zone)};
        if (out.end <= out.start) // 23:30–00:30: the session ends the next day
            out.end = QDateTime(slot.day.addDays(1), slot.end, data.zone);
        data.timeSlots.append(out);
    }
    std::stable_sort(data.timeSlots.begin(), data.timeSlots.end(), [](const Slot &a, const Slot &b) {
        return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
    });

    const QHash<QUuid, int> votes = votesByTheme(content.votes);
    QHash<qint64, int> notesPerTheme;
    // Only what the room may see: a note waiting for approval or hidden by the facilitator is
    // in no list and no count of the bundle.
    for (const cabildo::Note &note : content.notes)
        if (note.themeId && note.isVisible())
            ++notesPerTheme[note.themeId];
    QHash<QUuid, qint64> themeIdByUuid;
    for (const cabildo::Theme &theme : content.themes) {
        themeIdByUuid.insert(theme.uuid, theme.id);
        data.themes.append(
            {theme.id, theme.uuid, mask.apply(theme.title), notesPerTheme.value(theme.id), votes.value(theme.uuid), 0});
    }
    for (Theme &theme : data.themes) // competition ranking: 1, 2, 2, 4
        if (theme.votes > 0)
            theme.rank = 1 + int(std::count_if(data.themes.cbegin(), data.themes.cend(), [&](const Theme &other) {
                             return other.votes > theme.votes;
                         }));

    QHash<qint64, Placement> placements;
    for (const Placement &placement : content.agenda.placements)
        placements.insert(placement.sessionId, placement);
    for (const cabildo::Session &session : content.agenda.sessions) {
        const Placement placement = placements.value(session.id);
        const bool named = options.includeConsentedNames && session.hostNamed && !session.host.trimmed().isEmpty();
        data.sessions.append({session.id, session.uuid, mask.apply(session.title), mask.apply(session.description),
                              session.language, themeIdByUuid.value(session.theme), placement.roomId, placement.slotId,
                              session.theme.isNull() ? 0 : votes.value(session.theme),
                              named ? mask.apply(session.host.trimmed()) : QString()});
    }
    auto order = [&](const Session &s) {
        const int slotIndex = int(std::find_if(data.timeSlots.cbegin(), data.timeSlots.cend(),
                                               [&](const Slot &slot) { return slot.id == s.slotId; })
                                  - data.timeSlots.cbegin());
        const int roomIndex = int(
            std::find_if(data.rooms.cbegin(), data.rooms.cend(), [&](const Room &room) { return room.id == s.roomId; })
            - data.rooms.cbegin());
        return std::make_tuple(!s.scheduled(), slotIndex, roomIndex, s.id);
    };
    std::stable_sort(data.sessions.begin(), data.sessions.end(),
                     [&](const Session &a, const Session &b) { return order(a) < order(b); });

    if (options.includeNotes)
        for (const cabildo::Note &note : content.notes) {
            // A note from a photo is published once a person has read it: OCR's proposal may
            // misread the handwriting (issue 15). Its picture is never in the bundle at all.
            if (!note.isVisible() || !note.textChecked)
                continue;
            const bool named =
                options.includeConsentedNames && note.author.showNameInResults && !note.author.name.trimmed().isEmpty();
            // The language the participant or the imported file gave, else the one the
            // grouping detected from the text; language_source says which.
            const QString given = note.language.trimmed();
            const QString detected = note.analysisLanguage == QLatin1String("und") ? QString() : note.analysisLanguage;
            const QString source = !given.isEmpty()      ? QStringLiteral("given")
                                   : !detected.isEmpty() ? QStringLiteral("detected")
                                                         : QString();
            data.notes.append({note.id, note.themeId, given.isEmpty() ? detected : given, source, mask.apply(note.text),
                               named ? mask.apply(note.author.name.trimmed()) : QString()});
        }
    data.maskedEmails = mask.emails();
    data.maskedPhones = mask.phones();
    return data;
}

const PublicData::Room *PublicData::room(qint64 id) const
{
    return findById(rooms, id);
}
const PublicData::Slot *PublicData::slot(qint64 id) const
{
    return findById(timeSlots, id);
}
const PublicData::Theme *PublicData::theme(qint64 id) const
{
    return findById(themes, id);
}

QList<QDate> PublicData::days() const
{
    QList<QDate> result;
    for (const Slot &slot : timeSlots)
        if (!result.contains(slot.start.date()))
            result.append(slot.start.date());
    return result;
}

int PublicData::scheduledCount() const
{
    return int(std::count_if(sessions.cbegin(), sessions.cend(), [](const Session &s) { return s.scheduled(); }));
}

} // namespace cabildo
