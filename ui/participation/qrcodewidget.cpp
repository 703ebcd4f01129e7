#include "qrcodewidget.h"

#include <QPainter>

namespace cabildo {

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeWidget::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code = text.isEmpty() ? QrCode() : QrCode::encode(text);
    updateGeometry();
    update();
}

int QrCodeWidget::modulesAcross() const
{
    return m_code.size + 2 * quietModules;
}

int QrCodeWidget::modulePixels() const
{
    if (m_code.size == 0)
        return 0;
    return std::max(minimumModulePixels, std::min(width(), height()) / modulesAcross());
}

QSize QrCodeWidget::sizeHint() const
{
    // Twice the floor: comfortable on a laptop screen, a phone scans it from a metre away.
    const int side = m_code.size == 0 ? 0 : modulesAcross() * minimumModulePixels * 2;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = m_code.size == 0 ? 0 : modulesAcross() * minimumModulePixels;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_code.size == 0)
        return;
    const int module = modulePixels();
    const int side = modulesAcross() * module;
    const QPoint origin((width() - side) / 2, (height() - side) / 2);
    QPainter painter(this);
    // White whatever the theme: phones' readers expect dark modules on a light ground.
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
    const QPoint first = origin + QPoint(quietModules, quietModules) * module;
    for (int y = 0; y < m_code.size; ++y)
        for (int x = 0; x < m_code.size; ++x)
            if (m_code.dark(x, y))
                painter.fillRect(first.x() + x * module, first.y() + y * module, module, module, Qt::black);
}

} // namespace cabildo
