#include "voteresultschart.h"

#include "document/eventdocument.h"
#include "model/notecolour.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {
// Black on white: the highest contrast a washed-out projector still shows.
const QColor background(Qt::white);
const QColor ink(0x11, 0x11, 0x11);
const QColor secondaryInk(0x3a, 0x3a, 0x3a);
constexpr qreal minimumTextPixels = 16;  ///< below this the back of the room reads nothing
constexpr qreal maximumTextPixels = 44;
} // namespace

VoteResultsChart::VoteResultsChart(QWidget *parent)
    : QWidget(parent)
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
        m_roundId = 0;  // undo removed the round
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
        resync();  // the words for screen readers; the picture is painted in the new language anyway
    QWidget::changeEvent(event);
}

void VoteResultsChart::paintMessage(QPainter *painter, const QRect &area, const QString &text) const
{
    QFont font = painter->font();
    font.setPixelSize(int(std::clamp(area.height() / 10.0, minimumTextPixels, maximumTextPixels)));
    painter->setFont(font);
    painter->setPen(secondaryInk);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

QFont VoteResultsChart::labelFont(QFont font, const QSizeF &box, int shown) const
{
    // A long title wraps onto two lines in smaller type before anything is cut (the words
    // that tell two themes apart are often at the end); one size for every row, so the
    // chart reads as one list.
    const int fullSize = font.pixelSize();
    const int flags = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;
    for (const qreal scale : {1.0, 0.8, 0.66}) {
        font.setPixelSize(std::max(int(minimumTextPixels), int(fullSize * scale)));
        const QFontMetrics metrics(font);
        bool allFit = true;
        for (int i = 0; i < shown && allFit; ++i) {
            const QRect needed = metrics.boundingRect(QRect(0, 0, int(box.width()), 10000), flags, m_rows.at(i).title);
            allFit = needed.height() <= box.height() && needed.width() <= box.width();
        }
        if (allFit)
            break;
    }
    return font;
}

void VoteResultsChart::paintLabel(QPainter *painter, const QRectF &box, const QString &title) const
{
    const QFontMetrics metrics(painter->font());
    const int flags = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;
    if (metrics.boundingRect(QRect(0, 0, int(box.width()), 10000), flags, title).height() <= box.height())
        painter->drawText(box, flags, title);
    else  // still too long at the smallest size: one line, cut at the end
        painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(title, Qt::ElideRight, int(box.width())));
}

void VoteResultsChart::render(QPainter *painter, const QRect &target) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(target, background);

    const int margin = std::max(12, target.width() / 40);
    QRect area = target.adjusted(margin, margin, -margin, -margin);

    // The heading: the round, and how many voted (never a total while totals are hidden).
    QFont headingFont = font();
    headingFont.setPixelSize(int(std::clamp(target.height() / 14.0, 20.0, 64.0)));
    headingFont.setBold(true);
    painter->setFont(headingFont);
    painter->setPen(ink);
    const int headingHeight = QFontMetrics(headingFont).height();
    painter->drawText(QRect(area.left(), area.top(), area.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(headingFont).elidedText(title(), Qt::ElideRight, area.width()));
    area.setTop(area.top() + headingHeight + margin / 4);

    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    if (round) {
        // How many took part: known to everyone in the room, so shown even while hidden.
        QFont subtitleFont = font();
        subtitleFont.setPixelSize(int(headingFont.pixelSize() * 0.5));
        painter->setFont(subtitleFont);
        painter->setPen(secondaryInk);
        const int subtitleHeight = QFontMetrics(subtitleFont).height();
        painter->drawText(QRect(area.left(), area.top(), area.width(), subtitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          subtitle());
        area.setTop(area.top() + subtitleHeight + margin / 2);
    }
    if (!round) {
        paintMessage(painter, area, tr("No voting round yet: create one in the Votes menu."));
        painter->restore();
        return;
    }
    if (round->totalsHidden) {
        paintMessage(painter, area, tr("The totals are hidden until the facilitator reveals them."));
        painter->restore();
        return;
    }
    if (m_rows.isEmpty()) {
        paintMessage(painter, area, tr("No themes to vote on yet."));
        painter->restore();
        return;
    }

    // One row per theme, as tall as fits, with the text a little under half the row; rows
    // that would need smaller type than a room can read are left out and counted.
    const int rowCount = int(m_rows.size());
    const qreal naturalRow = qreal(area.height()) / rowCount;
    const qreal rowHeight = std::clamp(naturalRow, minimumTextPixels / 0.45, maximumTextPixels / 0.45);
    int shown = std::min(rowCount, int(area.height() / rowHeight));
    if (shown < rowCount)
        shown = std::max(1, int((area.height() - rowHeight) / rowHeight));  // room for "and N more"
    QFont rowFont = font();
    rowFont.setPixelSize(int(rowHeight * 0.45));
    QFont numberFont = rowFont;
    numberFont.setBold(true);
    painter->setFont(rowFont);
    const QFontMetrics metrics(rowFont);
    const QFontMetrics numberMetrics(numberFont);

    // Labels take at most 40 % of the width; the bars the rest, minus room for the number.
    int labelWidth = 0;
    for (int i = 0; i < shown; ++i)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_rows.at(i).title));
    labelWidth = std::min(labelWidth + margin / 2, int(area.width() * 0.42));
    const int maxTotal = std::max(1, m_rows.constFirst().total());
    const int numberRoom = numberMetrics.horizontalAdvance(QLocale().toString(maxTotal)) + margin;
    const int barLeft = area.left() + labelWidth + margin / 2;
    const int barSpace = std::max(1, area.right() - barLeft - numberRoom);
    const QSizeF labelBox(labelWidth - margin / 2, rowHeight);
    const QFont titleFont = labelFont(rowFont, labelBox, shown);

    for (int i = 0; i < shown; ++i) {
        const RankedTheme &row = m_rows.at(i);
        const QRectF line(area.left(), area.top() + i * rowHeight, area.width(), rowHeight);
        painter->setPen(ink);
        painter->setFont(titleFont);
        paintLabel(painter, QRectF(line.left(), line.top(), labelBox.width(), labelBox.height()), row.title);

        // The strong palette's fill, outlined in black: pale note colours vanish on a projector.
        const NoteColour colour = NoteColour::byKey(row.colourKey, NoteColour::Contrast::High);
        const qreal length = row.total() == 0 ? 0 : std::max(4.0, qreal(barSpace) * row.total() / maxTotal);
        const QRectF bar(barLeft, line.top() + line.height() * 0.15, length, line.height() * 0.7);
        if (length > 0) {
            painter->setPen(QPen(ink, 2));
            painter->setBrush(colour.fill);
            painter->drawRoundedRect(bar, 4, 4);
        }
        painter->setFont(numberFont);
        painter->setPen(ink);
        painter->drawText(QRectF(bar.right() + margin / 3.0, line.top(), numberRoom, line.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(row.total()));
    }
    if (shown < rowCount) {
        painter->setFont(rowFont);
        painter->setPen(secondaryInk);
        painter->drawText(QRectF(barLeft, area.top() + shown * rowHeight, barSpace, rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("and %n more theme(s)", nullptr, rowCount - shown));
    }
    painter->restore();
}

} // namespace cabildo
