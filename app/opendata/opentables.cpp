#include "opentables.h"

// The field dictionaries below read as tables, one field per line: kept as written.
// clang-format off
namespace cabildo {

namespace {

QString id(qint64 value)
{
    return value ? QString::number(value) : QString();
}

QString guid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

OpenTable sessionsTable(const PublicData &data, bool withNames)
{
    OpenTable table{QStringLiteral("sessions"), QStringLiteral("Sessions"), QStringLiteral("Sessions"), {},
                    QStringLiteral("session_id"), {}, {}};
    table.fields = {
        {QStringLiteral("session_id"), QStringLiteral("integer"), {}, true, true, QStringLiteral("Session number in this bundle."), QStringLiteral("Num\u00e9ro de la session dans ce jeu de donn\u00e9es.")},
        {QStringLiteral("guid"), QStringLiteral("string"), QStringLiteral("uuid"), true, true, QStringLiteral("Lasting identifier (UUID), the same in every format and export."), QStringLiteral("Identifiant durable (UUID), le m\u00eame dans chaque format et chaque export.")},
        {QStringLiteral("title"), QStringLiteral("string"), {}, true, false, QStringLiteral("Title of the session."), QStringLiteral("Titre de la session.")},
        {QStringLiteral("theme_id"), QStringLiteral("integer"), {}, false, false, QStringLiteral("Theme the session comes from (themes.theme_id); empty when added by hand."), QStringLiteral("Th\u00e8me d'o\u00f9 vient la session (themes.theme_id) ; vide si ajout\u00e9e \u00e0 la main.")},
        {QStringLiteral("room_id"), QStringLiteral("integer"), {}, false, false, QStringLiteral("Room (rooms.room_id); empty when not scheduled."), QStringLiteral("Salle (rooms.room_id) ; vide si non programm\u00e9e.")},
        {QStringLiteral("slot_id"), QStringLiteral("integer"), {}, false, false, QStringLiteral("Time slot (slots.slot_id); empty when not scheduled."), QStringLiteral("Cr\u00e9neau (slots.slot_id) ; vide si non programm\u00e9e.")},
        {QStringLiteral("start_utc"), QStringLiteral("datetime"), {}, false, false, QStringLiteral("Start, UTC."), QStringLiteral("D\u00e9but, en UTC.")},
        {QStringLiteral("end_utc"), QStringLiteral("datetime"), {}, false, false, QStringLiteral("End, UTC."), QStringLiteral("Fin, en UTC.")},
        {QStringLiteral("local_date"), QStringLiteral("date"), {}, false, false, QStringLiteral("Day, in the event's time zone."), QStringLiteral("Jour, dans le fuseau horaire de l'\u00e9v\u00e9nement.")},
        {QStringLiteral("local_start"), QStringLiteral("time"), {}, false, false, QStringLiteral("Start time, in the event's time zone."), QStringLiteral("Heure de d\u00e9but, dans le fuseau horaire de l'\u00e9v\u00e9nement.")},
        {QStringLiteral("duration_min"), QStringLiteral("integer"), {}, false, false, QStringLiteral("Length in minutes."), QStringLiteral("Dur\u00e9e en minutes.")},
        {QStringLiteral("votes"), QStringLiteral("integer"), {}, true, false, QStringLiteral("Votes for its theme: ballots plus paper tallies, all rounds."), QStringLiteral("Votes pour son th\u00e8me : bulletins et d\u00e9comptes papier, tous tours confondus.")},
    };
    if (withNames)
        table.fields.append({QStringLiteral("host_name"), QStringLiteral("string"), {}, false, false, QStringLiteral("Who hosts it, only when they consented to its publication."), QStringLiteral("Qui l'anime, seulement s'il a consenti \u00e0 sa publication.")});
    table.foreignKeys = {{QStringLiteral("theme_id"), QStringLiteral("themes"), QStringLiteral("theme_id")},
                         {QStringLiteral("room_id"), QStringLiteral("rooms"), QStringLiteral("room_id")},
                         {QStringLiteral("slot_id"), QStringLiteral("slots"), QStringLiteral("slot_id")}};
    for (const PublicData::Session &session : data.sessions) {
        const PublicData::Slot *slot = session.scheduled() ? data.slot(session.slotId) : nullptr;
        table.rows.append({QString::number(session.id), guid(session.guid), session.title, id(session.themeId),
                           id(session.roomId), id(session.slotId), slot ? utcText(slot->start) : QString(),
                           slot ? utcText(slot->end) : QString(),
                           slot ? slot->start.date().toString(Qt::ISODate) : QString(),
                           slot ? slot->start.time().toString(QStringLiteral("HH:mm:ss")) : QString(),
                           slot ? QString::number(slot->start.secsTo(slot->end) / 60) : QString(),
                           QString::number(session.votes)});
        if (withNames)
            table.rows.last().append(session.hostName);
    }
    return table;
}

OpenTable roomsTable(const PublicData &data)
{
    OpenTable table{QStringLiteral("rooms"), QStringLiteral("Rooms"), QStringLiteral("Salles"), {},
                    QStringLiteral("room_id"), {}, {}};
    table.fields = {
        {QStringLiteral("room_id"), QStringLiteral("integer"), {}, true, true, QStringLiteral("Room number in this bundle."), QStringLiteral("Num\u00e9ro de la salle dans ce jeu de donn\u00e9es.")},
        {QStringLiteral("guid"), QStringLiteral("string"), QStringLiteral("uuid"), true, true, QStringLiteral("Lasting identifier (UUID)."), QStringLiteral("Identifiant durable (UUID).")},
        {QStringLiteral("name"), QStringLiteral("string"), {}, true, false, QStringLiteral("Name of the room."), QStringLiteral("Nom de la salle.")},
        {QStringLiteral("capacity"), QStringLiteral("integer"), {}, false, false, QStringLiteral("Seats; empty when unknown."), QStringLiteral("Places assises ; vide si inconnu.")},
    };
    for (const PublicData::Room &room : data.rooms)
        table.rows.append({QString::number(room.id), guid(room.guid), room.name,
                           room.capacity > 0 ? QString::number(room.capacity) : QString()});
    return table;
}

OpenTable slotsTable(const PublicData &data)
{
    OpenTable table{QStringLiteral("slots"), QStringLiteral("Time slots"), QStringLiteral("Cr\u00e9neaux"), {},
                    QStringLiteral("slot_id"), {}, {}};
    table.fields = {
        {QStringLiteral("slot_id"), QStringLiteral("integer"), {}, true, true, QStringLiteral("Slot number in this bundle."), QStringLiteral("Num\u00e9ro du cr\u00e9neau dans ce jeu de donn\u00e9es.")},
        {QStringLiteral("kind"), QStringLiteral("string"), {}, true, false, QStringLiteral("sessions (parallel sessions), break, or plenary (everyone together)."), QStringLiteral("sessions (sessions parall\u00e8les), break (pause) ou plenary (pl\u00e9ni\u00e8re).")},
        {QStringLiteral("start_utc"), QStringLiteral("datetime"), {}, true, false, QStringLiteral("Start, UTC."), QStringLiteral("D\u00e9but, en UTC.")},
        {QStringLiteral("end_utc"), QStringLiteral("datetime"), {}, true, false, QStringLiteral("End, UTC."), QStringLiteral("Fin, en UTC.")},
    };
    for (const PublicData::Slot &slot : data.timeSlots)
        table.rows.append({QString::number(slot.id), slotKindKey(slot.kind), utcText(slot.start), utcText(slot.end)});
    return table;
}

OpenTable themesTable(const PublicData &data)
{
    OpenTable table{QStringLiteral("themes"), QStringLiteral("Themes"), QStringLiteral("Th\u00e8mes"), {},
                    QStringLiteral("theme_id"), {}, {}};
    table.fields = {
        {QStringLiteral("theme_id"), QStringLiteral("integer"), {}, true, true, QStringLiteral("Theme number in this bundle."), QStringLiteral("Num\u00e9ro du th\u00e8me dans ce jeu de donn\u00e9es.")},
        {QStringLiteral("title"), QStringLiteral("string"), {}, true, false, QStringLiteral("Name of the theme (a group of participants' notes)."), QStringLiteral("Nom du th\u00e8me (un groupe de notes des participants).")},
        {QStringLiteral("note_count"), QStringLiteral("integer"), {}, true, false, QStringLiteral("Notes in the theme."), QStringLiteral("Notes dans le th\u00e8me.")},
        {QStringLiteral("votes"), QStringLiteral("integer"), {}, true, false, QStringLiteral("Ballots naming it plus paper tallies, all rounds."), QStringLiteral("Bulletins qui le nomment et d\u00e9comptes papier, tous tours confondus.")},
        {QStringLiteral("rank"), QStringLiteral("integer"), {}, false, false, QStringLiteral("1 = most votes, ties share a rank; empty without votes."), QStringLiteral("1 = le plus de votes, ex aequo au m\u00eame rang ; vide sans vote.")},
    };
    for (const PublicData::Theme &theme : data.themes)
        table.rows.append({QString::number(theme.id), theme.title, QString::number(theme.noteCount),
                           QString::number(theme.votes), id(theme.rank)});
    return table;
}

OpenTable notesTable(const PublicData &data, bool withNames)
{
    OpenTable table{QStringLiteral("notes"), QStringLiteral("Notes"), QStringLiteral("Notes"), {},
                    QStringLiteral("note_id"), {}, {}};
    table.fields = {
        {QStringLiteral("note_id"), QStringLiteral("integer"), {}, true, true, QStringLiteral("Note number in this bundle."), QStringLiteral("Num\u00e9ro de la note dans ce jeu de donn\u00e9es.")},
        {QStringLiteral("theme_id"), QStringLiteral("integer"), {}, false, false, QStringLiteral("Theme (themes.theme_id); empty when in none."), QStringLiteral("Th\u00e8me (themes.theme_id) ; vide si aucun.")},
        {QStringLiteral("language"), QStringLiteral("string"), {}, false, false, QStringLiteral("Language (BCP 47): the one the participant or the imported file gave, else the one Cabildo detected from the text; empty when unknown."), QStringLiteral("Langue (BCP 47) : celle qu'ont indiqu\u00e9e le participant ou le fichier import\u00e9, sinon celle que Cabildo a d\u00e9tect\u00e9e dans le texte ; vide si inconnue.")},
        {QStringLiteral("language_source"), QStringLiteral("string"), {}, false, false, QStringLiteral("Where the language comes from: given (by the participant or the imported file) or detected (by Cabildo, from the text); empty when the language is unknown."), QStringLiteral("Origine de la langue : given (indiqu\u00e9e par le participant ou le fichier import\u00e9) ou detected (d\u00e9tect\u00e9e par Cabildo dans le texte) ; vide si la langue est inconnue.")},
        {QStringLiteral("text"), QStringLiteral("string"), {}, true, false, QStringLiteral("What the participant wrote; e-mail addresses and phone numbers replaced by [e-mail] and [phone]."), QStringLiteral("Ce que le participant a \u00e9crit ; adresses \u00e9lectroniques et num\u00e9ros de t\u00e9l\u00e9phone remplac\u00e9s par [e-mail] et [phone].")},
    };
    if (withNames)
        table.fields.append({QStringLiteral("author_name"), QStringLiteral("string"), {}, false, false, QStringLiteral("The author's name, only when they consented to its publication."), QStringLiteral("Nom de l'auteur, seulement s'il a consenti \u00e0 sa publication.")});
    table.foreignKeys = {{QStringLiteral("theme_id"), QStringLiteral("themes"), QStringLiteral("theme_id")}};
    for (const PublicData::Note &note : data.notes) {
        QStringList row{QString::number(note.id), id(note.themeId), note.language, note.languageSource, note.text};
        if (withNames)
            row.append(note.authorName);
        table.rows.append(row);
    }
    return table;
}

} // namespace

QStringList OpenTable::header() const
{
    QStringList names;
    for (const OpenField &field : fields)
        names.append(field.name);
    return names;
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QList<OpenTable> openTables(const PublicData &data, bool withNotes, bool withNames)
{
    QList<OpenTable> tables{sessionsTable(data, withNames), roomsTable(data), slotsTable(data), themesTable(data)};
    if (withNotes)
        tables.append(notesTable(data, withNames));
    return tables;
}

} // namespace cabildo
// clang-format on
