// Restore points (issue 14): a copy of the whole event kept inside its file before every
// bulk action and on demand. Restoring one puts the event back (after keeping a point of the
// present, so restoring that one undoes it) and keeps what participants sent since; points
// survive a reopen, automatic ones are pruned to at least 20 within twice the event's size,
// a read-only event refuses them, and no backup or export carries them.
#include "document/eventdocument.h"
#include "formats/eventjson.h"
#include "realsizeevent.h"
#include "sqlitepeek.h"
#include "storage/restorerecords.h"
#include "testevent.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

using Origin = EventDocument::Origin;

std::unique_ptr<EventDocument> reopen(const QString &path, bool readOnly = false)
{
    FileCheck check;
    auto document = EventDocument::open(path, readOnly, &check);
    if (!document)
        qWarning("%s", qPrintable(check.message));
    return document;
}

/** Where two events differ, in words; empty when they hold the same (the live room aside). */
QString differences(const EventContent &actual, const EventContent &expected)
{
    QStringList found;
    auto check = [&found](bool same, const char *what) {
        if (!same)
            found.append(QLatin1String(what));
    };
    check(actual.event == expected.event, "event");
    check(actual.notes == expected.notes, "notes");
    check(actual.themes == expected.themes, "themes");
    check(actual.agenda.rooms == expected.agenda.rooms, "rooms");
    check(actual.agenda.timeSlots == expected.agenda.timeSlots, "slots");
    check(actual.agenda.sessions == expected.agenda.sessions, "sessions");
    check(actual.agenda.placements == expected.agenda.placements, "placements");
    check(actual.votes.rounds == expected.votes.rounds, "rounds");
    check(actual.votes.ballots == expected.votes.ballots, "ballots");
    check(actual.votes.tallies == expected.votes.tallies, "tallies");
    return found.join(QStringLiteral(", "));
}

qint64 themeNamed(const EventDocument &document, const QString &title)
{
    for (qint64 id : document.themeIds())
        if (document.theme(id)->title == title)
            return id;
    return 0;
}

const Note *noteWithText(const EventDocument &document, const QString &text)
{
    for (qint64 id : document.noteIds())
        if (document.note(id)->text == text)
            return document.note(id);
    return nullptr;
}

const Note *noteWithUuid(const EventDocument &document, const QUuid &uuid)
{
    for (qint64 id : document.noteIds())
        if (document.note(id)->uuid == uuid)
            return document.note(id);
    return nullptr;
}

QList<Note> notes(const QStringList &texts, NoteSource source = NoteSource::Typed)
{
    QList<Note> made;
    for (const QString &text : texts)
        made.append(EventDocument::makeNote(text, source));
    return made;
}

/** A phone's note as the participation desk sends it. */
EventChange phoneNote(const QString &text, qint64 deviceId, const QString &submissionId)
{
    Note note = EventDocument::makeNote(text, NoteSource::Phone);
    note.deviceId = deviceId;
    EventChange change;
    change.notes.notes = {note};
    change.submissions = {Submission{submissionId, deviceId, note.uuid}};
    return change;
}

/**
 * An event with a bit of everything: six notes, two themes, the one-day template's rooms
 * and slots, sessions from the themes (one placed), a closed round with ballots and a tally.
 */
std::unique_ptr<EventDocument> fullEvent(TestFolder &folder)
{
    auto document = folder.newEvent();
    document->addNotes(
        notes({QStringLiteral("Open data portal"), QStringLiteral("Budget data"), QStringLiteral("Climate sensors"),
               QStringLiteral("Air quality"), QStringLiteral("Loose note"), QStringLiteral("Another loose note")}));
    const QList<qint64> ids = document->noteIds();
    document->createTheme(QStringLiteral("Data"), QStringLiteral("blue"), {ids.at(0), ids.at(1)});
    document->createTheme(QStringLiteral("Climate"), QStringLiteral("green"), {ids.at(2), ids.at(3)});
    document->applyUnconferenceTemplate(QDate(2026, 5, 4));
    document->createSessionsFromThemes();
    qint64 sessionSlot = 0;
    for (qint64 slot : document->slotIds())
        if (!sessionSlot && document->timeSlot(slot)->kind == SlotKind::Sessions)
            sessionSlot = slot;
    document->placeSession(document->sessionIds().constFirst(), sessionSlot, document->roomIds().constFirst());
    document->createRound(QStringLiteral("Day 1"), 2);
    const qint64 round = document->roundIds().constFirst();
    document->openRound(round);
    const qint64 data = themeNamed(*document, QStringLiteral("Data"));
    const qint64 climate = themeNamed(*document, QStringLiteral("Climate"));
    document->castBallot(round, {data, climate}, Origin::Participant);
    document->castBallot(round, {data}, Origin::Participant);
    document->closeRound(round);
    document->setTally(round, climate, 7);
    return document;
}

/**
 * A note's record as the versions before streamed encoding wrote it (a QCborArray through
 * QCborValue::toCbor): points taken since must share the records older points hold.
 */
QByteArray noteAsWrittenBefore(const Note &note)
{
    auto uuid = [](const QUuid &id) { return id.isNull() ? QCborValue(QCborValue::Null) : QCborValue(id.toRfc4122()); };
    const Author &author = note.author;
    QCborArray fields{note.id,
                      uuid(note.uuid),
                      note.text,
                      note.language,
                      note.colour,
                      note.pos.x(),
                      note.pos.y(),
                      note.ref,
                      note.tags,
                      author.name,
                      author.organisation,
                      author.country,
                      sectorKey(author.sector),
                      author.showNameInResults,
                      noteSourceKey(note.source),
                      note.createdAt.isValid() ? QCborValue(note.createdAt.toMSecsSinceEpoch())
                                               : QCborValue(QCborValue::Null),
                      note.themeId,
                      noteStateKey(note.state),
                      note.deviceId,
                      note.faceDown};
    if (!note.textChecked)
        fields.append(false);
    return QCborValue(fields).toCbor();
}

} // namespace

class TestRestorePoints : public QObject
{
    Q_OBJECT

private slots:
    /** Records are stored as qCompress would store them (points written before read the same), and come back whole. */
    void recordsPackedAsQCompressDoes()
    {
        QByteArray text;
        for (int i = 0; i < 200; ++i) {
            text += QByteArray::number(i * 7919 % 1000) + " Mais bibliotecas nos bairros, plus de bibliothèques. ";
            const QByteArray packed = restorerecords::pack(text);
            if (text.size() >= restorerecords::minimumCompressed) // long enough to be worth compressing
                QCOMPARE(packed, QByteArray(1, '\1') + qCompress(text, 9));
            else // a short note's record is stored as it is: zlib would save a few bytes, slowly
                QCOMPARE(packed, QByteArray(1, '\0') + text);
            QCOMPARE(restorerecords::unpack(packed), text);
        }
        const QByteArray tiny("\xa3\x01\x02\x03", 4); // a placement: compressing it only makes it longer
        QCOMPARE(restorerecords::pack(tiny), QByteArray(1, '\0') + tiny);
        QCOMPARE(restorerecords::unpack(restorerecords::pack(tiny)), tiny);
    }

    /** Notes and their language work are written as earlier versions wrote them, byte for byte. */
    void noteRecordsAsWrittenBefore()
    {
        QList<Note> notes;
        Note plain;
        plain.id = 7;
        plain.uuid = QUuid::createUuid();
        plain.text = QStringLiteral("Más bibliotecas en los barrios \u2014 \U0001F4DA");
        plain.language = QStringLiteral("es");
        plain.colour = QStringLiteral("yellow");
        plain.pos = QPointF(-12.5, 1e9 / 3);
        plain.createdAt = QDateTime::fromMSecsSinceEpoch(1764770000123, Qt::UTC);
        plain.analysisLanguage = QStringLiteral("es");
        plain.analysis = QStringLiteral("más biblioteca barrio | more library neighbourhood");
        notes.append(plain);
        Note full = plain;
        full.id = 1LL << 40;
        full.text = QString(300, QLatin1Char('x')) + QChar(0xD800); // long, and a lone surrogate
        full.ref = QStringLiteral("R-12");
        full.tags = QStringLiteral("a, b");
        full.author = {QStringLiteral("Ana"), QStringLiteral("Org"), QStringLiteral("PT"), Sector::CivilSociety, true};
        full.themeId = 3;
        full.deviceId = 9;
        full.faceDown = true;
        full.textChecked = false;
        full.state = NoteState::Pending;
        notes.append(full);
        Note bare; // no UUID, no time, nothing written
        bare.id = 1;
        notes.append(bare);

        EventContent content;
        content.notes = notes;
        const QList<restorerecords::Record> records = restorerecords::encode(content);
        QList<QByteArray> noteRecords, analysisRecords;
        for (const restorerecords::Record &record : records) {
            if (record.kind == restorerecords::Kind::Note)
                noteRecords.append(record.data);
            if (record.kind == restorerecords::Kind::NoteAnalysis)
                analysisRecords.append(record.data);
            QCOMPARE(record.hash, restorerecords::hashOf(record.data));
        }
        QCOMPARE(noteRecords.size(), notes.size());
        for (qsizetype i = 0; i < notes.size(); ++i)
            QCOMPARE(noteRecords.at(i), noteAsWrittenBefore(notes.at(i)));
        // Only the notes with language work have its record: uuid, language, analysis.
        QCOMPARE(analysisRecords.size(), 2);
        QCOMPARE(analysisRecords.at(0),
                 QCborValue(QCborArray{plain.uuid.toRfc4122(), plain.analysisLanguage, plain.analysis}).toCbor());
    }

    // Take a point, change everything, restore it: the event is as it was, announced to the
    // views, and the undo history is gone; restoring the point taken just before undoes it.
    void restoreAndRestoreBack()
    {
        TestFolder folder;
        auto document = fullEvent(folder);
        QVERIFY(document);
        QVERIFY(document->restorePoints().isEmpty());
        const EventContent before = document->content();
        QVERIFY(document->takeRestorePoint(QStringLiteral("  Before   the changes "), true));
        QCOMPARE(document->restorePoints().size(), 1);
        const RestorePoint point = document->restorePoints().constFirst();
        QCOMPARE(point.nextStep, QStringLiteral("Before the changes"));
        QVERIFY(point.onDemand);
        QCOMPARE(point.notes, 6);
        QCOMPARE(point.themes, 2);
        QCOMPARE(point.ballots, 2);
        QCOMPARE(point.sessions, 2);
        QVERIFY(qAbs(point.takenAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600); // sanity, not timing

        // Change a bit of everything.
        const QList<qint64> ids = document->noteIds();
        QVERIFY(document->editNoteText(ids.at(0), QStringLiteral("Open data portal, edited")));
        QVERIFY(document->removeNotes({ids.at(4)}));
        QVERIFY(document->addNotes(notes({QStringLiteral("Typed after the point")})));
        QVERIFY(document->dissolveTheme(themeNamed(*document, QStringLiteral("Climate"))));
        QVERIFY(document->createTheme(QStringLiteral("Loose"), QStringLiteral("pink"), {ids.at(5)}));
        Room room = *document->room(document->roomIds().constFirst());
        room.name = QStringLiteral("Renamed room");
        QVERIFY(document->updateRoom(room));
        QVERIFY(document->unplaceSession(document->sessionIds().constFirst()));
        QVERIFY(document->removeRound(document->roundIds().constFirst())); // takes a point of its own
        EventInfo info = document->event();
        info.title = QStringLiteral("Renamed event");
        QVERIFY(document->setEventInfo(info));
        QVERIFY(document->setPhase(Phase::Vote));
        QCOMPARE(document->restorePoints().size(), 2);
        const EventContent changed = document->content();
        QVERIFY(!differences(changed, before).isEmpty());
        QVERIFY(document->undoStack()->count() > 0);

        QSignalSpy notesAdded(document.get(), &EventDocument::notesAdded);
        QSignalSpy notesRemoved(document.get(), &EventDocument::notesRemoved);
        QSignalSpy notesChanged(document.get(), &EventDocument::notesChanged);
        QSignalSpy themesAdded(document.get(), &EventDocument::themesAdded);
        QSignalSpy themesRemoved(document.get(), &EventDocument::themesRemoved);
        QSignalSpy agenda(document.get(), &EventDocument::agendaChanged);
        QSignalSpy votes(document.get(), &EventDocument::votesChanged);
        QSignalSpy event(document.get(), &EventDocument::eventChanged);
        QSignalSpy points(document.get(), &EventDocument::restorePointsChanged);
        QVERIFY(document->restore(point.id));
        QCOMPARE(differences(document->content(), before), QString());
        QCOMPARE(document->roomState().phase, Phase::Vote); // the live room is not rolled back
        QCOMPARE(document->undoStack()->count(), 0);
        for (QSignalSpy *spy : {&notesAdded, &notesRemoved, &notesChanged, &themesAdded, &themesRemoved, &agenda,
                                &votes, &event, &points})
            QVERIFY(!spy->isEmpty());

        // The present was kept first, as an automatic point: restoring it undoes the restore.
        const QList<RestorePoint> after = document->restorePoints();
        QCOMPARE(after.size(), 3);
        QVERIFY(after.constFirst().nextStep.startsWith(QLatin1String("Restore the point of ")));
        QVERIFY(!after.constFirst().onDemand);
        QCOMPARE(after.constFirst().notes, 6);
        QVERIFY(document->restore(after.constFirst().id));
        QCOMPARE(differences(document->content(), changed), QString());

        // And once more back, read from the file after a reopen.
        QVERIFY(document->restore(point.id));
        document.reset();
        auto reopened = reopen(folder.path(QStringLiteral("test.cabildo")));
        QVERIFY(reopened);
        QCOMPARE(differences(reopened->content(), before), QString());
        QCOMPARE(reopened->restorePoints().size(), 5);
    }

    // Participants' work since the point stays: kiosk and phone notes written after it, and
    // ballots cast after it in rounds the point has (a phone's latest ballot in a round wins).
    void participantsWorkSinceThePointStays()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        document->addNotes(notes({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        const QList<qint64> ids = document->noteIds();
        document->createTheme(QStringLiteral("Theme A"), QStringLiteral("blue"), {ids.at(0)});
        document->createTheme(QStringLiteral("Theme B"), QStringLiteral("green"), {ids.at(1)});
        const qint64 a = themeNamed(*document, QStringLiteral("Theme A"));
        const qint64 b = themeNamed(*document, QStringLiteral("Theme B"));
        const QByteArray salt = document->participantSalt();
        qint64 device = 0;
        QVERIFY(document->registerDevice(
            QCryptographicHash::hash(QByteArray(salt + "phone"), QCryptographicHash::Sha256).toHex(),
            QStringLiteral("192.168.1.20"), &device));
        QVERIFY(document->applyExternalChange(phoneNote(QStringLiteral("Phone before"), device, QStringLiteral("s1"))));
        QVERIFY(document->createRound(QStringLiteral("Day 1"), 1));
        const qint64 day1 = document->roundIds().constFirst();
        QVERIFY(document->openRound(day1));
        QVERIFY(document->castBallot(day1, {a}, Origin::Participant, "phone-key"));
        QVERIFY(document->castBallot(day1, {a}, Origin::Participant));
        QVERIFY(document->takeRestorePoint(QStringLiteral("Before the break")));
        const qint64 point = document->restorePoints().constFirst().id;
        const QUuid phoneBefore = noteWithText(*document, QStringLiteral("Phone before"))->uuid;

        // After the point: participants write and vote, the facilitator works.
        QVERIFY(document->addNotes(notes({QStringLiteral("Kiosk after")}, NoteSource::Kiosk), Origin::Participant));
        QVERIFY(document->applyExternalChange(phoneNote(QStringLiteral("Phone after"), device, QStringLiteral("s2"))));
        QVERIFY(document->addNotes(notes({QStringLiteral("Typed after")})));
        QVERIFY(document->removeNotes({noteWithText(*document, QStringLiteral("Phone before"))->id}));
        // A participant's note the facilitator put in a theme made since: it stays, in no theme.
        QVERIFY(document->createTheme(QStringLiteral("New theme"), QStringLiteral("pink"),
                                      {noteWithText(*document, QStringLiteral("Kiosk after"))->id}));
        QVERIFY(document->castBallot(day1, {b}, Origin::Participant));              // the kiosk
        QVERIFY(document->castBallot(day1, {b}, Origin::Participant, "phone-key")); // the phone changes its mind
        QCOMPARE(document->ballots(day1).size(), 3);
        QVERIFY(document->closeRound(day1));
        QVERIFY(document->createRound(QStringLiteral("Day 2"), 1));
        const qint64 day2 = document->roundIds().constLast();
        QVERIFY(document->openRound(day2));
        QVERIFY(document->castBallot(day2, {a}, Origin::Participant)); // in a round the point does not have

        QVERIFY(document->restore(point));
        QVERIFY(noteWithText(*document, QStringLiteral("A")));
        QVERIFY(!noteWithText(*document, QStringLiteral("Typed after"))); // the facilitator's: rolled back
        const Note *kiosk = noteWithText(*document, QStringLiteral("Kiosk after"));
        QVERIFY(kiosk);
        QCOMPARE(kiosk->themeId, 0); // its theme came after the point
        QVERIFY(noteWithText(*document, QStringLiteral("Phone after")));
        QVERIFY(noteWithUuid(*document, phoneBefore)); // deleted after the point: back
        QCOMPARE(noteWithUuid(*document, phoneBefore)->deviceId, device);
        QCOMPARE(document->noteCount(), 6);
        QVERIFY(!themeNamed(*document, QStringLiteral("New theme")));

        QCOMPARE(document->roundIds(), QList<qint64>{day1});      // Day 2 and its ballot are gone
        QCOMPARE(document->round(day1)->state, RoundState::Open); // as it was at the point
        const QList<Ballot> ballots = document->ballots(day1);
        QCOMPARE(ballots.size(), 3); // the two of the point (the phone's replaced) and the kiosk's since
        int phone = 0;
        for (const Ballot &ballot : ballots)
            if (ballot.voterKey == "phone-key") {
                ++phone;
                QCOMPARE(ballot.themes, QList<QUuid>{document->theme(b)->uuid}); // its latest ballot
            }
        QCOMPARE(phone, 1);
        QCOMPARE(document->ballotVotes(day1, document->theme(b)->uuid), 2);
        QCOMPARE(document->ballotVotes(day1, document->theme(a)->uuid), 1);

        // The same event after a reopen, as stored.
        const EventContent restored = document->content();
        document.reset();
        auto reopened = reopen(folder.path(QStringLiteral("test.cabildo")));
        QCOMPARE(differences(reopened->content(), restored), QString());
    }

    // Points live in the file: they survive closing it. Row ids SQLite hands out again after
    // a reopen (a deleted note's id, now another note's) do not mix items up.
    void pointsSurviveReopenAndIdsGivenAgain()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = folder.newEvent();
        document->addNotes(notes({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
        const QUuid three = noteWithText(*document, QStringLiteral("three"))->uuid;
        const qint64 threeId = noteWithText(*document, QStringLiteral("three"))->id;
        QVERIFY(document->takeRestorePoint(QStringLiteral("Three notes")));
        QVERIFY(document->removeNotes({threeId}));
        const QList<RestorePoint> points = document->restorePoints();
        document.reset();

        document = reopen(path);
        QVERIFY(document);
        QCOMPARE(document->restorePoints(), points);
        QVERIFY(document->addNotes(notes({QStringLiteral("four")})));
        QCOMPARE(noteWithText(*document, QStringLiteral("four"))->id, threeId); // the id is given again
        QVERIFY(document->restore(points.constFirst().id));
        QCOMPARE(document->noteCount(), 3);
        QVERIFY(!noteWithText(*document, QStringLiteral("four")));
        const Note *back = noteWithUuid(*document, three);
        QVERIFY(back);
        QCOMPARE(back->text, QStringLiteral("three"));
        const EventContent restored = document->content();
        document.reset();
        document = reopen(path);
        QCOMPARE(differences(document->content(), restored), QString());
        QCOMPARE(noteWithUuid(*document, three)->text, QStringLiteral("three"));
        QCOMPARE(document->restorePoints().size(), 2);
        QCOMPARE(document->restorePoints().constLast(), points.constFirst());
    }

    // Automatic points: at least the newest 20 stay, older ones go once all of them take
    // more than twice the event's size; points taken on demand stay until deleted, and what
    // no point needs any more leaves the file.
    void pruningKeepsTwentyAutomaticAndThoseOnDemand()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = folder.newEvent();
        QStringList texts;
        for (int i = 0; i < 40; ++i)
            texts.append(QStringLiteral("Note %1 version 0").arg(i));
        document->addNotes(notes(texts));
        QVERIFY(document->takeRestorePoint(QStringLiteral("Kept by hand"), true));
        // Every note's text changes between two points: each point is a whole new copy.
        for (int version = 1; version <= 30; ++version) {
            for (qint64 id : document->noteIds()) {
                QString text = document->note(id)->text;
                text.replace(QRegularExpression(QStringLiteral("version \\d+")),
                             QStringLiteral("version %1").arg(version));
                QVERIFY(document->editNoteText(id, text));
            }
            QVERIFY(document->takeRestorePoint(QStringLiteral("Step %1").arg(version), false));
        }
        const QList<RestorePoint> points = document->restorePoints();
        QList<RestorePoint> automatic;
        for (const RestorePoint &point : points)
            if (!point.onDemand)
                automatic.append(point);
        QCOMPARE(automatic.size(), EventDocument::keptAutomaticPoints);
        QCOMPARE(automatic.constFirst().nextStep, QStringLiteral("Step 30"));
        QCOMPARE(automatic.constLast().nextStep, QStringLiteral("Step 11"));
        QCOMPARE(points.constLast().nextStep, QStringLiteral("Kept by hand"));
        QVERIFY(points.constLast().onDemand);

        // What the pruned points held is gone: the oldest kept ones still restore whole.
        QVERIFY(document->restore(automatic.constLast().id));
        QCOMPARE(document->note(document->noteIds().constFirst())->text, QStringLiteral("Note 0 version 11"));
        QVERIFY(document->restore(points.constLast().id));
        QCOMPARE(document->note(document->noteIds().constFirst())->text, QStringLiteral("Note 0 version 0"));

        // Deleting every point leaves nothing of them in the file.
        for (const RestorePoint &point : document->restorePoints())
            QVERIFY(document->deleteRestorePoint(point.id));
        QVERIFY(document->restorePoints().isEmpty());
        QCOMPARE(document->restorePointBytes(), 0);
        document.reset();
        RawDb raw(path, true);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM restore_record")).toInt(), 0);
    }

    // Twenty points of a real-size event that changes a little between them cost less than
    // twice one copy: a property of the design, not a timing (the figures are printed).
    void twentyPointsWithinTwiceTheEvent()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = folder.newEvent();
        QString error;
        QVERIFY2(fillRealSizeEvent(*document, {}, &error), qPrintable(error));
        for (const RestorePoint &point : document->restorePoints()) // the import's own point
            QVERIFY(document->deleteRestorePoint(point.id));
        document.reset();
        const qint64 fileBytes = QFileInfo(path).size(); // closed: the WAL is in the file
        document = reopen(path);

        QVERIFY(document->takeRestorePoint(QStringLiteral("First"), false));
        const qint64 oneCopy = document->restorePointBytes();
        for (int i = 1; i < 20; ++i) {
            const QList<qint64> ids = document->noteIds();
            const qint64 id = ids.at((i * 37) % ids.size());
            switch (i % 3) {
            case 0:
                QVERIFY(document->moveNotes({{id, document->note(id)->pos + QPointF(10, 10)}}));
                break;
            case 1:
                QVERIFY(document->editNoteText(id, document->note(id)->text + QStringLiteral(" (%1)").arg(i)));
                break;
            default:
                QVERIFY(document->addNotes(notes({QStringLiteral("A new note %1").arg(i)})));
            }
            QVERIFY(document->takeRestorePoint(QStringLiteral("Step %1").arg(i), false));
        }
        QCOMPARE(document->restorePoints().size(), 20);
        const qint64 twenty = document->restorePointBytes();
        qInfo("real-size event (%d notes): file %lld bytes, one point %lld bytes, 20 points %lld bytes (%.2f× one)",
              document->noteCount(), fileBytes, oneCopy, twenty, double(twenty) / double(oneCopy));
        QVERIFY(oneCopy < fileBytes);
        QVERIFY2(twenty <= 2 * oneCopy, qPrintable(QStringLiteral("%1 > 2 × %2").arg(twenty).arg(oneCopy)));
    }

    // A read-only event lists its points but keeps, restores and deletes none; its bulk
    // actions are refused as before.
    void readOnlyRefuses()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        {
            auto document = folder.newEvent();
            document->addNotes(notes({QStringLiteral("one")}));
            QVERIFY(document->takeRestorePoint(QStringLiteral("Kept")));
        }
        const QByteArray bytes = readAll(path);
        auto readOnly = reopen(path, true);
        QVERIFY(readOnly && readOnly->isReadOnly());
        const QList<RestorePoint> points = readOnly->restorePoints();
        QCOMPARE(points.size(), 1);
        for (const Outcome &outcome :
             {readOnly->takeRestorePoint(QStringLiteral("No")), readOnly->restore(points.constFirst().id),
              readOnly->deleteRestorePoint(points.constFirst().id), readOnly->revealNotes()})
            QVERIFY(!outcome);
        QVERIFY(!readOnly->takeRestorePoint(QStringLiteral("No")).error().isEmpty());
        QVERIFY(!readOnly->restore(points.constFirst().id).error().isEmpty());
        readOnly.reset();
        QVERIFY(readAll(path) == bytes);
    }

    // Every bulk action keeps an automatic point first, named as its undo step, holding the
    // event as it was; a single change does not.
    void bulkActionsTakeAPoint()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        const auto newest = [&] { return document->restorePoints().value(0); };
        const auto lastStep = [&] { return document->undoStack()->text(document->undoStack()->count() - 1); };
        const auto tookPoint = [&](int before, const EventContent &was) {
            const QList<RestorePoint> points = document->restorePoints();
            if (points.size() != before + 1 || points.constFirst().onDemand
                || points.constFirst().nextStep != lastStep())
                return false;
            // The point holds the event as it was before the action.
            return points.constFirst().notes == was.notes.size() && points.constFirst().themes == was.themes.size();
        };

        // Typing and pasting are not bulk actions; importing a CSV is.
        QVERIFY(document->addNotes(notes({QStringLiteral("typed")})));
        QVERIFY(
            document->addNotes(notes({QStringLiteral("pasted 1"), QStringLiteral("pasted 2")}, NoteSource::Pasted)));
        QCOMPARE(document->restorePoints().size(), 0);
        EventContent was = document->content();
        QVERIFY(document->addNotes(notes({QStringLiteral("csv 1"), QStringLiteral("csv 2")}, NoteSource::Csv)));
        QVERIFY(tookPoint(0, was));

        // Accepting one suggestion is not; accepting several is.
        QList<qint64> ids = document->noteIds();
        Theme theme;
        theme.title = QStringLiteral("One");
        QVERIFY(document->createThemes({theme}, {{ids.at(0)}}));
        QCOMPARE(document->restorePoints().size(), 1);
        was = document->content();
        Theme other = theme;
        other.title = QStringLiteral("Two");
        QVERIFY(document->createThemes({theme, other}, {{ids.at(1)}, {ids.at(2)}}));
        QVERIFY(tookPoint(1, was));

        // Generating the agenda.
        QVERIFY(document->applyUnconferenceTemplate(QDate(2026, 5, 4)));
        QVERIFY(document->createSessionsFromThemes());
        qint64 slot = 0;
        for (qint64 id : document->slotIds())
            if (!slot && document->timeSlot(id)->kind == SlotKind::Sessions)
                slot = id;
        was = document->content();
        QVERIFY(document->applyGeneratedAgenda(
            {Placement{document->sessionIds().constFirst(), slot, document->roomIds().constFirst(), false}}));
        QVERIFY(tookPoint(2, was));
        QCOMPARE(newest().sessions, 3);

        // Deleting a round.
        QVERIFY(document->createRound(QStringLiteral("Day 1")));
        was = document->content();
        QVERIFY(document->removeRound(document->roundIds().constFirst()));
        QVERIFY(tookPoint(3, was));

        // Revealing notes.
        QVERIFY(document->setHideNotesUntilRevealed(true));
        QVERIFY(document->addNotes(notes({QStringLiteral("face down")})));
        QCOMPARE(document->faceDownNoteCount(), 1);
        was = document->content();
        QVERIFY(document->revealNotes());
        QVERIFY(tookPoint(4, was));

        // Several edits as one bulk action (cabildo cluster --all): one point, before all of them.
        was = document->content();
        const Outcome regrouped = document->bulkAction(QStringLiteral("Regroup"), [&] {
            for (qint64 id : QList<qint64>(document->themeIds()))
                if (const Outcome dissolved = document->dissolveTheme(id); !dissolved)
                    return dissolved;
            return document->createThemes({theme, other}, {{ids.at(0)}, {ids.at(1)}});
        });
        QVERIFY(regrouped);
        QCOMPARE(document->restorePoints().size(), 6);
        QCOMPARE(newest().nextStep, QStringLiteral("Regroup"));
        QCOMPARE(newest().themes, int(was.themes.size()));
    }

    // A bulk action whose point cannot be stored is refused, with the reason, and changes nothing.
    void bulkActionRefusedWithoutItsPoint()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = folder.newEvent();
        document->addNotes(notes({QStringLiteral("one"), QStringLiteral("two")}));
        {
            RawDb raw(path);
            QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON restore_point "
                                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
                     qPrintable(raw.error()));
        }
        const EventContent before = document->content();
        const int steps = document->undoStack()->count();
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        Theme one;
        one.title = QStringLiteral("One");
        Theme two;
        two.title = QStringLiteral("Two");
        const QList<qint64> ids = document->noteIds();
        const Outcome refused = document->createThemes({one, two}, {{ids.at(0)}, {ids.at(1)}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("restore point")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QLatin1String("disk full")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(differences(document->content(), before), QString());
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(document->restorePoints().isEmpty());
        QVERIFY(!document->addNotes(notes({QStringLiteral("csv")}, NoteSource::Csv)));
        QCOMPARE(document->noteCount(), 2);
        // Restoring keeps the present first: without it, nothing is restored either.
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        QVERIFY(document->takeRestorePoint(QStringLiteral("Kept")));
        document->addNotes(notes({QStringLiteral("three")}));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON restore_point "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QVERIFY(!document->restore(document->restorePoints().constFirst().id));
        QCOMPARE(document->noteCount(), 3);
    }

    // A damaged point is refused with a reason, never restored in part.
    void damagedPointRefused()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = folder.newEvent();
        document->addNotes(notes({QStringLiteral("one"), QStringLiteral("two")}));
        QVERIFY(document->takeRestorePoint(QStringLiteral("Kept")));
        const qint64 id = document->restorePoints().constFirst().id;
        document->addNotes(notes({QStringLiteral("three")}));
        {
            RawDb raw(path);
            QVERIFY2(raw.exec(QStringLiteral("UPDATE restore_record SET data = X'00A0' "
                                             "WHERE hash = (SELECT min(hash) FROM restore_record)")),
                     qPrintable(raw.error()));
        }
        const Outcome refused = document->restore(id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("damaged")), qPrintable(refused.error()));
        QCOMPARE(document->noteCount(), 3);
        QCOMPARE(document->restorePoints().size(), 1); // no point of the present for a restore that did not happen
        QVERIFY(!document->restore(9999));
    }

    // A backup holds no restore point (nor does an event imported from it); Save As carries them.
    void backupLeavesThemOutSaveAsCarriesThem()
    {
        TestFolder folder;
        auto document = fullEvent(folder);
        QVERIFY(document->takeRestorePoint(QStringLiteral("Before the export")));
        const QByteArray json = EventJson::write(document->content());
        QVERIFY(!json.contains("restore"));
        QVERIFY(!json.contains("Before the export"));
        EventJson::ReadResult read = EventJson::read(json);
        QVERIFY2(read.ok(), qPrintable(read.error));
        auto imported = folder.newEvent(QStringLiteral("imported.cabildo"));
        QVERIFY(imported->importContent(read.content));
        QVERIFY(imported->restorePoints().isEmpty());

        QVERIFY(document->saveAs(folder.path(QStringLiteral("copy.cabildo"))));
        QCOMPARE(document->restorePoints().size(), 1);
        QVERIFY(document->restore(document->restorePoints().constFirst().id));
    }
};

QTEST_GUILESS_MAIN(TestRestorePoints)
#include "tst_restorepoints.moc"
