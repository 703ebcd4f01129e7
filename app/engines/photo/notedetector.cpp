// Finding sticky notes (photo/README.md): regions closed by colour edges on a ~2 MP copy,
// each turned into a quadrilateral, then cropped from the full-resolution photo.

#include "photo/notecrop.h"
#include "photo/photomat.h"
#include "photo/wallphoto.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cabildo::photo {

namespace {

constexpr double workPixels = 2.0e6;  // the copy outlines are found on (12 MP → 2 MP)
constexpr double minNoteShare = 6e-4; // of the photo: ~35×35 px on the copy
constexpr double maxNoteShare = 0.3;  // a note photographed up close
constexpr double minFill = 0.62;      // visible share of the quad: a note under a neighbour keeps ≥ 70 %
constexpr double cannyLow = 18, cannyHigh = 40;

struct Candidate
{
    std::vector<cv::Point2d> quad; // on the copy
    double score = 0;
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

/** The convex hull reduced to 4 corners by repeatedly extending the two neighbours of the edge
 *  whose removal adds the least area: a corner hidden under another note comes back, and
 *  perspective is kept (a rotated rectangle would lose it). */
std::optional<std::vector<cv::Point2d>> hullToQuad(std::vector<cv::Point2d> p)
{
    while (p.size() > 4) {
        const size_t n = p.size();
        double bestCost = 1e300;
        size_t best = n;
        cv::Point2d bestPoint;
        for (size_t i = 0; i < n; ++i) {
            const cv::Point2d &before = p[(i + n - 1) % n], &a = p[i], &b = p[(i + 1) % n], &after = p[(i + 2) % n];
            const auto x = intersection(before, a, after, b);
            if (!x)
                continue;
            // The new corner must lie beyond both ends (the polygon grows outward, stays convex).
            if ((*x - a).dot(a - before) < 0 || (*x - b).dot(b - after) < 0)
                continue;
            const double cost = polygonArea({a, *x, b});
            if (cost < bestCost)
                bestCost = cost, best = i, bestPoint = *x;
        }
        if (best == n)
            return std::nullopt;
        p[best] = bestPoint;
        p.erase(p.begin() + long((best + 1) % n));
    }
    if (p.size() != 4)
        return std::nullopt;
    return p;
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

/** Corners no sharper than 50° and no flatter than 130°, sides at most 3.5:1: a note seen at
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
        cv::Mat lab, edges;
        cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
        // A median keeps the paper's edges and drops thin ink strokes and JPEG noise.
        cv::medianBlur(lab, lab, 5);
        if (cancelled())
            return {};
        // Multi-channel Canny follows the channel that changes most: lightness for a note on a
        // wall of its own colour (its shadow and rim), colour for the rest.
        cv::Canny(lab, edges, cannyLow, cannyHigh, 3, true);
        cv::dilate(edges, edges, cv::Mat());
        progress(25);
        if (cancelled())
            return {};
        cv::Mat labels, stats, centroids;
        const int count = cv::connectedComponentsWithStats(~edges, labels, stats, centroids, 4, CV_32S);
        const double imageArea = double(bgr.cols) * bgr.rows;
        std::vector<Candidate> found;
        for (int i = 1; i < count; ++i) {
            if (i % 64 == 0) {
                if (cancelled())
                    return {};
                progress(25 + 45 * i / count);
            }
            const int area = stats.at<int>(i, cv::CC_STAT_AREA);
            const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                               stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
            if (area < minNoteShare * imageArea * 0.5 || double(box.area()) > maxNoteShare * imageArea * 2)
                continue;
            if (auto candidate = candidateOf(labels(box) == i, box.tl(), imageArea))
                found.push_back(*candidate);
        }
        return found;
    }

private:
    std::optional<Candidate> candidateOf(const cv::Mat &mask, cv::Point offset, double imageArea) const
    {
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE, offset);
        if (contours.empty())
            return std::nullopt;
        const auto &contour = *std::max_element(contours.begin(), contours.end(),
                                                [](const auto &a, const auto &b) { return a.size() < b.size(); });
        const double regionArea = cv::contourArea(contour);
        if (regionArea < minNoteShare * imageArea * 0.5)
            return std::nullopt;
        std::vector<cv::Point> hull, simple;
        cv::convexHull(contour, hull);
        cv::approxPolyDP(hull, simple, 1.5, true);
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
        if (fill < minFill)
            return std::nullopt;
        return Candidate{*quad, std::min(1.0, fill)};
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
