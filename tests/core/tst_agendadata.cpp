// The agenda's data (issue 5): rooms, time slots, sessions and placements. Every action is
// one undo step, stored in the event file (reopening shows what memory shows), and the
// hard rule of cells holds: at most one session per (slot, room).
#include "document/eventdocument.h"
#include "formats/eventjson.h"
#include "sqlitepeek.h"
#include "testevent.h"

#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/** The whole event as the file says after reopening it (read-only: the file stays as it is). */
QByteArray onDisk(const QString &path)
{
    FileCheck check;
    auto reopened = EventDocument::open(path, true, &check);
    return reopened ? EventJson::write(reopened->content()) : QByteArray();
}

QByteArray inMemory(const EventDocument &document)
{
    return EventJson::write(document.content());
}

Room room(const QString &name, int capacity, bool accessible = false)
{
    Room made;
    made.name = name;
    made.capacity = capacity;
    made.accessible = accessible;
    return made;
}

Session session(const QString &title)
{
    Session made;
    made.title = title;
    return made;
}

} // namespace

#define VERIFY_STORED(document) QCOMPARE(onDisk((document)->filePath()), inMemory(*(document)))

class TestAgendaData : public QObject
{
    Q_OBJECT

private:
    /** An event with the unconference template and three sessions. */
    std::unique_ptr<EventDocument> agendaEvent(TestFolder &folder)
    {
        auto document = folder.newEvent();
        document->applyUnconferenceTemplate(QDate(2026, 5, 4));
        for (const char *title : {"Datos abiertos", "Ciência aberta", "Open contracting"})
            document->addSession(session(QString::fromUtf8(title)));
        document->undoStack()->clear();
        return document;
    }
    QList<qint64> sessionSlots(const EventDocument &document)
    {
        QList<qint64> ids;
        for (qint64 id : document.slotIds())
            if (document.timeSlot(id)->kind == SlotKind::Sessions)
                ids.append(id);
        return ids;
    }

private slots:
    void slotTimesReadWithoutSeconds()
    {
        const QTime time(9, 5);
        QCOMPARE(slotTimeText(QLocale::c(), time), QStringLiteral("09:05")); // the C locale's short format has seconds
        QCOMPARE(slotTimeText(QLocale(QStringLiteral("fr_FR")), time), QStringLiteral("09:05"));
        QVERIFY(slotTimeText(QLocale(QStringLiteral("en_US")), time).startsWith(QStringLiteral("9:05")));
    }

    void roomsAndSlotsUndoRedo()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QUndoStack *stack = document->undoStack();
        const QByteArray empty = inMemory(*document);
        QSignalSpy changed(document.get(), &EventDocument::agendaChanged);

        QVERIFY(document->addRoom(room(QStringLiteral("Sala Bolívar"), 80, true)));
        QCOMPARE(changed.count(), 1);
        const qint64 bolivar = document->roomIds().constFirst();
        QVERIFY(!document->room(bolivar)->uuid.isNull());
        QVERIFY(!document->addRoom(room(QStringLiteral("  "), 10)));
        QVERIFY(!document->addRoom(room(QStringLiteral("Negative"), -1)));
        const Outcome refused = document->addRoom(room(QStringLiteral(" sala bolívar "), 20));
        QVERIFY(!refused); // people would not know which
        QVERIFY(refused.error().contains(QStringLiteral("Sala Bolívar")));
        Room renamed = *document->room(bolivar);
        renamed.name = QStringLiteral("Sala Artigas");
        renamed.notes = QStringLiteral("projector");
        QVERIFY(document->updateRoom(renamed));
        QVERIFY(document->addRoom(room(QStringLiteral("Sala Bolívar"), 20))); // the name is free again
        Room clash = *document->room(document->roomIds().constLast());
        clash.name = QStringLiteral("SALA ARTIGAS");
        QVERIFY(!document->updateRoom(clash));
        QVERIFY(document->removeRoom(clash.id));
        QCOMPARE(document->room(bolivar)->name, QStringLiteral("Sala Artigas"));
        VERIFY_STORED(document);

        TimeSlot slot;
        slot.day = QDate(2026, 5, 5);
        slot.start = QTime(9, 0);
        slot.end = QTime(10, 0);
        QVERIFY(document->addSlot(slot));
        TimeSlot overlapping = slot;
        overlapping.start = QTime(9, 30);
        overlapping.end = QTime(10, 30);
        const Outcome refused2 = document->addSlot(overlapping);
        QVERIFY(!refused2);
        QVERIFY(refused2.error().contains(QLatin1String("09:00")));
        TimeSlot backwards = slot;
        backwards.start = QTime(11, 0); // a typing slip, not a 23-hour slot to 10:00 the next day
        QVERIFY(!document->addSlot(backwards));
        backwards.end = backwards.start;
        QVERIFY(!document->addSlot(backwards));

        // An evening slot runs past midnight; the next morning's early slot overlaps it.
        TimeSlot night = slot;
        night.start = QTime(23, 30);
        night.end = QTime(0, 30);
        QVERIFY(document->addSlot(night));
        QCOMPARE(document->timeSlot(document->slotIds().constLast())->durationMinutes(), 60);
        TimeSlot early = slot;
        early.day = slot.day.addDays(1);
        early.start = QTime(0, 0);
        early.end = QTime(1, 0);
        const Outcome refused3 = document->addSlot(early);
        QVERIFY(!refused3);
        QVERIFY(refused3.error().contains(QLatin1String("23:30")));
        early.start = QTime(0, 30);
        QVERIFY(document->addSlot(early));
        QVERIFY(document->removeSlot(document->slotIds().constLast()));
        QVERIFY(document->removeSlot(document->slotIds().constLast()));

        // The template: four rooms and nine slots (two plenaries, three breaks, four session slots), one step.
        const int steps = stack->count();
        QVERIFY(document->applyUnconferenceTemplate(QDate(2026, 5, 4)));
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(document->roomIds().size(), 5);
        QCOMPARE(document->slotIds().size(), 10);
        QCOMPARE(sessionSlots(*document).size(), 5);
        QCOMPARE(document->timeSlot(document->slotIds().constFirst())->kind, SlotKind::Plenary); // day 4 sorts first
        QCOMPARE(document->timeSlot(document->slotIds().constFirst())->start, QTime(9, 0));
        QCOMPARE(document->timeSlot(document->slotIds().at(8))->end, QTime(17, 0));
        QVERIFY(!document->applyUnconferenceTemplate(QDate(2026, 5, 4))); // that day has slots already
        QVERIFY(document->applyUnconferenceTemplate(QDate(2026, 5, 6)));  // a second day: its slots, the same rooms
        QCOMPARE(document->roomIds().size(), 5);
        QCOMPARE(document->slotIds().size(), 19);
        document->undoStack()->undo();
        VERIFY_STORED(document);

        QVERIFY(document->removeRoom(bolivar));
        QVERIFY(document->removeSlot(document->slotIds().constLast()));
        VERIFY_STORED(document);
        const QByteArray full = inMemory(*document);

        while (stack->canUndo()) {
            stack->undo();
            VERIFY_STORED(document);
        }
        QCOMPARE(inMemory(*document), empty);
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(inMemory(*document), full);
        VERIFY_STORED(document);
    }

    void sessionsUndoRedo()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QList<Note> notes;
        for (const char *text : {"a", "b", "c"})
            notes.append(EventDocument::makeNote(QLatin1String(text), NoteSource::Typed));
        QVERIFY(document->addNotes(notes));
        const QList<qint64> noteIds = document->noteIds();
        QVERIFY(document->createTheme(QStringLiteral("Transparencia"), QStringLiteral("blue"), {noteIds[0]}));
        QVERIFY(document->createTheme(QStringLiteral("Participação"), QStringLiteral("green"), {noteIds[1]}));
        QUndoStack *stack = document->undoStack();

        QVERIFY(!document->addSession(session(QStringLiteral(" "))));
        Session byHand = session(QStringLiteral("Hackathon"));
        byHand.host = QStringLiteral("Ana");
        byHand.needsAccessibleRoom = true;
        QVERIFY(document->addSession(byHand));
        const qint64 hackathon = document->sessionIds().constFirst();
        QVERIFY(document->session(hackathon)->theme.isNull());

        // One session per theme, once.
        const int steps = stack->count();
        QVERIFY(document->createSessionsFromThemes());
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(document->sessionIds().size(), 3);
        const Session *fromTheme = document->session(document->sessionIds().at(1));
        QCOMPARE(fromTheme->title, QStringLiteral("Transparencia"));
        QCOMPARE(fromTheme->theme, document->theme(document->themeIds().constFirst())->uuid);
        QVERIFY(!document->createSessionsFromThemes());

        Session edited = *document->session(hackathon);
        edited.description = QStringLiteral("Build things");
        edited.allowedSlots = {QUuid::createUuid()};
        edited.language = QStringLiteral("es");
        QVERIFY(document->updateSession(edited));
        QCOMPARE(document->session(hackathon)->allowedSlots.size(), 1);
        VERIFY_STORED(document);
        QVERIFY(document->removeSession(hackathon));
        VERIFY_STORED(document);
        stack->undo();
        QCOMPARE(*document->session(hackathon), edited);
        VERIFY_STORED(document);
    }

    void placementRules()
    {
        TestFolder folder;
        auto document = agendaEvent(folder);
        QUndoStack *stack = document->undoStack();
        const QList<qint64> rooms = document->roomIds();
        const QList<qint64> rows = sessionSlots(*document); // the grid rows that take sessions
        const QList<qint64> sessions = document->sessionIds();
        const qint64 plenary = document->slotIds().constFirst();

        QVERIFY(document->placeSession(sessions[0], rows[0], rooms[0]));
        QCOMPARE(document->sessionAt(rows[0], rooms[0]), sessions[0]);
        QVERIFY(stack->text(0).contains(QLatin1String("Schedule")));
        // The hard rule of cells: an occupied cell is refused, and nothing changes.
        const Outcome refused4 = document->placeSession(sessions[1], rows[0], rooms[0]);
        QVERIFY(!refused4);
        QVERIFY(refused4.error().contains(QLatin1String("swap")));
        QVERIFY(!document->placeSession(sessions[1], plenary, rooms[0])); // breaks and plenaries take no sessions
        QCOMPARE(stack->count(), 1);

        QVERIFY(document->placeSession(sessions[1], rows[1], rooms[1]));
        QVERIFY(document->setPinned(sessions[1], true));
        QVERIFY(!document->setPinned(sessions[2], true)); // unscheduled
        // Swap: each takes the other's cell and keeps its own pin.
        QVERIFY(document->swapSessions(sessions[0], sessions[1]));
        QCOMPARE(*document->placement(sessions[0]), (Placement{sessions[0], rows[1], rooms[1], false}));
        QCOMPARE(*document->placement(sessions[1]), (Placement{sessions[1], rows[0], rooms[0], true}));
        // Swap with an unscheduled session: it takes the cell, the other leaves the grid.
        QVERIFY(document->swapSessions(sessions[2], sessions[0]));
        QCOMPARE(document->placement(sessions[2])->slotId, rows[1]);
        QVERIFY(!document->placement(sessions[0]));
        QVERIFY(document->placeSession(sessions[0], rows[2], rooms[3]));
        QVERIFY(document->placeSession(sessions[0], rows[3], rooms[3])); // a move
        QVERIFY(stack->text(stack->count() - 1).contains(QLatin1String("Move")));
        QVERIFY(document->unplaceSession(sessions[0]));
        QVERIFY(!document->unplaceSession(sessions[0]));
        VERIFY_STORED(document);

        // Removing a room unschedules its sessions; undo puts them back.
        const QByteArray before = inMemory(*document);
        QVERIFY(document->removeRoom(rooms[0]));
        QVERIFY(!document->placement(sessions[1]));
        VERIFY_STORED(document);
        stack->undo();
        QCOMPARE(inMemory(*document), before);
        VERIFY_STORED(document);

        // A session slot turned into a break loses its sessions, in the same step.
        TimeSlot toBreak = *document->timeSlot(rows[1]);
        toBreak.kind = SlotKind::Break;
        QVERIFY(document->updateSlot(toBreak));
        QVERIFY(!document->placement(sessions[2]));
        stack->undo();
        QCOMPARE(inMemory(*document), before);

        // Everything undone and redone matches the file at each end.
        const QByteArray last = inMemory(*document);
        const int index = stack->index(); // the slot change stays redoable beyond it
        stack->setIndex(0);
        QVERIFY(document->placements().isEmpty());
        VERIFY_STORED(document);
        stack->setIndex(index);
        QCOMPARE(inMemory(*document), last);
        VERIFY_STORED(document);
    }

    void generatedAgendaIsOneStep()
    {
        TestFolder folder;
        auto document = agendaEvent(folder);
        const QList<qint64> rooms = document->roomIds();
        const QList<qint64> rows = sessionSlots(*document); // the grid rows that take sessions
        const QList<qint64> sessions = document->sessionIds();
        QVERIFY(document->placeSession(sessions[2], rows[3], rooms[3]));
        const QByteArray handMade = inMemory(*document);

        const QList<Placement> agenda{{sessions[0], rows[0], rooms[0], true}, {sessions[1], rows[0], rooms[1], false}};
        QUndoStack *stack = document->undoStack();
        QVERIFY(document->applyGeneratedAgenda(agenda));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->text(1), QStringLiteral("Generate agenda"));
        QCOMPARE(document->placements(), agenda); // sessions[2] left the grid
        VERIFY_STORED(document);
        // Re-running with nothing changed records nothing.
        QVERIFY(document->applyGeneratedAgenda(agenda));
        QCOMPARE(stack->count(), 2);
        // Refused: two sessions in one cell, a session twice, a cell that is no session slot.
        QVERIFY(!document->applyGeneratedAgenda(
            {{sessions[0], rows[0], rooms[0], false}, {sessions[1], rows[0], rooms[0], false}}));
        QVERIFY(!document->applyGeneratedAgenda(
            {{sessions[0], rows[0], rooms[0], false}, {sessions[0], rows[1], rooms[0], false}}));
        QVERIFY(!document->applyGeneratedAgenda({{sessions[0], document->slotIds().constFirst(), rooms[0], false}}));
        QCOMPARE(document->placements(), agenda);
        stack->undo();
        QCOMPARE(inMemory(*document), handMade);
        VERIFY_STORED(document);
    }

    // A refused write leaves no step and no change, in memory or on disk.
    void failedWriteChangesNothing()
    {
        TestFolder folder;
        auto document = agendaEvent(folder);
        {
            RawDb raw(document->filePath());
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON placement BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        const QByteArray before = inMemory(*document);
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        QVERIFY(!document->placeSession(document->sessionIds()[0], sessionSlots(*document)[0], document->roomIds()[0]));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(inMemory(*document), before);
        VERIFY_STORED(document);
    }
};

QTEST_GUILESS_MAIN(TestAgendaData)
#include "tst_agendadata.moc"
