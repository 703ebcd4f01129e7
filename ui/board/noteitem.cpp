#include "noteitem.h"

#include "grouping/textfold.h"
#include "model/notecolour.h"

#include <QPainter>
#include <QTextLayout>
#include <QStyleOptionGraphicsItem>

namespace cabildo {

namespace {
constexpr qreal padding = 12;
constexpr int maxShownCharacters = 220;  // a note of 10,000 characters shows its start, then "…"
constexpr int shortTextLength = 60;      // always fits on a card: no need to measure
const QColor shadowColour(0xc4, 0xc1, 0xbb);  // the board's colour, darker

const QFont &noteFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(15);  // readable from the back of the room on a projector at 100 %
        return f;
    }();
    return font;
}
} // namespace

NoteItem::NoteItem(const Note &note)
    : m_noteId(note.id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    syncWithNote(note);
}

void NoteItem::syncWithNote(const Note &note)
{
    if (pos() != note.pos)
        setPos(note.pos);
    if (note.text != m_text) {
        prepareGeometryChange();
        m_text = note.text;
        m_foldedText = foldForSearch(note.text);
        m_textPrepared = false;
    }
    if (note.colour != m_colourKey) {
        m_colourKey = note.colour;
        m_fill = NoteColour::byKey(note.colour).fill;
    }
    setToolTip(m_text.size() > maxShownCharacters ? m_text.left(1000) : QString());
    update();
}

void NoteItem::setSearchState(bool dimmed, bool highlighted)
{
    if (dimmed == m_dimmed && highlighted == m_highlighted)
        return;
    m_dimmed = dimmed;
    m_highlighted = highlighted;
    setOpacity(dimmed ? 0.25 : 1.0);
    update();
}

QRectF NoteItem::boundingRect() const
{
    // A margin for the selection and highlight outlines.
    return QRectF(QPointF(0, 0), Note::size()).adjusted(-4, -4, 4, 4);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(QPointF(0, 0), Note::size());
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());

    // Opaque fills only: blending is what makes a board of hundreds of notes slow.
    painter->setPen(Qt::NoPen);
    if (detail >= textLevelOfDetail) {
        painter->setBrush(shadowColour);  // a shadow on the right and bottom edges
        painter->drawRect(QRectF(card.right(), card.top() + 3, 3, card.height()));
        painter->drawRect(QRectF(card.left() + 3, card.bottom(), card.width() - 3, 3));
    }
    painter->setBrush(m_fill);
    painter->drawRect(card);

    if (isSelected() || m_highlighted) {
        QPen outline(isSelected() ? QColor(0x1a, 0x56, 0xdb) : QColor(0xd9, 0x48, 0x00), 4);
        outline.setCosmetic(detail < 1);
        painter->setPen(outline);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(card.adjusted(-2, -2, 2, 2));
    }

    const QRectF textArea = card.adjusted(padding, padding, -padding, -padding);
    if (detail < textLevelOfDetail) {
        paintTextPlaceholder(painter, textArea);
        return;
    }
    if (!m_textPrepared)
        prepareText(textArea.size());
    painter->setFont(noteFont());
    painter->setPen(Qt::black);
    painter->drawStaticText(textArea.topLeft(), m_staticText);
}

void NoteItem::prepareText(const QSizeF &area)
{
    // Long notes show what fits, then "…": the text never spills out of the card, so
    // painting needs no clip (and no painter save/restore).
    QString shown = m_text;
    if (shown.size() > shortTextLength) {
        shown.truncate(maxShownCharacters);
        QTextLayout layout(shown, noteFont());
        layout.beginLayout();
        qreal height = 0;
        int fits = 0;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(area.width());
            height += line.height();
            if (height > area.height())
                break;
            fits = line.textStart() + line.textLength();
        }
        layout.endLayout();
        if (fits < m_text.size())
            shown = shown.left(std::max(0, fits - 2)).trimmed() + QChar(0x2026);
    }
    m_staticText.setText(shown);
    m_staticText.setTextFormat(Qt::PlainText);
    m_staticText.setTextWidth(area.width());
    m_staticText.prepare(QTransform(), noteFont());
    m_textPrepared = true;
}

void NoteItem::paintTextPlaceholder(QPainter *painter, const QRectF &area) const
{
    // Zoomed far out: grey bars the length of the text stand in for it.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 70));
    const int lines = std::clamp(int(m_text.size() / 18) + 1, 1, 5);
    for (int line = 0; line < lines; ++line) {
        const qreal width = line == lines - 1 && lines > 1 ? area.width() * 0.6 : area.width();
        painter->drawRect(QRectF(area.left(), area.top() + line * 22, width, 10));
    }
}

} // namespace cabildo
