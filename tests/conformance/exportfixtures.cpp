#include "exportfixtures.h"

namespace cabildo::test {

namespace {

/** Fixed UUIDs, so two runs build the same event and the bundles can be compared. */
QUuid uuid(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

EventInfo info(const QString &title, const QString &acronym, const QString &zone)
{
    return {uuid(1), uuid(2), title, acronym, zone, QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC)};
}

TimeSlot slot(qint64 id, QDate day, QTime start, QTime end, SlotKind kind = SlotKind::Sessions,
              const QString &label = {})
{
    return {id, uuid(300 + int(id)), day, start, end, kind, label};
}

Session session(qint64 id, const QString &title, const QUuid &theme = {})
{
    Session s;
    s.id = id;
    s.uuid = uuid(400 + int(id));
    s.title = title;
    s.theme = theme;
    return s;
}

Theme theme(qint64 id, const QString &title)
{
    return {id,
            uuid(200 + int(id)),
            title,
            QStringLiteral("yellow"),
            false,
            {},
            QDateTime(QDate(2026, 10, 1), QTime(12, int(id)), Qt::UTC)};
}

Note note(qint64 id, const QString &text, qint64 themeId, const QString &language = {})
{
    Note n;
    n.id = id;
    n.uuid = uuid(500 + int(id));
    n.text = text;
    n.language = language;
    n.colour = QStringLiteral("yellow");
    n.pos = QPointF(id * 220.0, 0);
    n.themeId = themeId;
    n.createdAt = QDateTime(QDate(2026, 10, 1), QTime(13, int(id)), Qt::UTC);
    return n;
}

} // namespace

EventContent richEvent()
{
    EventContent content;
    content.event = info(QStringLiteral("Cabildo Abierto 2026 \u2014 Participaci\u00f3n & Datos"),
                         QStringLiteral("cabildo2026"), QStringLiteral("America/New_York"));
    const QDate saturday(2026, 10, 31), sunday(2026, 11, 1); // clocks go back on Sunday at 02:00
    content.agenda.rooms = {
        {1, uuid(101), QStringLiteral("Salle \u00c9mile-Zola \U0001F30D"), 40, true, {}, 0},
        {2, uuid(102), QStringLiteral("Room \"B\", east"), 20, false, {}, 1},
        {3, uuid(103), QStringLiteral("Empty room"), 0, false, {}, 2},
        {4,
         uuid(104),
         QStringLiteral("\u0642\u0627\u0639\u0629 \u0627\u0644\u0645\u0624\u062a\u0645\u0631\u0627\u062a"),
         30,
         false,
         {},
         3},
    };
    content.agenda.timeSlots = {
        slot(1, saturday, QTime(9, 0), QTime(9, 30), SlotKind::Plenary, QStringLiteral("Opening")),
        slot(2, saturday, QTime(9, 30), QTime(10, 30)),
        slot(3, saturday, QTime(10, 30), QTime(11, 0), SlotKind::Break, QStringLiteral("Coffee \u2615")),
        slot(4, saturday, QTime(11, 0), QTime(12, 0)),
        slot(5, saturday, QTime(23, 30), QTime(0, 30)), // crosses local midnight: 03:30–04:30 UTC on Sunday
        slot(6, sunday, QTime(9, 0), QTime(10, 0)),
        slot(7, sunday, QTime(12, 0), QTime(13, 0), SlotKind::Break, QStringLiteral("Lunch")),
        slot(8, sunday, QTime(13, 0), QTime(14, 0)),
    };
    content.themes = {
        theme(1, QStringLiteral("Participaci\u00f3n ciudadana")),
        theme(2, QStringLiteral("Donn\u00e9es ouvertes \U0001F680")),
        theme(3, QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")")),
        theme(4, QStringLiteral("Quotes \"here\", commas, <tags> & more\nsecond line")),
        theme(5,
              QStringLiteral(
                  "\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u0645\u0641\u062a\u0648\u062d\u0629")),
        theme(6, QStringLiteral("+1 open science")),
        theme(7, QStringLiteral("@everyone impact")),
    };
    content.notes = {
        note(1, QStringLiteral("M\u00e1s participaci\u00f3n, escr\u00edbanme a ana.perez@example.org"), 1,
             QStringLiteral("es")),
        note(2, QStringLiteral("Dados abertos j\u00e1! Ligue +55 11 91234-5678"), 2, QStringLiteral("pt-BR")),
        note(3, QStringLiteral("=1+1"), 3),
        note(4, QStringLiteral("Line one\nline \"two\", with a comma"), 4, QStringLiteral("en")),
        note(5, QStringLiteral("\u0627\u0644\u0634\u0641\u0627\u0641\u064a\u0629"), 5, QStringLiteral("ar")),
        note(6, QStringLiteral("Call 202 555 0143 about the 2026-10-31 session"), 6, QStringLiteral("en")),
        note(7, QStringLiteral("Nobody's theme \U0001F914"), 0),
    };
    // Languages: given ones published as given, even where detection guessed otherwise;
    // note 7's only detected; note 3's ("=1+1") unknown.
    content.notes[0].analysisLanguage = QStringLiteral("pt");
    content.notes[6].analysisLanguage = QStringLiteral("en");
    content.notes[0].author = {QStringLiteral("Ana P\u00e9rez"), QStringLiteral("Red Ciudadana"), QStringLiteral("UY"),
                               Sector::CivilSociety, true};
    content.notes[1].author = {QStringLiteral("Jo\u00e3o Silva"), QStringLiteral("Secret Org"), QStringLiteral("BR"),
                               Sector::Government, false};
    content.agenda.sessions = {
        session(1, QStringLiteral("Participaci\u00f3n ciudadana"), uuid(201)),
        session(2, QStringLiteral("Donn\u00e9es ouvertes \U0001F680"), uuid(202)),
        session(3, QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"), uuid(203)),
        session(4, QStringLiteral("Quotes \"here\", commas, <tags> & more\nsecond line"), uuid(204)),
        session(
            5,
            QStringLiteral(
                "\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u0645\u0641\u062a\u0648\u062d\u0629"),
            uuid(205)),
        session(6, QStringLiteral("Open science at night"), uuid(206)),
        session(7, QStringLiteral("Impact measurement"), uuid(207)),
        session(8, QStringLiteral("Unscheduled idea")),
    };
    content.agenda.sessions[6].description = QStringLiteral(
        "Bring data; ask bob@example.com. How do we know that participation changed a decision? "
        "\u00bfC\u00f3mo sabemos si la participaci\u00f3n cambi\u00f3 una decisi\u00f3n? \U0001F4CA\u00e9\u00e8\u00ea");
    content.agenda.sessions[6].language = QStringLiteral("en");
    // Hosts: Ana (also a consenting author) and Kim agreed to be named; João did not.
    content.agenda.sessions[6].host = QStringLiteral("Ana P\u00e9rez");
    content.agenda.sessions[6].hostNamed = true;
    content.agenda.sessions[5].host = QStringLiteral("Kim Lee");
    content.agenda.sessions[5].hostNamed = true;
    content.agenda.sessions[0].host = QStringLiteral("Jo\u00e3o Silva");
    content.agenda.placements = {
        {1, 2, 1, false}, {2, 2, 2, false}, {3, 4, 1, false}, {4, 4, 2, true},
        {5, 4, 4, false}, {6, 5, 1, false}, {7, 6, 2, false},
    };
    content.votes.rounds = {{1, uuid(601), QStringLiteral("Day 1"), 3, 0, RoundState::Closed, false,
                             QDateTime(QDate(2026, 10, 31), QTime(14, 0), Qt::UTC)}};
    auto ballot = [](qint64 id, QList<QUuid> themes) {
        std::sort(themes.begin(), themes.end());
        return Ballot{
            id,          uuid(700 + int(id)), 1, themes, QDateTime(QDate(2026, 10, 31), QTime(15, int(id)), Qt::UTC),
            QByteArray()};
    };
    content.votes.ballots = {ballot(1, {uuid(201), uuid(202)}), ballot(2, {uuid(201), uuid(204)}),
                             ballot(3, {uuid(206)})};
    content.votes.tallies = {{1, uuid(202), 5}};
    return content;
}

EventContent bareEvent()
{
    EventContent content;
    content.event = info(QStringLiteral("Empty event"), QStringLiteral("emptyevent"), QStringLiteral("Europe/Paris"));
    return content;
}

EventContent agendaWithoutVotes()
{
    EventContent content;
    content.event = info(QStringLiteral("Agenda only"), QStringLiteral("agendaonly"), QStringLiteral("UTC"));
    content.agenda.rooms = {{1, uuid(101), QStringLiteral("Main hall"), 100, true, {}, 0}};
    content.agenda.timeSlots = {slot(1, QDate(2026, 3, 2), QTime(10, 0), QTime(11, 0))};
    content.agenda.sessions = {session(1, QStringLiteral("Welcome"))};
    content.agenda.placements = {{1, 1, 1, false}};
    return content;
}

EventContent midnightEvent()
{
    EventContent content = agendaWithoutVotes();
    content.event = info(QStringLiteral("Night owls"), QStringLiteral("nightowls"), QStringLiteral("Europe/Berlin"));
    content.agenda.timeSlots = {slot(1, QDate(2026, 3, 28), QTime(23, 30), QTime(0, 30))}; // DST starts 03-29
    return content;
}

EventContent manyRoomsEvent()
{
    EventContent content;
    content.event =
        info(QStringLiteral("Gran encuentro"), QStringLiteral("granencuentro"), QStringLiteral("America/Montevideo"));
    // Three days of four slots: with the rooms in three tables a day, more than one page.
    for (int d = 0; d < 3; ++d)
        for (int s = 0; s < 4; ++s)
            content.agenda.timeSlots.append(
                slot(1 + d * 4 + s, QDate(2026, 11, 2).addDays(d), QTime(10 + 2 * s, 0), QTime(11 + 2 * s, 30)));
    for (int r = 1; r <= 12; ++r) {
        // The last two share a name but for case, as an imported event may: schedule apps key rooms by name.
        content.agenda.rooms.append({r,
                                     uuid(100 + r),
                                     r == 12 ? QStringLiteral("sala 11") : QStringLiteral("Sala %1").arg(r),
                                     30,
                                     false,
                                     {},
                                     r});
        content.agenda.sessions.append(
            session(r, QStringLiteral("Interoperabilidad presupuestaria %1").arg(r, 2, 10, QLatin1Char('0'))));
        content.agenda.placements.append({r, 1, r, false});
    }
    return content;
}

} // namespace cabildo::test
