#include "photo/photomat.h"

#include <opencv2/imgproc.hpp>

#include <cstring>

namespace cabildo::photo {

cv::Mat bgraView(const QImage &image)
{
    // RGB32 is 0xffRRGGBB per pixel: B, G, R, A in memory on the little-endian machines Debian
    // ships Cabildo for.
    return cv::Mat(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.constBits()),
                   size_t(image.bytesPerLine()));
}

QImage toQImage(const cv::Mat &mat)
{
    if (mat.empty())
        return {};
    if (mat.type() == CV_8UC1) {
        QImage out(mat.cols, mat.rows, QImage::Format_Grayscale8);
        for (int y = 0; y < mat.rows; ++y)
            std::memcpy(out.scanLine(y), mat.ptr(y), size_t(mat.cols));
        return out;
    }
    QImage out(mat.cols, mat.rows, QImage::Format_RGB32);
    cv::Mat view = bgraView(out);
    if (mat.type() == CV_8UC3)
        cv::cvtColor(mat, view, cv::COLOR_BGR2BGRA);
    else
        mat.copyTo(view);
    return out;
}

QImage asRgb32(const QImage &image)
{
    return image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
}

} // namespace cabildo::photo
