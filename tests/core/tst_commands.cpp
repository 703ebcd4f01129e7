// Undo and the document's actions (README.md, "Undo"; app/README.md, rules): each
// user action is one undo step that undo and redo restore exactly, in memory and in the
// file; a read-only event refuses every change; new notes never land on others; a write
// the file refuses changes nothing and leaves no undo step behind.
#include "formats/inputlimits.h"
#include "sqlitepeek.h"
#include "testevent.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cabildo;
using namespace cabildo::test;

namespace {

enum class Action
{
    Add,
    RemoveSeveral,
    Move,
    EditText,
    Recolour,
    SetTitle,
    SetAcronym
};

const Action allActions[] = {Action::Add,      Action::RemoveSeveral, Action::Move,      Action::EditText,
                             Action::Recolour, Action::SetTitle,      Action::SetAcronym};

/** Performs one user action on a document holding at least five notes. */
Outcome act(EventDocument &document, Action action)
{
    const QList<qint64> ids = document.noteIds();
    EventInfo event = document.event();
    switch (action) {
    case Action::Add: // the last one is refused by the failing-write test's trigger
        return document.addNotes({EventDocument::makeNote(QStringLiteral("nueva"), NoteSource::Typed),
                                  EventDocument::makeNote(QStringLiteral("otra"), NoteSource::Pasted),
                                  EventDocument::makeNote(QStringLiteral("boom"), NoteSource::Pasted)});
    case Action::RemoveSeveral:
        return document.removeNotes({ids.at(0), ids.at(2), ids.at(4)});
    case Action::Move:
        return document.moveNotes({{ids.at(1), QPointF(900, 50)}, {ids.at(3), QPointF(-30.5, 700)}});
    case Action::EditText:
        return document.editNoteText(ids.at(2), QStringLiteral("texto editado"));
    case Action::Recolour:
        return document.recolourNotes({ids.at(0), ids.at(1)}, QStringLiteral("pink"));
    case Action::SetTitle:
        event.title = QStringLiteral("Nuevo título");
        return document.setEventInfo(event);
    case Action::SetAcronym:
        event.acronym = QStringLiteral("nuevo2026");
        return document.setEventInfo(event);
    }
    return Outcome::unchanged();
}

void addActionRows()
{
    QTest::addColumn<Action>("action");
    QTest::newRow("add") << Action::Add;
    QTest::newRow("remove several") << Action::RemoveSeveral;
    QTest::newRow("move") << Action::Move;
    QTest::newRow("edit text") << Action::EditText;
    QTest::newRow("recolour") << Action::Recolour;
    QTest::newRow("set title") << Action::SetTitle;
    QTest::newRow("set acronym") << Action::SetAcronym;
}

struct State
{
    EventInfo event;
    QList<Note> notes;
};

State memoryState(const EventDocument &document)
{
    return {document.event(), notesOf(document)};
}

/** What another Cabildo opening the file now would see (read-only: works while it is open). */
State fileState(const QString &path)
{
    FileCheck check;
    auto document = EventDocument::open(path, true, &check);
    if (!document) {
        qWarning("cannot read back %s: %s", qPrintable(path), qPrintable(check.message));
        return {};
    }
    return memoryState(*document);
}

#define COMPARE_STATE(actual, expected)                                                                                \
    do {                                                                                                               \
        const State a_ = (actual), e_ = (expected);                                                                    \
        QCOMPARE(a_.notes, e_.notes);                                                                                  \
        QCOMPARE(a_.event, e_.event);                                                                                  \
    } while (false)

std::unique_ptr<EventDocument> eventWithNotes(TestFolder &folder, int count)
{
    auto document = folder.newEvent();
    QList<Note> notes;
    for (int i = 0; i < count; ++i)
        notes.append(EventDocument::makeNote(QStringLiteral("nota %1").arg(i), NoteSource::Typed));
    if (!document || !document->addNotes(notes))
        return nullptr;
    document->undoStack()->clear();
    return document;
}

bool overlapsAny(const Note &note, const EventDocument &document)
{
    const QRectF rect(note.pos, Note::size());
    for (qint64 id : document.noteIds())
        if (id != note.id && rect.intersects(QRectF(document.note(id)->pos, Note::size())))
            return true;
    return false;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    // Guards: every action is exactly one undo step; undo and redo restore memory and file.
    void undoRedo_data() { addActionRows(); }
    void undoRedo()
    {
        QFETCH(Action, action);
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = eventWithNotes(folder, 5);
        QVERIFY(document);
        QUndoStack *stack = document->undoStack();
        const State before = memoryState(*document);
        COMPARE_STATE(fileState(path), before);

        const Outcome acted = act(*document, action);
        QVERIFY2(acted, qPrintable(acted.error()));
        QCOMPARE(stack->count(), 1);
        const State after = memoryState(*document);
        QVERIFY(after.notes != before.notes || !(after.event == before.event));
        COMPARE_STATE(fileState(path), after);

        stack->undo();
        COMPARE_STATE(memoryState(*document), before); // same ids and uuids after undoing a removal
        QList<qint64> idsBefore;
        for (const Note &note : before.notes)
            idsBefore.append(note.id);
        QCOMPARE(document->noteIds(), idsBefore);
        COMPARE_STATE(fileState(path), before);

        stack->redo();
        COMPARE_STATE(memoryState(*document), after);
        COMPARE_STATE(fileState(path), after);

        stack->undo();
        document.reset();
        FileCheck check;
        auto reopened = EventDocument::open(path, false, &check);
        QVERIFY2(reopened, qPrintable(check.message));
        COMPARE_STATE(memoryState(*reopened), before);
    }

    // Guards: holding an arrow key is one undo step; two drags are two.
    void keyboardNudgesMerge()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = eventWithNotes(folder, 3);
        QVERIFY(document);
        QUndoStack *stack = document->undoStack();
        const QList<qint64> ids = document->noteIds();
        const QPointF start0 = document->note(ids.at(0))->pos;
        const QPointF start1 = document->note(ids.at(1))->pos;
        for (int step = 1; step <= 5; ++step)
            QVERIFY(document->moveNotes(
                {{ids.at(0), start0 + QPointF(10 * step, 0)}, {ids.at(1), start1 + QPointF(10 * step, 0)}}, true));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(document->note(ids.at(0))->pos, start0 + QPointF(50, 0));
        const State nudged = memoryState(*document);
        COMPARE_STATE(fileState(path), nudged);

        stack->undo();
        QCOMPARE(document->note(ids.at(0))->pos, start0);
        QCOMPARE(document->note(ids.at(1))->pos, start1);
        stack->redo();
        COMPARE_STATE(memoryState(*document), nudged);

        // Nudging another selection is a new step; so is each drag.
        QVERIFY(document->moveNotes({{ids.at(2), QPointF(3000, 0)}}, true));
        QCOMPARE(stack->count(), 2);
        QVERIFY(document->moveNotes({{ids.at(0), QPointF(1000, 1000)}}, false));
        QVERIFY(document->moveNotes({{ids.at(0), QPointF(1100, 1000)}}, false));
        QCOMPARE(stack->count(), 4);
        stack->undo();
        QCOMPARE(document->note(ids.at(0))->pos, QPointF(1000, 1000));
        COMPARE_STATE(fileState(path), memoryState(*document));
    }

    // Guards: an event opened read-only (another Cabildo has it, or no write permission)
    // cannot be changed by any action, and the file stays as it was.
    void readOnlyRefusesActions()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QVERIFY(eventWithNotes(folder, 5));
        const QByteArray bytes = readAll(path);
        FileCheck check;
        auto document = EventDocument::open(path, true, &check);
        QVERIFY2(document, qPrintable(check.message));
        QVERIFY(document->isReadOnly());
        const State before = memoryState(*document);
        for (const Action action : allActions) {
            const Outcome refused = act(*document, action);
            QVERIFY(!refused);
            QVERIFY(!refused.error().isEmpty());
            QCOMPARE(document->undoStack()->count(), 0);
            COMPARE_STATE(memoryState(*document), before);
        }
        document.reset();
        QVERIFY(readAll(path) == bytes);
    }

    // Guards: no action leaves a note without text, an unknown colour, or an event without
    // a title or with an acronym exports cannot use; such attempts leave no undo step.
    void invalidEditsRefused()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = eventWithNotes(folder, 2);
        QVERIFY(document);
        const State before = memoryState(*document);
        const qint64 id = document->noteIds().constFirst();
        QVERIFY(!document->editNoteText(id, QStringLiteral("   ")));
        QVERIFY(!document->recolourNotes({id}, QStringLiteral("turquoise")));
        QVERIFY(!document->addNotes({EventDocument::makeNote(QStringLiteral(" \n "), NoteSource::Typed)}));
        EventInfo event = document->event();
        event.acronym = QStringLiteral("Bad Acronym");
        const Outcome refused2 = document->setEventInfo(event);
        QVERIFY(!refused2);
        QVERIFY(!refused2.error().isEmpty());
        event = document->event();
        event.title = QStringLiteral("  ");
        QVERIFY(!document->setEventInfo(event));
        QCOMPARE(document->undoStack()->count(), 0);
        COMPARE_STATE(memoryState(*document), before);
        COMPARE_STATE(fileState(path), before);
    }

    // The readers' note cap holds for typing, pasting, editing and the kiosk too: a note the
    // event holds always goes into a backup that imports again. The cap itself is accepted.
    void notesOverTheCapRefused()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = eventWithNotes(folder, 2);
        QVERIFY(document);
        const State before = memoryState(*document);
        const QString tooLong(limits::noteCharacters + 1, QLatin1Char('x'));
        const qint64 id = document->noteIds().constFirst();
        for (const Outcome &refused :
             {document->addNotes({EventDocument::makeNote(tooLong, NoteSource::Pasted)}),
              document->addNotes({EventDocument::makeNote(QStringLiteral("short"), NoteSource::Kiosk),
                                  EventDocument::makeNote(tooLong, NoteSource::Kiosk)},
                                 EventDocument::Origin::Participant),
              document->editNoteText(id, tooLong)}) {
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QStringLiteral("20,000")), qPrintable(refused.error()));
        }
        QCOMPARE(document->undoStack()->count(), 0);
        COMPARE_STATE(memoryState(*document), before);
        COMPARE_STATE(fileState(path), before);

        const QString atTheCap(limits::noteCharacters, QLatin1Char('y'));
        QVERIFY(document->addNotes({EventDocument::makeNote(atTheCap, NoteSource::Pasted)}));
        QVERIFY(document->editNoteText(id, atTheCap));
        QCOMPARE(document->note(id)->text, atTheCap);
    }

    // Guards: new notes never hide existing ones or each other, also around a note the
    // user dragged into a gap left by deleted notes.
    void placementNeverOverlaps_data()
    {
        QTest::addColumn<bool>("oneAtATime");
        QTest::newRow("typed one at a time") << true;
        QTest::newRow("pasted in one batch") << false;
    }
    void placementNeverOverlaps()
    {
        QFETCH(bool, oneAtATime);
        TestFolder folder;
        auto document = eventWithNotes(folder, 12);
        QVERIFY(document);
        const QList<qint64> ids = document->noteIds();
        QVERIFY(document->removeNotes({ids.at(3), ids.at(5)}));
        const QPointF gap = document->freePositions(1).constFirst();
        QVERIFY(document->moveNotes({{ids.at(7), gap + QPointF(60, 30)},        // half in the gap
                                     {ids.at(8), QPointF(-150, -100)},          // off the top-left
                                     {ids.at(9), QPointF(5 * 220 + 210, 0)}})); // in the space between two
        QHash<qint64, QPointF> oldPositions;
        for (qint64 id : document->noteIds())
            oldPositions.insert(id, document->note(id)->pos);

        QList<Note> fresh;
        for (int i = 0; i < 25; ++i)
            fresh.append(EventDocument::makeNote(QStringLiteral("nueva %1").arg(i), NoteSource::Typed));
        if (oneAtATime) {
            for (const Note &note : std::as_const(fresh))
                QVERIFY(document->addNotes({note}));
        } else {
            QVERIFY(document->addNotes(fresh));
        }
        QCOMPARE(document->noteCount(), 10 + 25);
        for (qint64 id : document->noteIds()) {
            const Note *note = document->note(id);
            if (oldPositions.contains(id)) {
                QCOMPARE(note->pos, oldPositions.value(id)); // existing notes stay put
                continue;
            }
            QVERIFY2(!overlapsAny(*note, *document), qPrintable(note->text));
            QVERIFY(note->pos.x() >= 0 && note->pos.y() >= 0);
        }
    }

    // Guards: when the file refuses a write (disk full, I/O error), the action changes
    // nothing — not memory, not the file, not partly — and leaves no undo step.
    void failedWriteLeavesNoStep_data() { addActionRows(); }
    void failedWriteLeavesNoStep()
    {
        QFETCH(Action, action);
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = eventWithNotes(folder, 5);
        QVERIFY(document);
        QVERIFY(document->moveNotes({{document->noteIds().constFirst(), QPointF(5000, 5000)}}));
        const State before = memoryState(*document);
        const int steps = document->undoStack()->count();
        // Another connection makes the file refuse writes. Inserts fail only on the
        // third note of a batch, so a half-written batch would show.
        const QStringList refusals{
            QStringLiteral("CREATE TRIGGER refuse_insert BEFORE INSERT ON note WHEN NEW.text = 'boom' "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"),
            QStringLiteral(
                "CREATE TRIGGER refuse_update BEFORE UPDATE ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END"),
            QStringLiteral(
                "CREATE TRIGGER refuse_delete BEFORE DELETE ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END"),
            QStringLiteral(
                "CREATE TRIGGER refuse_event BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'disk full'); END"),
        };
        {
            RawDb raw(path);
            for (const QString &sql : refusals)
                QVERIFY2(raw.exec(sql), qPrintable(raw.error()));
        }
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        const Outcome refused3 = act(*document, action);
        QVERIFY(!refused3);
        QVERIFY(!refused3.error().isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(document->undoStack()->canUndo());
        COMPARE_STATE(memoryState(*document), before);
        COMPARE_STATE(fileState(path), before);

        // Once the file accepts writes again, undo still undoes the step before.
        {
            RawDb raw(path);
            for (const char *name : {"refuse_insert", "refuse_update", "refuse_delete", "refuse_event"})
                QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(name)));
        }
        document->undoStack()->undo();
        QVERIFY(document->note(document->noteIds().constFirst())->pos != QPointF(5000, 5000));
        COMPARE_STATE(fileState(path), memoryState(*document));
    }

    // Guards: when the file refuses an undo, the change stays (on screen and in the file)
    // and no redo step is left that would apply it a second time.
    void failedUndoKeepsTheChange_data() { addActionRows(); }
    void failedUndoKeepsTheChange()
    {
        QFETCH(Action, action);
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = eventWithNotes(folder, 5);
        QVERIFY(document);
        QVERIFY(act(*document, action));
        const State after = memoryState(*document);
        const int steps = document->undoStack()->count();
        {
            RawDb raw(path);
            for (const char *sql :
                 {"CREATE TRIGGER refuse_insert BEFORE INSERT ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END",
                  "CREATE TRIGGER refuse_update BEFORE UPDATE ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END",
                  "CREATE TRIGGER refuse_delete BEFORE DELETE ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END",
                  "CREATE TRIGGER refuse_event BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'disk full'); END"})
                QVERIFY2(raw.exec(QString::fromLatin1(sql)), qPrintable(raw.error()));
        }
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        document->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        COMPARE_STATE(memoryState(*document), after);
        COMPARE_STATE(fileState(path), after);
        QCOMPARE(document->undoStack()->count(), steps - 1);
        QVERIFY(!document->undoStack()->canRedo());
    }

    // Guards: arrow presses a while apart are separate decisions, so separate steps.
    void nudgesApartAreSeparateSteps()
    {
        TestFolder folder;
        auto document = eventWithNotes(folder, 1);
        QVERIFY(document);
        const qint64 id = document->noteIds().constFirst();
        const QPointF start = document->note(id)->pos;
        QVERIFY(document->moveNotes({{id, start + QPointF(10, 0)}}, true));
        QTest::qWait(1200);
        QVERIFY(document->moveNotes({{id, start + QPointF(20, 0)}}, true));
        QCOMPARE(document->undoStack()->count(), 2);
        document->undoStack()->undo();
        QCOMPARE(document->note(id)->pos, start + QPointF(10, 0));
    }

    // Guards: a refused arrow-key nudge is not folded into the previous nudge, so redo
    // never moves notes to a place the user did not see them reach.
    void failedNudgeDoesNotMerge()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto document = eventWithNotes(folder, 2);
        QVERIFY(document);
        const qint64 id = document->noteIds().constFirst();
        const QPointF start = document->note(id)->pos;
        QVERIFY(document->moveNotes({{id, start + QPointF(10, 0)}}, true));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE UPDATE ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QVERIFY(!document->moveNotes({{id, start + QPointF(20, 0)}}, true));
        QCOMPARE(document->note(id)->pos, start + QPointF(10, 0));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(document->note(id)->pos, start);
        document->undoStack()->redo();
        QCOMPARE(document->note(id)->pos, start + QPointF(10, 0));
        COMPARE_STATE(fileState(path), memoryState(*document));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
