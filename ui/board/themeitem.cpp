#include "themeitem.h"

#include "model/notecolour.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace cabildo {

namespace {
struct ThemeText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::ThemeItem)
};
} // namespace

ThemeItem::ThemeItem(const Theme &theme)
{
    setZValue(-1);  // behind its notes
    setFlag(ItemIsSelectable);
    syncWithTheme(theme);
}

void ThemeItem::syncWithTheme(const Theme &theme)
{
    m_theme = theme;
    // Light, opaque tints of the note colour: frames never blend with what is below.
    const QColor base = NoteColour::byKey(theme.colour).fill;
    m_fill = QColor::fromHsvF(base.hsvHueF(), base.hsvSaturationF() * 0.35, 0.98);
    m_header = QColor::fromHsvF(base.hsvHueF(), std::min(1.0, base.hsvSaturationF() * 1.1), base.valueF() * 0.92);
    setToolTip(theme.terms.isEmpty() ? QString() : ThemeText::tr("Shared terms: %1").arg(theme.terms));
    update();
}

void ThemeItem::setNotesArea(const QRectF &notesRect, int noteCount)
{
    const QRectF frame = notesRect.adjusted(-padding, -padding - headerHeight, padding, padding);
    if (frame == m_frame && noteCount == m_noteCount)
        return;
    prepareGeometryChange();
    m_frame = frame;
    m_noteCount = noteCount;
    update();
}

QRectF ThemeItem::headerRect() const
{
    return QRectF(m_frame.topLeft(), QSizeF(m_frame.width(), headerHeight + padding / 2));
}

QRectF ThemeItem::boundingRect() const
{
    return m_frame.adjusted(-3, -3, 3, 3);
}

QPainterPath ThemeItem::shape() const
{
    QPainterPath path;
    path.addRect(headerRect());
    return path;
}

QString ThemeItem::label() const
{
    return m_theme.collapsed ? ThemeText::tr("%1 · %n note(s), stacked", nullptr, m_noteCount).arg(m_theme.title)
                             : ThemeText::tr("%1 · %n note(s)", nullptr, m_noteCount).arg(m_theme.title);
}

void ThemeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(isSelected() ? QPen(QColor(0x1a, 0x56, 0xdb), 4) : QPen(m_header.darker(130), 2));
    painter->setBrush(m_fill);
    painter->drawRect(m_frame);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_header);
    painter->drawRect(headerRect().adjusted(1, 1, -1, -padding / 2));

    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(17);
    painter->setFont(font);
    painter->setPen(Qt::black);
    const QString label = this->label();
    const QRectF titleArea = headerRect().adjusted(padding, 0, -padding, -padding / 2);
    painter->drawText(titleArea, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                      painter->fontMetrics().elidedText(label, Qt::ElideRight, int(titleArea.width())));
}

} // namespace cabildo
