#include "boardplacement.h"

#include "model/note.h"

#include <cmath>

namespace cabildo {

namespace {
const qreal pitchX = Note::size().width() + BoardPlacement::gap;
const qreal pitchY = Note::size().height() + BoardPlacement::gap;
} // namespace

BoardPlacement::BoardPlacement(const QList<QRectF> &taken)
{
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

QPointF BoardPlacement::cellOrigin(int index)
{
    return {(index % columns) * pitchX, (index / columns) * pitchY};
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
