#include "boardplacement.h"

#include "model/note.h"

#include <algorithm>
#include <cmath>

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

BoardPlacement::BoardPlacement(const QList<QRectF> &taken, int noteCountAfter)
    : m_columns(columnsFor(noteCountAfter))
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

} // namespace cabildo

namespace cabildo {

QHash<qint64, QPointF> BoardPlacement::themeBlocks(const QList<QList<qint64>> &groups, QPointF origin)
{
    // Room around a block for its frame: the title above, a margin on every side.
    constexpr qreal frameSpaceX = 80;
    constexpr qreal frameSpaceY = 130;
    struct Block
    {
        int columns;
        QSizeF size;
    };
    QList<Block> blocks;
    qreal area = 0;
    for (const QList<qint64> &group : groups) {
        const int n = std::max<int>(1, int(group.size()));
        const int columns = std::clamp(int(std::ceil(std::sqrt(qreal(n)))), 1, 5);
        const int rows = (n + columns - 1) / columns;
        const QSizeF size(columns * pitchX - gap + frameSpaceX, rows * pitchY - gap + frameSpaceY);
        blocks.append({columns, size});
        area += size.width() * size.height();
    }
    qreal rowWidth = std::sqrt(area * 16.0 / 9.0);
    for (const Block &block : std::as_const(blocks))
        rowWidth = std::max(rowWidth, block.size.width());

    QHash<qint64, QPointF> positions;
    QPointF cursor(0, 0);
    qreal rowHeight = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const Block &block = blocks.at(i);
        if (cursor.x() > 0 && cursor.x() + block.size.width() > rowWidth) {
            cursor = QPointF(0, cursor.y() + rowHeight);
            rowHeight = 0;
        }
        const QPointF topLeft = origin + cursor + QPointF(frameSpaceX / 2, frameSpaceY - frameSpaceX / 2);
        for (int k = 0; k < groups.at(i).size(); ++k)
            positions.insert(groups.at(i).at(k),
                             topLeft + QPointF((k % block.columns) * pitchX, (k / block.columns) * pitchY));
        cursor.rx() += block.size.width();
        rowHeight = std::max(rowHeight, block.size.height());
    }
    return positions;
}

} // namespace cabildo
