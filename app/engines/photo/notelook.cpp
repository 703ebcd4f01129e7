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
    // Sums and sums of squares over any rectangle from summed-area tables: only the products
    // are summed per shift. Whole numbers throughout (at most 64² × 255² < 2³¹): exact.
    const auto tables = [](const QImage &grey, cv::Mat &sum, cv::Mat &squares) {
        const cv::Mat view(lookSize, lookSize, CV_8UC1, const_cast<uchar *>(grey.constBits()),
                           size_t(grey.bytesPerLine()));
        cv::integral(view, sum, squares, CV_32S, CV_64F);
    };
    cv::Mat sumA, squaresA, sumB, squaresB;
    tables(a.grey, sumA, squaresA);
    tables(b.grey, sumB, squaresB);
    const auto over = [](const cv::Mat &table, int x0, int y0, int x1, int y1) {
        if (table.type() == CV_32S)
            return double(table.at<int>(y1, x1) - table.at<int>(y0, x1) - table.at<int>(y1, x0)
                          + table.at<int>(y0, x0));
        return table.at<double>(y1, x1) - table.at<double>(y0, x1) - table.at<double>(y1, x0)
               + table.at<double>(y0, x0);
    };
    double best = -1;
    for (int dy = -maxShift; dy <= maxShift; ++dy) {
        for (int dx = -maxShift; dx <= maxShift; ++dx) {
            const int x0 = std::max(0, -dx), x1 = std::min(lookSize, lookSize - dx);
            const int y0 = std::max(0, -dy), y1 = std::min(lookSize, lookSize - dy);
            int sab = 0;
            for (int y = y0; y < y1; ++y) {
                const uchar *la = a.grey.constScanLine(y), *lb = b.grey.constScanLine(y + dy) + dx;
                for (int x = x0; x < x1; ++x)
                    sab += int(la[x]) * int(lb[x]);
            }
            const double n = double(x1 - x0) * (y1 - y0);
            const double sa = over(sumA, x0, y0, x1, y1), sb = over(sumB, x0 + dx, y0 + dy, x1 + dx, y1 + dy);
            const double saa = over(squaresA, x0, y0, x1, y1);
            const double sbb = over(squaresB, x0 + dx, y0 + dy, x1 + dx, y1 + dy);
            const double cov = sab - sa * sb / n;
            const double var = (saa - sa * sa / n) * (sbb - sb * sb / n);
            if (var > 0)
                best = std::max(best, cov / std::sqrt(var));
        }
    }
    return std::clamp(best, 0.0, 1.0);
}

double sameNoteScore(const NoteLook &a, const NoteLook &b)
{
    if (a.isNull() || b.isNull() || !sameColourFamily(a.paper, b.paper))
        return 0;
    const double similarity = lookSimilarity(a, b);
    return similarity >= sameNoteSimilarity ? similarity : 0;
}

bool likelySameNote(const NoteLook &a, const NoteLook &b)
{
    return sameNoteScore(a, b) > 0;
}

} // namespace cabildo::photo
