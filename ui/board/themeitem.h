#pragma once

#include "model/theme.h"

#include <QColor>
#include <QGraphicsItem>

namespace cabildo {

/**
 * A theme's frame on the board: a coloured area around its notes with a header that
 * shows the title and how many notes it holds. Drawn behind the notes; the frame's
 * rectangle follows the notes (ThemeLayer recomputes it), so there is nothing to store.
 */
class ThemeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal padding = 16;
    static constexpr qreal headerHeight = 44;

    explicit ThemeItem(const Theme &theme);

    int type() const override { return Type; }
    qint64 themeId() const { return m_theme.id; }
    const Theme &theme() const { return m_theme; }
    int noteCount() const { return m_noteCount; }
    /** "Title · 12 notes" (", stacked" when collapsed): what the header says. */
    QString label() const;
    QColor headerColour() const { return m_header; }

    void syncWithTheme(const Theme &theme);
    /** The notes' bounding rectangle (scene coordinates) and how many there are. */
    void setNotesArea(const QRectF &notesRect, int noteCount);
    /** Scene rectangle of the header, where a click selects the theme itself. */
    QRectF headerRect() const;

    QRectF boundingRect() const override;
    /** Only the header takes clicks: inside the frame, a drag still draws a selection rectangle. */
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Theme m_theme;
    QColor m_fill;
    QColor m_header;
    QRectF m_frame;  ///< in item coordinates (the item stays at 0,0)
    int m_noteCount = 0;
};

} // namespace cabildo
