#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace cabildo {

/**
 * A note's picture as large as the widget allows, aspect kept, centred, scaled smoothly
 * once per size (and device pixel ratio): the picture is what makes transcribing a
 * handwritten note fast, so it must be big and sharp.
 */
class PictureView : public QWidget
{
    Q_OBJECT

public:
    explicit PictureView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    /** Where the picture is drawn, in widget pixels (empty without a picture). */
    QRect pictureRect() const;

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {120, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QImage m_image;
    QPixmap m_scaled; ///< m_image at pictureRect()'s size in device pixels
};

} // namespace cabildo
