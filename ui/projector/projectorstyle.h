#pragma once

// The projector's look, shared by its states (ProjectorWindow): light cards on a dark
// wall, and type sized to the screen, never under what the back of a room reads
// (projectorMinimumPixels, fittedtext.h).

#include "fittedtext.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace cabildo::projector {

/** Dark slate: pale notes stand out on it, and a washed-out projector still shows their edges. */
inline const QColor wall(0x26, 0x32, 0x38);
inline const QColor ink(Qt::white);
inline const QColor secondaryInk(0xcf, 0xd8, 0xdc);
/** The back of a face-down card: a colour no note has, so it gives nothing of the note away. */
inline const QColor cardBack(0x54, 0x6e, 0x7a);
inline const QColor cardBackPattern(0x78, 0x90, 0x9c);
/** The ring around notes that just arrived. */
inline const QColor newest(0xff, 0xab, 0x00);
/** The timer once time is up. */
inline const QColor timeUp(0xc6, 0x28, 0x28);

/** The smallest type on a screen `height` pixels high, in whole pixels. */
inline int floorPixels(int height)
{
    return int(std::ceil(projectorMinimumPixels(height)));
}

/** A state's heading (the event's title): 45 px at 1080. */
inline int headingPixels(int height)
{
    return std::max(floorPixels(height) + 4, height / 24);
}

/** A line under or beside the heading ("320 notes"): 30 px at 1080. */
inline int captionPixels(int height)
{
    return std::max(floorPixels(height), height / 36);
}

inline QFont sized(QFont font, int pixels, bool bold = false)
{
    font.setPixelSize(std::max(1, pixels));
    font.setBold(bold);
    return font;
}

} // namespace cabildo::projector
