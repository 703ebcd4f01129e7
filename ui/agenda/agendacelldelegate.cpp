#include "agendacelldelegate.h"

#include "agendagridmodel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace cabildo {

namespace {
constexpr int padding = 6;
constexpr int maxWarningLines = 2;
const QColor ink(0x1f, 0x1f, 0x1f);
const QColor mutedInk(0x44, 0x47, 0x4a);
const QColor warningInk(0x8c, 0x1d, 0x18); // 8.9:1 on the warning background
const QColor warningFill(0xff, 0xf0, 0xd9);
const QColor warningBar(0xc5, 0x22, 0x1f);
const QColor freeFill(0xf4, 0xf5, 0xf7);
const QColor breakFill(0xe3, 0xe6, 0xea);
const QColor pinColour(0x1a, 0x4f, 0xa0);
} // namespace

AgendaCellDelegate::AgendaCellDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

int AgendaCellDelegate::sessionRowHeight(const QFont &font, bool presentation)
{
    QFont bold = font;
    bold.setBold(true);
    // Title on two lines; then votes and two warnings, except on the projector.
    const int lines = presentation ? 2 : 2 + 1 + maxWarningLines;
    return QFontMetrics(bold).lineSpacing() * lines + 2 * padding + 4;
}

QSize AgendaCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(AgendaGridModel::IsSessionSlotRole).toBool())
        return {160, QFontMetrics(option.font).lineSpacing() + 2 * padding};
    return {200, sessionRowHeight(option.font, m_presentation)};
}

QStringList AgendaCellDelegate::wrapLines(const QFont &font, int width, const QString &text, int maxLines)
{
    // Word-wrapped into at most maxLines lines, the last one elided: a long title stays readable.
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a word wider than the cell breaks, not vanishes
    layout.setTextOption(wrapping);
    layout.beginLayout();
    QStringList lines;
    while (lines.size() < maxLines) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(width);
        if (lines.size() == maxLines - 1)
            lines.append(metrics.elidedText(text.mid(textLine.textStart()).simplified(), Qt::ElideRight, width));
        else
            lines.append(text.mid(textLine.textStart(), textLine.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

int AgendaCellDelegate::drawWrapped(QPainter *painter, const QFont &font, const QRect &rect, const QString &text,
                                    int maxLines)
{
    const QFontMetrics metrics(font);
    const QStringList lines = wrapLines(font, rect.width(), text, maxLines);
    painter->setFont(font);
    int y = rect.top();
    for (const QString &shown : lines) {
        painter->drawText(QRect(rect.left(), y, rect.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          shown);
        y += metrics.lineSpacing();
    }
    return int(lines.size()) * metrics.lineSpacing();
}

QRect AgendaCellDelegate::titleArea(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell less its padding, the warning bar on the left and the markers on the right.
    QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    const int marker = QFontMetrics(option.font).height();
    if (!index.data(AgendaGridModel::WarningsRole).toStringList().isEmpty()) {
        area.setLeft(area.left() + 4);
        area.setRight(area.right() - marker - 4);
    }
    if (index.data(AgendaGridModel::PinnedRole).toBool())
        area.setRight(area.right() - marker - 4);
    return area;
}

QStringList AgendaCellDelegate::titleLines(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The title takes every line its votes and warnings leave: four in a cell with no
    // warning, so long titles are whole on the laptop too (the tooltip has the rest).
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QRect area = titleArea(option, index);
    const int warningLines =
        std::min<int>(int(index.data(AgendaGridModel::BriefWarningsRole).toStringList().size()), maxWarningLines);
    const int lines = std::max(2, area.height() / QFontMetrics(titleFont).lineSpacing() - 1 - warningLines);
    return wrapLines(titleFont, area.width(), index.data(Qt::DisplayRole).toString(), lines);
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

AgendaCellDelegate::PresentedText AgendaCellDelegate::presentedText(const QRect &cell, const QFont &font,
                                                                    const QModelIndex &index) const
{
    // Whole titles on the projector: the type shrinks to fit the cell, down to the floor,
    // and only then is the end cut (a tap shows it whole: see PresenterView).
    PresentedText presented;
    QFont shown = font;
    if (index.data(AgendaGridModel::IsSessionSlotRole).toBool()) {
        shown.setBold(true);
        if (m_titlePixels > 0)
            shown.setPixelSize(m_titlePixels);
        else
            shown.setPointSizeF(shown.pointSizeF() * 1.25);
        presented.box = cell.adjusted(padding, padding, -padding, -padding);
        presented.alignment = Qt::AlignLeft | Qt::AlignVCenter;
    } else {
        shown.setItalic(true);
        presented.box = cell.adjusted(padding, 2, -padding, -2);
        presented.alignment = Qt::AlignCenter;
    }
    presented.text = fitText(index.data(Qt::DisplayRole).toString(), shown, presented.box.size(), m_minimumPixels);
    return presented;
}

void AgendaCellDelegate::paintBreak(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    painter->fillRect(option.rect, m_presentation ? QColor(0x30, 0x30, 0x30) : breakFill);
    if (m_presentation) {
        painter->setPen(Qt::white);
        const PresentedText label = presentedText(option.rect, option.font, index);
        label.text.draw(painter, label.box, label.alignment);
        return;
    }
    QFont font = option.font;
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(m_presentation ? Qt::white : ink);
    // A break spans every room: with a dozen rooms the span is wider than the view, so the
    // label is centred on the part in sight, not off-screen in the middle of the span.
    QRect shown = option.rect;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        shown = shown.intersected(view->viewport()->rect());
    painter->drawText(
        shown.adjusted(padding, 0, -padding, 0), Qt::AlignCenter,
        QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, shown.width() - 2 * padding));
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
    const QStringList warnings =
        m_presentation ? QStringList() : index.data(AgendaGridModel::WarningsRole).toStringList();
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
    if (m_presentation) {
        // On the projector the title alone fills the cell (pins are the facilitator's business).
        painter->setPen(Qt::white);
        const PresentedText title = presentedText(option.rect, option.font, index);
        title.text.draw(painter, title.box, title.alignment);
        painter->restore();
        return;
    }
    if (index.data(AgendaGridModel::PinnedRole).toBool()) {
        paintPin(painter, QRectF(markerRight - marker, area.top(), marker, marker), pinColour);
        markerRight -= marker + 4;
    }

    // On the laptop the title heads the cell, over its votes and warnings.
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setPen(ink);
    painter->setFont(titleFont);
    const QRect titleBox = titleArea(option, index);
    const int titleLineHeight = QFontMetrics(titleFont).lineSpacing();
    const QStringList title = titleLines(option, index);
    for (int i = 0; i < title.size(); ++i)
        painter->drawText(
            QRect(titleBox.left(), titleBox.top() + i * titleLineHeight, titleBox.width(), titleLineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, title.at(i));
    const int titleHeight = int(title.size()) * titleLineHeight;

    // Under the title: votes against seats, then the warnings in a few words each.
    const QFontMetrics metrics(option.font);
    int y = area.top() + titleHeight + 2;
    auto line = [&](const QString &text, const QFont &font, const QColor &colour) {
        if (y + metrics.lineSpacing() > option.rect.bottom() + 1)
            return;
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(text, Qt::ElideRight, area.width()));
        y += metrics.lineSpacing();
    };
    line(index.data(AgendaGridModel::VotesTextRole).toString(), option.font,
         index.data(AgendaGridModel::OverCapacityRole).toBool() ? warningInk : mutedInk);
    const QStringList brief = index.data(AgendaGridModel::BriefWarningsRole).toStringList();
    QFont bold = option.font;
    bold.setBold(true);
    for (int i = 0; i < brief.size() && i < maxWarningLines; ++i) {
        QString text = QStringLiteral("⚠ ") + brief.at(i);
        if (i == maxWarningLines - 1 && brief.size() > maxWarningLines)
            //: After the last warning shown in a cell: how many more its tooltip lists
            text += QLatin1Char(' ') + AgendaGridModel::tr("(+%n more)", nullptr, int(brief.size() - maxWarningLines));
        line(text, bold, warningInk);
    }
    painter->restore();
}

} // namespace cabildo
