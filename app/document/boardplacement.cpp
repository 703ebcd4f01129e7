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
