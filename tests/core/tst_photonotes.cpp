// Notes from a photo of a paper wall (issue 15): importing them is one undo step after a
// restore point; their pictures are kept by the notes' UUIDs, so undo, redo and restoring a
// point find them; the colour and layout of the wall; checking texts (accept, proposals);
// removing pictures so their bytes are gone from the file; a schema 6 file upgrades; a
// backup carries the pictures and the open-data bundle never does.
#include "document/eventdocument.h"
#include "document/photoimport.h"
#include "document/transcriptionworker.h"
#include "formats/eventjson.h"
#include "opendata/opendataexport.h"
#include "sqlitepeek.h"
#include "testevent.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/** A note's picture: paper, a few strokes and noise, so its JPEG bytes are its own. */
QImage paperPicture(const QColor &paper, int seed)
{
    QImage image(240, 180, QImage::Format_RGB32);
    image.fill(paper);
    QRandomGenerator random(quint32(seed) + 1);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (random.bounded(4) == 0)
                image.setPixelColor(x, y, paper.darker(100 + random.bounded(30)));
    QPainter painter(&image);
    painter.setPen(QPen(Qt::black, 4));
    for (int stroke = 0; stroke < 6; ++stroke)
        painter.drawLine(random.bounded(240), random.bounded(180), random.bounded(240), random.bounded(180));
    return image;
}

QList<PhotoNote> photoNotes(int count, int seed = 0)
{
    QList<PhotoNote> notes;
    for (int i = 0; i < count; ++i) {
        PhotoNote found;
        found.note = Note::create(QString(), NoteSource::Photo);
        found.note.textChecked = false;
        found.note.pos = QPointF(i * 220, 0);
        found.image = paperPicture(QColor(250, 230, 90), seed + i);
        notes.append(found);
    }
    return notes;
}

/**
 * Slices of a picture's stored bytes, one of them found whole wherever SQLite put the row;
 * past the JPEG header, whose tables every picture of the same quality shares.
 */
QList<QByteArray> slicesOf(const QByteArray &bytes)
{
    QList<QByteArray> slices;
    for (qsizetype at = std::max<qsizetype>(1500, bytes.size() / 8); at + 40 < bytes.size(); at += bytes.size() / 12)
        slices.append(bytes.mid(at, 40));
    return slices;
}

/** How many of `slices` the event file and its write-ahead log hold. */
int slicesInFile(const QString &path, const QList<QByteArray> &slices)
{
    const QByteArray bytes = readAll(path) + readAll(path + QStringLiteral("-wal"));
    return int(
        std::count_if(slices.cbegin(), slices.cend(), [&](const QByteArray &slice) { return bytes.contains(slice); }));
}

std::unique_ptr<EventDocument> reopen(const QString &path)
{
    FileCheck check;
    auto document = EventDocument::open(path, false, &check);
    if (!document)
        qWarning("%s", qPrintable(check.message));
    return document;
}

photo::FoundNote foundAt(const QRectF &rect, const QColor &paper, int seed)
{
    photo::FoundNote found;
    found.outline = QPolygonF({rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()});
    found.image = paperPicture(paper, seed);
    found.paper = paper;
    found.score = 1;
    return found;
}

} // namespace

class TestPhotoNotes : public QObject
{
    Q_OBJECT

private slots:
    void importIsOneUndoStepWithPictures()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(document->addNotes({Note::create(QStringLiteral("typed"), NoteSource::Typed)}));
        const int stepsBefore = document->undoStack()->count();
        const qsizetype pointsBefore = document->restorePoints().size();
        QSignalSpy images(document.get(), &EventDocument::noteImagesChanged);

        const QList<PhotoNote> notes = photoNotes(3);
        QVERIFY(document->importPhotoNotes(notes));
        QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Import photo of notes"));
        QCOMPARE(document->restorePoints().size(), pointsBefore + 1); // a bulk action: a point first
        QCOMPARE(images.count(), 1);
        QCOMPARE(document->noteCount(), 4);
        QList<qint64> imported;
        for (qint64 id : document->noteIds())
            if (document->note(id)->source == NoteSource::Photo)
                imported.append(id);
        QCOMPARE(imported.size(), 3);
        QCOMPARE(images.constFirst().constFirst().value<QList<qint64>>(), imported);
        for (qint64 id : imported) {
            QVERIFY(!document->note(id)->textChecked);
            QVERIFY(document->hasNoteImage(id));
            QCOMPARE(document->noteImage(id).size(), QSize(240, 180));
        }
        QCOMPARE(document->uncheckedNoteIds(), imported);

        // Undo removes the notes; redo brings them back with their pictures, found by UUID.
        document->undoStack()->undo();
        QCOMPARE(document->noteCount(), 1);
        for (qint64 id : imported)
            QVERIFY(!document->hasNoteImage(id));
        document->undoStack()->redo();
        QCOMPARE(document->noteCount(), 4);
        for (qint64 id : imported) {
            QVERIFY(document->hasNoteImage(id));
            QVERIFY(!document->noteImage(id).isNull());
        }

        // And after reopening the file.
        const QString path = document->filePath();
        document.reset();
        document = reopen(path);
        QVERIFY(document);
        QCOMPARE(document->schemaVersion(), schema::currentVersion);
        for (qint64 id : imported) {
            QVERIFY(!document->note(id)->textChecked);
            QCOMPARE(document->note(id)->source, NoteSource::Photo);
            QCOMPARE(document->noteImage(id).size(), QSize(240, 180));
        }
    }

    void picturesComeBackWithARestorePoint()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(document->importPhotoNotes(photoNotes(2)));
        const QList<qint64> ids = document->noteIds();
        const QUuid first = document->note(ids.constFirst())->uuid;
        QVERIFY(document->takeRestorePoint(QStringLiteral("before deleting")));
        const qint64 point = document->restorePoints().constFirst().id;
        QVERIFY(document->removeNotes(ids));
        document->undoStack()->clear(); // only the point can bring them back now
        QCOMPARE(document->noteCount(), 0);
        QVERIFY(document->restore(point));
        QCOMPARE(document->noteCount(), 2);
        for (qint64 id : document->noteIds()) {
            QVERIFY(document->hasNoteImage(id));
            QVERIFY(!document->noteImage(id).isNull());
        }
        QVERIFY(std::any_of(document->noteIds().cbegin(), document->noteIds().cend(),
                            [&](qint64 id) { return document->note(id)->uuid == first; }));
        // The point itself holds no picture: its records stay small.
        QVERIFY(document->restorePointBytes() < 20000);
    }

    void colourOfThePaper_data()
    {
        QTest::addColumn<QColor>("paper");
        QTest::addColumn<QString>("key");
        // As a phone photographs them: darker and more saturated than the palette's fills.
        QTest::newRow("yellow") << QColor(225, 205, 45) << QStringLiteral("yellow");
        QTest::newRow("orange") << QColor(235, 130, 40) << QStringLiteral("orange");
        QTest::newRow("pink") << QColor(225, 90, 150) << QStringLiteral("pink");
        QTest::newRow("purple") << QColor(125, 95, 185) << QStringLiteral("purple");
        QTest::newRow("blue") << QColor(70, 160, 215) << QStringLiteral("blue");
        QTest::newRow("green") << QColor(120, 190, 80) << QStringLiteral("green");
        QTest::newRow("white") << QColor(235, 235, 228) << QStringLiteral("grey");
        QTest::newRow("grey in shadow") << QColor(120, 120, 125) << QStringLiteral("grey");
        QTest::newRow("invalid") << QColor() << QStringLiteral("grey");
    }

    void colourOfThePaper()
    {
        QFETCH(QColor, paper);
        QFETCH(QString, key);
        QCOMPARE(nearestColourKey(paper), key);
    }

    void laidOutAsOnTheWall()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QList<Note> typed;
        for (int i = 0; i < 5; ++i)
            typed.append(Note::create(QStringLiteral("typed %1").arg(i), NoteSource::Typed));
        QVERIFY(document->addNotes(typed));

        // Two rows of three on a 4000×3000 photo; the last two overlap by a quarter, and one
        // note of the first row sits a little lower (a tilted photo).
        const QColor yellow(225, 205, 45);
        const QColor blue(70, 160, 215);
        std::vector<photo::FoundNote> found{
            foundAt(QRectF(500, 500, 600, 450), yellow, 1),   foundAt(QRectF(1300, 560, 600, 450), blue, 2),
            foundAt(QRectF(2100, 500, 600, 450), yellow, 3),  foundAt(QRectF(500, 1300, 600, 450), blue, 4),
            foundAt(QRectF(1300, 1300, 600, 450), yellow, 5), foundAt(QRectF(1750, 1350, 600, 450), yellow, 6),
        };
        const QList<PhotoNote> notes = photoNotesFrom(found, QSize(4000, 3000), *document);
        QCOMPARE(notes.size(), 6);
        QList<QRectF> rects;
        for (const PhotoNote &note : notes) {
            QCOMPARE(note.note.source, NoteSource::Photo);
            QVERIFY(!note.note.textChecked);
            QVERIFY(note.note.text.isEmpty());
            QVERIFY(!note.image.isNull());
            rects.append(QRectF(note.note.pos, Note::size()));
        }
        QCOMPARE(notes.at(0).note.colour, QStringLiteral("yellow"));
        QCOMPARE(notes.at(1).note.colour, QStringLiteral("blue"));
        // No two overlap, and none covers a note already on the board.
        for (qsizetype i = 0; i < rects.size(); ++i) {
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
            for (qint64 id : document->noteIds())
                QVERIFY(!rects.at(i).intersects(QRectF(document->note(id)->pos, Note::size())));
        }
        // As on the wall: the first row in one board row, left to right; the second below it.
        QCOMPARE(rects.at(0).top(), rects.at(1).top());
        QCOMPARE(rects.at(1).top(), rects.at(2).top());
        QVERIFY(rects.at(0).left() < rects.at(1).left() && rects.at(1).left() < rects.at(2).left());
        QVERIFY(rects.at(3).top() > rects.at(0).bottom());
        QCOMPARE(rects.at(3).left(), rects.at(0).left());
        QVERIFY(rects.at(4).left() < rects.at(5).left()); // the overlapping pair, side by side

        // One step adds them where they were laid out.
        QVERIFY(document->importPhotoNotes(notes));
        QCOMPARE(document->noteCount(), 11);
        QCOMPARE(document->note(document->noteIds().at(5))->pos, notes.at(0).note.pos);
        QCOMPARE(document->uncheckedNoteIds().size(), 6);
    }

    void noNotesFoundIsNothingToImport()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(photoNotesFrom({}, QSize(4000, 3000), *document).isEmpty());
        const Outcome outcome = document->importPhotoNotes({});
        QVERIFY(!outcome);
        QVERIFY(outcome.error().isEmpty());
        QCOMPARE(document->undoStack()->count(), 0);
    }

    void duplicatesOnlyAgainstEarlierPhotos()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        const QColor yellow(225, 205, 45);
        // The same paper twice on one photo: two notes, never each other's duplicate.
        std::vector<photo::FoundNote> first{foundAt(QRectF(0, 0, 600, 450), yellow, 7),
                                            foundAt(QRectF(700, 0, 600, 450), yellow, 7),
                                            foundAt(QRectF(1400, 0, 600, 450), yellow, 8)};
        QCOMPARE(likelyDuplicates(first, *document), QList<qint64>({0, 0, 0}));
        QVERIFY(document->importPhotoNotes(photoNotesFrom(first, QSize(2000, 450), *document)));
        const QList<qint64> ids = document->noteIds();

        // A second photo of the same wall: the note with seed 8 is the third note, and a new one is new.
        std::vector<photo::FoundNote> second{foundAt(QRectF(0, 0, 600, 450), yellow, 8),
                                             foundAt(QRectF(700, 0, 600, 450), yellow, 99)};
        const QList<qint64> duplicates = likelyDuplicates(second, *document);
        QCOMPARE(duplicates.size(), 2);
        QCOMPARE(duplicates.at(0), ids.at(2));
        QCOMPARE(duplicates.at(1), 0);

        // A note whose picture was removed can no longer be recognised.
        QVERIFY(document->removeNoteImages({ids.at(2)}));
        QCOMPARE(likelyDuplicates(second, *document).at(0), 0);
    }

    void acceptTranscription()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(document->importPhotoNotes(photoNotes(2)));
        const QList<qint64> ids = document->uncheckedNoteIds();
        QCOMPARE(ids.size(), 2);
        const int steps = document->undoStack()->count();
        QSignalSpy changed(document.get(), &EventDocument::notesChanged);

        QVERIFY(!document->acceptTranscription(ids.at(0), QStringLiteral("   ")).ok()); // a checked note says something
        QVERIFY(document->acceptTranscription(ids.at(0), QStringLiteral("  Cafe\u0301 y bibliotecas ")));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Check note"));
        QCOMPARE(changed.count(), 1);
        const Note *checked = document->note(ids.at(0));
        QVERIFY(checked->textChecked);
        QCOMPARE(checked->text, QStringLiteral("Caf\u00e9 y bibliotecas")); // trimmed, NFC
        QCOMPARE(document->uncheckedNoteIds(), QList<qint64>({ids.at(1)}));
        QVERIFY(document->hasNoteImage(ids.at(0))); // the picture stays until removed

        // Accepting the same text again changes nothing; undo makes it unchecked again.
        QVERIFY(!document->acceptTranscription(ids.at(0), checked->text).ok());
        document->undoStack()->undo();
        QVERIFY(!document->note(ids.at(0))->textChecked);
        QVERIFY(document->note(ids.at(0))->text.isEmpty());
        QCOMPARE(document->uncheckedNoteIds(), ids);
    }

    void proposedTexts()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(document->addNotes({Note::create(QStringLiteral("typed"), NoteSource::Typed)}));
        const qint64 typed = document->noteIds().constFirst();
        QVERIFY(document->importPhotoNotes(photoNotes(3)));
        const QList<qint64> ids = document->uncheckedNoteIds();
        const int steps = document->undoStack()->count();
        const int index = document->undoStack()->index();

        // Into an empty unchecked note, as nobody's undo step: the import stays the last step.
        QVERIFY(document->proposeText(ids.at(0), QStringLiteral("Transporte público\n")));
        QCOMPARE(document->note(ids.at(0))->text, QStringLiteral("Transporte público"));
        QVERIFY(!document->note(ids.at(0))->textChecked);
        QCOMPARE(document->undoStack()->count(), steps);
        QCOMPARE(document->undoStack()->index(), index);
        // Never over a text there: a second reading, the facilitator's own words, a checked note.
        QVERIFY(!document->proposeText(ids.at(0), QStringLiteral("Transparent public")).ok());
        QCOMPARE(document->note(ids.at(0))->text, QStringLiteral("Transporte público"));
        QVERIFY(document->editNoteText(ids.at(1), QStringLiteral("Typed by the facilitator")));
        QVERIFY(document->note(ids.at(1))->textChecked);
        QVERIFY(!document->proposeText(ids.at(1), QStringLiteral("OCR")).ok());
        QCOMPARE(document->note(ids.at(1))->text, QStringLiteral("Typed by the facilitator"));
        QVERIFY(!document->proposeText(typed, QStringLiteral("OCR")).ok());
        QVERIFY(!document->proposeText(ids.at(2), QStringLiteral("  ")).ok());
        QVERIFY(!document->proposeText(999999, QStringLiteral("OCR")).ok());

        // Undoing the import removes the notes, proposals and all.
        document->undoStack()->setIndex(index - 1);
        QCOMPARE(document->noteCount(), 1);
    }

    void languagesToReadIn()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        const QStringList all{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")};
        QCOMPARE(TranscriptionWorker::languagesFor(*document), all); // nothing known yet: all four
        QList<Note> notes{Note::create(QStringLiteral("uno"), NoteSource::Typed),
                          Note::create(QStringLiteral("dois"), NoteSource::Typed),
                          Note::create(QStringLiteral("eins"), NoteSource::Typed)};
        notes[0].language = QStringLiteral("es");
        notes[1].language = QStringLiteral("pt-BR");
        notes[2].language = QStringLiteral("de"); // no Tesseract data asked for it
        QVERIFY(document->addNotes(notes));
        QCOMPARE(TranscriptionWorker::languagesFor(*document),
                 QStringList({QStringLiteral("es"), QStringLiteral("pt")}));
    }

    void transcriptionWorkerProposesInTheBackground()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(document->importPhotoNotes(photoNotes(3)));
        const QList<qint64> ids = document->uncheckedNoteIds();
        auto worker = std::make_unique<TranscriptionWorker>(document.get(), QStringList{QStringLiteral("en")});
        if (!worker->isAvailable()) {
            worker->transcribe(ids); // does nothing, changes nothing
            QCOMPARE(worker->pendingCount(), 0);
            QSKIP("no Tesseract data for English: nothing to propose");
        }
        const int steps = document->undoStack()->count();
        QSignalSpy idle(worker.get(), &TranscriptionWorker::idle);
        QSignalSpy read(worker.get(), &TranscriptionWorker::noteRead);
        worker->transcribe(ids);
        QCOMPARE(worker->pendingCount(), 3);
        QVERIFY(idle.wait(120000));
        QCOMPARE(read.count(), 3);
        QCOMPARE(worker->pendingCount(), 0);
        QCOMPARE(document->undoStack()->count(), steps); // proposals are nobody's undo step
        for (qint64 id : ids)
            QVERIFY(!document->note(id)->textChecked); // scribbles or a guess: still to be checked

        // Cancelled, or deleted with work queued: nothing more is proposed, and nothing hangs.
        QVERIFY(document->importPhotoNotes(photoNotes(4, 20)));
        worker->transcribe(document->uncheckedNoteIds());
        worker->cancel();
        QCOMPARE(worker->pendingCount(), 0);
        worker->transcribe(document->uncheckedNoteIds());
        worker.reset();
    }

    void uncheckedInBoardOrder()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QList<PhotoNote> notes = photoNotes(4);
        // Created in this order, but on the board the last is top left and the first bottom right.
        notes[0].note.pos = QPointF(440, 320);
        notes[1].note.pos = QPointF(220, 0);
        notes[2].note.pos = QPointF(0, 320);
        notes[3].note.pos = QPointF(0, 10);
        QVERIFY(document->importPhotoNotes(notes));
        const QList<qint64> ids = document->noteIds();
        QCOMPARE(document->uncheckedNoteIds(), QList<qint64>({ids.at(3), ids.at(1), ids.at(2), ids.at(0)}));
        // Hidden notes are not the room's: not in the list either.
        QVERIFY(document->hideNotes({ids.at(1)}));
        QCOMPARE(document->uncheckedNoteIds(), QList<qint64>({ids.at(3), ids.at(2), ids.at(0)}));
    }

    void removedPicturesAreGoneFromTheFile()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        const QList<PhotoNote> notes = photoNotes(3, 40);
        QVERIFY(document->importPhotoNotes(notes));
        const QList<qint64> ids = document->noteIds();
        QList<QList<QByteArray>> slices;
        for (const PhotoNote &note : notes)
            slices.append(slicesOf(NoteImage::encode(note.note.uuid, note.image).bytes));
        const QString path = document->filePath();
        for (const QList<QByteArray> &picture : std::as_const(slices))
            QVERIFY(slicesInFile(path, picture) > 0); // the search does find a stored picture

        QSignalSpy images(document.get(), &EventDocument::noteImagesChanged);
        const int steps = document->undoStack()->count();
        QVERIFY(document->removeNoteImages({ids.at(0)}));
        QCOMPARE(images.count(), 1);
        QCOMPARE(document->undoStack()->count(), steps); // not undoable: the point is that they are gone
        QVERIFY(!document->hasNoteImage(ids.at(0)));
        QVERIFY(document->noteImage(ids.at(0)).isNull());
        QVERIFY(document->hasNoteImage(ids.at(1)));
        QCOMPARE(slicesInFile(path, slices.at(0)), 0);
        QVERIFY(slicesInFile(path, slices.at(1)) > 0);
        QVERIFY(!document->removeNoteImages({ids.at(0)}).ok()); // nothing left to remove

        // Undo and redo of the import do not bring a removed picture back.
        document->undoStack()->undo();
        document->undoStack()->redo();
        QVERIFY(!document->hasNoteImage(ids.at(0)));

        // All at once, those of deleted notes too (an undo could have brought them back).
        QVERIFY(document->removeNotes({ids.at(2)}));
        QVERIFY(document->removeAllNoteImages());
        for (const QList<QByteArray> &picture : std::as_const(slices))
            QCOMPARE(slicesInFile(path, picture), 0);
        document->undoStack()->undo(); // the deleted note comes back, without its picture
        QCOMPARE(document->noteCount(), 3);
        for (qint64 id : ids)
            QVERIFY(!document->hasNoteImage(id));
        document.reset();
        for (const QList<QByteArray> &picture : std::as_const(slices))
            QCOMPARE(slicesInFile(path, picture), 0);
    }

    void readOnlyRefuses()
    {
        TestFolder folder;
        QString path;
        {
            auto document = folder.newEvent();
            QVERIFY(document->importPhotoNotes(photoNotes(1)));
            path = document->filePath();
        }
        FileCheck check;
        auto readOnly = EventDocument::open(path, true, &check);
        QVERIFY(readOnly && readOnly->isReadOnly());
        const qint64 id = readOnly->noteIds().constFirst();
        QVERIFY(readOnly->hasNoteImage(id)); // shown, not changed
        QVERIFY(!readOnly->importPhotoNotes(photoNotes(1)).ok());
        QVERIFY(!readOnly->removeNoteImages({id}).ok());
        QVERIFY(!readOnly->removeAllNoteImages().ok());
        QVERIFY(!readOnly->proposeText(id, QStringLiteral("text")).ok());
        QVERIFY(!readOnly->acceptTranscription(id, QStringLiteral("text")).ok());
        QVERIFY(readOnly->hasNoteImage(id));
    }

    void schema6FileUpgrades()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("old.cabildo"));
        QString error;
        QVERIFY2(createEventOfVersion(path, 6, &error), qPrintable(error));
        {
            RawDb raw(path);
            QVERIFY2(raw.exec(QStringLiteral("INSERT INTO note (uuid, text, colour, x, y, source, created_at) VALUES "
                                             "('6f1c1b6e-0000-4000-8000-0000000000aa', 'from version 6', 'yellow', "
                                             "0, 0, 'typed', '2026-01-01T00:00:00.000Z')")),
                     qPrintable(raw.error()));
        }
        // Read-only, it stays version 6 and reads as checked, with no pictures.
        {
            FileCheck check;
            auto readOnly = EventDocument::open(path, true, &check);
            QVERIFY(readOnly);
            QCOMPARE(readOnly->schemaVersion(), 6);
            QVERIFY(readOnly->note(readOnly->noteIds().constFirst())->textChecked);
            QVERIFY(!readOnly->hasNoteImage(readOnly->noteIds().constFirst()));
            QVERIFY(readOnly->uncheckedNoteIds().isEmpty());
        }
        auto document = reopen(path);
        QVERIFY(document);
        QCOMPARE(document->schemaVersion(), 7);
        QCOMPARE(document->noteCount(), 1);
        QVERIFY(document->note(document->noteIds().constFirst())->textChecked);
        QVERIFY(document->importPhotoNotes(photoNotes(1)));
        QCOMPARE(document->uncheckedNoteIds().size(), 1);
        document.reset();
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 7);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM note_image")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT text_checked FROM note WHERE text = 'from version 6'")).toInt(), 1);
    }

    void backupCarriesPicturesAndRestores()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(document->importPhotoNotes(photoNotes(3)));
        const QList<qint64> ids = document->noteIds();
        QVERIFY(document->acceptTranscription(ids.at(0), QStringLiteral("Checked")));
        QVERIFY(document->proposeText(ids.at(1), QStringLiteral("Proposed")));
        QVERIFY(document->removeNoteImages({ids.at(2)}));

        const QByteArray json = EventJson::write(document->backupContent());
        QVERIFY(json.contains("\"version\": 4"));
        QCOMPARE(json.count("\"picture\""), 2);
        QCOMPARE(json.count("\"text_checked\": false"), 2);
        QVERIFY(json.contains("\"source\": \"photo\""));
        // content() is what restore points and the open data start from: no pictures.
        QVERIFY(!EventJson::write(document->content()).contains("\"picture\""));

        const EventJson::ReadResult read = EventJson::read(json);
        QVERIFY2(read.ok(), qPrintable(read.path + QStringLiteral(": ") + read.error));
        QCOMPARE(read.content.noteImages.size(), 2);
        auto restored = folder.newEvent(QStringLiteral("restored.cabildo"));
        QVERIFY(restored->importContent(read.content));
        QCOMPARE(notesOf(*restored), notesOf(*document));
        const QList<qint64> restoredIds = restored->noteIds();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(restored->hasNoteImage(restoredIds.at(i)));
            QCOMPARE(restored->noteImage(restoredIds.at(i)), document->noteImage(ids.at(i))); // the same bytes
        }
        QVERIFY(!restored->hasNoteImage(restoredIds.at(2)));
        QCOMPARE(restored->uncheckedNoteIds(), document->uncheckedNoteIds());
        // The backup of the restored event is the same document.
        QCOMPARE(EventJson::write(restored->backupContent()), json);
    }

    void backupWithADamagedPictureIsRefused()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(document->importPhotoNotes(photoNotes(1)));
        const QByteArray json = EventJson::write(document->backupContent());
        const qsizetype data = json.indexOf("\"data\": \"") + 9;
        QVERIFY(data > 9);

        QByteArray notBase64 = json;
        notBase64.replace(data, 4, "!!!!");
        EventJson::ReadResult read = EventJson::read(notBase64);
        QVERIFY(!read.ok());
        QCOMPARE(read.path, QStringLiteral("/notes/0/picture/data"));

        QByteArray notAPicture = json;
        notAPicture.replace(data, 8, "AAAAAAAA");
        read = EventJson::read(notAPicture);
        QVERIFY(!read.ok());
        QCOMPARE(read.path, QStringLiteral("/notes/0/picture/data"));

        QByteArray wrongSize = json;
        wrongSize.replace("\"width\": 240", "\"width\": 241");
        read = EventJson::read(wrongSize);
        QVERIFY(!read.ok());
        QCOMPARE(read.path, QStringLiteral("/notes/0/picture"));

        // A picture, an unchecked text or the photo source in a version 3 document: refused by its schema.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        root.insert(QStringLiteral("version"), 3);
        read = EventJson::read(QJsonDocument(root).toJson());
        QVERIFY(!read.ok());
        QVERIFY2(read.path.startsWith(QLatin1String("/notes/0")), qPrintable(read.path));

        // An empty text is only for a note whose text is not checked.
        QVERIFY(EventJson::read(json).ok());
        QByteArray checkedEmpty = json;
        checkedEmpty.replace("\"text_checked\": false", "\"text_checked\": true");
        QVERIFY(!EventJson::read(checkedEmpty).ok());
    }

    void openDataNeverCarriesPictures()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        const QList<PhotoNote> notes = photoNotes(2, 70);
        QVERIFY(document->importPhotoNotes(notes));
        const QList<qint64> ids = document->noteIds();
        QVERIFY(document->acceptTranscription(ids.at(0), QStringLiteral("Checked note")));
        QVERIFY(document->proposeText(ids.at(1), QStringLiteral("Unchecked proposal")));
        ExportOptions options;
        options.includeNotes = true;
        options.generatedAt = QDateTime(QDate(2026, 5, 4), QTime(12, 0), QTimeZone::utc());
        const QString dir = folder.path(QStringLiteral("bundle"));
        // Even given the backup's content, pictures and all.
        const ExportReport report = OpenDataExport::run(document->backupContent(), dir, options, false);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.notes, 1); // an unchecked proposal is not published

        QList<QByteArray> needles;
        for (const PhotoNote &note : notes) {
            const QByteArray bytes = NoteImage::encode(note.note.uuid, note.image).bytes;
            needles += slicesOf(bytes);
            needles.append(bytes.mid(0, 300).toBase64().left(200));
        }
        int files = 0;
        for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QByteArray bytes = readAll(it.next());
            ++files;
            for (const QByteArray &needle : std::as_const(needles))
                QVERIFY2(!bytes.contains(needle), qPrintable(it.filePath()));
            QVERIFY2(!bytes.contains("Unchecked proposal"), qPrintable(it.filePath()));
        }
        QVERIFY(files > 3);
    }
};

QTEST_GUILESS_MAIN(TestPhotoNotes)
#include "tst_photonotes.moc"
