// Finding sticky notes (photo/README.md): regions closed by colour edges on a ~2 MP copy,
// each turned into a quadrilateral, then cropped from the full-resolution photo.

#include "photo/notecrop.h"
#include "photo/photomat.h"
#include "photo/wallphoto.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <optional>

namespace cabildo::photo {

namespace {

constexpr double workPixels = 4.5e6;  // the copy outlines are found on (12 MP → 4.5 MP)
constexpr double minNoteShare = 6e-4; // of the photo: ~50×50 px on the copy
constexpr double maxNoteShare = 0.3;  // a note photographed up close
constexpr double minFill = 0.62;      // visible share of the quad: a note under a neighbour keeps ≥ 70 %
constexpr double minSupport = 0.5;    // of the quad's perimeter along the region's outline
constexpr double mergedFill = 0.62;   // two regions joined: the same as one (the merge is guarded by colour and size)
constexpr double cannyLow = 18, cannyHigh = 40; // on CLAHE'd Lab, Sobel 3×3, L2 gradient
constexpr double faintLow = 9, faintHigh = 22;
constexpr double claheClip = 3.0;
constexpr int inkKernel = 7;   // px of the copy: the closing that wipes writing
constexpr int mergeReach = 21; // px of the copy: two regions this close may be one note (a soft shadow edge is wide)
// |Δa| + |Δb| in Lab for two regions of one paper (a shadow across a saturated note moves a and b too)
constexpr double sameColourGap = 20;
constexpr double maxMergedSize = 1.5;            // × the median note: larger unions are two notes
constexpr double sameNoteOverlap = 0.4;          // IoU over which two outlines are one note
constexpr double pieceShare = 0.5;               // …or the share of the smaller inside the larger
constexpr double splitFrom = 1.3, splitTo = 2.6; // × the median note: a region that may be two notes
constexpr double splitLow = 8, splitHigh = 20;   // Canny on grey, for the shadow of one note over another
constexpr double occluderFill = 0.85;            // a note over another shows all of itself
constexpr double maxHidden = 0.45;               // of a note under another (10–30 % hidden, with slack)
constexpr double hiddenFill = 0.75;              // of its quad's part outside the note over it

struct Candidate
{
    std::vector<cv::Point2d> quad; // on the copy
    double score = 0;              // the share of the quad its region fills
    double region = 0;             // the region's area (pixels of the copy, holes filled)
};

double polygonArea(const std::vector<cv::Point2d> &p)
{
    double twice = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        const cv::Point2d &a = p[i], &b = p[(i + 1) % p.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return std::abs(twice) / 2;
}

std::optional<cv::Point2d> intersection(cv::Point2d a1, cv::Point2d a2, cv::Point2d b1, cv::Point2d b2)
{
    const cv::Point2d r = a2 - a1, s = b2 - b1;
    const double denominator = r.x * s.y - r.y * s.x;
    if (std::abs(denominator) < 1e-9)
        return std::nullopt;
    const double t = ((b1 - a1).x * s.y - (b1 - a1).y * s.x) / denominator;
    return a1 + t * r;
}

/** The quadrilateral around the convex hull whose 4 sides lie on 4 of the hull's sides, the
 *  smallest once weighted by how far its opposite sides are from parallel. A note seen across
 *  a few centimetres is nearly a parallelogram, so a corner hidden under another note comes
 *  back (its two visible sides extended), where the smallest quad alone would take the other
 *  note's edge for a side. */
std::optional<std::vector<cv::Point2d>> hullToQuad(const std::vector<cv::Point2d> &p)
{
    const size_t n = p.size();
    if (n < 4)
        return std::nullopt;
    const double orientation = polygonArea(p) > 0 ? 1 : -1; // area is unsigned: find the turn
    double turn = 0;
    for (size_t i = 0; i < n; ++i)
        turn += (p[(i + 1) % n] - p[i]).cross(p[(i + 2) % n] - p[(i + 1) % n]);
    const double sign = (turn > 0 ? 1 : -1) * orientation;
    const auto direction = [&](size_t i) {
        const cv::Point2d d = p[(i + 1) % n] - p[i];
        return d / std::max(1e-9, std::hypot(d.x, d.y));
    };
    double bestScore = 1e300;
    std::optional<std::vector<cv::Point2d>> best;
    for (size_t a = 0; a < n; ++a)
        for (size_t b = a + 1; b < n; ++b)
            for (size_t c = b + 1; c < n; ++c)
                for (size_t d = c + 1; d < n; ++d) {
                    const size_t side[4] = {a, b, c, d};
                    std::vector<cv::Point2d> corners;
                    for (size_t k = 0; k < 4; ++k) {
                        const size_t s0 = side[k], s1 = side[(k + 1) % 4];
                        const auto x = intersection(p[s0], p[(s0 + 1) % n], p[s1], p[(s1 + 1) % n]);
                        if (!x)
                            break;
                        corners.push_back(*x);
                    }
                    if (corners.size() != 4)
                        continue;
                    // Every hull point inside (on the inner side of each chosen side, 1 px slack).
                    bool contains = true;
                    for (size_t k = 0; k < 4 && contains; ++k) {
                        const cv::Point2d dir = direction(side[k]), origin = p[side[k]];
                        for (size_t v = 0; v < n && contains; ++v)
                            contains = sign * dir.cross(p[v] - origin) >= -1.0;
                    }
                    // Convex, turning the hull's way.
                    for (size_t k = 0; k < 4 && contains; ++k)
                        contains =
                            sign
                                * (corners[(k + 1) % 4] - corners[k]).cross(corners[(k + 2) % 4] - corners[(k + 1) % 4])
                            > 0;
                    if (!contains)
                        continue;
                    const double skew = std::acos(std::clamp(-direction(a).dot(direction(c)), -1.0, 1.0))
                                        + std::acos(std::clamp(-direction(b).dot(direction(d)), -1.0, 1.0));
                    const double score = polygonArea(corners) * (1 + 1.5 * skew);
                    if (score < bestScore)
                        bestScore = score, best = corners;
                }
    return best;
}

/** The share of the quad's perimeter along which the region's outline runs (within 3 px): most
 *  of a note's straight sides, even half hidden; little of a round shadow or a patch of glare. */
double outlineSupport(const std::vector<cv::Point> &contour, const std::vector<cv::Point2d> &quad)
{
    const auto nearSide = [&](cv::Point2d v) {
        for (size_t k = 0; k < 4; ++k) {
            const cv::Point2d a = quad[k], b = quad[(k + 1) % 4], d = b - a;
            const double length2 = d.dot(d);
            const double t = length2 > 0 ? std::clamp((v - a).dot(d) / length2, 0.0, 1.0) : 0;
            const cv::Point2d foot = a + t * d;
            if (std::hypot(v.x - foot.x, v.y - foot.y) <= 3.0)
                return true;
        }
        return false;
    };
    double along = 0, perimeter = 0;
    std::vector<bool> near(contour.size());
    for (size_t i = 0; i < contour.size(); ++i)
        near[i] = nearSide(cv::Point2d(contour[i]));
    for (size_t i = 0; i < contour.size(); ++i) {
        const size_t j = (i + 1) % contour.size();
        if (near[i] && near[j])
            along += std::hypot(double(contour[j].x - contour[i].x), double(contour[j].y - contour[i].y));
    }
    for (size_t k = 0; k < 4; ++k)
        perimeter += std::hypot(quad[(k + 1) % 4].x - quad[k].x, quad[(k + 1) % 4].y - quad[k].y);
    return perimeter > 0 ? along / perimeter : 0;
}

/** Each side moved outward by `by` pixels: the edges found lie just outside the region. */
std::vector<cv::Point2d> grown(const std::vector<cv::Point2d> &quad, double by)
{
    const double orientation = (quad[1] - quad[0]).cross(quad[2] - quad[1]) > 0 ? 1 : -1;
    std::vector<std::pair<cv::Point2d, cv::Point2d>> sides;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2d a = quad[i], b = quad[(i + 1) % 4], d = b - a;
        const double length = std::hypot(d.x, d.y);
        const cv::Point2d outward = cv::Point2d(d.y, -d.x) * (orientation / std::max(length, 1e-9));
        sides.emplace_back(a + outward * by, b + outward * by);
    }
    std::vector<cv::Point2d> out;
    for (size_t i = 0; i < 4; ++i) {
        const auto &s0 = sides[(i + 3) % 4], &s1 = sides[i];
        out.push_back(intersection(s0.first, s0.second, s1.first, s1.second).value_or(quad[i]));
    }
    return out;
}

/** Corners no sharper than 50° and no flatter than 130°, opposite sides nearly parallel, sides at
 *  most 3.5:1: a note seen at
 *  up to 30° of perspective and 25° of tilt. */
bool noteShaped(const std::vector<cv::Point2d> &q)
{
    double shortest = 1e300, longest = 0;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2d a = q[(i + 3) % 4] - q[i], b = q[(i + 1) % 4] - q[i];
        const double la = std::hypot(a.x, a.y), lb = std::hypot(b.x, b.y);
        if (la < 1 || lb < 1)
            return false;
        const double cosine = a.dot(b) / (la * lb);
        if (std::abs(cosine) > std::cos(50 * CV_PI / 180))
            return false;
        shortest = std::min(shortest, lb), longest = std::max(longest, lb);
    }
    // Opposite sides within 25° of parallel: perspective across one note is slight.
    for (size_t i = 0; i < 2; ++i) {
        const cv::Point2d a = q[i + 1] - q[i], b = q[(i + 3) % 4] - q[i + 2];
        const double cosine = -a.dot(b) / (std::hypot(a.x, a.y) * std::hypot(b.x, b.y));
        if (cosine < std::cos(25 * CV_PI / 180))
            return false;
    }
    return longest <= 3.5 * shortest;
}

/** A line fitted to points: a point on it and its unit direction. */
struct Line
{
    cv::Point2d at, direction;
};

Line fitted(const std::vector<cv::Point2f> &points)
{
    cv::Vec4f l;
    cv::fitLine(points, l, cv::DIST_HUBER, 0, 0.01, 0.01);
    return {cv::Point2d(l[2], l[3]), cv::Point2d(l[0], l[1])};
}

/** The outline of a note partly under `over`, from the outline of its visible part: its own
 *  sides are the visible outline's straight runs away from `over`. When one side is wholly
 *  hidden (the note over it covers a strip along that side) it is put parallel to its opposite
 *  side, as far as the other two are apart (most notes are square), within the note over it. */
std::optional<std::vector<cv::Point2d>> completeUnder(const std::vector<cv::Point> &visible,
                                                      const std::vector<cv::Point2d> &over)
{
    const std::vector<cv::Point2d> near = grown(over, 4);
    const std::vector<cv::Point2f> nearF(near.begin(), near.end());
    const auto hidden = [&](cv::Point2d p) { return cv::pointPolygonTest(nearF, cv::Point2f(p), false) >= 0; };
    std::vector<cv::Point> polygon;
    cv::approxPolyDP(visible, polygon, 2.5, true);
    struct Segment
    {
        cv::Point2d a, b;
        double length;
    };
    std::vector<Segment> own;
    for (size_t i = 0; i < polygon.size(); ++i) {
        const cv::Point2d a(polygon[i]), b(polygon[(i + 1) % polygon.size()]);
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        if (length >= 10 && !hidden((a + b) / 2) && !(hidden(a) && hidden(b)))
            own.push_back({a, b, length});
    }
    if (own.size() < 3)
        return std::nullopt;
    const Segment &longest = *std::max_element(own.begin(), own.end(),
                                               [](const Segment &x, const Segment &y) { return x.length < y.length; });
    const cv::Point2d axis = (longest.b - longest.a) / longest.length;
    // Two families of sides: along the longest run (within 25°) and across it (50–130°).
    std::vector<Segment> families[2];
    for (const Segment &g : own) {
        const double cosine = std::abs((g.b - g.a).dot(axis) / g.length);
        if (cosine >= std::cos(25 * CV_PI / 180))
            families[0].push_back(g);
        else if (cosine <= std::cos(50 * CV_PI / 180))
            families[1].push_back(g);
    }
    // Each family's two sides: the runs at either extreme of the visible outline across them.
    std::optional<Line> sides[2][2];
    double separation[2] = {0, 0};
    for (int f = 0; f < 2; ++f) {
        if (families[f].empty())
            return std::nullopt;
        cv::Point2d direction(0, 0);
        for (const Segment &g : families[f]) {
            const cv::Point2d d = g.b - g.a;
            direction += d.dot(f == 0 ? axis : cv::Point2d(-axis.y, axis.x)) >= 0 ? d : -d;
        }
        direction /= std::max(1e-9, std::hypot(direction.x, direction.y));
        const cv::Point2d normal(-direction.y, direction.x);
        double low = 1e300, high = -1e300;
        for (const cv::Point &p : visible)
            low = std::min(low, normal.dot(cv::Point2d(p))), high = std::max(high, normal.dot(cv::Point2d(p)));
        for (int end = 0; end < 2; ++end) {
            std::vector<cv::Point2f> points;
            for (const Segment &g : families[f]) {
                const double offset = normal.dot((g.a + g.b) / 2);
                if (end == 0 ? offset > low + 5 : offset < high - 5)
                    continue;
                for (double t = 0; t <= g.length; t += 2)
                    points.emplace_back(g.a + (g.b - g.a) * (t / g.length));
            }
            if (points.size() >= 6)
                sides[f][end] = fitted(points);
        }
        if (sides[f][0] && sides[f][1])
            separation[f] = std::abs(normal.dot(sides[f][1]->at - sides[f][0]->at));
    }
    // At most one side wholly hidden.
    for (int f = 0; f < 2; ++f) {
        const int missing = !sides[f][0] ? 0 : !sides[f][1] ? 1 : -1;
        if (missing < 0)
            continue;
        if (!sides[f][1 - missing] || separation[1 - f] <= 0)
            return std::nullopt;
        const Line &present = *sides[f][1 - missing];
        const cv::Point2d normal(-present.direction.y, present.direction.x);
        // Towards the visible part, and how far it and the note over it reach.
        double visibleReach = 0, overReach = 0;
        const double base = normal.dot(present.at);
        for (const cv::Point &p : visible)
            visibleReach = std::max(visibleReach, std::abs(normal.dot(cv::Point2d(p)) - base));
        double sign = 0;
        for (const cv::Point &p : visible)
            sign += normal.dot(cv::Point2d(p)) - base;
        sign = sign >= 0 ? 1 : -1;
        for (const cv::Point2d &p : over)
            overReach = std::max(overReach, sign * (normal.dot(p) - base));
        std::optional<double> reach;
        for (double ratio : {1.0, 1.5, 1 / 1.5}) {
            const double r = separation[1 - f] * ratio;
            if (r >= visibleReach - 2 && r <= overReach + 2) {
                reach = r;
                break;
            }
        }
        if (!reach)
            return std::nullopt;
        sides[f][missing] = Line{present.at + normal * (sign * *reach), present.direction};
    }
    std::vector<cv::Point2d> quad;
    const Line *order[4] = {&*sides[0][0], &*sides[1][0], &*sides[0][1], &*sides[1][1]};
    for (int k = 0; k < 4; ++k) {
        const Line &a = *order[k], &b = *order[(k + 1) % 4];
        const auto x = intersection(a.at, a.at + a.direction, b.at, b.at + b.direction);
        if (!x)
            return std::nullopt;
        quad.push_back(*x);
    }
    return grown(quad, 0.5);
}

/** A region closed by edges (on the copy). */
struct Region
{
    std::vector<cv::Point> contour;
    cv::Rect box;
    double area;
};

class Detector
{
public:
    Detector(const DetectionControl &control) : m_control(control) {}

    bool cancelled() const { return m_control.cancel && m_control.cancel->load(std::memory_order_relaxed); }
    void progress(int percent) const
    {
        if (m_control.progress)
            m_control.progress(percent);
    }

    /** Outlines on the small copy (BGR), best first; empty when cancelled. */
    std::vector<Candidate> outlines(const cv::Mat &bgr) const
    {
        cv::Mat denoised, inkless;
        cv::medianBlur(bgr, denoised, 5); // JPEG noise and the thinnest strokes
        // Writing that runs to a note's edge cuts the note in two; a closing removes dark
        // strokes narrower than its kernel, but also the thin shadow that outlines a note on a
        // wall of its own colour. So both, and the better outline of each note is kept.
        const int ink = inkKernel;
        cv::morphologyEx(denoised, inkless, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(ink, ink)));
        std::vector<Candidate> found;
        // A third look with lower thresholds closes the faint outline of a note on a wall of
        // nearly its own shade, where the first leaks into the wall.
        struct Pass
        {
            const cv::Mat *image;
            double low, high;
        };
        const Pass passes[] = {
            {&denoised, cannyLow, cannyHigh}, {&inkless, cannyLow, cannyHigh}, {&denoised, faintLow, faintHigh}};
        int from = 10;
        for (const Pass &pass : passes) {
            if (!regions(*pass.image, pass.low, pass.high, from, found))
                return {};
            from += 20;
        }
        splitBlobs(bgr, found);
        return completeHidden(bestOutlines(std::move(found)));
    }

private:
    /** Two notes of one colour, one partly over the other, close one region: the note over
     *  the other casts a thin shadow on it, which the 5×5 median wipes. Regions of one and a
     *  half to two and a half notes are looked at again for lightness edges on the photo as it
     *  is, and the parts they cut become candidates; outlines of the whole region go. */
    void splitBlobs(const cv::Mat &bgr, std::vector<Candidate> &found) const
    {
        if (found.size() < 3 || cancelled())
            return;
        std::vector<double> areas;
        for (const Candidate &c : bestOutlines(found))
            areas.push_back(polygonArea(c.quad));
        std::nth_element(areas.begin(), areas.begin() + long(areas.size() / 2), areas.end());
        const double typical = areas[areas.size() / 2];
        std::vector<Region> blobs;
        for (const Region &r : m_regions) {
            if (r.area < splitFrom * typical || r.area > splitTo * typical)
                continue;
            // Two notes make a compact shape; the wall between notes does not.
            std::vector<cv::Point> hull;
            cv::convexHull(r.contour, hull);
            if (r.area < 0.8 * cv::contourArea(hull))
                continue;
            const bool again = std::any_of(blobs.begin(), blobs.end(), [&](const Region &b) {
                return double((b.box & r.box).area()) > 0.9 * double((b.box | r.box).area());
            });
            if (!again)
                blobs.push_back(r);
        }
        if (blobs.empty())
            return;
        cv::Mat lightness;
        cv::cvtColor(bgr, lightness, cv::COLOR_BGR2GRAY);
        cv::GaussianBlur(lightness, lightness, cv::Size(3, 3), 0);
        const cv::Rect whole(0, 0, bgr.cols, bgr.rows);
        const double imageArea = double(bgr.cols) * bgr.rows;
        std::vector<Candidate> parts;
        for (const Region &blob : blobs) {
            if (cancelled())
                return;
            const cv::Rect box = (blob.box + cv::Size(4, 4) - cv::Point(2, 2)) & whole;
            cv::Mat mask = cv::Mat::zeros(box.size(), CV_8UC1), inner, edges, labels, stats, centroids;
            cv::drawContours(mask, std::vector<std::vector<cv::Point>>{blob.contour}, 0, cv::Scalar(255), cv::FILLED,
                             cv::LINE_8, cv::noArray(), INT_MAX, -box.tl());
            cv::erode(mask, inner, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
            cv::Canny(lightness(box), edges, splitLow, splitHigh, 3, true);
            // Edges inside the region only, then thickened to reach across its rim.
            edges &= inner;
            cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
            const cv::Mat pieces = mask & ~edges;
            const int count = cv::connectedComponentsWithStats(pieces, labels, stats, centroids, 4, CV_32S);
            for (int i = 1; i < count; ++i) {
                if (stats.at<int>(i, cv::CC_STAT_AREA) < 0.3 * typical)
                    continue;
                if (auto c = candidateOf(labels == i, box.tl(), imageArea);
                    c && polygonArea(c->quad) < splitFrom * typical)
                    parts.push_back(*c);
            }
        }
        // An outline around a part and as large as two notes was the pair.
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const Candidate &c) {
                                       const double area = polygonArea(c.quad);
                                       if (area < splitFrom * typical)
                                           return false;
                                       return std::any_of(parts.begin(), parts.end(), [&](const Candidate &p) {
                                           std::vector<cv::Point2f> a(c.quad.begin(), c.quad.end()),
                                               b(p.quad.begin(), p.quad.end()), common;
                                           return cv::intersectConvexConvex(a, b, common, true)
                                                  > 0.8 * polygonArea(p.quad);
                                       });
                                   }),
                    found.end());
        found.insert(found.end(), parts.begin(), parts.end());
    }

    /** Adds the note-shaped regions closed by edges on `bgr`; false when cancelled. */
    bool regions(const cv::Mat &bgr, double low, double high, int fromPercent, std::vector<Candidate> &found) const
    {
        cv::Mat lab, edges;
        cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
        // Local contrast on lightness: a note's rim on a wall of its own colour in a dim corner
        // is a step of a few levels; evened out it reaches Canny's thresholds like the rest.
        std::vector<cv::Mat> channels;
        cv::split(lab, channels);
        cv::createCLAHE(claheClip, cv::Size(8, 8))->apply(channels[0], channels[0]);
        cv::merge(channels, lab);
        if (cancelled())
            return false;
        // Multi-channel Canny follows the channel that changes most: lightness for a note on a
        // wall of its own colour (its shadow and rim), colour for the rest.
        cv::Canny(lab, edges, low, high, 3, true);
        cv::dilate(edges, edges, cv::Mat());
        progress(fromPercent + 5);
        if (cancelled())
            return false;
        cv::Mat labels, stats, centroids;
        const int count = cv::connectedComponentsWithStats(~edges, labels, stats, centroids, 4, CV_32S);
        const double imageArea = double(bgr.cols) * bgr.rows;
        const auto boxOf = [&](int i) {
            return cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                            stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        };
        const auto small = [&](const cv::Rect &box) { return double(box.area()) <= maxNoteShare * imageArea * 2; };
        std::vector<int> pieces;
        for (int i = 1; i < count; ++i) {
            if (i % 64 == 0) {
                if (cancelled())
                    return false;
                progress(fromPercent + 5 + 5 * i / count);
            }
            const int area = stats.at<int>(i, cv::CC_STAT_AREA);
            const cv::Rect box = boxOf(i);
            // The wall between notes and the photo's edge is closed by that edge, not by a note's.
            const bool atEdge = box.x == 0 || box.y == 0 || box.br().x >= labels.cols || box.br().y >= labels.rows;
            if (area < minNoteShare * imageArea * 0.05 || !small(box) || atEdge)
                continue;
            pieces.push_back(i);
            if (area < minNoteShare * imageArea * 0.5)
                continue;
            if (auto candidate = candidateOf(labels(box) == i, box.tl(), imageArea))
                found.push_back(*candidate);
        }
        // A note cut in two, by a line of writing or the edge of a shadow across it: two
        // neighbouring regions whose union, the edge between them closed, fills a quad well.
        const cv::Rect whole(0, 0, labels.cols, labels.rows);
        const int reachSize = mergeReach;
        const cv::Mat reach = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(reachSize, reachSize));
        std::vector<bool> isPiece(size_t(count), false);
        for (int i : pieces)
            isPiece[size_t(i)] = true;
        // Each region's mean colour (a, b of Lab, which a shadow barely moves): two notes of
        // different colours are never one note.
        std::vector<cv::Vec3d> colourSum(size_t(count), cv::Vec3d(0, 0, 0));
        for (int y = 0; y < labels.rows; ++y) {
            const int *l = labels.ptr<int>(y);
            const cv::Vec3b *c = lab.ptr<cv::Vec3b>(y);
            for (int x = 0; x < labels.cols; ++x)
                colourSum[size_t(l[x])] += cv::Vec3d(1, c[x][1], c[x][2]);
        }
        const auto sameColour = [&](int i, int j) {
            const cv::Vec3d &a = colourSum[size_t(i)], &b = colourSum[size_t(j)];
            return std::abs(a[1] / a[0] - b[1] / b[0]) + std::abs(a[2] / a[0] - b[2] / b[0]) <= sameColourGap;
        };
        std::vector<double> singleAreas;
        for (const Candidate &c : found)
            singleAreas.push_back(polygonArea(c.quad));
        double typicalArea = 1e300;
        if (!singleAreas.empty()) {
            std::nth_element(singleAreas.begin(), singleAreas.begin() + long(singleAreas.size() / 2),
                             singleAreas.end());
            typicalArea = singleAreas[singleAreas.size() / 2];
        }
        for (size_t n = 0; n < pieces.size(); ++n) {
            if (n % 32 == 0) {
                if (cancelled())
                    return false;
                progress(fromPercent + 10 + 10 * int(n) / int(pieces.size()));
            }
            const int i = pieces[n];
            const cv::Rect around =
                (boxOf(i) + cv::Size(2 * reachSize, 2 * reachSize) - cv::Point(reachSize, reachSize)) & whole;
            cv::Mat near;
            cv::dilate(labels(around) == i, near, reach);
            std::map<int, int> touching;
            for (int y = 0; y < near.rows; ++y) {
                const uchar *m = near.ptr<uchar>(y);
                const int *l = labels(around).ptr<int>(y);
                for (int x = 0; x < near.cols; ++x)
                    if (m[x] && l[x] != i && isPiece[size_t(l[x])])
                        ++touching[l[x]];
            }
            const auto tryUnion = [&](const std::vector<int> &members) {
                cv::Rect box = boxOf(members.front());
                for (int j : members)
                    box |= boxOf(j);
                if (!small(box))
                    return;
                const cv::Rect padded =
                    (box + cv::Size(2 * reachSize, 2 * reachSize) - cv::Point(reachSize, reachSize)) & whole;
                cv::Mat all = cv::Mat::zeros(padded.size(), CV_8UC1);
                for (int j : members)
                    all |= labels(padded) == j;
                cv::morphologyEx(all, all, cv::MORPH_CLOSE, reach);
                // Two notes of one colour overlapping can also fill a quad: but one twice a
                // note's usual size.
                if (auto candidate = candidateOf(all, padded.tl(), imageArea, mergedFill);
                    candidate && polygonArea(candidate->quad) <= maxMergedSize * typicalArea)
                    found.push_back(*candidate);
            };
            // Each neighbour of the same paper, then all of them (a note cut in three).
            std::vector<int> group = {i};
            for (const auto &[j, shared] : touching) {
                if (shared < 6 || !sameColour(i, j))
                    continue;
                group.push_back(j);
                if (j > i)
                    tryUnion({i, j});
            }
            if (group.size() > 2)
                tryUnion(group);
        }
        return true;
    }

    /** One outline per note, the best first: the region's area × fill² prefers a whole note to
     *  a piece of it (cut by writing or a shadow) and a note to the note with a strip of wall;
     *  an outline that overlaps a kept one goes. */
    static std::vector<Candidate> bestOutlines(std::vector<Candidate> found)
    {
        const auto key = [](const Candidate &c) { return c.region * c.score * c.score; };
        std::sort(found.begin(), found.end(), [&](const Candidate &a, const Candidate &b) { return key(a) > key(b); });
        std::vector<Candidate> kept;
        for (const Candidate &c : found) {
            const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate &k) {
                return overlap(c.quad, k.quad) > sameNoteOverlap;
            });
            if (!overlaps)
                kept.push_back(c);
        }
        return kept;
    }

    /** Notes partly under another: a region beside a whole note (or joined with it, when both
     *  are one colour), less that note, completed by its own sides (completeUnder). It takes
     *  the place of outlines that were only its visible part. */
    std::vector<Candidate> completeHidden(std::vector<Candidate> kept) const
    {
        if (kept.size() < 3 || cancelled())
            return kept;
        std::vector<double> areas;
        for (const Candidate &c : kept)
            areas.push_back(polygonArea(c.quad));
        std::nth_element(areas.begin(), areas.begin() + long(areas.size() / 2), areas.end());
        const double typical = areas[areas.size() / 2];
        std::vector<Candidate> added;
        const size_t keptCount = kept.size();
        for (size_t k = 0; k < keptCount; ++k) {
            const Candidate &over = kept[k];
            if (over.score < occluderFill)
                continue;
            const std::vector<cv::Point2f> overF(over.quad.begin(), over.quad.end());
            const cv::Rect overBox = cv::boundingRect(overF) + cv::Size(12, 12) - cv::Point(6, 6);
            for (const Region &region : m_regions) {
                if (!(region.box & overBox).area())
                    continue;
                if (region.area < 0.3 * typical || region.area > 2.6 * typical)
                    continue;
                // Touching the note over it along its outline, not the note itself.
                int touching = 0, inside = 0;
                for (const cv::Point &p : region.contour) {
                    const double d = cv::pointPolygonTest(overF, cv::Point2f(p), true);
                    touching += std::abs(d) <= 5 ? 1 : 0;
                    inside += d > 5 ? 1 : 0;
                }
                if (touching < 0.08 * double(region.contour.size())
                    || touching + inside > 0.8 * double(region.contour.size()))
                    continue;
                // The region as it is, and its convex hull: writing that runs under the note
                // over it cuts the visible part in strips.
                for (const bool hulled : {false, true}) {
                    std::vector<cv::Point> visible = visiblePart(region, over.quad, hulled);
                    if (visible.empty())
                        continue;
                    const double visibleArea = cv::contourArea(visible);
                    if (visibleArea < 0.3 * typical)
                        continue;
                    const auto quad = completeUnder(visible, over.quad);
                    if (!quad)
                        continue;
                    if (!noteShaped(*quad))
                        continue;
                    const double quadArea = polygonArea(*quad);
                    if (quadArea < 0.45 * typical || quadArea > 1.8 * typical)
                        continue;
                    std::vector<cv::Point2f> q(quad->begin(), quad->end()), common;
                    const double underOver = cv::intersectConvexConvex(q, overF, common, true);
                    if (underOver > maxHidden * quadArea)
                        continue;
                    const double fill = visibleArea / std::max(1.0, quadArea - underOver);
                    if (fill < hiddenFill || (hulled && region.area < 0.5 * (quadArea - underOver)))
                        continue;
                    if (!explains(*quad, visible, hulled ? visiblePart(region, over.quad, false) : visible, over.quad))
                        continue;
                    added.push_back(Candidate{*quad, std::min(1.0, fill), visibleArea});
                }
            }
        }
        std::sort(added.begin(), added.end(), [](const Candidate &a, const Candidate &b) {
            return a.region * a.score * a.score > b.region * b.score * b.score;
        });
        std::vector<bool> dropped(kept.size(), false);
        for (const Candidate &c : added) {
            std::vector<size_t> pieces;
            bool clash = false;
            for (size_t i = 0; i < kept.size() && !clash; ++i) {
                if (dropped[i] || overlap(c.quad, kept[i].quad) <= sameNoteOverlap)
                    continue;
                // An outline mostly inside the completed one was its visible part; one that
                // already matches it closely, or reaches out of it, is kept.
                std::vector<cv::Point2f> a(c.quad.begin(), c.quad.end()), b(kept[i].quad.begin(), kept[i].quad.end()),
                    common;
                const double shared = cv::intersectConvexConvex(a, b, common, true);
                const double keptArea = polygonArea(kept[i].quad);
                const double iou = shared / (polygonArea(c.quad) + keptArea - shared);
                if (i >= keptCount || iou >= 0.85 || shared < 0.6 * keptArea)
                    clash = true;
                else
                    pieces.push_back(i);
            }
            if (clash)
                continue;
            for (size_t i : pieces)
                dropped[i] = true;
            kept.push_back(c);
            dropped.push_back(false);
        }
        std::vector<Candidate> out;
        for (size_t i = 0; i < kept.size(); ++i)
            if (!dropped[i])
                out.push_back(kept[i]);
        return out;
    }

    /** Whether the completed outline `quad` is the note whose visible part is `visible`: the
     *  visible outline runs along the quad's sides or the note over it (no leak into the wall,
     *  nothing of it outside the quad), and each stretch of the quad's sides not seen lies
     *  under that note. */
    static bool explains(const std::vector<cv::Point2d> &quad, const std::vector<cv::Point> &visible,
                         const std::vector<cv::Point> &seen, const std::vector<cv::Point2d> &over)
    {
        const std::vector<cv::Point2d> overGrown = grown(over, 4);
        const std::vector<cv::Point2f> quadF(quad.begin(), quad.end()), overF(overGrown.begin(), overGrown.end());
        int astray = 0;
        for (const cv::Point &p : visible) {
            const double d = cv::pointPolygonTest(quadF, cv::Point2f(p), true);
            if (d < -3 || (d > 3 && cv::pointPolygonTest(overF, cv::Point2f(p), false) < 0))
                ++astray;
        }
        if (astray > 0.1 * double(visible.size()))
            return false;
        cv::Rect box = cv::boundingRect(quadF) | cv::boundingRect(visible);
        box = box + cv::Size(8, 8) - cv::Point(4, 4);
        cv::Mat outline(box.size(), CV_8UC1, cv::Scalar(255)), distance;
        std::vector<cv::Point> shifted;
        for (const cv::Point &p : seen)
            shifted.push_back(p - box.tl());
        cv::polylines(outline, std::vector<std::vector<cv::Point>>{shifted}, true, cv::Scalar(0), 1, cv::LINE_8, 0);
        cv::distanceTransform(outline, distance, cv::DIST_L2, 3);
        int unseen = 0, samples = 0;
        for (size_t k = 0; k < 4; ++k) {
            const cv::Point2d a = quad[k], b = quad[(k + 1) % 4];
            const double length = std::hypot(b.x - a.x, b.y - a.y);
            for (double t = 0; t < length; t += 2, ++samples) {
                const cv::Point2d p = a + (b - a) * (t / length);
                const cv::Point at(std::clamp(int(std::lround(p.x)) - box.x, 0, box.width - 1),
                                   std::clamp(int(std::lround(p.y)) - box.y, 0, box.height - 1));
                if (distance.at<float>(at) > 3 && cv::pointPolygonTest(overF, cv::Point2f(p), false) < 0)
                    ++unseen;
            }
        }
        return unseen <= 0.06 * samples;
    }

    /** The largest part of `region` outside the quad `over` (grown a little). */
    static std::vector<cv::Point> visiblePart(const Region &region, const std::vector<cv::Point2d> &over, bool hulled)
    {
        const cv::Rect box = region.box + cv::Size(4, 4) - cv::Point(2, 2);
        cv::Mat mask = cv::Mat::zeros(box.size(), CV_8UC1);
        std::vector<cv::Point> outline = region.contour;
        if (hulled)
            cv::convexHull(region.contour, outline);
        cv::drawContours(mask, std::vector<std::vector<cv::Point>>{outline}, 0, cv::Scalar(255), cv::FILLED, cv::LINE_8,
                         cv::noArray(), INT_MAX, -box.tl());
        std::vector<cv::Point> cover;
        for (const cv::Point2d &p : grown(over, 2))
            cover.emplace_back(int(std::lround(p.x)) - box.x, int(std::lround(p.y)) - box.y);
        cv::fillConvexPoly(mask, cover, cv::Scalar(0));
        std::vector<std::vector<cv::Point>> parts;
        cv::findContours(mask, parts, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE, box.tl());
        if (parts.empty())
            return {};
        return *std::max_element(parts.begin(), parts.end(),
                                 [](const auto &a, const auto &b) { return cv::contourArea(a) < cv::contourArea(b); });
    }

    static double overlap(const std::vector<cv::Point2d> &a, const std::vector<cv::Point2d> &b)
    {
        std::vector<cv::Point2f> fa(a.begin(), a.end()), fb(b.begin(), b.end()), common;
        const double shared = cv::intersectConvexConvex(fa, fb, common, true);
        if (shared <= 0)
            return 0;
        // A piece of a note (half of it, cut by a shadow) is as good as the same note: over by
        // its share of the smaller; a note partly under another is at most 30 % under it.
        const double iou = shared / (polygonArea(a) + polygonArea(b) - shared);
        const double ofSmaller = shared / std::min(polygonArea(a), polygonArea(b));
        return std::max(iou, ofSmaller >= pieceShare ? 1.0 : 0.0);
    }

    std::optional<Candidate> candidateOf(const cv::Mat &mask, cv::Point offset, double imageArea,
                                         double minimumFill = minFill) const
    {
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE, offset);
        if (contours.empty())
            return std::nullopt;
        const auto &contour = *std::max_element(contours.begin(), contours.end(),
                                                [](const auto &a, const auto &b) { return a.size() < b.size(); });
        const double regionArea = cv::contourArea(contour);
        if (regionArea < minNoteShare * imageArea * 0.5)
            return std::nullopt;
        m_regions.push_back(Region{contour, cv::boundingRect(contour), regionArea});
        std::vector<cv::Point> hull, simple;
        cv::convexHull(contour, hull);
        // Few enough sides to try every 4 of them (rounded, blurred corners give many short ones).
        for (double epsilon = 1.5; epsilon < 12; epsilon *= 1.4) {
            cv::approxPolyDP(hull, simple, epsilon, true);
            if (simple.size() <= 12)
                break;
        }
        if (simple.size() < 4)
            return std::nullopt;
        std::vector<cv::Point2d> points(simple.begin(), simple.end());
        auto quad = hullToQuad(points);
        if (!quad)
            return std::nullopt;
        *quad = grown(*quad, 1.5);
        const double quadArea = polygonArea(*quad);
        if (quadArea < minNoteShare * imageArea || quadArea > maxNoteShare * imageArea || !noteShaped(*quad))
            return std::nullopt;
        const double fill = regionArea / quadArea;
        if (fill < minimumFill || outlineSupport(contour, *quad) < minSupport)
            return std::nullopt;
        if (fill < minimumFill)
            return std::nullopt;
        return Candidate{*quad, std::min(1.0, fill), regionArea};
    }

    const DetectionControl &m_control;
    /** Every region of note size seen, for completeHidden. */
    mutable std::vector<Region> m_regions;
};

QPolygonF toPolygon(const std::vector<cv::Point2d> &quad, double scale)
{
    QPolygonF polygon;
    // Pixel centres: x on the copy covers (x + 0.5) / scale − 0.5 on the photo.
    for (const cv::Point2d &p : quad)
        polygon << QPointF((p.x + 0.5) / scale - 0.5, (p.y + 0.5) / scale - 0.5);
    return clockwiseFromTopLeft(polygon);
}

/** Rows top to bottom (a new row starts half a note's height below the row's first), then
 *  left to right. */
void sortInReadingOrder(std::vector<FoundNote> &notes)
{
    if (notes.empty())
        return;
    std::vector<double> heights;
    for (const FoundNote &n : notes)
        heights.push_back(n.outline.boundingRect().height());
    std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
    const double rowGap = heights[heights.size() / 2] / 2;
    std::sort(notes.begin(), notes.end(), [](const FoundNote &a, const FoundNote &b) {
        return a.outline.boundingRect().center().y() < b.outline.boundingRect().center().y();
    });
    std::vector<std::pair<int, double>> keys; // row, x
    double rowTop = notes.front().outline.boundingRect().center().y();
    int row = 0;
    for (const FoundNote &n : notes) {
        const QPointF centre = n.outline.boundingRect().center();
        if (centre.y() > rowTop + rowGap)
            ++row, rowTop = centre.y();
        keys.emplace_back(row, centre.x());
    }
    std::vector<size_t> order(notes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
    std::vector<FoundNote> sorted;
    for (size_t i : order)
        sorted.push_back(std::move(notes[i]));
    notes = std::move(sorted);
}

} // namespace

std::vector<FoundNote> findNotes(const QImage &photoIn, const DetectionControl &control)
{
    if (photoIn.isNull() || photoIn.width() < 16 || photoIn.height() < 16)
        return {};
    const QImage photo = asRgb32(photoIn);
    const Detector detector(control);
    const double scale = std::min(1.0, std::sqrt(workPixels / (double(photo.width()) * photo.height())));
    cv::Mat small, bgr;
    cv::resize(bgraView(photo), small,
               cv::Size(std::max(1, int(std::lround(photo.width() * scale))),
                        std::max(1, int(std::lround(photo.height() * scale)))),
               0, 0, cv::INTER_AREA);
    cv::cvtColor(small, bgr, cv::COLOR_BGRA2BGR);
    detector.progress(10);
    if (detector.cancelled())
        return {};
    const std::vector<Candidate> candidates = detector.outlines(bgr);
    if (detector.cancelled())
        return {};
    std::vector<FoundNote> notes;
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (detector.cancelled())
            return {};
        detector.progress(70 + int(30 * i / candidates.size()));
        FoundNote note = noteFromOutline(photo, toPolygon(candidates[i].quad, scale));
        note.score = candidates[i].score;
        notes.push_back(std::move(note));
    }
    sortInReadingOrder(notes);
    detector.progress(100);
    return notes;
}

} // namespace cabildo::photo
