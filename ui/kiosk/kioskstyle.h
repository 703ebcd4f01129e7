#pragma once

#include <QFont>

namespace cabildo::kiosk {

// Touch targets: 48 px is the smallest a finger hits reliably; inputs get a little more.
constexpr int touchTarget = 48;
constexpr int inputHeight = 56;

// Point sizes: read from a step away on a touch screen.
constexpr qreal bodyPointSize = 20;
constexpr qreal headingPointSize = 32;

inline QFont sized(QFont font, qreal pointSize, QFont::Weight weight = QFont::Normal)
{
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

} // namespace cabildo::kiosk
