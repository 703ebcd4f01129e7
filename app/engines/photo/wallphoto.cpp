#include "photo/wallphoto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace cabildo::photo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::WallPhoto)
};

/** A JPEG ends with its EOI marker and a PNG with its IEND chunk: without them the file was
 *  cut short, and Qt would show the missing part grey rather than fail. A little trailing data
 *  (some phones add some) is allowed. */
bool endsComplete(const QString &path, const QByteArray &format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 tail = std::min<qint64>(file.size(), 64 * 1024);
    file.seek(file.size() - tail);
    const QByteArray end = file.read(tail);
    if (format == "jpeg" || format == "jpg")
        return end.contains(QByteArray("\xff\xd9", 2));
    if (format == "png")
        return end.contains(QByteArray("IEND"));
    return true;
}

} // namespace

WallPhoto readWallPhoto(const QString &path, double maxMegapixels)
{
    WallPhoto photo;
    const QString name = QFileInfo(path).fileName();
    QImageReader reader(path);
    reader.setAutoTransform(true); // the EXIF Orientation of a phone held sideways
    if (!reader.canRead()) {
        photo.error = reader.error() == QImageReader::FileNotFoundError
                          //: %1 is a file name
                          ? Text::tr("%1 cannot be read: no such file").arg(name)
                          //: %1 is a file name
                          : Text::tr("%1 is not a JPEG or PNG image").arg(name);
        return photo;
    }
    const QSize size = reader.size();
    const double megapixels = double(size.width()) * size.height() / 1e6;
    if (size.isValid() && megapixels > maxMegapixels) {
        //: %1 is a file name, %2 and %3 numbers of megapixels
        photo.error = Text::tr("%1 is too large: %2 megapixels (at most %3)")
                          .arg(name, QString::number(megapixels, 'f', 0), QString::number(maxMegapixels, 'f', 0));
        return photo;
    }
    // Qt's own cap (256 MB by default) would refuse a photo under ours for a reason of its own.
    reader.setAllocationLimit(int(maxMegapixels * 4) + 16);
    if (!endsComplete(path, reader.format())) {
        //: %1 is a file name
        photo.error = Text::tr("%1 is damaged: the file is cut short").arg(name);
        return photo;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        //: %1 is a file name
        photo.error = Text::tr("%1 is damaged and cannot be read").arg(name);
        return photo;
    }
    photo.image = image.convertToFormat(QImage::Format_RGB32);
    return photo;
}

} // namespace cabildo::photo
