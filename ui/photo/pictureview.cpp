#include "pictureview.h"

#include <QPainter>

namespace cabildo {

PictureView::PictureView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PictureView::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    update();
}

QRect PictureView::pictureRect() const
{
    if (m_image.isNull())
        return {};
    const QSize size = m_image.size().scaled(rect().size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void PictureView::resizeEvent(QResizeEvent *event)
{
    m_scaled = QPixmap(); // scaled again at the new size on the next paint
    QWidget::resizeEvent(event);
}

void PictureView::paintEvent(QPaintEvent *)
{
    const QRect target = pictureRect();
    if (target.isEmpty())
        return;
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = target.size() * ratio;
    if (m_scaled.size() != pixels) {
        // Scaled once, smoothly, rather than by the painter on every paint.
        m_scaled = QPixmap::fromImage(m_image.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        m_scaled.setDevicePixelRatio(ratio);
    }
    QPainter painter(this);
    painter.drawPixmap(target.topLeft(), m_scaled);
}

} // namespace cabildo
