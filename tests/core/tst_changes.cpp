// One kind of change for the whole event (app/model/changes.h): notes, themes, the event's
// details, the agenda and votes are stored in one transaction, applied in one place and
// announced with only what they touched, in an order the views rely on: a theme is there
// before notes join it, and its notes have left it before it goes. Undo restores all of a
// step, participants' notes in between included, and a write the file refuses changes
// nothing and leaves no step.
#include "document/eventdocument.h"
#include "formats/eventjson.h"
#include "sqlitepeek.h"
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

/**
 * Every change signal in the order it came, as "notesChanged 3 4", with what the document
 * said at that moment: whether each named note's theme exists, and each named theme's notes.
 */
class Announcements : public QObject
{
public:
    explicit Announcements(EventDocument *document) : m_document(document)
    {
        const auto noteSignal = [this](const char *name) {
            return [this, name](const QList<qint64> &ids) { record(name, ids, true); };
        };
        const auto themeSignal = [this](const char *name) {
            return [this, name](const QList<qint64> &ids) { record(name, ids, false); };
        };
        connect(document, &EventDocument::notesAdded, this, noteSignal("notesAdded"));
        connect(document, &EventDocument::notesAboutToBeRemoved, this, noteSignal("notesAboutToBeRemoved"));
        connect(document, &EventDocument::notesRemoved, this, noteSignal("notesRemoved"));
        connect(document, &EventDocument::notesChanged, this, noteSignal("notesChanged"));
        connect(document, &EventDocument::themesAdded, this, themeSignal("themesAdded"));
        connect(document, &EventDocument::themesAboutToBeRemoved, this, themeSignal("themesAboutToBeRemoved"));
        connect(document, &EventDocument::themesRemoved, this, themeSignal("themesRemoved"));
        connect(document, &EventDocument::themesChanged, this, themeSignal("themesChanged"));
        connect(document, &EventDocument::eventChanged, this, [this] { m_log.append(QStringLiteral("eventChanged")); });
        connect(document, &EventDocument::agendaChanged, this,
                [this] { m_log.append(QStringLiteral("agendaChanged")); });
        connect(document, &EventDocument::votesChanged, this, [this] { m_log.append(QStringLiteral("votesChanged")); });
    }

    /** The signals with their ids, sorted within each signal. */
    QStringList log() const { return m_log; }
    /** Notes announced while naming a theme the document did not have. */
    QStringList strays() const { return m_strays; }
    void clear()
    {
        m_log.clear();
        m_strays.clear();
    }

private:
    void record(const char *name, QList<qint64> ids, bool notes)
    {
        std::sort(ids.begin(), ids.end());
        QString line = QLatin1String(name);
        for (qint64 id : std::as_const(ids))
            line += QLatin1Char(' ') + QString::number(id);
        m_log.append(line);
        if (notes) {
            for (qint64 id : std::as_const(ids))
                if (const Note *note = m_document->note(id); note && note->themeId && !m_document->theme(note->themeId))
                    m_strays.append(line);
        } else if (QLatin1String(name) == QLatin1String("themesAboutToBeRemoved")) {
            for (qint64 id : std::as_const(ids))
                if (!m_document->notesInTheme(id).isEmpty())
                    m_strays.append(line + QStringLiteral(" still holds notes"));
        }
    }

    EventDocument *m_document;
    QStringList m_log;
    QStringList m_strays;
};

QString line(const char *name, std::initializer_list<qint64> ids)
{
    QString text = QLatin1String(name);
    for (qint64 id : ids)
        text += QLatin1Char(' ') + QString::number(id);
    return text;
}

/** Each ballot of the round as its themes' titles, sorted. */
QStringList ballotTitles(const EventDocument &document, qint64 roundId)
{
    QStringList result;
    for (const Ballot &ballot : document.ballots(roundId)) {
        QStringList titles;
        for (const QUuid &theme : ballot.themes)
            titles.append(document.themeByUuid(theme) ? document.themeByUuid(theme)->title : QStringLiteral("?"));
        titles.sort();
        result.append(titles.join(QLatin1Char('+')));
    }
    return result;
}

} // namespace

#define VERIFY_STORED(document) QCOMPARE(onDisk((document)->filePath()), EventJson::write((document)->content()))

class TestChanges : public QObject
{
    Q_OBJECT

private:
    /**
     * Notes n0…n5; themes A (n0, n1), B (n2, n3), C (n4); n5 loose. A closed round "R" with
     * ballots {A, B} and {B}, a paper tally of 4 for B; a session per theme, B's placed in
     * the grid. The undo stack is empty.
     */
    std::unique_ptr<EventDocument> themedEvent(TestFolder &folder)
    {
        auto document = folder.newEvent();
        QList<Note> notes;
        for (int i = 0; i < 6; ++i)
            notes.append(EventDocument::makeNote(QStringLiteral("n%1").arg(i), NoteSource::Typed));
        if (!document->addNotes(notes))
            return nullptr;
        const QList<qint64> ids = document->noteIds();
        if (!document->createTheme(QStringLiteral("A"), QStringLiteral("blue"), {ids[0], ids[1]})
            || !document->createTheme(QStringLiteral("B"), QStringLiteral("green"), {ids[2], ids[3]})
            || !document->createTheme(QStringLiteral("C"), QStringLiteral("pink"), {ids[4]}))
            return nullptr;
        const QList<qint64> themes = document->themeIds();
        if (!document->createRound(QStringLiteral("R"), 2) || !document->openRound(document->roundIds().constFirst()))
            return nullptr;
        const qint64 round = document->roundIds().constFirst();
        if (!document->castBallot(round, {themes[0], themes[1]}, Origin::Participant)
            || !document->castBallot(round, {themes[1]}, Origin::Participant) || !document->closeRound(round)
            || !document->setTally(round, themes[1], 4))
            return nullptr;
        Room room;
        room.name = QStringLiteral("Sala 1");
        TimeSlot slot;
        slot.day = QDate(2026, 5, 4);
        slot.start = QTime(10, 0);
        slot.end = QTime(11, 0);
        if (!document->createSessionsFromThemes() || !document->addRoom(room) || !document->addSlot(slot))
            return nullptr;
        if (!document->placeSession(sessionOf(*document, themes[1]), document->slotIds().constFirst(),
                                    document->roomIds().constFirst()))
            return nullptr;
        document->undoStack()->clear();
        return document;
    }

    static qint64 sessionOf(const EventDocument &document, qint64 themeId)
    {
        for (qint64 id : document.sessionIds())
            if (document.session(id)->theme == document.theme(themeId)->uuid)
                return id;
        return 0;
    }

private slots:
    // A view repaints what the signals name: an edit of one note names that note only,
    // and nothing else moves.
    void aNoteEditAnnouncesOnlyThatNote()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        QVERIFY(document);
        const qint64 edited = document->noteIds().at(2);
        Announcements heard(document.get());
        QSignalSpy changed(document.get(), &EventDocument::notesChanged);
        QVERIFY(document->editNoteText(edited, QStringLiteral("texto nuevo")));
        QCOMPARE(heard.log(), QStringList{line("notesChanged", {edited})});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{edited});

        heard.clear();
        document->undoStack()->undo();
        QCOMPARE(heard.log(), QStringList{line("notesChanged", {edited})});
        QCOMPARE(document->note(edited)->text, QStringLiteral("n2"));

        // Renaming a theme names that theme, and its notes stay in it (an upsert, not a
        // delete and insert that would take them out through the file's ON DELETE SET NULL).
        const qint64 b = document->themeIds().at(1);
        Theme renamed = *document->theme(b);
        renamed.title = QStringLiteral("Bee");
        heard.clear();
        QVERIFY(document->updateTheme(renamed));
        QCOMPARE(heard.log(), QStringList{line("themesChanged", {b})});
        FileCheck check;
        auto reopened = EventDocument::open(document->filePath(), true, &check);
        QVERIFY(reopened);
        QCOMPARE(reopened->theme(b)->title, QStringLiteral("Bee"));
        QCOMPARE(reopened->notesInTheme(b), document->notesInTheme(b));
        QCOMPARE(reopened->notesInTheme(b).size(), 2);
    }

    // A merge names the notes that moved (not the kept theme's own), the theme that went,
    // the sessions and the votes; notes leave the merged theme before it goes. Undo brings
    // the theme back before its notes rejoin it.
    void aMergeAnnouncesWhatItTouchedInOrder()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        QVERIFY(document);
        const QList<qint64> notes = document->noteIds();
        const qint64 a = document->themeIds().at(0);
        const qint64 b = document->themeIds().at(1);
        Announcements heard(document.get());
        QSignalSpy themesChanged(document.get(), &EventDocument::themesChanged);
        QVERIFY(document->mergeThemes(a, {b}));
        QCOMPARE(heard.log(), (QStringList{line("notesChanged", {notes[2], notes[3]}), QStringLiteral("agendaChanged"),
                                           QStringLiteral("votesChanged"), line("themesAboutToBeRemoved", {b}),
                                           line("themesRemoved", {b})}));
        QCOMPARE(themesChanged.count(), 0); // A itself did not change
        QVERIFY2(heard.strays().isEmpty(), qPrintable(heard.strays().join(u'\n')));

        heard.clear();
        document->undoStack()->undo();
        QCOMPARE(heard.log(), (QStringList{line("themesAdded", {b}), line("notesChanged", {notes[2], notes[3]}),
                                           QStringLiteral("agendaChanged"), QStringLiteral("votesChanged")}));
        QVERIFY2(heard.strays().isEmpty(), qPrintable(heard.strays().join(u'\n')));
    }

    // Undoing a merge restores everything it moved: the theme (same id and UUID), its
    // notes, the ballots that named it, its paper tally and its session, in memory and file.
    void undoingAMergeRestoresNotesBallotsAndSessions()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        QVERIFY(document);
        const qint64 round = document->roundIds().constFirst();
        const qint64 a = document->themeIds().at(0);
        const qint64 b = document->themeIds().at(1);
        const Theme themeB = *document->theme(b);
        const qint64 sessionB = sessionOf(*document, b);
        const QList<qint64> inB = document->notesInTheme(b);
        const EventContent before = document->content();
        QCOMPARE(ballotTitles(*document, round), (QStringList{QStringLiteral("A+B"), QStringLiteral("B")}));

        QVERIFY(document->mergeThemes(a, {b}));
        QVERIFY(!document->theme(b));
        for (qint64 id : inB)
            QCOMPARE(document->note(id)->themeId, a);
        QCOMPARE(ballotTitles(*document, round), (QStringList{QStringLiteral("A"), QStringLiteral("A")}));
        QCOMPARE(document->tally(round, document->theme(a)->uuid), 4);
        QCOMPARE(document->session(sessionB)->theme, document->theme(a)->uuid);
        QVERIFY(document->placement(sessionB)); // still scheduled
        const EventContent merged = document->content();
        VERIFY_STORED(document);

        document->undoStack()->undo();
        QCOMPARE(*document->theme(b), themeB);
        QCOMPARE(document->notesInTheme(b), inB);
        QCOMPARE(ballotTitles(*document, round), (QStringList{QStringLiteral("A+B"), QStringLiteral("B")}));
        QCOMPARE(document->tally(round, themeB.uuid), 4);
        QCOMPARE(document->tally(round, document->theme(a)->uuid), 0);
        QCOMPARE(document->session(sessionB)->theme, themeB.uuid);
        QCOMPARE(EventJson::write(document->content()), EventJson::write(before));
        VERIFY_STORED(document);

        document->undoStack()->redo();
        QCOMPARE(EventJson::write(document->content()), EventJson::write(merged));
        VERIFY_STORED(document);
    }

    // A participant's note arriving between a facilitator's step and its undo neither
    // breaks the step nor is undone by it: ids are never reused, and each step restores
    // only what it changed.
    void aStepStaysValidAroundAParticipantsNote()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        QVERIFY(document);
        const QList<qint64> ids = document->noteIds();
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);

        QVERIFY(document->createTheme(QStringLiteral("D"), QStringLiteral("yellow"), {ids[5]}));
        const qint64 d = document->themeIds().constLast();
        QVERIFY(document->removeNotes({ids[0], ids[4]}));
        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("from the kiosk"), NoteSource::Kiosk)},
                                   Origin::Participant));
        const qint64 kiosk = document->noteIds().constLast();
        QVERIFY(!ids.contains(kiosk));
        QCOMPARE(document->undoStack()->count(), 2);
        const EventContent withKiosk = document->content();

        document->undoStack()->undo(); // the deletion: both notes back, in their themes
        QCOMPARE(document->note(ids[0])->text, QStringLiteral("n0"));
        QCOMPARE(document->theme(document->note(ids[0])->themeId)->title, QStringLiteral("A"));
        QCOMPARE(document->theme(document->note(ids[4])->themeId)->title, QStringLiteral("C"));
        document->undoStack()->undo(); // theme D
        QVERIFY(!document->theme(d));
        QCOMPARE(document->note(ids[5])->themeId, 0);
        QCOMPARE(document->note(kiosk)->text, QStringLiteral("from the kiosk"));
        QCOMPARE(document->noteCount(), 7);
        VERIFY_STORED(document);

        // Another participant's note while the steps are undone: redo still fits.
        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("and another"), NoteSource::Kiosk)},
                                   Origin::Participant));
        const qint64 another = document->noteIds().constLast();
        QVERIFY(another != kiosk && !ids.contains(another));
        document->undoStack()->redo();
        document->undoStack()->redo();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(document->theme(d)->title, QStringLiteral("D"));
        QCOMPARE(document->note(ids[5])->themeId, d);
        QVERIFY(!document->note(ids[0]) && !document->note(ids[4]));
        QCOMPARE(document->note(another)->text, QStringLiteral("and another"));
        EventContent expected = withKiosk;
        expected.notes.append(*document->note(another));
        QCOMPARE(EventJson::write(document->content()), EventJson::write(expected));
        VERIFY_STORED(document);
    }

    // A write the file refuses part-way through a step (the votes, after the themes and
    // notes were written) is rolled back whole: memory, file and views unchanged, no step.
    // When it refuses an undo, the step stays done and leaves no redo behind.
    void aRefusedWriteChangesNothing()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        QVERIFY(document);
        const qint64 a = document->themeIds().at(0);
        const qint64 b = document->themeIds().at(1);
        QVERIFY(document->moveNotes({{document->noteIds().constLast(), QPointF(3000, 0)}}));
        const QByteArray before = EventJson::write(document->content());
        const QByteArray beforeOnDisk = onDisk(document->filePath());
        QCOMPARE(beforeOnDisk, before);
        {
            RawDb raw(document->filePath());
            QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON ballot_choice "
                                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
                     qPrintable(raw.error()));
        }
        Announcements heard(document.get());
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        const Outcome refused = document->mergeThemes(a, {b});
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(heard.log(), QStringList());
        QCOMPARE(document->undoStack()->count(), 1); // the move before it only
        QCOMPARE(EventJson::write(document->content()), before);
        QCOMPARE(onDisk(document->filePath()), before);

        // The file takes the merge once it accepts writes; then it refuses the undo.
        {
            RawDb raw(document->filePath());
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        QVERIFY(document->mergeThemes(a, {b}));
        const QByteArray merged = EventJson::write(document->content());
        {
            RawDb raw(document->filePath());
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON theme BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        heard.clear();
        document->undoStack()->undo();
        QCOMPARE(failed.count(), 2);
        QCOMPARE(heard.log(), QStringList());
        QCOMPARE(EventJson::write(document->content()), merged);
        QCOMPARE(onDisk(document->filePath()), merged);
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(!document->undoStack()->canRedo());
        document->undoStack()->undo(); // the move, which the trigger does not refuse
        QCOMPARE(failed.count(), 2);
        VERIFY_STORED(document);
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
