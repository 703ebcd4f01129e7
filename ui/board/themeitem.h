#pragma once

#include "document/boardplacement.h"
#include "model/theme.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QStringList>

namespace cabildo {

/**
 * A theme's frame on the board: a coloured area around its notes with a header that
 * shows the title and how many notes it holds. Drawn behind the notes; the frame's
 * rectangle follows the notes (ThemeLayer recomputes it), so there is nothing to store.
 */
class ThemeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    static constexpr qreal padding = BoardPlacement::framePadding;
    static constexpr qreal headerHeight = BoardPlacement::frameHeader;
    /**
     * Below this zoom the header's own text would be under 12 px high on screen: the view
     * then draws the title over the frame at a size read on screen (BoardView::drawForeground).
     */
    static constexpr qreal overlayBelowZoom = 0.6;
    /** The least height of a title line on screen, in pixels, at any zoom. */
    static constexpr qreal minimumTitlePixels = 13;

    /** How the title shows at one zoom: its lines, their font and box, in scene coordinates. */
    struct TitleLayout
    {
        QFont font;
        QStringList lines; ///< the last one elided ("…") when the whole label does not fit
        QRectF rect;       ///< the lines' box, inside the frame
        qreal lineHeight = 0;
        bool overlay = false; ///< drawn over the frame by the view rather than in the header
    };

    explicit ThemeItem(const Theme &theme);

    int type() const override { return Type; }
    qint64 themeId() const { return m_theme.id; }
    const Theme &theme() const { return m_theme; }
    int noteCount() const { return m_noteCount; }
    /** "Title · 12 notes" (", stacked" when collapsed): what the header says. */
    QString label() const;
    QColor headerColour() const { return m_header; }

    void syncWithTheme(const Theme &theme);
    /** The tooltip names the theme's shared terms, unless the room sees the board: terms
     *  come from every note of the theme, face-down ones included. */
    void setTermsShown(bool shown);
    /** The notes' bounding rectangle (scene coordinates) and how many there are. */
    void setNotesArea(const QRectF &notesRect, int noteCount);
    /** Scene rectangle of the header, where a click selects the theme itself. */
    QRectF headerRect() const;
    /** The frame itself, in scene coordinates. */
    QRectF frameRect() const { return m_frame; }
    /**
     * Where and how the title shows at `zoom` in a view whose font is `interfaceFont`: one
     * line in the header when that is readable, otherwise wrapped over the top of the frame
     * at a fixed size on screen, as many lines as the frame holds. Titles never leave
     * their frame, so frames that do not overlap have titles that do not overlap.
     */
    TitleLayout titleLayout(qreal zoom, const QFont &interfaceFont) const;

    QRectF boundingRect() const override;
    /** Only the header takes clicks: inside the frame, a drag still draws a selection rectangle. */
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Theme m_theme;
    QColor m_fill;
    QColor m_header;
    QRectF m_frame; ///< in item coordinates (the item stays at 0,0)
    int m_noteCount = 0;
    bool m_termsShown = true;
};

} // namespace cabildo
