#include "agendacelldelegate.h"

#include "agendagridmodel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cabildo {

namespace {
constexpr int padding = 6;
const QColor ink(0x1f, 0x1f, 0x1f);
const QColor mutedInk(0x44, 0x47, 0x4a);
const QColor warningInk(0x8c, 0x1d, 0x18);    // 8.9:1 on the warning background
const QColor warningFill(0xff, 0xf0, 0xd9);
const QColor warningBar(0xc5, 0x22, 0x1f);
const QColor freeFill(0xf4, 0xf5, 0xf7);
const QColor breakFill(0xe3, 0xe6, 0xea);
const QColor pinColour(0x1a, 0x4f, 0xa0);
} // namespace

AgendaCellDelegate::AgendaCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int AgendaCellDelegate::sessionRowHeight(const QFont &font, bool presentation)
{
    QFont bold = font;
    bold.setBold(true);
    const int lines = presentation ? 2 : 4;  // presentation: the title only
    return QFontMetrics(bold).lineSpacing() * lines + 2 * padding + 4;
}

QSize AgendaCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(AgendaGridModel::IsSessionSlotRole).toBool())
        return {160, QFontMetrics(option.font).lineSpacing() + 2 * padding};
    return {200, sessionRowHeight(option.font, m_presentation)};
}

void AgendaCellDelegate::paintPin(QPainter *painter, const QRectF &box, const QColor &colour)
{
    // A push pin: round head, short collar, needle; drawn so it needs no emoji font.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal w = box.width();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(QRectF(box.left() + w * 0.2, box.top(), w * 0.6, w * 0.6));
    painter->drawRect(QRectF(box.left() + w * 0.38, box.top() + w * 0.5, w * 0.24, w * 0.15));
    painter->setPen(QPen(colour, std::max<qreal>(1.5, w * 0.1), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(box.center().x(), box.top() + w * 0.6), QPointF(box.center().x(), box.top() + w));
    painter->restore();
}

void AgendaCellDelegate::paintWarningMarker(QPainter *painter, const QRectF &box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top());
    triangle.lineTo(box.right(), box.bottom());
    triangle.lineTo(box.left(), box.bottom());
    triangle.closeSubpath();
    painter->fillPath(triangle, warningBar);
    painter->setPen(QPen(Qt::white, std::max<qreal>(1.5, box.width() * 0.12), Qt::SolidLine, Qt::RoundCap));
    const qreal x = box.center().x();
    painter->drawLine(QPointF(x, box.top() + box.height() * 0.35), QPointF(x, box.top() + box.height() * 0.68));
    painter->drawPoint(QPointF(x, box.top() + box.height() * 0.84));
    painter->restore();
}

void AgendaCellDelegate::paintBreak(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->fillRect(option.rect, m_presentation ? QColor(0x30, 0x30, 0x30) : breakFill);
    QFont font = option.font;
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(m_presentation ? Qt::white : ink);
    painter->drawText(option.rect.adjusted(padding, 0, -padding, 0), Qt::AlignCenter, index.data().toString());
}

void AgendaCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    if (!index.data(AgendaGridModel::IsSessionSlotRole).toBool()) {
        paintBreak(painter, option, index);
        painter->restore();
        return;
    }
    const bool hasSession = index.data(AgendaGridModel::SessionIdRole).toLongLong() != 0;
    const QStringList warnings = m_presentation ? QStringList() : index.data(AgendaGridModel::WarningsRole).toStringList();
    const bool selected = option.state & QStyle::State_Selected;

    QColor fill = hasSession ? QColor(Qt::white) : freeFill;
    if (m_presentation)
        fill = hasSession ? QColor(Qt::black) : QColor(0x18, 0x18, 0x18);
    else if (!warnings.isEmpty())
        fill = warningFill;
    painter->fillRect(option.rect, fill);
    if (selected && !m_presentation) {
        painter->setPen(QPen(option.palette.highlight(), 3));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    if (!hasSession) {
        painter->restore();
        return;
    }
    QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    if (!warnings.isEmpty()) {
        painter->fillRect(QRect(option.rect.topLeft(), QSize(5, option.rect.height())), warningBar);
        area.setLeft(area.left() + 4);
    }

    // Markers in the top-right corner: a warning triangle, then the pin.
    const int marker = QFontMetrics(option.font).height();
    int markerRight = area.right();
    if (!warnings.isEmpty()) {
        paintWarningMarker(painter, QRectF(markerRight - marker, area.top(), marker, marker * 0.9));
        markerRight -= marker + 4;
    }
    if (index.data(AgendaGridModel::PinnedRole).toBool()) {
        paintPin(painter, QRectF(markerRight - marker, area.top(), marker, marker), m_presentation ? Qt::white : pinColour);
        markerRight -= marker + 4;
    }

    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const int titleLines = 2;
    QRect titleRect(area.left(), area.top(), markerRight - area.left(), titleMetrics.lineSpacing() * titleLines);
    painter->setFont(titleFont);
    painter->setPen(m_presentation ? Qt::white : ink);
    const QString title = index.data(Qt::DisplayRole).toString();
    // Wrap to two lines, eliding what is left.
    QString shown = title;
    if (titleMetrics.boundingRect(titleRect, Qt::TextWordWrap, title).height() > titleRect.height())
        shown = titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width() * titleLines - titleMetrics.averageCharWidth() * 6);
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, shown);
    if (m_presentation) {
        painter->restore();
        return;
    }

    const QFontMetrics metrics(option.font);
    painter->setFont(option.font);
    int y = titleRect.bottom() + 2;
    painter->setPen(index.data(AgendaGridModel::OverCapacityRole).toBool() ? warningInk : mutedInk);
    painter->drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(AgendaGridModel::VotesTextRole).toString(), Qt::ElideRight, area.width()));
    y += metrics.lineSpacing();
    if (!warnings.isEmpty()) {
        QString text = QStringLiteral("⚠ ") + warnings.constFirst();
        if (warnings.size() > 1)
            //: After the first warning of a cell: how many more the tooltip lists
            text += QLatin1Char(' ') + AgendaGridModel::tr("(+%n more)", nullptr, int(warnings.size() - 1));
        painter->setPen(warningInk);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(text, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

} // namespace cabildo
