#pragma once
// Between Qt's images and OpenCV's matrices, inside the photo engine only.

#include <QImage>

#include <opencv2/core.hpp>

namespace cabildo::photo {

/** A BGRA view of an RGB32/ARGB32 image (no copy: the image must outlive the view). */
cv::Mat bgraView(const QImage &image);
/** A deep copy of an 8-bit BGR, BGRA or grey matrix as a QImage (RGB32 or Grayscale8). */
QImage toQImage(const cv::Mat &mat);
/** The image as Format_RGB32 (a shallow copy when it already is). */
QImage asRgb32(const QImage &image);

} // namespace cabildo::photo
