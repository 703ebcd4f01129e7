#pragma once
// Straightening a note's outline into a crop, and the paper's colour: shared by detection
// and by the outline a facilitator draws by hand.

#include <QColor>
#include <QImage>
#include <QPolygonF>

namespace cabildo::photo {

/** The 4 corners clockwise (on screen) from the top-left one. */
QPolygonF clockwiseFromTopLeft(const QPolygonF &quad);
/** The quad warped to an upright rectangle from the full-resolution photo (RGB32): as sharp
 *  as the photo is, since the crop is what a facilitator reads. Long side at most 1200 px. */
QImage straightenNote(const QImage &photo, const QPolygonF &outline);
/** The median colour of the crop's paper: its inner part without the ink (the darker pixels). */
QColor paperColour(const QImage &crop);

} // namespace cabildo::photo
