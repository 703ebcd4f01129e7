#include "photo/notecrop.h"

#include "photo/photomat.h"
#include "photo/wallphoto.h"

#include <opencv2/imgproc.hpp>

#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace cabildo::photo {

QPolygonF clockwiseFromTopLeft(const QPolygonF &quad)
{
    if (quad.size() != 4)
        return quad;
    QPointF centre;
    for (const QPointF &p : quad)
        centre += p / 4.0;
    QList<QPointF> corners(quad.begin(), quad.end());
    // With y down, increasing atan2 turns clockwise on screen.
    std::sort(corners.begin(), corners.end(), [&](const QPointF &a, const QPointF &b) {
        return std::atan2(a.y() - centre.y(), a.x() - centre.x()) < std::atan2(b.y() - centre.y(), b.x() - centre.x());
    });
    const auto topLeft = std::min_element(corners.begin(), corners.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() + a.y() < b.x() + b.y();
    });
    std::rotate(corners.begin(), topLeft, corners.end());
    return QPolygonF(corners);
}

QImage straightenNote(const QImage &photo, const QPolygonF &outline)
{
    if (photo.isNull() || outline.size() != 4)
        return {};
    const QPolygonF q = clockwiseFromTopLeft(outline);
    double width = std::max(QLineF(q[0], q[1]).length(), QLineF(q[3], q[2]).length());
    double height = std::max(QLineF(q[0], q[3]).length(), QLineF(q[1], q[2]).length());
    const double longest = std::max(width, height);
    if (longest < 2)
        return {};
    if (longest > 1200) {
        width *= 1200 / longest;
        height *= 1200 / longest;
    }
    const int w = std::max(1, int(std::lround(width))), h = std::max(1, int(std::lround(height)));
    const std::array<cv::Point2f, 4> from = {
        cv::Point2f(float(q[0].x()), float(q[0].y())), cv::Point2f(float(q[1].x()), float(q[1].y())),
        cv::Point2f(float(q[2].x()), float(q[2].y())), cv::Point2f(float(q[3].x()), float(q[3].y()))};
    const std::array<cv::Point2f, 4> to = {cv::Point2f(0, 0), cv::Point2f(float(w), 0), cv::Point2f(float(w), float(h)),
                                           cv::Point2f(0, float(h))};
    const cv::Mat homography = cv::getPerspectiveTransform(from.data(), to.data());
    const QImage source = asRgb32(photo);
    cv::Mat crop;
    cv::warpPerspective(bgraView(source), crop, homography, cv::Size(w, h), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return toQImage(crop);
}

QColor paperColour(const QImage &crop)
{
    if (crop.isNull())
        return {};
    const QImage image = asRgb32(crop);
    const int x0 = image.width() / 8, y0 = image.height() / 8;
    const int x1 = std::max(x0 + 1, image.width() - x0), y1 = std::max(y0 + 1, image.height() - y0);
    // Ink is the darker minority: keep pixels at or over the 35th percentile of brightness,
    // then take each channel's median.
    std::array<int, 256> lumaCount{};
    for (int y = y0; y < y1; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = x0; x < x1; ++x)
            ++lumaCount[size_t(qGray(line[x]))];
    }
    const int total = std::accumulate(lumaCount.begin(), lumaCount.end(), 0);
    int cutoff = 0;
    for (int seen = 0; cutoff < 255 && seen + lumaCount[size_t(cutoff)] < total * 35 / 100; ++cutoff)
        seen += lumaCount[size_t(cutoff)];
    std::array<std::array<int, 256>, 3> channel{};
    int kept = 0;
    for (int y = y0; y < y1; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = x0; x < x1; ++x) {
            if (qGray(line[x]) < cutoff)
                continue;
            ++channel[0][size_t(qRed(line[x]))];
            ++channel[1][size_t(qGreen(line[x]))];
            ++channel[2][size_t(qBlue(line[x]))];
            ++kept;
        }
    }
    std::array<int, 3> median{};
    for (size_t c = 0; c < 3; ++c) {
        int seen = 0, v = 0;
        while (v < 255 && seen + channel[c][size_t(v)] <= kept / 2)
            seen += channel[c][size_t(v++)];
        median[c] = v;
    }
    return QColor(median[0], median[1], median[2]);
}

FoundNote noteFromOutline(const QImage &photo, const QPolygonF &outline)
{
    FoundNote note;
    note.outline = clockwiseFromTopLeft(outline);
    note.image = straightenNote(photo, note.outline);
    note.paper = paperColour(note.image);
    note.score = 1;
    return note;
}

} // namespace cabildo::photo
