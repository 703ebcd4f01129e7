#include "photonote.h"

#include <QBuffer>

namespace cabildo {

NoteImage NoteImage::encode(const QUuid &noteUuid, const QImage &image)
{
    NoteImage stored;
    stored.noteUuid = noteUuid;
    if (image.isNull())
        return stored;
    // A crop of a photo compresses ten times better as JPEG with no visible loss at 90;
    // a picture with transparency (drawn, not photographed) keeps it as PNG.
    const bool png = image.hasAlphaChannel();
    stored.format = png ? QStringLiteral("png") : QStringLiteral("jpeg");
    QBuffer buffer(&stored.bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 90);
    stored.width = image.width();
    stored.height = image.height();
    return stored;
}

QImage NoteImage::decode() const
{
    QImage image;
    if (!image.loadFromData(bytes, format == QLatin1String("png") ? "PNG" : "JPEG"))
        return {};
    return image;
}

} // namespace cabildo
