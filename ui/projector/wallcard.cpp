#include "wallcard.h"

#include "board/noteitem.h"
#include "model/notecolour.h"
#include "projectorstyle.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace cabildo {

namespace {
constexpr int maxShownCharacters = 220; // a card shows the start of a long note, then "…"
} // namespace

// ---- WallCard ---------------------------------------------------------------------------

WallCard::WallCard(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents); // read-only: nothing to click
}

void WallCard::setNote(const Note &note)
{
    if (note == m_note)
        return;
    if (note.text != m_note.text || note.faceDown != m_note.faceDown)
        m_fittedValid = false;
    m_note = note;
    setObjectName(QStringLiteral("wallNote_%1").arg(note.id));
    describe();
    update();
}

void WallCard::setMarked(bool marked)
{
    if (marked == m_marked)
        return;
    m_marked = marked;
    describe();
    update();
}

void WallCard::setStacked(bool stacked)
{
    if (stacked != m_stacked) {
        m_stacked = stacked;
        update();
    }
}

QRect WallCard::cardGeometry() const
{
    return geometry().adjusted(ringRoom, ringRoom, -ringRoom, -ringRoom);
}

void WallCard::setCardGeometry(const QRect &card, int textPixels)
{
    const QRect widget = card.adjusted(-ringRoom, -ringRoom, ringRoom, ringRoom);
    if (widget == geometry() && textPixels == m_textPixels)
        return; // most cards stay where they are while a few arrive
    if (widget.size() != size() || textPixels != m_textPixels)
        m_fittedValid = false;
    m_textPixels = textPixels;
    setGeometry(widget);
}

FittedText WallCard::shownText()
{
    if (m_fittedValid)
        return m_fitted;
    m_fitted = FittedText();
    m_fittedValid = true;
    if (m_note.faceDown || m_textPixels < smallestTextPixels)
        return m_fitted;
    // One size for every card of the wall (the board's proportions), cut with "…" when long.
    const int padding = std::max(2, m_textPixels * 3 / 5);
    const QSize box = cardGeometry().size() - QSize(2 * padding, 2 * padding);
    const QString text = NoteItem::displayText(m_note.text.left(maxShownCharacters));
    m_fitted = fitText(text, projector::sized(font(), m_textPixels), box, m_textPixels);
    return m_fitted;
}

void WallCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect card = rect().adjusted(ringRoom, ringRoom, -ringRoom, -ringRoom);
    painter.setPen(Qt::NoPen);
    if (m_stacked) {
        // The notes under it, as edges showing at the right and bottom.
        painter.setBrush(projector::secondaryInk);
        painter.drawRect(card.translated(ringRoom / 2, ringRoom / 2));
    }
    if (m_note.faceDown) {
        // No text and none of the note's colour: that it is there, and nothing more.
        painter.setBrush(projector::cardBack);
        painter.drawRect(card);
        painter.setBrush(QBrush(projector::cardBackPattern, Qt::BDiagPattern));
        painter.drawRect(card);
    } else {
        const NoteColour colour = NoteColour::byKey(m_note.colour);
        painter.setBrush(colour.fill);
        painter.drawRect(card);
        const FittedText text = shownText();
        const int padding = std::max(2, m_textPixels * 3 / 5);
        const QRect box = card.adjusted(padding, padding, -padding, -padding);
        if (!text.lines.isEmpty()) {
            painter.setPen(colour.text);
            text.draw(&painter, box, Qt::AlignLeft | Qt::AlignTop);
        } else if (box.height() > 6) {
            // Too small to read: bars the length of the text stand in for it.
            QColor bar = colour.text;
            bar.setAlpha(70);
            painter.setBrush(bar);
            const int lines = std::clamp(int(m_note.text.size() / 18) + 1, 1, 4);
            const int step = std::max(3, box.height() / 5);
            for (int line = 0; line < lines && line * step < box.height(); ++line)
                painter.drawRect(QRect(box.left(), box.top() + line * step,
                                       line == lines - 1 && lines > 1 ? box.width() * 3 / 5 : box.width(),
                                       std::max(1, step / 2)));
        }
    }
    if (m_marked) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(projector::newest, ringRoom - 1));
        const qreal half = (ringRoom - 1) / 2.0; // the pen's middle: the ring touches the card
        painter.drawRect(QRectF(card).adjusted(-half, -half, half, half));
    }
}

void WallCard::describe()
{
    // The room's screen reader reads what the room sees: never a face-down note's words.
    setAccessibleName(m_note.faceDown ? tr("Face-down note") : m_note.text);
    setAccessibleDescription(m_marked ? tr("Just arrived") : QString());
}

void WallCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    else if (event->type() == QEvent::FontChange)
        m_fittedValid = false;
    QWidget::changeEvent(event);
}

// ---- WallFrame --------------------------------------------------------------------------

WallFrame::WallFrame(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void WallFrame::setTheme(const Theme &theme, int noteCount)
{
    if (theme == m_theme && noteCount == m_noteCount)
        return;
    m_theme = theme;
    m_noteCount = noteCount;
    setObjectName(QStringLiteral("wallTheme_%1").arg(theme.id));
    describe();
    update();
}

void WallFrame::setTitle(const FittedText &text, const QRect &box)
{
    m_titleText = text;
    m_titleBox = box;
    update();
}

QRect WallFrame::bandRect() const
{
    const int margin = m_titleBox.top();
    return QRect(0, 0, width(), m_titleText.rectIn(m_titleBox, Qt::AlignLeft | Qt::AlignTop).bottom() + margin);
}

QColor WallFrame::headerColour() const
{
    // The board's header colour (ThemeItem): the theme's colour, a little stronger.
    const QColor base = NoteColour::byKey(m_theme.colour).fill;
    return QColor::fromHsvF(base.hsvHueF(), std::min(1.0, base.hsvSaturationF() * 1.1), base.valueF() * 0.92);
}

void WallFrame::paintEvent(QPaintEvent *)
{
    // The board's frame: a light tint of the theme's colour, opaque.
    const QColor base = NoteColour::byKey(m_theme.colour).fill;
    QPainter painter(this);
    painter.fillRect(rect(), QColor::fromHsvF(base.hsvHueF(), base.hsvSaturationF() * 0.35, 0.98));
}

void WallFrame::paintTitle(QPainter *painter) const
{
    const QColor header = headerColour();
    painter->fillRect(bandRect(), header);
    painter->setPen(NoteColour::readableTextOn(header));
    m_titleText.draw(painter, m_titleBox, Qt::AlignLeft | Qt::AlignTop);
}

void WallFrame::describe()
{
    setAccessibleName(tr("%1 · %n note(s)", nullptr, m_noteCount).arg(m_theme.title));
}

void WallFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

} // namespace cabildo
