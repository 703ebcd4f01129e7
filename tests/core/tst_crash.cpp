// "Never lose work": a Cabildo killed outright (SIGKILL, a power cut as far as the file
// can tell) keeps every note it had reported as added, the file passes SQLite's own
// integrity check, and the lock the dead process left behind does not lock the user out.
// Killed while it takes a restore point or restores one (issue 14), the event is as it was
// before or after, never between.
#include "realsizeevent.h"
#include "sqlitepeek.h"
#include "testevent.h"

#include "storage/eventstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <signal.h>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/**
 * Runs the helper on `path` with `arguments` until it has printed `lines` lines, then kills
 * it somewhere inside its next piece of work (a random moment within about the time one
 * piece took), and collects every complete line it printed.
 */
bool runAndKill(const QString &path, const QStringList &arguments, int lines, QStringList *printed)
{
    QProcess helper;
    helper.start(QStringLiteral(CABILDO_CRASH_HELPER), QStringList{path} + arguments);
    if (!helper.waitForStarted()) {
        qWarning("%s", qPrintable(helper.errorString()));
        return false;
    }
    QElapsedTimer sinceLast;
    qint64 longest = 1;
    while (printed->size() < lines) {
        if (!helper.canReadLine() && !helper.waitForReadyRead(60000)) {
            qWarning("helper stopped: %s", helper.readAllStandardError().constData());
            return false;
        }
        while (helper.canReadLine()) {
            printed->append(QString::fromLatin1(helper.readLine().trimmed()));
            if (sinceLast.isValid())
                longest = std::max(longest, sinceLast.elapsed());
            sinceLast.start();
        }
    }
    QThread::msleep(QRandomGenerator::global()->bounded(quint32(longest + 1)));
    if (::kill(pid_t(helper.processId()), SIGKILL) != 0 || !helper.waitForFinished(10000)
        || helper.exitStatus() != QProcess::CrashExit)
        return false;
    const QList<QByteArray> rest = helper.readAllStandardOutput().split('\n');
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) // complete lines were printed after their commit
        printed->append(QString::fromLatin1(rest.at(i).trimmed()));
    return true;
}

/** The file after the kill: SQLite's full check says ok, and Cabildo opens it for writing. */
std::unique_ptr<EventDocument> openAfterKill(const QString &path)
{
    {
        RawDb db(path, true);
        const QString verdict = db.value(QStringLiteral("PRAGMA integrity_check")).toString();
        if (verdict != QLatin1String("ok")) {
            qWarning("integrity_check: %s", qPrintable(verdict));
            return nullptr;
        }
    }
    FileCheck opened;
    auto document = EventDocument::open(path, false, &opened);
    if (!document || document->isReadOnly())
        qWarning("not opened for writing: %s", qPrintable(opened.message));
    return document;
}

/** What an event holds, by lasting identity (row ids aside): notes, themes and the event's title. */
QStringList signature(const EventDocument &document)
{
    QStringList lines{document.event().title};
    for (qint64 id : document.noteIds()) {
        const Note *note = document.note(id);
        const Theme *theme = document.theme(note->themeId);
        lines.append(QStringLiteral("note %1 %2 %3,%4 %5")
                         .arg(note->uuid.toString(), note->text)
                         .arg(note->pos.x())
                         .arg(note->pos.y())
                         .arg(theme ? theme->uuid.toString() : QString()));
    }
    for (qint64 id : document.themeIds())
        lines.append(QStringLiteral("theme %1 %2").arg(document.theme(id)->uuid.toString(), document.theme(id)->title));
    lines.sort();
    return lines;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileAddingNotes()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QVERIFY(folder.newEvent());
        QSet<QString> printed;
        int kills = 0;
        // Three kills in a row on the same file: each run starts from what the last left.
        for (int round = 0; round < 3; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(CABILDO_CRASH_HELPER), {path});
            QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
            const int target = 200 + int(QRandomGenerator::global()->bounded(150));
            int seen = 0;
            while (seen < target) {
                if (!helper.canReadLine() && !helper.waitForReadyRead(10000))
                    QFAIL(qPrintable(QStringLiteral("helper stopped: ")
                                     + QString::fromLocal8Bit(helper.readAllStandardError())));
                while (helper.canReadLine()) {
                    printed.insert(QString::fromLatin1(helper.readLine().trimmed()));
                    ++seen;
                }
            }
            // Somewhere inside the next transaction, or between two.
            QThread::usleep(QRandomGenerator::global()->bounded(4000));
            QCOMPARE(::kill(pid_t(helper.processId()), SIGKILL), 0);
            ++kills;
            QVERIFY(helper.waitForFinished(10000));
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
            // Complete lines still in the pipe were printed after their commit too.
            const QList<QByteArray> rest = helper.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < rest.size(); ++i)
                printed.insert(QString::fromLatin1(rest.at(i).trimmed()));
            QVERIFY2(QFileInfo::exists(EventStore::lockPath(path)), "the killed helper left its lock behind");

            const FileCheck check = FileCheck::run(path);
            QVERIFY2(check.ok(), qPrintable(check.message));
            {
                RawDb db(path, true);
                QVERIFY2(db.isOpen(), qPrintable(db.error()));
                QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            }
            FileCheck opened;
            auto document = EventDocument::open(path, false, &opened); // takes over the stale lock
            QVERIFY2(document, qPrintable(opened.message));
            QVERIFY(!document->isReadOnly());
            QSet<QString> stored;
            for (qint64 id : document->noteIds())
                stored.insert(document->note(id)->uuid.toString(QUuid::WithoutBraces));
            for (const QString &uuid : std::as_const(printed))
                QVERIFY2(stored.contains(uuid), qPrintable(QStringLiteral("note %1 was lost").arg(uuid)));
            // At most the one note being added at each kill is there without having been reported.
            QVERIFY(stored.size() <= printed.size() + kills);
            QVERIFY(
                document->addNotes({EventDocument::makeNote(QStringLiteral("after the crash"), NoteSource::Typed)}));
            printed.insert(document->note(document->noteIds().constLast())->uuid.toString(QUuid::WithoutBraces));
        }
        RawDb db(path);
        QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(printed.size() >= 3 * 200);
    }

    // Killed while taking restore points (an edit, then a point, again and again, with the
    // pruning of old ones): every point the file lists restores whole, and holds the edit
    // made just before it; the newest is the last one reported or the one being taken.
    void killedWhileTakingRestorePoints()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        {
            auto document = folder.newEvent();
            RealSizeOptions options;
            options.notesPerTopicAndLanguage = 8; // 512 notes
            QString error;
            QVERIFY2(fillRealSizeEvent(*document, options, &error), qPrintable(error));
        }
        const QString copy = folder.path(QStringLiteral("copy.cabildo"));
        for (int round = 0; round < 3; ++round) {
            QStringList printed;
            QVERIFY(runAndKill(path, {QStringLiteral("points")}, 5 + int(QRandomGenerator::global()->bounded(20)),
                               &printed));
            const qint64 lastReported = printed.constLast().mid(6).toLongLong();
            QVERIFY(lastReported > 0);
            {
                auto document = openAfterKill(path);
                QVERIFY(document);
                const qint64 newest = document->restorePoints().constFirst().id;
                QVERIFY2(newest == lastReported || newest == lastReported + 1,
                         qPrintable(QStringLiteral("%1 after %2").arg(newest).arg(lastReported)));
            } // closed cleanly: the copy below is the whole file
            QVERIFY(copyFile(path, copy));
            FileCheck check;
            auto document = EventDocument::open(copy, false, &check);
            QVERIFY2(document, qPrintable(check.message));
            QList<RestorePoint> points = document->restorePoints();
            std::reverse(points.begin(), points.end()); // oldest first
            int checked = 0;
            for (const RestorePoint &point : std::as_const(points)) {
                if (!point.nextStep.startsWith(QLatin1String("crash point ")))
                    continue; // the import's
                // Each restore keeps a point of the present, and that may prune the oldest
                // automatic points past twenty (by design): check the ones still listed.
                const QList<RestorePoint> listed = document->restorePoints();
                if (std::none_of(listed.cbegin(), listed.cend(),
                                 [&](const RestorePoint &kept) { return kept.id == point.id; }))
                    continue;
                const QString step = point.nextStep.mid(12); // PID-I: note I was edited just before
                QVERIFY2(document->restore(point.id), qPrintable(point.nextStep));
                QCOMPARE(document->noteCount(), point.notes);
                const qint64 edited = document->noteIds().at(step.section(u'-', 1).toInt() % document->noteCount());
                QCOMPARE(document->note(edited)->text, QStringLiteral("edited ") + step);
                ++checked;
            }
            QVERIFY(checked > 0);
        }
    }

    // Killed while restoring two points in turn, each far from the other (every note's text,
    // notes added and deleted, themes): the event is one of the two, never a mix.
    void killedWhileRestoring()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QStringList first;
        QStringList second;
        qint64 pointA = 0;
        qint64 pointB = 0;
        {
            auto document = folder.newEvent();
            QString error;
            QVERIFY2(fillRealSizeEvent(*document, {}, &error), qPrintable(error));
            QVERIFY(document->takeRestorePoint(QStringLiteral("A")));
            pointA = document->restorePoints().constFirst().id;
            first = signature(*document);
            const QList<qint64> ids = document->noteIds();
            for (qint64 id : ids)
                QVERIFY(document->editNoteText(id, document->note(id)->text + QStringLiteral(" (B)")));
            QVERIFY(document->removeNotes(ids.mid(0, 40)));
            QList<Note> added;
            for (int i = 0; i < 60; ++i)
                added.append(EventDocument::makeNote(QStringLiteral("Added in B %1").arg(i), NoteSource::Typed));
            QVERIFY(document->addNotes(added));
            for (qint64 theme : document->themeIds().mid(0, 4))
                QVERIFY(document->dissolveTheme(theme));
            QVERIFY(document->takeRestorePoint(QStringLiteral("B")));
            pointB = document->restorePoints().constFirst().id;
            second = signature(*document);
        }
        QVERIFY(first != second);
        for (int round = 0; round < 3; ++round) {
            QStringList printed;
            QVERIFY(runAndKill(path, {QStringLiteral("restore"), QString::number(pointA), QString::number(pointB)},
                               2 + int(QRandomGenerator::global()->bounded(6)), &printed));
            auto document = openAfterKill(path);
            QVERIFY(document);
            const QStringList now = signature(*document);
            QVERIFY2(now == first || now == second, "the event is neither point A nor point B");
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
