// `cabildo import FILE PHOTO.jpg` (issue 15), run as a script runs it: every note found on the
// photo becomes an unchecked note with its picture, all in one step; a second photo of the
// same wall leaves its likely duplicates out and names them (--keep-duplicates adds them);
// a photo with no notes, a damaged photo or a file that is not an image is refused with one
// "cabildo: " line and the event file stays byte for byte as it was.
#include "clirun.h"
#include "sqlitepeek.h"
#include "testevent.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <unistd.h>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/**
 * A phone's photo of a paper wall, drawn: a beige wall and `count` sticky notes in rows,
 * slightly turned, each in one of the usual colours with a scribble of its own on it (pen
 * strokes, not a font: a core test has no QGuiApplication to draw text with).
 */
QImage wallPhoto(int count, int seed)
{
    QImage photo(2400, 1600, QImage::Format_RGB32);
    photo.fill(QColor(196, 190, 178));
    QRandomGenerator random{quint32(seed)};
    QPainter painter(&photo);
    const QColor papers[] = {QColor(250, 225, 70), QColor(245, 150, 60), QColor(240, 120, 170), QColor(110, 190, 230),
                             QColor(150, 210, 100)};
    for (int i = 0; i < count; ++i) {
        const QRectF note(150 + (i % 4) * 550, 150 + (i / 4) * 480, 330 + random.bounded(40), 330 + random.bounded(40));
        painter.save();
        painter.translate(note.center());
        painter.rotate(random.bounded(16) - 8);
        painter.translate(-note.center());
        painter.fillRect(note.translated(6, 8), QColor(150, 145, 135)); // its shadow
        painter.fillRect(note, papers[(i + seed) % 5]);
        painter.setPen(QPen(Qt::black, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QRandomGenerator hand(quint32(i * 7919 + 17)); // the same note looks the same on every photo
        for (int line = 0; line < 3; ++line) {
            QPolygonF stroke;
            for (int x = 40; x < note.width() - 40; x += 18)
                stroke.append(note.topLeft() + QPointF(x, 80 + line * 90 + hand.bounded(50)));
            painter.drawPolyline(stroke);
        }
        painter.restore();
    }
    return photo;
}

QString savePhoto(const TestFolder &folder, const QString &name, const QImage &image)
{
    const QString path = folder.path(name);
    QImageWriter writer(path);
    writer.setQuality(90);
    return writer.write(image) ? path : QString();
}

int countOf(const QString &event, const QString &sql)
{
    RawDb raw(event, true);
    return raw.value(sql).toInt();
}

QString newEvent(const TestFolder &folder)
{
    const QString path = folder.path(QStringLiteral("wall.cabildo"));
    const Run run = runCabildo({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Paper wall")});
    return run.exitCode == 0 ? path : QString();
}

} // namespace

// One stderr line, "cabildo: …", and the expected exit code.
#define VERIFY_COMPLAINT(run, code)                                                                                    \
    do {                                                                                                               \
        QCOMPARE((run).exitCode, code);                                                                                \
        QCOMPARE((run).errLines.size(), 1);                                                                            \
        QVERIFY2((run).errLines.constFirst().startsWith(QLatin1String("cabildo: ")),                                   \
                 qPrintable((run).errLines.constFirst()));                                                             \
    } while (false)

class TestPhotoCli : public QObject
{
    Q_OBJECT

private slots:
    void importsEveryNoteUnchecked()
    {
        TestFolder folder;
        const QString event = newEvent(folder);
        QVERIFY(!event.isEmpty());
        const QString photo = savePhoto(folder, QStringLiteral("wall.jpg"), wallPhoto(8, 1));
        QVERIFY(!photo.isEmpty());

        const Run run = runCabildo({QStringLiteral("import"), event, photo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errLines.join(u'\n')));
        QVERIFY(run.errLines.isEmpty());
        QVERIFY2(run.out.startsWith(QLatin1String("Imported 8 note")), qPrintable(run.out));
        QCOMPARE(
            countOf(event, QStringLiteral("SELECT count(*) FROM note WHERE source = 'photo' AND text_checked = 0")), 8);
        QCOMPARE(countOf(event, QStringLiteral("SELECT count(*) FROM note_image")), 8);
        QCOMPARE(
            countOf(event, QStringLiteral("SELECT count(*) FROM note_image i JOIN note n ON n.uuid = i.note_uuid")), 8);
        // One step after one restore point: all or nothing.
        QCOMPARE(countOf(event, QStringLiteral("SELECT count(*) FROM restore_point")), 1);
        // No two notes on one spot of the board.
        QCOMPARE(countOf(event, QStringLiteral("SELECT count(DISTINCT x || ',' || y) FROM note")), 8);

        // A backup carries the pictures, and restores them.
        const QString backup = folder.path(QStringLiteral("wall.json"));
        QCOMPARE(runCabildo({QStringLiteral("backup"), event, backup}).exitCode, 0);
        QVERIFY(readAll(backup).contains("\"picture\""));
        const QString restored = folder.path(QStringLiteral("restored.cabildo"));
        QCOMPARE(
            runCabildo({QStringLiteral("new"), restored, QStringLiteral("--title"), QStringLiteral("Copy")}).exitCode,
            0);
        const Run imported = runCabildo({QStringLiteral("import"), restored, backup});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errLines.join(u'\n')));
        QCOMPARE(countOf(restored, QStringLiteral("SELECT count(*) FROM note_image")), 8);
        QCOMPARE(countOf(restored, QStringLiteral("SELECT count(*) FROM note WHERE text_checked = 0")), 8);
    }

    void secondPhotoOfTheSameWall()
    {
        TestFolder folder;
        const QString event = newEvent(folder);
        const QString first = savePhoto(folder, QStringLiteral("first.jpg"), wallPhoto(4, 2));
        QVERIFY(runCabildo({QStringLiteral("import"), event, first}).exitCode == 0);
        QCOMPARE(countOf(event, QStringLiteral("SELECT count(*) FROM note")), 4);
        const QByteArray before = readAll(event);

        // The same wall again: every note is likely one already there, named, and left out.
        const QString again = savePhoto(folder, QStringLiteral("again.png"), wallPhoto(4, 2));
        Run run = runCabildo({QStringLiteral("import"), event, again});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errLines.size() == 4, qPrintable(run.errLines.join(u'\n')));
        for (const QString &line : std::as_const(run.errLines)) {
            QVERIFY2(line.startsWith(QLatin1String("cabildo: warning: note ")), qPrintable(line));
            QVERIFY2(line.contains(QLatin1String("already in the event")), qPrintable(line));
            QVERIFY2(line.contains(QLatin1String("--keep-duplicates")), qPrintable(line));
        }
        QVERIFY(run.out.contains(QLatin1String("nothing was imported")));
        QCOMPARE(countOf(event, QStringLiteral("SELECT count(*) FROM note")), 4);
        QCOMPARE(readAll(event), before);

        // A wall with two more notes: only the new ones go in.
        const QString more = savePhoto(folder, QStringLiteral("more.jpg"), wallPhoto(6, 2));
        run = runCabildo({QStringLiteral("import"), event, more});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errLines.size(), 4);
        QVERIFY2(run.out.startsWith(QLatin1String("Imported 2 note")), qPrintable(run.out));
        QCOMPARE(countOf(event, QStringLiteral("SELECT count(*) FROM note")), 6);

        // --keep-duplicates: they go in, still named.
        run = runCabildo({QStringLiteral("import"), event, again, QStringLiteral("--keep-duplicates")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errLines.size(), 4);
        QVERIFY(run.errLines.constFirst().contains(QLatin1String("added all the same")));
        QCOMPARE(countOf(event, QStringLiteral("SELECT count(*) FROM note")), 10);
    }

    void refusedPhotosChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");

        QByteArray wall;
        {
            QBuffer buffer(&wall);
            buffer.open(QIODevice::WriteOnly);
            QImage empty(1600, 1200, QImage::Format_RGB32);
            empty.fill(QColor(196, 190, 178));
            empty.save(&buffer, "JPEG", 90);
        }
        QByteArray notes;
        {
            QBuffer buffer(&notes);
            buffer.open(QIODevice::WriteOnly);
            wallPhoto(4, 3).save(&buffer, "JPEG", 90);
        }
        QTest::newRow("no notes") << QStringLiteral("bare.jpg") << wall << QStringLiteral("no sticky notes");
        QTest::newRow("cut short") << QStringLiteral("cut.jpg") << notes.left(notes.size() / 3)
                                   << QStringLiteral("damaged");
        QTest::newRow("not an image") << QStringLiteral("notes.jpg") << QByteArray("text,colour\nparks,yellow\n")
                                      << QStringLiteral("not a JPEG or PNG");
        QTest::newRow("empty") << QStringLiteral("empty.png") << QByteArray() << QStringLiteral("not a JPEG or PNG");
        QByteArray damaged = notes;
        for (qsizetype i = 600; i < damaged.size(); i += 7)
            damaged[i] = char(0xFF); // markers everywhere: the entropy-coded data is garbage
        QTest::newRow("garbage inside") << QStringLiteral("garbage.jpg") << damaged << QString();
    }

    void refusedPhotosChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        TestFolder folder;
        const QString event = newEvent(folder);
        const QString photo = folder.writeFile(name, bytes);
        const QByteArray before = readAll(event);

        const Run run = runCabildo({QStringLiteral("import"), event, photo});
        if (says.isEmpty()) {
            // Whatever a decoder makes of garbage: refused with one line, or notes in one step; never a crash.
            QVERIFY(run.exitCode == 0 || run.exitCode == 1);
            if (run.exitCode == 1)
                QCOMPARE(readAll(event), before);
            return;
        }
        VERIFY_COMPLAINT(run, 1);
        QVERIFY2(run.errLines.constFirst().contains(says), qPrintable(run.errLines.constFirst()));
        QVERIFY2(run.errLines.constFirst().contains(QLatin1String("nothing was imported"), Qt::CaseInsensitive),
                 qPrintable(run.errLines.constFirst()));
        QCOMPARE(readAll(event), before);
        QVERIFY(!QFileInfo::exists(event + QStringLiteral("-wal")));
    }

    void keepDuplicatesIsForPhotos()
    {
        TestFolder folder;
        const QString event = newEvent(folder);
        const QString csv = folder.writeFile(QStringLiteral("notes.csv"), "text\nparks\n");
        const QByteArray before = readAll(event);
        const Run run = runCabildo({QStringLiteral("import"), event, csv, QStringLiteral("--keep-duplicates")});
        VERIFY_COMPLAINT(run, 2);
        QCOMPARE(readAll(event), before);
    }

    void readOnlyEventRefused()
    {
        TestFolder folder;
        const QString event = newEvent(folder);
        const QString photo = savePhoto(folder, QStringLiteral("wall.jpg"), wallPhoto(2, 4));
        if (::geteuid() == 0)
            QSKIP("root writes to read-only files");
        QVERIFY(QFile::setPermissions(event, QFile::ReadOwner));
        const QByteArray before = readAll(event);
        const Run run = runCabildo({QStringLiteral("import"), event, photo});
        VERIFY_COMPLAINT(run, 1);
        QCOMPARE(readAll(event), before);
    }
};

QTEST_GUILESS_MAIN(TestPhotoCli)
#include "tst_photocli.moc"
