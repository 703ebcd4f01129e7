#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace cabildo {

/**
 * Finds places for new notes on a grid so they cover none already on the board: the
 * board fills row by row, left to right, reusing gaps left by deleted or moved notes.
 * The grid is as wide as a 16:9 screen needs for the notes it will hold, so "fit all"
 * shows a few notes large and thousands as a screen-shaped wall, not a tall column.
 */
class BoardPlacement
{
public:
    static constexpr qreal gap = 20;

    BoardPlacement(const QList<QRectF> &taken, int noteCountAfter);
    QList<QPointF> freeSpots(int count) const;
    int columns() const { return m_columns; }

    static int columnsFor(int noteCount);

    /**
     * Places each group of notes as a block of its own (a theme's frame around it),
     * blocks left to right from `origin`, wrapping so the whole is screen-shaped.
     * Returns every note's new top-left corner.
     */
    static QHash<qint64, QPointF> themeBlocks(const QList<QList<qint64>> &groups, QPointF origin);

private:
    QPointF cellOrigin(int index) const;
    int m_columns;
    QSet<int> m_takenCells;
};

} // namespace cabildo
