#include "themeitem.h"

#include "model/notecolour.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace cabildo {

namespace {
struct ThemeText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::ThemeItem)
};
} // namespace

ThemeItem::ThemeItem(const Theme &theme)
{
    setZValue(-1); // behind its notes
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
    setTermsShown(m_termsShown);
    update();
}

void ThemeItem::setTermsShown(bool shown)
{
    m_termsShown = shown;
    setToolTip(!shown || m_theme.terms.isEmpty() ? QString() : ThemeText::tr("Shared terms: %1").arg(m_theme.terms));
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

ThemeItem::TitleLayout ThemeItem::titleLayout(qreal zoom, const QFont &interfaceFont) const
{
    TitleLayout layout;
    layout.font = interfaceFont;
    layout.font.setBold(true);
    const QString label = this->label();
    if (zoom >= overlayBelowZoom || zoom <= 0) {
        layout.font.setPointSizeF(17);
        const QFontMetricsF metrics(layout.font);
        const QRectF area = headerRect().adjusted(padding, 0, -padding, -padding / 2);
        layout.lineHeight = metrics.height();
        layout.lines = {metrics.elidedText(label, Qt::ElideRight, area.width())};
        layout.rect = QRectF(area.left(), area.center().y() - layout.lineHeight / 2, area.width(), layout.lineHeight);
        return layout;
    }
    // Zoomed out: a size fixed on screen (a little larger than the interface's text), so
    // the font in scene units grows as the zoom falls.
    layout.overlay = true;
    // Capped: the kiosk's large interface font would leave room for one word per frame.
    const qreal pixels = std::clamp(QFontInfo(interfaceFont).pixelSize() * 1.15, minimumTitlePixels, 15.0);
    layout.font.setPixelSize(std::max(1, qRound(pixels / zoom)));
    const QFontMetricsF metrics(layout.font);
    layout.lineHeight = metrics.height();
    const qreal margin = 4 / zoom;
    const QRectF area = m_frame.adjusted(margin, margin / 2, -margin, -margin / 2);
    const int fits = std::max(1, int(area.height() / layout.lineHeight));

    QTextLayout text(label, layout.font);
    text.beginLayout();
    QList<QPair<int, int>> lines; // start, length
    for (QTextLine line = text.createLine(); line.isValid(); line = text.createLine()) {
        line.setLineWidth(area.width());
        lines.append({line.textStart(), line.textLength()});
    }
    text.endLayout();
    qreal widest = 0;
    for (int i = 0; i < std::min(fits, int(lines.size())); ++i) {
        const bool last = i == fits - 1 && lines.size() > fits;
        // The last line that fits takes the rest of the label, elided; so does a word too
        // long for the frame, which would otherwise be cut at its edge.
        const QString line =
            metrics.elidedText(last ? label.mid(lines[i].first) : label.mid(lines[i].first, lines[i].second).trimmed(),
                               Qt::ElideRight, area.width());
        layout.lines.append(line);
        widest = std::max(widest, std::min(area.width(), metrics.horizontalAdvance(line)));
    }
    layout.rect = QRectF(area.topLeft(), QSizeF(widest, layout.lines.size() * layout.lineHeight));
    return layout;
}

void ThemeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(isSelected() ? QPen(QColor(0x1a, 0x56, 0xdb), 4) : QPen(m_header.darker(130), 2));
    painter->setBrush(m_fill);
    painter->drawRect(m_frame);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_header);
    painter->drawRect(headerRect().adjusted(1, 1, -1, -padding / 2));

    // The header's own line (zoomed out, the view draws a larger title over it).
    const TitleLayout title = titleLayout(1, painter->font());
    painter->setFont(title.font);
    painter->setPen(Qt::black);
    painter->drawText(title.rect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, title.lines.value(0));
}

} // namespace cabildo
