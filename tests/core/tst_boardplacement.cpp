// Where theme frames go (issue 11, item 1): accepted suggestions, Ctrl+G and `cabildo
// cluster` place each new theme as a block in free space, in rows that keep the board
// screen-shaped, never over what is already there; Tidy Up arranges everything in one step.
#include "document/boardplacement.h"
#include "document/eventdocument.h"
#include "realsizeevent.h"
#include "testevent.h"

#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/** The frame each group's notes get, from the notes' positions. */
QList<QRectF> framesOf(const QList<QList<qint64>> &groups, const QHash<qint64, QPointF> &positions)
{
    QList<QRectF> frames;
    for (const QList<qint64> &group : groups) {
        QRectF notes;
        for (qint64 id : group)
            notes |= QRectF(positions.value(id), Note::size());
        frames.append(BoardPlacement::frameAround(notes));
    }
    return frames;
}

QRectF unite(const QList<QRectF> &rects)
{
    QRectF all;
    for (const QRectF &rect : rects)
        all |= rect;
    return all;
}

/** A wall of `count` loose notes on the capture grid, as typing or importing leaves it. */
QList<QRectF> wallOf(int count)
{
    QList<QRectF> wall;
    const BoardPlacement grid({}, count);
    for (const QPointF &spot : grid.freeSpots(count))
        wall.append(QRectF(spot, Note::size()));
    return wall;
}

QList<QList<qint64>> groupsOf(int groups, int notesEach, qint64 firstId = 1)
{
    QList<QList<qint64>> result;
    qint64 id = firstId;
    for (int g = 0; g < groups; ++g) {
        result.append(QList<qint64>());
        for (int n = 0; n < notesEach + (g % 3) * 4; ++n) // 20, 24, 28 notes: blocks of different heights
            result.last().append(id++);
    }
    return result;
}

bool clearOf(const QRectF &rect, const QList<QRectF> &others, qreal clearance)
{
    const QRectF grown = rect.adjusted(-clearance + 1, -clearance + 1, clearance - 1, clearance - 1);
    return std::none_of(others.cbegin(), others.cend(), [&](const QRectF &other) { return grown.intersects(other); });
}

} // namespace

class TestBoardPlacement : public QObject
{
    Q_OBJECT

private slots:
    // Sixteen themes at once on an empty board: rows of frames, about as wide as a screen.
    void blocksFillRowsOfAScreenShapedArea()
    {
        const QList<QList<qint64>> groups = groupsOf(16, 20);
        const QList<QRectF> frames = framesOf(groups, BoardPlacement::themeBlocks(groups, {}));
        for (int i = 0; i < frames.size(); ++i)
            QVERIFY2(clearOf(frames[i], frames.mid(i + 1), BoardPlacement::frameGap), qPrintable(QString::number(i)));
        const QRectF all = unite(frames);
        const qreal aspect = all.width() / all.height();
        QVERIFY2(aspect > 1.2 && aspect < 2.4, qPrintable(QString::number(aspect)));
        // Rows, not a column: the first row holds several frames side by side.
        const auto firstRow = std::count_if(frames.cbegin(), frames.cend(),
                                            [&](const QRectF &frame) { return qFuzzyCompare(frame.top(), all.top()); });
        QVERIFY2(firstRow >= 3, qPrintable(QString::number(firstRow)));
    }

    // Accepted one by one beside a wall of 300 notes: each new frame goes into free space,
    // clear of the wall and of the frames before it, and the board does not become a column.
    void oneByOneBlocksStayClearAndScreenShaped()
    {
        QList<QRectF> taken = wallOf(300);
        const QRectF wall = unite(taken);
        const QList<QList<qint64>> groups = groupsOf(12, 20, 1000);
        QList<QRectF> placed;
        for (const QList<qint64> &group : groups) {
            const QRectF frame = framesOf({group}, BoardPlacement::themeBlocks({group}, taken)).constFirst();
            QVERIFY(clearOf(frame, taken, BoardPlacement::frameGap));
            taken.append(frame);
            placed.append(frame);
        }
        const QRectF all = unite(taken);
        const qreal aspect = all.width() / all.height();
        QVERIFY2(aspect > 1.0 && aspect < 2.6, qPrintable(QString::number(aspect)));
        // Some frames went beside the wall, not all below it.
        QVERIFY(std::any_of(placed.cbegin(), placed.cend(),
                            [&](const QRectF &frame) { return frame.top() < wall.bottom(); }));
    }

    // A frame the facilitator put somewhere is never covered; the new one takes the first
    // free spot of the row, which may be to its left.
    void firstFreeSpotIsTopLeftFirst()
    {
        const QRectF placedByHand(2000, 0, 600, 400);
        const QList<QPointF> spots =
            BoardPlacement::firstFreeSpots({QSizeF(500, 300), QSizeF(500, 300)}, {placedByHand}, QPointF(0, 0), 3000);
        QCOMPARE(spots.at(0), QPointF(0, 0));
        QCOMPARE(spots.at(1), QPointF(500 + BoardPlacement::frameGap, 0));
        // Too wide for the row beside it: below, never over it.
        const QList<QPointF> wide =
            BoardPlacement::firstFreeSpots({QSizeF(2500, 300)}, {placedByHand}, QPointF(0, 0), 3000);
        QVERIFY(!QRectF(wide.constFirst(), QSizeF(2500, 300)).intersects(placedByHand));
        QCOMPARE(wide.constFirst().y(), placedByHand.bottom() + BoardPlacement::frameGap);
    }

    // Tidy Up on the real-size event: one undo step, no two frames overlap, the loose notes
    // cover no frame, the board is screen-shaped; a second Tidy Up has nothing to do.
    void tidyUpIsOneStepAndLeavesNoOverlap()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        RealSizeOptions options;
        options.sessions = false;
        options.voters = 0;
        QString error;
        QVERIFY2(fillRealSizeEvent(*document, options, &error), qPrintable(error));
        // Some notes out of their themes, some frames dragged about: a board after an hour's work.
        const QList<qint64> themes = document->themeIds();
        QVERIFY(document->assignNotes(document->notesInTheme(themes[3]).mid(0, 5), 0));
        QHash<qint64, QPointF> dragged;
        for (qint64 id : document->notesInTheme(themes[5]))
            dragged.insert(id, document->note(id)->pos + QPointF(-700, 300));
        QVERIFY(document->moveNotes(dragged));
        QHash<qint64, QPointF> before;
        for (qint64 id : document->noteIds())
            before.insert(id, document->note(id)->pos);
        const int steps = document->undoStack()->count();

        QVERIFY(document->tidyUp());
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QList<QRectF> frames;
        QList<QRectF> loose;
        for (qint64 theme : themes) {
            QRectF notes;
            for (qint64 id : document->notesInTheme(theme))
                notes |= QRectF(document->note(id)->pos, Note::size());
            frames.append(BoardPlacement::frameAround(notes));
        }
        for (qint64 id : document->notesInTheme(0))
            loose.append(QRectF(document->note(id)->pos, Note::size()));
        QCOMPARE(loose.size(), 5);
        for (int i = 0; i < frames.size(); ++i) {
            QVERIFY2(clearOf(frames[i], frames.mid(i + 1), BoardPlacement::frameGap), qPrintable(QString::number(i)));
            QVERIFY(clearOf(frames[i], loose, BoardPlacement::gap));
        }
        const QRectF all = unite(frames + loose);
        const qreal aspect = all.width() / all.height();
        QVERIFY2(aspect > 1.2 && aspect < 2.4, qPrintable(QString::number(aspect)));
        QVERIFY(!document->tidyUp()); // already tidy: no second step
        QCOMPARE(document->undoStack()->count(), steps + 1);

        document->undoStack()->undo();
        for (qint64 id : document->noteIds())
            QCOMPARE(document->note(id)->pos, before.value(id));
    }

    // New notes typed onto a board with frames land outside every frame.
    void newNotesStayOutOfFrames()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        RealSizeOptions options;
        options.sessions = false;
        options.voters = 0;
        QVERIFY(fillRealSizeEvent(*document, options));
        QList<QRectF> frames;
        for (qint64 theme : document->themeIds()) {
            QRectF notes;
            for (qint64 id : document->notesInTheme(theme))
                notes |= QRectF(document->note(id)->pos, Note::size());
            frames.append(BoardPlacement::frameAround(notes));
        }
        for (const QPointF &spot : document->freePositions(40))
            QVERIFY(clearOf(QRectF(spot, Note::size()), frames, 1));
    }
};

QTEST_GUILESS_MAIN(TestBoardPlacement)
#include "tst_boardplacement.moc"
