#include "voteresultschart.h"

#include "document/eventdocument.h"
#include "model/notecolour.h"
#include "wholetextoverlay.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {
// Black on white: the highest contrast a washed-out projector still shows.
const QColor background(Qt::white);
const QColor ink(0x11, 0x11, 0x11);
const QColor secondaryInk(0x3a, 0x3a, 0x3a);
constexpr qreal maximumTextPixels = 44;
} // namespace

VoteResultsChart::VoteResultsChart(QWidget *parent) : QWidget(parent), m_overlay(new WholeTextOverlay(this))
{
    setObjectName(QStringLiteral("voteResultsChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void VoteResultsChart::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_roundId = 0;
    if (document) {
        // Votes, tallies, merges and renames all change what the chart shows.
        connect(document, &EventDocument::votesChanged, this, &VoteResultsChart::resync);
        connect(document, &EventDocument::themesAdded, this, &VoteResultsChart::resync);
        connect(document, &EventDocument::themesRemoved, this, &VoteResultsChart::resync);
        connect(document, &EventDocument::themesChanged, this, &VoteResultsChart::resync);
    }
    resync();
}

void VoteResultsChart::setRound(qint64 roundId)
{
    m_roundId = roundId;
    resync();
}

bool VoteResultsChart::showsTotals() const
{
    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    return round && !round->totalsHidden;
}

void VoteResultsChart::resync()
{
    if (m_document && !m_document->round(m_roundId))
        m_roundId = 0; // undo removed the round
    m_rows = m_document && m_roundId ? rankThemes(*m_document, m_roundId) : QList<RankedTheme>();
    // What the picture says, for a screen reader: the same words and numbers.
    setAccessibleName(title());
    setAccessibleDescription(summary());
    update();
}

QString VoteResultsChart::title() const
{
    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    //: Heading of the results chart; %1 is the voting round's name
    return round ? tr("Votes: %1").arg(round->name) : tr("Votes");
}

QString VoteResultsChart::subtitle() const
{
    const int ballots = int(m_document->ballots(m_roundId).size());
    QString text = tr("%n ballot(s) cast", nullptr, ballots);
    // Paper votes are counted dots, not ballots: said apart, and only once revealed.
    int onPaper = 0;
    for (const Tally &tally : m_document->tallies(m_roundId))
        onPaper += tally.count;
    if (onPaper > 0 && !m_document->round(m_roundId)->totalsHidden)
        text += QStringLiteral(" · ") + tr("%n vote(s) counted on paper", nullptr, onPaper);
    return text;
}

QString VoteResultsChart::summary() const
{
    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    if (!round)
        return tr("No voting round yet.");
    const int ballots = int(m_document->ballots(m_roundId).size());
    if (round->totalsHidden)
        return tr("%n ballot(s) cast. The totals are hidden until the facilitator reveals them.", nullptr, ballots);
    QStringList lines;
    for (const RankedTheme &row : m_rows)
        lines.append(tr("%1: %n vote(s)", nullptr, row.total()).arg(row.title));
    return lines.join(QLatin1String("; "));
}

void VoteResultsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(&painter, rect());
}

void VoteResultsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        resync(); // the words for screen readers; the picture is painted in the new language anyway
    QWidget::changeEvent(event);
}

void VoteResultsChart::paintMessage(QPainter *painter, const QRect &area, const QString &text) const
{
    QFont font = painter->font();
    font.setPixelSize(int(std::clamp(area.height() / 10.0, 16.0, maximumTextPixels)));
    painter->setFont(font);
    painter->setPen(secondaryInk);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

VoteResultsChart::Layout VoteResultsChart::layout(const QRect &target) const
{
    Layout layout;
    layout.margin = std::max(12, target.width() / 40);
    const int margin = layout.margin;
    QRect area = target.adjusted(margin, margin, -margin, -margin);

    // The heading: the round, and how many voted (never a total while totals are hidden).
    layout.headingFont = font();
    layout.headingFont.setPixelSize(int(std::clamp(target.height() / 14.0, 20.0, 64.0)));
    layout.headingFont.setBold(true);
    const int headingHeight = QFontMetrics(layout.headingFont).height();
    layout.heading = QRect(area.left(), area.top(), area.width(), headingHeight);
    area.setTop(area.top() + headingHeight + margin / 4);
    layout.subtitleFont = font();
    layout.subtitleFont.setPixelSize(int(layout.headingFont.pixelSize() * 0.5));
    if (m_document && m_document->round(m_roundId)) {
        const int subtitleHeight = QFontMetrics(layout.subtitleFont).height();
        layout.subtitle = QRect(area.left(), area.top(), area.width(), subtitleHeight);
        area.setTop(area.top() + subtitleHeight + margin / 2);
    }
    layout.area = area;
    if (showsTotals() && !m_rows.isEmpty())
        layOutLabels(layout, target);
    return layout;
}

void VoteResultsChart::layOutLabels(Layout &layout, const QRect &target) const
{
    // One row per theme, as tall as fits, with the text a little under half the row; rows
    // that would need smaller type than a room can read are left out and counted.
    const QRect &area = layout.area;
    const int margin = layout.margin;
    const qreal smallest = projectorMinimumPixels(target.height());
    const int rowCount = int(m_rows.size());
    const qreal naturalRow = qreal(area.height()) / rowCount;
    const qreal rowHeight = std::clamp(naturalRow, smallest / 0.45, maximumTextPixels / 0.45);
    int shown = std::min(rowCount, int(area.height() / rowHeight));
    if (shown < rowCount)
        shown = std::max(1, int((area.height() - rowHeight) / rowHeight)); // room for "and N more"
    layout.rowHeight = rowHeight;
    layout.shown = shown;
    layout.rowFont = font();
    layout.rowFont.setPixelSize(std::max(int(std::ceil(smallest)), int(rowHeight * 0.45)));
    layout.numberFont = layout.rowFont;
    layout.numberFont.setBold(true);
    const QFontMetrics metrics(layout.rowFont);

    // Labels take at most 42 % of the width; the bars the rest, minus room for the number.
    int labelWidth = 0;
    for (int i = 0; i < shown; ++i)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_rows.at(i).title));
    labelWidth = std::min(labelWidth + margin / 2, int(area.width() * 0.42));
    const int maxTotal = std::max(1, m_rows.constFirst().total());
    layout.numberRoom = QFontMetrics(layout.numberFont).horizontalAdvance(QLocale().toString(maxTotal)) + margin;
    layout.barLeft = area.left() + labelWidth + margin / 2;
    layout.barSpace = std::max(1, area.right() - layout.barLeft - layout.numberRoom);

    // A long title wraps, then shrinks, before anything is cut (the words that tell two
    // themes apart are often at the end); one size for every row, so the chart reads as
    // one list: the size the longest title needs, and a title too long even at the
    // smallest size is cut at its end.
    const QSize box(labelWidth - margin / 2, int(rowHeight));
    QFont common = layout.rowFont;
    for (int i = 0; i < shown; ++i) {
        const FittedText fitted = fitText(m_rows.at(i).title, layout.rowFont, box, smallest);
        if (fitted.pixelSize() < common.pixelSize())
            common.setPixelSize(fitted.pixelSize());
    }
    for (int i = 0; i < shown; ++i) {
        Label label;
        label.themeId = m_rows.at(i).themeId;
        label.title = m_rows.at(i).title;
        label.row = QRectF(area.left(), area.top() + i * rowHeight, area.width(), rowHeight);
        label.box = QRect(area.left(), int(label.row.top()), box.width(), box.height());
        label.text = fitText(label.title, common, box, smallest);
        layout.labels.append(label);
    }
}

QList<VoteResultsChart::Label> VoteResultsChart::labels(const QRect &target) const
{
    return layout(target).labels;
}

void VoteResultsChart::render(QPainter *painter, const QRect &target) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(target, background);
    const Layout layout = this->layout(target);

    painter->setFont(layout.headingFont);
    painter->setPen(ink);
    painter->drawText(layout.heading, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(layout.headingFont).elidedText(title(), Qt::ElideRight, layout.heading.width()));

    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    if (round) {
        // How many took part: known to everyone in the room, so shown even while hidden.
        painter->setFont(layout.subtitleFont);
        painter->setPen(secondaryInk);
        painter->drawText(layout.subtitle, Qt::AlignLeft | Qt::AlignVCenter, subtitle());
    }
    if (!round) {
        paintMessage(painter, layout.area, tr("No voting round yet: create one in the Votes menu."));
        painter->restore();
        return;
    }
    if (round->totalsHidden) {
        paintMessage(painter, layout.area, tr("The totals are hidden until the facilitator reveals them."));
        painter->restore();
        return;
    }
    if (m_rows.isEmpty()) {
        paintMessage(painter, layout.area, tr("No themes to vote on yet."));
        painter->restore();
        return;
    }

    const int maxTotal = std::max(1, m_rows.constFirst().total());
    for (int i = 0; i < layout.labels.size(); ++i) {
        const RankedTheme &row = m_rows.at(i);
        const Label &label = layout.labels.at(i);
        const QRectF &line = label.row;
        painter->setPen(ink);
        label.text.draw(painter, label.box, Qt::AlignRight | Qt::AlignVCenter);

        // The strong palette's fill, outlined in black: pale note colours vanish on a projector.
        const NoteColour colour = NoteColour::byKey(row.colourKey, NoteColour::Contrast::High);
        const qreal length = row.total() == 0 ? 0 : std::max(4.0, qreal(layout.barSpace) * row.total() / maxTotal);
        const QRectF bar(layout.barLeft, line.top() + line.height() * 0.15, length, line.height() * 0.7);
        if (length > 0) {
            painter->setPen(QPen(ink, 2));
            painter->setBrush(colour.fill);
            painter->drawRoundedRect(bar, 4, 4);
        }
        painter->setFont(layout.numberFont);
        painter->setPen(ink);
        painter->drawText(QRectF(bar.right() + layout.margin / 3.0, line.top(), layout.numberRoom, line.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(row.total()));
    }
    const int rowCount = int(m_rows.size());
    if (layout.shown < rowCount) {
        painter->setFont(layout.rowFont);
        painter->setPen(secondaryInk);
        painter->drawText(QRectF(layout.barLeft, layout.area.top() + layout.shown * layout.rowHeight, layout.barSpace,
                                 layout.rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          tr("and %n more theme(s)", nullptr, rowCount - layout.shown));
    }
    painter->restore();
}

void VoteResultsChart::mousePressEvent(QMouseEvent *event)
{
    // A click on a theme's row shows its title whole, large.
    for (const Label &label : labels(rect()))
        if (label.row.contains(event->position())) {
            m_overlay->showText(label.title);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace cabildo
