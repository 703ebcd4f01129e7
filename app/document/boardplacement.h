#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace cabildo {

/**
 * Finds places for new notes on a grid so they cover none already on the board: the
 * board fills row by row, left to right, reusing gaps left by deleted or moved notes.
 */
class BoardPlacement
{
public:
    static constexpr int columns = 10;
    static constexpr qreal gap = 20;

    explicit BoardPlacement(const QList<QRectF> &taken);
    QList<QPointF> freeSpots(int count) const;

private:
    static QPointF cellOrigin(int index);
    QSet<int> m_takenCells;
};

} // namespace cabildo
