// Finding sticky notes (photo/README.md): regions closed by colour edges on a ~2 MP copy,
// each turned into a quadrilateral, then cropped from the full-resolution photo.

#include "photo/notecrop.h"
#include "photo/photomat.h"
#include "photo/wallphoto.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
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
constexpr double maxMergedSize = 1.5;   // × the median note: larger unions are two notes
constexpr double sameNoteOverlap = 0.4; // IoU over which two outlines are one note
constexpr double pieceShare = 0.5;      // …or the share of the smaller inside the larger

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
        return bestOutlines(std::move(found));
    }

private:
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
