#pragma once

#include <QFont>
#include <QRect>
#include <QStringList>

class QPainter;

namespace cabildo {

/**
 * A text laid out to fit a box, as the projector screens draw it: word-wrapped in the
 * largest size (up to the font given) whose lines all fit; at the smallest size allowed,
 * as many lines as fit with the last one elided ("…"). The painting and the tests use
 * the same layout, so a test measures exactly what is drawn.
 */
struct FittedText
{
    QFont font;
    QStringList lines;
    bool elided = false;
    int lineHeight = 0; ///< QFontMetrics::lineSpacing() of `font`
    int width = 0;      ///< of the widest line

    int pixelSize() const;
    int height() const { return int(lines.size()) * lineHeight; }
    /** Where the lines are drawn inside `box` with `alignment` (horizontal and vertical). */
    QRect rectIn(const QRect &box, Qt::Alignment alignment) const;
    /** Draws the lines in `box`, each aligned as `alignment` says, the block centred vertically when asked. */
    void draw(QPainter *painter, const QRect &box, Qt::Alignment alignment) const;
};

/**
 * Fits `text` into `box`: from `font`'s size down to `minimumPixels` (never larger than
 * `font`), wrapping at word boundaries, then elides. A word wider than the box makes the
 * type smaller, and at the smallest size is cut with "…" (never broken without a hyphen).
 */
FittedText fitText(const QString &text, const QFont &font, const QSize &box, qreal minimumPixels);

/**
 * The smallest type on a projector screen: 18 px at 1080 pixels high, in proportion for
 * other heights (12.8 px at 768), never under 12 px (a small window on the laptop).
 */
qreal projectorMinimumPixels(int screenHeight);

} // namespace cabildo
