#pragma once

// The geometry of a note's outline, a quadrilateral on the working copy of the photo: fitting
// one to a region, checking it looks like a note, and completing a note partly under another.
// Used by the detector (notedetector.cpp).

#include <opencv2/core.hpp>

#include <optional>
#include <vector>

namespace cabildo::photo {

/** The area of a polygon (shoelace). */
double polygonArea(const std::vector<cv::Point2d> &p);

/** Where the lines through a1–a2 and b1–b2 cross; none when they are (nearly) parallel. */
std::optional<cv::Point2d> intersection(cv::Point2d a1, cv::Point2d a2, cv::Point2d b1, cv::Point2d b2);

/** The quadrilateral around the convex hull whose 4 sides lie on 4 of the hull's sides, the
 *  smallest once weighted by how far its opposite sides are from parallel. A note seen across
 *  a few centimetres is nearly a parallelogram, so a corner hidden under another note comes
 *  back (its two visible sides extended), where the smallest quad alone would take the other
 *  note's edge for a side. */
std::optional<std::vector<cv::Point2d>> hullToQuad(const std::vector<cv::Point2d> &p);

/** The share of the quad's perimeter along which the region's outline runs (within 3 px): most
 *  of a note's straight sides, even half hidden; little of a round shadow or a patch of glare. */
double outlineSupport(const std::vector<cv::Point> &contour, const std::vector<cv::Point2d> &quad);

/** Each side moved outward by `by` pixels: the edges found lie just outside the region. */
std::vector<cv::Point2d> grown(const std::vector<cv::Point2d> &quad, double by);

/** Corners no sharper than 50° and no flatter than 130°, opposite sides nearly parallel, sides at
 *  most 3.5:1: a note seen at
 *  up to 30° of perspective and 25° of tilt. */
bool noteShaped(const std::vector<cv::Point2d> &q);

/** A line fitted to points: a point on it and its unit direction. */
struct Line
{
    cv::Point2d at, direction;
};

Line fitted(const std::vector<cv::Point2f> &points);

/** The outline of a note partly under `over`, from the outline of its visible part: its own
 *  sides are the visible outline's straight runs away from `over`. When one side is wholly
 *  hidden (the note over it covers a strip along that side) it is put parallel to its opposite
 *  side, as far as the other two are apart (most notes are square), within the note over it. */
std::optional<std::vector<cv::Point2d>> completeUnder(const std::vector<cv::Point> &visible,
                                                      const std::vector<cv::Point2d> &over);

} // namespace cabildo::photo
