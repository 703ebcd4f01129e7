#pragma once

#include <QCoreApplication>
#include <QRect>
#include <QSize>
#include <QString>

#include <functional>

class QGraphicsScene;
class QPainter;
class QWidget;

namespace cabildo {

/**
 * Pictures for slides: the board or the vote chart written as PNG or SVG (by the file's
 * suffix), at a size that reads well on a projector.
 */
class ImageExport
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::ImageExport)

public:
    using Painter = std::function<void(QPainter *painter, const QRect &target)>;

    /** Writes `paint`'s picture of `size` to `path`; returns an error message, empty on success. */
    static QString write(const QString &path, QSize size, const Painter &paint, const QString &title);

    /** The whole board (every note and theme frame), about 1920 pixels wide. */
    static QString writeBoard(const QString &path, QGraphicsScene *scene, const QString &title);

    /** Asks where to save (PNG or SVG), then writes; says what went wrong in a message box. */
    static void saveWithDialog(QWidget *parent, const QString &suggestedName,
                               const std::function<QString(const QString &)> &write);
};

} // namespace cabildo
