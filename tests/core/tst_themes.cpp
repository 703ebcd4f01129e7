// Themes by hand: every change is one undo step, stored in the event file, and the file
// and memory agree after undo and redo. Version-1 files (no themes) are upgraded.
#include "document/boardplacement.h"
#include "document/eventdocument.h"
#include "sqlitepeek.h"
#include "storage/schema.h"
#include "testevent.h"

#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/** Each note's theme, by note text, as the file says after reopening it. */
QMap<QString, QString> themesOnDisk(const QString &path)
{
    FileCheck check;
    auto reopened = EventDocument::open(path, true, &check);
    QMap<QString, QString> result;
    if (!reopened)
        return result;
    for (qint64 id : reopened->noteIds()) {
        const Note *note = reopened->note(id);
        result.insert(note->text, note->themeId ? reopened->theme(note->themeId)->title : QString());
    }
    return result;
}

QMap<QString, QString> themesInMemory(const EventDocument &document)
{
    QMap<QString, QString> result;
    for (qint64 id : document.noteIds()) {
        const Note *note = document.note(id);
        result.insert(note->text, note->themeId ? document.theme(note->themeId)->title : QString());
    }
    return result;
}

} // namespace

class TestThemes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EventDocument> eventWith(TestFolder &folder, const QStringList &texts)
    {
        auto document = folder.newEvent();
        QList<Note> notes;
        for (const QString &text : texts)
            notes.append(EventDocument::makeNote(text, NoteSource::Typed));
        document->addNotes(notes);
        document->undoStack()->clear();
        return document;
    }

private slots:
    void createSplitMergeDissolveUndoRedo()
    {
        TestFolder folder;
        auto document =
            eventWith(folder, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        const QString path = document->filePath();
        const QList<qint64> ids = document->noteIds();
        QUndoStack *stack = document->undoStack();

        QVERIFY(document->createTheme(QStringLiteral("Open data"), QStringLiteral("blue"), {ids[0], ids[1], ids[2]}));
        const qint64 openData = document->themeIds().constFirst();
        QCOMPARE(document->notesInTheme(openData), (QList<qint64>{ids[0], ids[1], ids[2]}));
        QCOMPARE(stack->count(), 1);

        // Split: a new theme from part of one.
        QVERIFY(document->createTheme(QStringLiteral("Portals"), QStringLiteral("green"), {ids[2]}));
        const qint64 portals = document->themeIds().constLast();
        QVERIFY(stack->text(1).contains(QStringLiteral("Split")));
        QCOMPARE(document->note(ids[2])->themeId, portals);

        // A note belongs to at most one theme: moving it takes it out of the other.
        QVERIFY(document->assignNotes({ids[3]}, portals));
        QCOMPARE(document->notesInTheme(portals), (QList<qint64>{ids[2], ids[3]}));

        // Rename, recolour, collapse.
        Theme renamed = *document->theme(openData);
        renamed.title = QStringLiteral("Datos abiertos");
        renamed.collapsed = true;
        QVERIFY(document->updateTheme(renamed));
        QCOMPARE(document->theme(openData)->title, QStringLiteral("Datos abiertos"));
        QVERIFY(document->theme(openData)->collapsed);

        // Merge portals into open data.
        QVERIFY(document->mergeThemes(openData, {portals}));
        QCOMPARE(document->themeCount(), 1);
        QCOMPARE(document->notesInTheme(openData), ids);
        const QMap<QString, QString> merged = themesInMemory(*document);
        QCOMPARE(themesOnDisk(path), merged);

        // Undo the merge: portals comes back, same id, same notes.
        stack->undo();
        QCOMPARE(document->themeCount(), 2);
        QVERIFY(document->theme(portals));
        QCOMPARE(document->notesInTheme(portals), (QList<qint64>{ids[2], ids[3]}));
        QCOMPARE(themesOnDisk(path), themesInMemory(*document));
        stack->redo();
        QCOMPARE(themesInMemory(*document), merged);

        // Dissolve: the notes stay, in no theme; undo brings the theme back.
        QVERIFY(document->dissolveTheme(openData));
        QCOMPARE(document->themeCount(), 0);
        QCOMPARE(document->noteCount(), 4);
        QVERIFY(document->notesInTheme(0).size() == 4);
        stack->undo();
        QCOMPARE(themesInMemory(*document), merged);

        // Undo everything: no themes, on disk too.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(document->themeCount(), 0);
        for (const QString &theme : themesOnDisk(path))
            QVERIFY(theme.isEmpty());
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(themesOnDisk(path), themesInMemory(*document));
    }

    // Accepted suggestions gather each theme's notes into a block of its own, in free
    // space clear of the notes that stay, so the frames never overlap; undo puts them back.
    void acceptedThemesAreGathered()
    {
        TestFolder folder;
        QStringList texts;
        for (int i = 0; i < 9; ++i)
            texts.append(QStringLiteral("nota %1").arg(i));
        auto document = eventWith(folder, texts);
        const QList<qint64> ids = document->noteIds();
        QHash<qint64, QPointF> before;
        for (qint64 id : ids)
            before.insert(id, document->note(id)->pos);
        // Interleaved groups, as suggestions usually are on a wall typed in any order.
        const QList<QList<qint64>> groups{{ids[0], ids[3], ids[6]}, {ids[1], ids[4], ids[7]}};
        Theme a, b;
        a.title = QStringLiteral("A");
        b.title = QStringLiteral("B");
        QVERIFY(document->createThemes({a, b}, groups));
        QCOMPARE(document->undoStack()->count(), 1);

        auto area = [&](const QList<qint64> &notes) {
            QRectF rect;
            for (qint64 id : notes)
                rect |= QRectF(document->note(id)->pos, Note::size());
            return rect;
        };
        const QRectF first = area(groups[0]);
        const QRectF second = area(groups[1]);
        QVERIFY(!first.adjusted(-60, -60, 60, 60).intersects(second));
        for (qint64 id : {ids[2], ids[5], ids[8]}) {
            const QRectF note(document->note(id)->pos, Note::size());
            QVERIFY(!BoardPlacement::frameAround(first).intersects(note));
            QVERIFY(!BoardPlacement::frameAround(second).intersects(note));
        }
        for (qint64 id : {ids[2], ids[5], ids[8]})
            QCOMPARE(document->note(id)->pos, before.value(id)); // the others stay
        // Notes that only moved are stored by their theme and place alone: the file has
        // them as memory does, every other field too.
        auto fileMatches = [&] {
            FileCheck check;
            auto reopened = EventDocument::open(document->filePath(), true, &check);
            QVERIFY(reopened);
            for (qint64 id : ids)
                QCOMPARE(*reopened->note(id), *document->note(id));
        };
        fileMatches();

        document->undoStack()->undo();
        for (qint64 id : ids)
            QCOMPARE(document->note(id)->pos, before.value(id));
        QCOMPARE(document->themeCount(), 0);
        fileMatches();
    }

    // Ctrl+G on notes picked from all over the wall: they gather below it rather than
    // frame the notes between them; notes side by side stay where they are.
    void scatteredNotesGatherIntoTheirTheme()
    {
        TestFolder folder;
        QStringList texts;
        for (int i = 0; i < 9; ++i)
            texts.append(QStringLiteral("nota %1").arg(i));
        auto document = eventWith(folder, texts);
        const QList<qint64> ids = document->noteIds();
        QHash<qint64, QPointF> before;
        for (qint64 id : ids)
            before.insert(id, document->note(id)->pos);
        auto area = [&](const QList<qint64> &notes) {
            QRectF rect;
            for (qint64 id : notes)
                rect |= QRectF(document->note(id)->pos, Note::size());
            return rect;
        };

        // The first two notes of the first row are neighbours: nothing moves.
        QVERIFY(!area({ids[0], ids[1]}).intersects(area({ids[2]})));
        QVERIFY(document->createTheme(QStringLiteral("Side by side"), QString(), {ids[0], ids[1]}));
        QCOMPARE(document->note(ids[0])->pos, before.value(ids[0]));
        QCOMPARE(document->note(ids[1])->pos, before.value(ids[1]));
        document->undoStack()->undo();

        // The first and the last note: other notes lie between them.
        int between = 0;
        for (int i = 1; i < 8; ++i)
            between += area({ids[0], ids[8]}).intersects(area({ids[i]}));
        QVERIFY(between > 0);
        QVERIFY(document->createTheme(QStringLiteral("Scattered"), QString(), {ids[0], ids[8]}));
        const QRectF frame = area({ids[0], ids[8]});
        for (int i = 1; i < 8; ++i) {
            QVERIFY(!frame.intersects(area({ids[i]})));
            QCOMPARE(document->note(ids[i])->pos, before.value(ids[i]));
        }
        QCOMPARE(document->undoStack()->count(), 1);
        {
            FileCheck check;
            auto reopened = EventDocument::open(document->filePath(), true, &check);
            QCOMPARE(reopened->note(ids[8])->pos, document->note(ids[8])->pos);
        }
        document->undoStack()->undo();
        for (qint64 id : ids)
            QCOMPARE(document->note(id)->pos, before.value(id));
        QCOMPARE(document->themeCount(), 0);
    }

    void refusedChanges()
    {
        TestFolder folder;
        auto document = eventWith(folder, {QStringLiteral("a")});
        const qint64 note = document->noteIds().constFirst();
        QVERIFY(!document->createTheme(QStringLiteral("  "), QStringLiteral("blue"), {note}));
        QVERIFY(!document->createTheme(QStringLiteral("Empty"), QStringLiteral("blue"), {}));
        QVERIFY(!document->assignNotes({note}, 999));
        QVERIFY(!document->mergeThemes(999, {}));
        QCOMPARE(document->undoStack()->count(), 0);

        // A failed write leaves no theme and no step.
        {
            RawDb raw(document->filePath());
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE UPDATE ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        QVERIFY(!document->createTheme(QStringLiteral("Half"), QStringLiteral("blue"), {note}));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(document->themeCount(), 0);
        QCOMPARE(document->undoStack()->count(), 0);
        {
            RawDb raw(document->filePath());
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM theme")).toInt(), 0); // the insert was rolled back
        }
    }

    // A file from version 1 (no themes) opens, is upgraded, and keeps its notes.
    void versionOneFileIsUpgraded()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("v1.cabildo"));
        {
            RawDb raw(path);
            for (
                const char *sql :
                {"CREATE TABLE event (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL, namespace TEXT NOT NULL,"
                 " title TEXT NOT NULL, acronym TEXT NOT NULL, timezone TEXT NOT NULL, created_at TEXT NOT NULL)",
                 "CREATE TABLE note (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, text TEXT NOT NULL, language TEXT"
                 " NOT NULL DEFAULT '', colour TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, ref TEXT NOT NULL DEFAULT"
                 " '', tags TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT"
                 " '', country TEXT NOT NULL DEFAULT '', sector TEXT NOT NULL DEFAULT '', show_name INTEGER NOT NULL"
                 " DEFAULT 0 CHECK (show_name IN (0, 1)), source TEXT NOT NULL, created_at TEXT NOT NULL)",
                 "INSERT INTO event VALUES (1, '6f1c1b6e-0000-4000-8000-000000000001', '6f1c1b6e-0000-4000-8000-000000000002',"
                 " 'Old event', 'oldevent', 'UTC', '2026-01-01T00:00:00.000Z')",
                 "INSERT INTO note (uuid, text, colour, x, y, source, created_at) VALUES"
                 " ('6f1c1b6e-0000-4000-8000-000000000003', 'Una nota de antes', 'pink', 0, 0, 'typed',"
                 " '2026-01-01T00:00:00.000Z')",
                 "PRAGMA application_id = 1128418372", "PRAGMA user_version = 1"})
                QVERIFY2(raw.exec(QString::fromLatin1(sql)), qPrintable(raw.error()));
        }
        // Read-only: no upgrade, yet it reads.
        FileCheck check;
        auto readOnly = EventDocument::open(path, true, &check);
        QVERIFY2(readOnly, qPrintable(check.message));
        QCOMPARE(readOnly->schemaVersion(), 1);
        QCOMPARE(readOnly->noteCount(), 1);
        QCOMPARE(readOnly->themeCount(), 0);
        readOnly.reset();

        auto upgraded = EventDocument::open(path, false, &check);
        QVERIFY2(upgraded, qPrintable(check.message));
        QCOMPARE(upgraded->schemaVersion(), schema::currentVersion);
        QCOMPARE(upgraded->note(upgraded->noteIds().constFirst())->text, QStringLiteral("Una nota de antes"));
        QVERIFY(upgraded->createTheme(QStringLiteral("Antes"), QStringLiteral("pink"), upgraded->noteIds()));
        upgraded.reset();
        QCOMPARE(themesOnDisk(path).value(QStringLiteral("Una nota de antes")), QStringLiteral("Antes"));
    }
};

QTEST_GUILESS_MAIN(TestThemes)
#include "tst_themes.moc"
