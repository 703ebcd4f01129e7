// Changes that are not the facilitator's undo steps (participants' notes and ballots from
// the kiosk, later from phones): stored and announced like any change, never on the undo
// stack, and the facilitator's own steps still undo and redo exactly what they did.
#include "document/eventdocument.h"
#include "formats/eventjson.h"
#include "testevent.h"

#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

using Origin = EventDocument::Origin;

QByteArray onDisk(const QString &path)
{
    FileCheck check;
    auto reopened = EventDocument::open(path, true, &check);
    return reopened ? EventJson::write(reopened->content()) : QByteArray();
}

/** Each ballot of the round as the sorted titles of its themes. */
QList<QStringList> ballotTitles(const EventDocument &document, qint64 roundId)
{
    QList<QStringList> result;
    for (const Ballot &ballot : document.ballots(roundId)) {
        QStringList titles;
        for (const QUuid &theme : ballot.themes)
            titles.append(document.themeByUuid(theme) ? document.themeByUuid(theme)->title : QStringLiteral("?"));
        titles.sort();
        result.append(titles);
    }
    return result;
}

QList<QStringList> titles(std::initializer_list<std::initializer_list<const char *>> ballots)
{
    QList<QStringList> result;
    for (const auto &ballot : ballots) {
        QStringList names;
        for (const char *name : ballot)
            names.append(QLatin1String(name));
        result.append(names);
    }
    return result;
}

Note kioskNote(const QString &text)
{
    return EventDocument::makeNote(text, NoteSource::Kiosk);
}

} // namespace

#define VERIFY_STORED(document) QCOMPARE(onDisk((document)->filePath()), EventJson::write((document)->content()))

class TestExternalChanges : public QObject
{
    Q_OBJECT

private:
    /** Notes "uno"… and themes A, B, C of one note each; a round "R", open; an empty undo stack. */
    std::unique_ptr<EventDocument> votingEvent(TestFolder &folder)
    {
        auto document = folder.newEvent();
        QList<Note> notes;
        for (const char *text : {"uno", "dos", "tres", "cuatro"})
            notes.append(EventDocument::makeNote(QLatin1String(text), NoteSource::Typed));
        document->addNotes(notes);
        const QList<qint64> ids = document->noteIds();
        for (int i = 0; i < 3; ++i)
            document->createTheme(QString(QLatin1Char(char('A' + i))), QStringLiteral("blue"), {ids[i]});
        document->createRound(QStringLiteral("R"), 2);
        document->openRound(document->roundIds().constFirst());
        document->undoStack()->clear();
        return document;
    }
    qint64 themeNamed(const EventDocument &document, const QString &title)
    {
        for (qint64 id : document.themeIds())
            if (document.theme(id)->title == title)
                return id;
        return 0;
    }

private slots:
    void facilitatorsUndoSkipsParticipantsChanges()
    {
        TestFolder folder;
        auto document = votingEvent(folder);
        const qint64 round = document->roundIds().constFirst();
        const qint64 a = document->noteIds().constFirst();
        const QPointF from = document->note(a)->pos;
        QVERIFY(document->moveNotes({{a, from + QPointF(300, 40)}}));

        // A participant adds a note and casts a ballot in between.
        QSignalSpy votes(document.get(), &EventDocument::votesChanged);
        QSignalSpy agenda(document.get(), &EventDocument::agendaChanged);
        QSignalSpy added(document.get(), &EventDocument::notesAdded);
        QVERIFY(document->addNotes({kioskNote(QStringLiteral("Participant's note"))}, Origin::Participant));
        QVERIFY(document->castBallot(round, {themeNamed(*document, QStringLiteral("A"))}, Origin::Participant));
        QCOMPARE(document->undoStack()->count(), 1); // the move only
        QCOMPARE(added.count(), 1);
        const qint64 b = added.constFirst().constFirst().value<QList<qint64>>().constFirst();
        QCOMPARE(document->note(b)->text, QStringLiteral("Participant's note"));
        // Announced with what changed: the one ballot, and nothing on the agenda.
        QCOMPARE(votes.count(), 1);
        const VoteChange change = votes.constFirst().constFirst().value<VoteChange>();
        QCOMPARE(change.ballots.size(), 1);
        QCOMPARE(change.ballots.constFirst().id, document->ballots(round).constFirst().id);
        QVERIFY(change.rounds.isEmpty() && change.tallies.isEmpty());
        QCOMPARE(agenda.count(), 0);
        VERIFY_STORED(document);

        // Ctrl+Z undoes the move only; the participant's note and ballot stay.
        document->undoStack()->undo();
        QCOMPARE(document->note(a)->pos, from);
        QVERIFY(document->note(b));
        QCOMPARE(document->ballots(round).size(), 1);
        QVERIFY(!document->undoStack()->canUndo());
        VERIFY_STORED(document);
        document->undoStack()->redo();
        QCOMPARE(document->note(a)->pos, from + QPointF(300, 40));
        QVERIFY(document->note(b));
        QCOMPARE(document->ballots(round).size(), 1);
        VERIFY_STORED(document);
    }

    void participantsNoteNeverTakesTheIdOfAnUndoneNote()
    {
        // SQLite gives a new row the highest id + 1: the id of the note just undone, which
        // its redo needs again.
        TestFolder folder;
        auto document = votingEvent(folder);
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("facilitator's"), NoteSource::Typed)}));
        const qint64 mine = document->noteIds().constLast();
        document->undoStack()->undo();
        QVERIFY(!document->note(mine));
        QVERIFY(document->addNotes({kioskNote(QStringLiteral("participant's"))}, Origin::Participant));
        const qint64 theirs = document->noteIds().constLast();
        QVERIFY(theirs != mine);
        document->undoStack()->redo();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(document->note(mine)->text, QStringLiteral("facilitator's"));
        QCOMPARE(document->note(theirs)->text, QStringLiteral("participant's"));
        VERIFY_STORED(document);

        // The same for a deleted note that undo brings back.
        QVERIFY(document->removeNotes({theirs}));
        QVERIFY(document->addNotes({kioskNote(QStringLiteral("another participant's"))}, Origin::Participant));
        document->undoStack()->undo();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(document->note(theirs)->text, QStringLiteral("participant's"));
        QCOMPARE(document->noteCount(), 7);
        VERIFY_STORED(document);
    }

    void undoingAMergeKeepsTheBallotsCastAfterIt()
    {
        TestFolder folder;
        auto document = votingEvent(folder);
        const qint64 round = document->roundIds().constFirst();
        const qint64 a = themeNamed(*document, QStringLiteral("A"));
        const qint64 b = themeNamed(*document, QStringLiteral("B"));
        QVERIFY(document->castBallot(round, {a, b}, Origin::Participant));
        QVERIFY(document->castBallot(round, {b}, Origin::Participant));
        QVERIFY(document->closeRound(round));
        QVERIFY(document->mergeThemes(a, {b}));
        QCOMPARE(ballotTitles(*document, round), titles({{"A"}, {"A"}}));
        QVERIFY(document->openRound(round));
        QVERIFY(document->castBallot(round, {a}, Origin::Participant)); // for the merged theme
        QVERIFY(document->closeRound(round));
        QCOMPARE(document->undoStack()->count(), 4); // close, merge, open, close: no ballot

        // Back to before the merge: B returns with the ballots it had; the later ballot,
        // cast for the merged theme, stays with A.
        for (int i = 0; i < 3; ++i)
            document->undoStack()->undo();
        QVERIFY(document->theme(b));
        QCOMPARE(ballotTitles(*document, round), titles({{"A", "B"}, {"B"}, {"A"}}));
        VERIFY_STORED(document);
        for (int i = 0; i < 3; ++i)
            document->undoStack()->redo();
        QVERIFY(!document->theme(b));
        QCOMPARE(ballotTitles(*document, round), titles({{"A"}, {"A"}, {"A"}}));
        VERIFY_STORED(document);
    }

    void participantsChangesFollowTheRules()
    {
        TestFolder folder;
        auto document = votingEvent(folder);
        const qint64 round = document->roundIds().constFirst();
        const QList<qint64> themes = document->themeIds();
        const Outcome tooMany = document->castBallot(round, themes, Origin::Participant); // 3 of 2 votes
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().contains(QLatin1Char('2')));
        QVERIFY(document->ballots(round).isEmpty());
        QVERIFY(document->closeRound(round));
        QVERIFY(!document->castBallot(round, {themes[0]}, Origin::Participant));
        QVERIFY(document->ballots(round).isEmpty());

        FileCheck check;
        auto readOnly = EventDocument::open(document->filePath(), true, &check);
        QVERIFY(readOnly);
        const Outcome refused = readOnly->addNotes({kioskNote(QStringLiteral("x"))}, Origin::Participant);
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(readOnly->noteCount(), 4);
    }

    void anOutcomeSaysOnlyItsOwnReason()
    {
        // A refusal, then an action with nothing to change: the second says nothing (a
        // bool plus lastError() showed the first one's reason again).
        TestFolder folder;
        auto document = votingEvent(folder);
        EventInfo event = document->event();
        event.acronym = QStringLiteral("Bad Acronym");
        QVERIFY(!document->setEventInfo(event).error().isEmpty());
        const Outcome unchanged = document->setEventInfo(document->event());
        QVERIFY(!unchanged);
        QVERIFY(unchanged.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
