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
 *
 * Themes go in blocks (their frame around a grid of their notes) placed in free space:
 * rows that fill a screen-shaped area beside and below what is already there, so that
 * accepting suggestions one by one gives a board of frames in rows, not a column.
 */
class BoardPlacement
{
public:
    static constexpr qreal gap = 20;
    /** A theme's frame around its notes (ThemeItem draws it): a margin, and the title above. */
    static constexpr qreal framePadding = 16;
    static constexpr qreal frameHeader = 44;
    /** Between one frame (or loose note) and the next block. */
    static constexpr qreal frameGap = 60;

    BoardPlacement(const QList<QRectF> &taken, int noteCountAfter);
    QList<QPointF> freeSpots(int count) const;
    int columns() const { return m_columns; }

    static int columnsFor(int noteCount);

    /** The frame a theme draws around notes that cover `notesRect`. */
    static QRectF frameAround(const QRectF &notesRect);

    /**
     * Places each group of notes as a block of its own (a theme's frame around a grid of
     * them), each at the first free spot — top to bottom, then left to right — where its
     * frame covers nothing in `taken` (frames and notes that stay), within a width that
     * makes what stays plus the new blocks a 16:9 area. The area starts at (0, 0), where
     * the capture grid starts (or further up and left, where notes are), so room the
     * moving notes leave at the top of the wall is used. Returns every note's new top-left.
     */
    static QHash<qint64, QPointF> themeBlocks(const QList<QList<qint64>> &groups, const QList<QRectF> &taken);

    /**
     * Tidy Up: `loose` notes as a grid, then each group as a block, in rows that fill a
     * 16:9 area from `origin`. The order of each list is kept (reading order, say).
     */
    static QHash<qint64, QPointF> arrangeAll(const QList<QList<qint64>> &groups, const QList<qint64> &loose,
                                             QPointF origin);

    /**
     * The top-left corner of each rectangle of `sizes`, in order: the first spot, row by
     * row from `origin`, within `width`, where it stays `frameGap` clear of `taken` and of
     * the ones placed before it. A block wider than `width` goes at the left of a row.
     */
    static QList<QPointF> firstFreeSpots(const QList<QSizeF> &sizes, QList<QRectF> taken, QPointF origin, qreal width);

private:
    QPointF cellOrigin(int index) const;
    int m_columns;
    QSet<int> m_takenCells;
};

} // namespace cabildo
