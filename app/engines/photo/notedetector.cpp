// Finding sticky notes (photo/README.md): regions closed by colour edges on a ~2 MP copy,
// each turned into a quadrilateral, then cropped from the full-resolution photo.

#include "photo/notecrop.h"
#include "photo/notequads.h"
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
