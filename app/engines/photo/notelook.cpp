#include "photo/notecrop.h"
#include "photo/photomat.h"
#include "photo/wallphoto.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cabildo::photo {

namespace {

// Tuned on generated walls (tests/engines/tst_photo_look): the same note in two photos
// (other tilt, light, JPEG quality, outline off by a few pixels) scores 0.75 and over;
// different notes of one colour with one centred word each score under 0.6.
constexpr double sameNoteSimilarity = 0.68;
constexpr int maxShift = 2;   // pixels of the 32×32 copy: ±6 % of the note
constexpr double flatStd = 4; // grey levels: a blank note has no picture to compare

bool isFlat(const QImage &grey)
{
    return grey.pixelIndex(0, 0) == 128 && grey.pixelIndex(lookSize - 1, lookSize - 1) == 128
           && grey.pixelIndex(lookSize / 2, lookSize / 2) == 128;
}

bool sameColourFamily(const QColor &a, const QColor &b)
{
    const bool paleA = a.hsvSaturation() < 45, paleB = b.hsvSaturation() < 45;
    if (paleA || paleB)
        return paleA == paleB;
    const int hueGap = std::abs(a.hsvHue() - b.hsvHue());
    return std::min(hueGap, 360 - hueGap) <= 25;
}

} // namespace

NoteLook noteLook(const QImage &noteImage)
{
    NoteLook look;
    if (noteImage.isNull())
        return look;
    look.paper = paperColour(noteImage);
    const QImage rgb = asRgb32(noteImage);
    cv::Mat grey;
    cv::cvtColor(bgraView(rgb), grey, cv::COLOR_BGRA2GRAY);
    // The outer 5 % is where outlines of two detections differ most (wall, shadow, a neighbour).
    const int mx = grey.cols / 20, my = grey.rows / 20;
    cv::Mat inner = grey(cv::Rect(mx, my, std::max(1, grey.cols - 2 * mx), std::max(1, grey.rows - 2 * my)));
    cv::Mat small;
    cv::resize(inner, small, cv::Size(lookSize, lookSize), 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(3, 3), 0.7);
    cv::Scalar mean, std;
    cv::meanStdDev(small, mean, std);
    cv::Mat normalised(lookSize, lookSize, CV_8UC1, cv::Scalar(128));
    if (std[0] >= flatStd)
        small.convertTo(normalised, CV_8UC1, 40.0 / std[0], 128 - 40.0 * mean[0] / std[0]);
    look.grey = toQImage(normalised);
    return look;
}

double lookSimilarity(const NoteLook &a, const NoteLook &b)
{
    if (a.isNull() || b.isNull())
        return 0;
    if (isFlat(a.grey) || isFlat(b.grey))
        return isFlat(a.grey) && isFlat(b.grey) ? 0.5 : 0; // two blank notes: nothing to tell them apart
    double best = -1;
    for (int dy = -maxShift; dy <= maxShift; ++dy) {
        for (int dx = -maxShift; dx <= maxShift; ++dx) {
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            int n = 0;
            for (int y = std::max(0, -dy); y < std::min(lookSize, lookSize - dy); ++y) {
                const uchar *la = a.grey.constScanLine(y), *lb = b.grey.constScanLine(y + dy);
                for (int x = std::max(0, -dx); x < std::min(lookSize, lookSize - dx); ++x) {
                    const double va = la[x], vb = lb[x + dx];
                    sa += va, sb += vb, saa += va * va, sbb += vb * vb, sab += va * vb;
                    ++n;
                }
            }
            const double cov = sab - sa * sb / n;
            const double var = (saa - sa * sa / n) * (sbb - sb * sb / n);
            if (var > 0)
                best = std::max(best, cov / std::sqrt(var));
        }
    }
    return std::clamp(best, 0.0, 1.0);
}

bool likelySameNote(const NoteLook &a, const NoteLook &b)
{
    return !a.isNull() && !b.isNull() && sameColourFamily(a.paper, b.paper)
           && lookSimilarity(a, b) >= sameNoteSimilarity;
}

} // namespace cabildo::photo
