#include "photocanvas.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {
const QColor keptColour(0x16, 0xa3, 0x4a);      // green: will be added
const QColor droppedColour(0xdc, 0x26, 0x26);   // red: left out
const QColor duplicateColour(0xf5, 0x9e, 0x0b); // amber: likely on the board already
constexpr int minimumBand = 12;                 // a smaller drag is a slip, not a note
constexpr qreal zoomStep = 1.25;                // one wheel notch or key press

qreal polygonArea(const QPolygonF &polygon)
{
    qreal twice = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}
} // namespace

PhotoCanvas::PhotoCanvas(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void PhotoCanvas::setPhoto(const QImage &picture, QSize photoSize)
{
    m_picture = picture;
    m_photoSize = photoSize.isEmpty() ? picture.size() : photoSize;
    m_scaled = QPixmap();
    m_blurred = QImage();
    setConcealed(m_concealed);
    m_zoom = 1;
    m_focus = QPointF(m_photoSize.width() / 2.0, m_photoSize.height() / 2.0);
    update();
}

void PhotoCanvas::setConcealed(bool concealed)
{
    m_concealed = concealed;
    // 48 pixels across keeps the notes' colours and places, and no letter.
    if (concealed && m_blurred.isNull() && !m_picture.isNull())
        m_blurred = m_picture.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_scaled = QPixmap();
    update();
}

void PhotoCanvas::setOutlines(const QList<Outline> &outlines)
{
    m_outlines = outlines;
    m_current = -1;
    update();
    emit keptChanged();
}

void PhotoCanvas::addOutline(const Outline &outline)
{
    m_outlines.append(outline);
    m_current = int(m_outlines.size()) - 1;
    update();
    emit keptChanged();
}

int PhotoCanvas::keptCount() const
{
    return int(std::count_if(m_outlines.cbegin(), m_outlines.cend(), [](const Outline &o) { return o.kept; }));
}

void PhotoCanvas::setKept(int index, bool kept)
{
    if (index < 0 || index >= m_outlines.size() || m_outlines[index].kept == kept)
        return;
    m_outlines[index].kept = kept;
    update();
    emit keptChanged();
}

QSizeF PhotoCanvas::fittedSize() const
{
    return QSizeF(m_photoSize).scaled(QSizeF(rect().size()), Qt::KeepAspectRatio);
}

QRectF PhotoCanvas::photoRect() const
{
    if (m_photoSize.isEmpty())
        return {};
    const QSizeF size = fittedSize() * m_zoom;
    if (m_zoom <= 1)
        return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    const qreal scale = size.width() / m_photoSize.width();
    return QRectF(QPointF(width() / 2.0, height() / 2.0) - m_focus * scale, size);
}

void PhotoCanvas::setZoom(qreal zoom, QPointF widgetAnchor)
{
    if (m_photoSize.isEmpty())
        return;
    zoom = std::clamp(zoom, 1.0, maximumZoom());
    const QPointF anchor = widgetAnchor.isNull() ? QPointF(width() / 2.0, height() / 2.0) : widgetAnchor;
    const QPointF held = toPhoto(anchor);
    m_zoom = zoom;
    // The held point stays under the anchor: m_focus is what then lands in the middle.
    const qreal scale = fittedSize().width() * m_zoom / m_photoSize.width();
    m_focus = held - (anchor - QPointF(width() / 2.0, height() / 2.0)) / scale;
    clampFocus();
    m_scaled = QPixmap();
    update();
}

void PhotoCanvas::clampFocus()
{
    const QSizeF size = fittedSize() * m_zoom;
    if (size.isEmpty())
        return;
    const qreal scale = size.width() / m_photoSize.width();
    // Half the widget, in the photo's pixels, is the closest the middle may come to an edge.
    const qreal halfWidth = std::min(width() / 2.0 / scale, m_photoSize.width() / 2.0);
    const qreal halfHeight = std::min(height() / 2.0 / scale, m_photoSize.height() / 2.0);
    m_focus.setX(std::clamp(m_focus.x(), halfWidth, m_photoSize.width() - halfWidth));
    m_focus.setY(std::clamp(m_focus.y(), halfHeight, m_photoSize.height() - halfHeight));
}

void PhotoCanvas::moveBy(QPointF widgetDelta)
{
    if (m_zoom <= 1)
        return;
    const qreal scale = fittedSize().width() * m_zoom / m_photoSize.width();
    m_focus -= widgetDelta / scale;
    clampFocus();
    update();
}

void PhotoCanvas::centreOn(QPointF photoPoint)
{
    m_focus = photoPoint;
    clampFocus();
    update();
}

void PhotoCanvas::bringIntoView(int index)
{
    if (m_zoom <= 1 || index < 0 || index >= m_outlines.size())
        return;
    const QRectF note = widgetPolygon(m_outlines.at(index).corners).boundingRect();
    if (!rect().toRectF().contains(note))
        centreOn(m_outlines.at(index).corners.boundingRect().center());
}

QPointF PhotoCanvas::toWidget(QPointF photoPoint) const
{
    const QRectF area = photoRect();
    const qreal scale = area.width() / m_photoSize.width();
    return area.topLeft() + photoPoint * scale;
}

QPointF PhotoCanvas::toPhoto(QPointF widgetPoint) const
{
    const QRectF area = photoRect();
    const qreal scale = area.width() / m_photoSize.width();
    return (widgetPoint - area.topLeft()) / scale;
}

QPolygonF PhotoCanvas::widgetPolygon(const QPolygonF &corners) const
{
    QPolygonF polygon;
    for (const QPointF &corner : corners)
        polygon.append(toWidget(corner));
    return polygon;
}

int PhotoCanvas::outlineAt(QPointF widgetPoint) const
{
    int found = -1;
    qreal smallest = 0;
    const QPointF point = toPhoto(widgetPoint);
    for (int i = 0; i < m_outlines.size(); ++i) {
        const QPolygonF &corners = m_outlines.at(i).corners;
        if (!corners.containsPoint(point, Qt::OddEvenFill))
            continue;
        // Overlapping notes: the smaller one is the one on top of the other's edge.
        const qreal area = polygonArea(corners);
        if (found < 0 || area < smallest) {
            found = i;
            smallest = area;
        }
    }
    return found;
}

void PhotoCanvas::resizeEvent(QResizeEvent *event)
{
    m_scaled = QPixmap();
    if (m_zoom > 1)
        clampFocus();
    QWidget::resizeEvent(event);
}

void PhotoCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = photoRect();
    const QImage &picture = m_concealed ? m_blurred : m_picture;
    if (!picture.isNull() && !area.isEmpty() && m_zoom > 1) {
        // Zoomed: only the part in view is scaled, not a pixmap many times the screen.
        const QRectF visible = area.intersected(rect().toRectF());
        const qreal pictureScale = picture.width() / area.width();
        const QRectF source((visible.topLeft() - area.topLeft()) * pictureScale, visible.size() * pictureScale);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(visible, picture, source);
    } else if (!picture.isNull() && !area.isEmpty()) {
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = (area.size() * ratio).toSize();
        if (m_scaled.size() != pixels) {
            m_scaled = QPixmap::fromImage(picture.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(ratio);
        }
        painter.drawPixmap(area.topLeft(), m_scaled);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // Dropped notes first, so the outlines of those that go in are drawn over them.
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < m_outlines.size(); ++i)
            if (m_outlines.at(i).kept == (pass == 1))
                paintOutline(painter, m_outlines.at(i), i == m_current && hasFocus());
    if (m_dragging) {
        painter.setPen(QPen(keptColour, 2, Qt::DashLine));
        painter.setBrush(QColor(keptColour.red(), keptColour.green(), keptColour.blue(), 40));
        painter.drawRect(m_band);
    }
}

void PhotoCanvas::paintOutline(QPainter &painter, const Outline &outline, bool current) const
{
    const QPolygonF polygon = widgetPolygon(outline.corners);
    const QColor colour = outline.kept ? keptColour : outline.duplicate ? duplicateColour : droppedColour;
    if (!outline.kept) {
        // Dropped: greyed out and crossed, so it reads as "left out" at a glance.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 120));
        painter.drawPolygon(polygon);
        QPen cross(colour, 3);
        painter.setPen(cross);
        painter.drawLine(polygon.value(0), polygon.value(2));
        painter.drawLine(polygon.value(1), polygon.value(3));
    }
    // A white line under the coloured one: it shows on a wall of any colour.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, current ? 7 : 5));
    painter.drawPolygon(polygon);
    painter.setPen(QPen(colour, current ? 4 : 3, outline.kept ? Qt::SolidLine : Qt::DashLine));
    painter.drawPolygon(polygon);

    if (outline.duplicate) {
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        const QRectF box = polygon.boundingRect();
        const qreal width = std::max(box.width(), 130.0);
        const QString label = tr("Likely already on the board");
        const QRectF wanted(box.center().x() - width / 2, box.center().y(), width, 1000);
        QRectF text = painter.fontMetrics().boundingRect(wanted.toRect(), Qt::AlignHCenter | Qt::TextWordWrap, label);
        text.moveCenter(box.center());
        painter.setPen(Qt::NoPen);
        painter.setBrush(duplicateColour);
        painter.drawRoundedRect(text.adjusted(-4, -2, 4, 2), 4, 4);
        painter.setPen(Qt::black);
        painter.drawText(text, Qt::AlignHCenter | Qt::TextWordWrap, label);
    }
}

void PhotoCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressedOutline = outlineAt(event->position());
    m_dragging = false;
}

void PhotoCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        moveBy(event->position().toPoint() - m_panFrom);
        m_panFrom = event->position().toPoint();
        return;
    }
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    // A drag from free photo draws a rectangle; from a note it does nothing (a shaky click).
    if (!m_dragging && m_pressedOutline < 0
        && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    if (m_dragging) {
        m_band = QRect(m_pressPos, pos).normalized().intersected(photoRect().toAlignedRect());
        update();
    }
}

void PhotoCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_panning = false;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        update();
        if (m_band.width() >= minimumBand && m_band.height() >= minimumBand) {
            const QRectF band(toPhoto(m_band.topLeft()), toPhoto(m_band.bottomRight() + QPoint(1, 1)));
            emit outlineDrawn(QPolygonF({band.topLeft(), band.topRight(), band.bottomRight(), band.bottomLeft()}));
        }
        return;
    }
    const int released = outlineAt(event->position());
    if (released >= 0 && released == m_pressedOutline) {
        m_current = released;
        setKept(released, !m_outlines.at(released).kept);
    }
    m_pressedOutline = -1;
}

void PhotoCanvas::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_outlines.size());
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (count > 0) {
            const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
            m_current = m_current < 0 ? (forward ? 0 : count - 1) : (m_current + (forward ? 1 : count - 1)) % count;
            bringIntoView(m_current);
            update();
        }
        return;
    case Qt::Key_Space:
        if (m_current >= 0)
            setKept(m_current, !m_outlines.at(m_current).kept);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on many keyboards
        setZoom(m_zoom * zoomStep,
                m_current >= 0 ? toWidget(m_outlines.at(m_current).corners.boundingRect().center()) : QPointF());
        return;
    case Qt::Key_Minus:
        setZoom(m_zoom / zoomStep);
        return;
    case Qt::Key_0:
        setZoom(1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PhotoCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint steps = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (steps.y() != 0)
            setZoom(m_zoom * std::pow(zoomStep, steps.y() / 120.0), event->position());
        event->accept();
        return;
    }
    if (m_zoom <= 1)
        return QWidget::wheelEvent(event);
    // A touchpad gives pixels; a mouse wheel notches, each worth a tenth of the view.
    const QPoint pixels = event->pixelDelta();
    const QPointF delta =
        !pixels.isNull() ? QPointF(pixels) : QPointF(steps) / 120.0 * (std::min(width(), height()) / 10.0);
    moveBy(event->modifiers() & Qt::ShiftModifier ? QPointF(delta.y(), delta.x()) : delta);
    event->accept();
}

} // namespace cabildo
