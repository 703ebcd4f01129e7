#include "agendaheaderview.h"

#include "agendagridmodel.h"

#include <QPainter>

#include <algorithm>

namespace cabildo {

namespace {
constexpr int padding = 6;
} // namespace

AgendaHeaderView::AgendaHeaderView(Qt::Orientation orientation, QWidget *parent) : QHeaderView(orientation, parent) {}

void AgendaHeaderView::setPresentation(bool on)
{
    m_presentation = on;
    if (on)
        setSectionsClickable(true); // a tap on a room or a time shows it whole
    updateGeometry();
    viewport()->update();
}

QString AgendaHeaderView::sectionText(int logicalIndex) const
{
    if (!model())
        return {};
    if (m_presentation && orientation() == Qt::Vertical) {
        const QVariant time = model()->headerData(logicalIndex, Qt::Vertical, AgendaGridModel::TimeOnlyRole);
        if (time.isValid())
            return m_twoLines ? time.toString().replace(QChar(0x2013), QStringLiteral("\u2013\n")) : time.toString();
    }
    return model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
}

QRect AgendaHeaderView::sectionRect(int logicalIndex) const
{
    const int position = sectionViewportPosition(logicalIndex);
    const int size = sectionSize(logicalIndex);
    return orientation() == Qt::Horizontal ? QRect(position, 0, size, viewport()->height())
                                           : QRect(0, position, viewport()->width(), size);
}

AgendaCellDelegate::PresentedText AgendaHeaderView::presented(const QRect &rect, int logicalIndex) const
{
    AgendaCellDelegate::PresentedText presented;
    presented.box = rect.adjusted(padding, 2, -padding, -2);
    presented.alignment = orientation() == Qt::Horizontal ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter;
    QFont shown = font();
    if (m_pixels > 0)
        shown.setPixelSize(m_pixels);
    presented.text = fitText(sectionText(logicalIndex), shown, presented.box.size(), m_minimumPixels);
    return presented;
}

void AgendaHeaderView::paintEvent(QPaintEvent *event)
{
    if (m_presentation) {
        // Every room (every time) in one size: the largest at which all of them fit.
        m_pixels = 0;
        int pixels = 0;
        for (int section = 0; section < count(); ++section)
            if (!isSectionHidden(section)) {
                const int fitted = presentedSection(section).text.pixelSize();
                pixels = pixels == 0 ? fitted : std::min(pixels, fitted);
            }
        m_pixels = pixels;
    }
    QHeaderView::paintEvent(event);
}

AgendaCellDelegate::PresentedText AgendaHeaderView::presentedSection(int logicalIndex) const
{
    return presented(sectionRect(logicalIndex), logicalIndex);
}

QSize AgendaHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    // Room headers on two lines: the name, then seats and step-free access.
    if (m_presentation && orientation() == Qt::Horizontal)
        size.setHeight(2 * fontMetrics().lineSpacing() + 8);
    // Times only (Qt would measure them with their day): the view sets the minimum width.
    if (m_presentation && orientation() == Qt::Vertical)
        size.setWidth(minimumWidth());
    return size;
}

void AgendaHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!m_presentation) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    painter->save();
    painter->fillRect(rect, Qt::black);
    painter->setPen(QColor(0x50, 0x50, 0x50));
    if (orientation() == Qt::Horizontal)
        painter->drawLine(rect.topRight(), rect.bottomRight());
    else
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->setPen(Qt::white);
    const AgendaCellDelegate::PresentedText text = presented(rect, logicalIndex);
    text.text.draw(painter, text.box, text.alignment);
    painter->restore();
}

} // namespace cabildo
