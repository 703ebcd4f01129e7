#include "photocanvas.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace cabildo {

namespace {
const QColor keptColour(0x16, 0xa3, 0x4a);      // green: will be added
const QColor droppedColour(0xdc, 0x26, 0x26);   // red: left out
const QColor duplicateColour(0xf5, 0x9e, 0x0b); // amber: likely on the board already
constexpr int minimumBand = 12;                 // a smaller drag is a slip, not a note

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

QRectF PhotoCanvas::photoRect() const
{
    if (m_photoSize.isEmpty())
        return {};
    const QSizeF size = QSizeF(m_photoSize).scaled(QSizeF(rect().size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
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
    QWidget::resizeEvent(event);
}

void PhotoCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = photoRect();
    if (!m_picture.isNull() && !area.isEmpty()) {
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = (area.size() * ratio).toSize();
        if (m_scaled.size() != pixels) {
            m_scaled = QPixmap::fromImage(m_picture.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
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
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressedOutline = outlineAt(event->position());
    m_dragging = false;
}

void PhotoCanvas::mouseMoveEvent(QMouseEvent *event)
{
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
            update();
        }
        return;
    case Qt::Key_Space:
        if (m_current >= 0)
            setKept(m_current, !m_outlines.at(m_current).kept);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace cabildo
