// The geometry of a note's outline (notequads.h).
#include "photo/notequads.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cabildo::photo {

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

} // namespace cabildo::photo
