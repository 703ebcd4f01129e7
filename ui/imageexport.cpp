#include "imageexport.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace cabildo {

QString ImageExport::write(const QString &path, QSize size, const Painter &paint, const QString &title)
{
    if (size.isEmpty())
        return tr("There is nothing to draw.");
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("%1 could not be written.").arg(QFileInfo(path).fileName());
        paint(&painter, QRect(QPoint(0, 0), size));
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : tr("%1 could not be written.").arg(QFileInfo(path).fileName());
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(&painter, image.rect());
    }
    image.setText(QStringLiteral("Title"), title);
    return image.save(path, "PNG") ? QString() : tr("%1 could not be written.").arg(QFileInfo(path).fileName());
}

QString ImageExport::writeBoard(const QString &path, QGraphicsScene *scene, const QString &title)
{
    // A margin around the notes, and the width of a projector's picture.
    const QRectF source = scene->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (source.isEmpty())
        return tr("The board is empty.");
    const qreal scale = 1920.0 / source.width();
    const QSize size(1920, qMax(1, qRound(source.height() * scale)));
    return write(
        path, size,
        [&](QPainter *painter, const QRect &target) {
            painter->fillRect(target, scene->backgroundBrush().style() == Qt::NoBrush ? QBrush(Qt::white)
                                                                                      : scene->backgroundBrush());
            scene->render(painter, target, source);
        },
        title);
}

void ImageExport::saveWithDialog(QWidget *parent, const QString &suggestedName,
                                 const std::function<QString(const QString &)> &write)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Save Image"), folder + QLatin1Char('/') + suggestedName,
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (const QString error = write(path); !error.isEmpty())
        QMessageBox::warning(parent, tr("Image not saved"), error);
}

} // namespace cabildo
