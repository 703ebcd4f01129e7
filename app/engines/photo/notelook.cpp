#include "photo/notecrop.h"
#include "photo/photomat.h"
#include "photo/wallphoto.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cabildo::photo {

namespace {

// Tuned on generated walls (tests/core/tst_photo: sameWallTwice, differentWordsAreDifferentNotes):
// the same note found on two photos (other camera angle, light, blur, JPEG; outlines off by a
// few pixels) scores 0.82–0.99 in 35 of 38 pairs (the other 3, under 0.35, were cropped
// differently: two partly hidden notes, and one outline a fifth off); one centred word
// on the same yellow scores 0.39–0.70 against another word, 0.87–0.92 against itself
// photographed again.
constexpr double sameNoteSimilarity = 0.72;
constexpr int maxShift = 5;   // pixels of the small copy: ±8 % of the note
constexpr double flatStd = 2; // grey levels: a blank note has no picture to compare

bool isFlat(const QImage &grey)
{
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        if (std::any_of(line, line + grey.width(), [](uchar v) { return v != 128; }))
            return false;
    }
    return true;
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
    cv::Mat small, background;
    cv::resize(inner, small, cv::Size(lookSize, lookSize), 0, 0, cv::INTER_AREA);
    small.convertTo(small, CV_32F);
    // Only the strokes' shapes: the paper's shading and the ink's overall blob (the same for any
    // short centred word) go with the blurred background.
    cv::GaussianBlur(small, background, cv::Size(0, 0), lookSize / 16.0);
    small -= background;
    cv::GaussianBlur(small, small, cv::Size(0, 0), 0.8);
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
