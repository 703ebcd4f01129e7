#include "boardplacement.h"

#include "model/note.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cabildo {

namespace {
const qreal pitchX = Note::size().width() + BoardPlacement::gap;
const qreal pitchY = Note::size().height() + BoardPlacement::gap;
} // namespace

int BoardPlacement::columnsFor(int noteCount)
{
    // columns × pitchX : rows × pitchY ≈ 16 : 9, with rows ≈ noteCount / columns.
    const qreal wanted = std::sqrt(qreal(noteCount) * (16.0 / 9.0) * pitchY / pitchX);
    return std::clamp(int(std::ceil(wanted)), 6, 120);
}

BoardPlacement::BoardPlacement(const QList<QRectF> &taken, int noteCountAfter) : m_columns(columnsFor(noteCountAfter))
{
    const int columns = m_columns;
    // Mark every grid cell that an existing note overlaps, even partly.
    for (const QRectF &rect : taken) {
        const int firstColumn = int(std::floor(rect.left() / pitchX));
        const int lastColumn = int(std::floor((rect.right() - 0.01) / pitchX));
        const int firstRow = int(std::floor(rect.top() / pitchY));
        const int lastRow = int(std::floor((rect.bottom() - 0.01) / pitchY));
        for (int row = std::max(firstRow, 0); row <= lastRow; ++row)
            for (int column = std::max(firstColumn, 0); column <= std::min(lastColumn, columns - 1); ++column)
                m_takenCells.insert(row * columns + column);
    }
}

QPointF BoardPlacement::cellOrigin(int index) const
{
    return {(index % m_columns) * pitchX, (index / m_columns) * pitchY};
}

QList<QPointF> BoardPlacement::freeSpots(int count) const
{
    QList<QPointF> spots;
    spots.reserve(count);
    for (int index = 0; spots.size() < count; ++index)
        if (!m_takenCells.contains(index))
            spots.append(cellOrigin(index));
    return spots;
}

QRectF BoardPlacement::frameAround(const QRectF &notesRect)
{
    return notesRect.adjusted(-framePadding, -framePadding - frameHeader, framePadding, framePadding);
}

namespace {

/** A theme's block: its notes in `columns` columns, and the frame around them. */
struct Block
{
    int columns = 1;
    QSizeF frame;
};

Block blockFor(int noteCount)
{
    // About 3:1, wider than the screen: zoomed out, the title wraps over the frame's top,
    // and a wide frame gives its long words room (20 notes: 7 columns, 3 rows).
    const int n = std::max(1, noteCount);
    const int wanted = int(std::ceil(std::sqrt(qreal(n) * (pitchY / pitchX) * 3.0)));
    const int columns = std::clamp(wanted, 1, std::min(n, 12));
    const int rows = (n + columns - 1) / columns;
    const QRectF notes(0, 0, columns * pitchX - BoardPlacement::gap, rows * pitchY - BoardPlacement::gap);
    return {columns, BoardPlacement::frameAround(notes).size()};
}

/** Where a block's notes start, from the top-left of its frame. */
QPointF notesOffset()
{
    return {BoardPlacement::framePadding, BoardPlacement::framePadding + BoardPlacement::frameHeader};
}

void placeGrid(QHash<qint64, QPointF> &positions, const QList<qint64> &notes, int columns, QPointF topLeft)
{
    for (int k = 0; k < notes.size(); ++k)
        positions.insert(notes.at(k), topLeft + QPointF((k % columns) * pitchX, (k / columns) * pitchY));
}

qreal areaWithGap(const QSizeF &size)
{
    return (size.width() + BoardPlacement::frameGap) * (size.height() + BoardPlacement::frameGap);
}

/**
 * A row width that holds a whole number of blocks: the 16:9 estimate rounded to the
 * nearest count of average blocks, and room for that many of the widest. Without it a
 * row one block short of the estimate wraps early, and the board turns tall.
 */
qreal wholeBlocks(qreal width, const QList<Block> &blocks)
{
    if (blocks.isEmpty())
        return width;
    qreal total = 0;
    qreal widest = 0;
    for (const Block &block : blocks) {
        total += block.frame.width() + BoardPlacement::frameGap;
        widest = std::max(widest, block.frame.width() + BoardPlacement::frameGap);
    }
    const int count = std::clamp(qRound(width / (total / blocks.size())), 1, int(blocks.size()));
    return std::max(width, count * widest - BoardPlacement::frameGap);
}

} // namespace

QList<QPointF> BoardPlacement::firstFreeSpots(const QList<QSizeF> &sizes, QList<QRectF> taken, QPointF origin,
                                              qreal width)
{
    QList<QPointF> spots;
    for (const QSizeF &size : sizes) {
        const qreal right = origin.x() + std::max(width, size.width());
        // Candidate corners: the area's top and left edges, and just clear of every bottom
        // and right edge (the "bottom-left" heuristic of strip packing, turned top-left).
        QList<qreal> ys{origin.y()};
        for (const QRectF &rect : std::as_const(taken))
            if (rect.bottom() + frameGap > origin.y())
                ys.append(rect.bottom() + frameGap);
        std::sort(ys.begin(), ys.end());
        ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
        std::optional<QPointF> spot;
        for (qreal y : std::as_const(ys)) {
            // The rectangle with its clearance; a neighbour exactly frameGap away is fine.
            const qreal top = y - frameGap + 0.5;
            const qreal bottom = y + size.height() + frameGap - 0.5;
            QList<QRectF> band;
            QList<qreal> xs{origin.x()};
            for (const QRectF &rect : std::as_const(taken))
                if (rect.bottom() > top && rect.top() < bottom) {
                    band.append(rect);
                    xs.append(rect.right() + frameGap);
                }
            std::sort(xs.begin(), xs.end());
            for (qreal x : std::as_const(xs)) {
                if (x < origin.x())
                    continue;
                if (x + size.width() > right + 0.01)
                    break;
                const QRectF probe(QPointF(x - frameGap + 0.5, top),
                                   QPointF(x + size.width() + frameGap - 0.5, bottom));
                if (std::none_of(band.cbegin(), band.cend(),
                                 [&](const QRectF &rect) { return rect.intersects(probe); })) {
                    spot = QPointF(x, y);
                    break;
                }
            }
            if (spot)
                break;
        }
        // Below everything there is always room (the last candidate row has nothing across it).
        const QPointF found = spot.value_or(origin);
        taken.append(QRectF(found, size));
        spots.append(found);
    }
    return spots;
}

QHash<qint64, QPointF> BoardPlacement::themeBlocks(const QList<QList<qint64>> &groups, const QList<QRectF> &taken)
{
    QList<Block> blocks;
    QList<QSizeF> sizes;
    QRectF used;
    for (const QRectF &rect : taken)
        used |= rect;
    qreal area = used.width() * used.height();
    // From the board's home corner, where the capture grid starts: room the moving notes
    // leave at the top of the wall is reused, not left as a hole above the frames.
    used |= QRectF(0, 0, 1, 1);
    qreal width = used.width();
    for (const QList<qint64> &group : groups) {
        blocks.append(blockFor(int(group.size())));
        sizes.append(blocks.constLast().frame);
        area += areaWithGap(sizes.constLast());
        width = std::max(width, sizes.constLast().width());
    }
    // As wide as a 16:9 area holding what is there and what comes: the new blocks fill
    // the room beside the wall before they start rows below it.
    width = std::max(width, wholeBlocks(std::sqrt(area * 16.0 / 9.0), blocks));
    const QPointF origin = used.topLeft();
    const QList<QPointF> spots = firstFreeSpots(sizes, taken, origin, width);

    QHash<qint64, QPointF> positions;
    for (int i = 0; i < groups.size(); ++i)
        placeGrid(positions, groups.at(i), blocks.at(i).columns, spots.at(i) + notesOffset());
    return positions;
}

QHash<qint64, QPointF> BoardPlacement::arrangeAll(const QList<QList<qint64>> &groups, const QList<qint64> &loose,
                                                  QPointF origin)
{
    QList<Block> blocks;
    QList<QSizeF> sizes;
    qreal area = loose.size() * pitchX * pitchY;
    qreal widest = loose.isEmpty() ? 0 : Note::size().width();
    for (const QList<qint64> &group : groups) {
        blocks.append(blockFor(int(group.size())));
        area += areaWithGap(blocks.constLast().frame);
        widest = std::max(widest, blocks.constLast().frame.width());
    }
    const qreal width = std::max(widest, wholeBlocks(std::sqrt(area * 16.0 / 9.0), blocks));
    // The loose notes first, as a grid on the board's own grid, so new notes typed later
    // line up with them; then the frames.
    const int looseColumns = std::clamp(int((width + gap) / pitchX), 1, std::max(1, int(loose.size())));
    const int looseRows = (int(loose.size()) + looseColumns - 1) / looseColumns;
    const QPointF start(std::floor(origin.x() / pitchX) * pitchX, std::floor(origin.y() / pitchY) * pitchY);
    if (!loose.isEmpty())
        sizes.append(QSizeF(looseColumns * pitchX - gap, looseRows * pitchY - gap));
    for (const Block &block : std::as_const(blocks))
        sizes.append(block.frame);
    const QList<QPointF> spots = firstFreeSpots(sizes, {}, start, width);

    QHash<qint64, QPointF> positions;
    const int first = loose.isEmpty() ? 0 : 1;
    if (!loose.isEmpty())
        placeGrid(positions, loose, looseColumns, spots.constFirst());
    for (int i = 0; i < groups.size(); ++i)
        placeGrid(positions, groups.at(i), blocks.at(i).columns, spots.at(first + i) + notesOffset());
    return positions;
}

} // namespace cabildo
