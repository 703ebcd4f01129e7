#include "noteitem.h"

#include "model/notecolour.h"
#include "text/textfold.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace cabildo {

namespace {
constexpr qreal padding = 12;
constexpr int maxShownCharacters = 220;      // a note of 10,000 characters shows its start, then "…"
constexpr int shortTextLength = 60;          // always fits on a card: no need to measure
const QColor shadowColour(0xc4, 0xc1, 0xbb); // the board's colour, darker
constexpr qreal highContrastBorder = 3;      // black, inside the card
constexpr qreal focusRingInset = 6;          // inside the card, clear of the border and the text
const QColor backColour(0x4a, 0x55, 0x68);   // a face-down card, whatever its colour
const QColor backFrameColour(0x8d, 0x99, 0xab);
constexpr qreal backFrameInset = 10;
constexpr qreal pictureInset = 6;               // the photo note's picture, inside the card
const QColor uncheckedColour(0xf5, 0x9e, 0x0b); // amber, as "likely already on the board" in the check

const NoteStyle &defaultStyle()
{
    static const NoteStyle style;
    return style;
}
} // namespace

QFont NoteStyle::fontFor(const QFont &applicationFont)
{
    // 15 pt is readable from the back of the room on a projector at 100 %. Someone who
    // needs a larger system font gets larger notes too (up to twice: past that a card
    // holds a few words). A smaller system font does not shrink them below 15 pt.
    qreal base = applicationFont.pointSizeF();
    if (base <= 0)
        base = applicationFont.pixelSize() * 72.0 / 96.0;
    QFont font = applicationFont;
    font.setPointSizeF(15 * std::clamp(base / 10.0, 1.0, 2.0));
    return font;
}

NoteItem::NoteItem(const Note &note, const NoteStyle *style)
    : m_noteId(note.id), m_style(style ? style : &defaultStyle())
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    m_colourKey = note.colour;
    restyle(false); // an unknown or empty key still gets the default colour
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
        restyle(false);
    }
    m_hiddenFromRoom = note.state == NoteState::Hidden;
    m_faceDown = note.faceDown;
    m_textChecked = note.textChecked;
    update();
}

void NoteItem::setHasPicture(bool hasPicture)
{
    if (hasPicture == m_hasPicture)
        return;
    m_hasPicture = hasPicture;
    m_thumbnail = QPixmap(); // loaded again (or dropped) on the next readable paint
    m_pictureTried = false;
    m_textPrepared = false; // the text moves to the line under the picture, or back
    update();
}

QRectF NoteItem::pictureRect() const
{
    if (!m_hasPicture)
        return {};
    const QRectF card = cardRect();
    const qreal line = QFontMetricsF(m_style->font).lineSpacing();
    return QRectF(card.left() + pictureInset, card.top() + pictureInset, card.width() - 2 * pictureInset,
                  card.height() - 2 * pictureInset - line - pictureInset);
}

QRectF NoteItem::textArea() const
{
    const QRectF card = cardRect();
    if (!m_hasPicture)
        return card.adjusted(padding, padding, -padding, -padding);
    // One line under the picture: the whole text shows on hover and in the editor.
    const QRectF picture = pictureRect();
    return QRectF(card.left() + padding, picture.bottom() + pictureInset / 2, card.width() - 2 * padding,
                  QFontMetricsF(m_style->font).lineSpacing() + 1);
}

QString NoteItem::accessibleName() const
{
    return isConcealed() ? tr("Face-down note") : m_text;
}

QString NoteItem::accessibleDescription() const
{
    if (isConcealed())
        return QString(); // not even its colour
    const QString colour = NoteColour::byKey(m_colourKey).displayName();
    if (m_hiddenFromRoom)
        //: A note's description for screen readers; %1 is its colour
        return tr("%1, hidden from the room").arg(colour);
    if (m_faceDown)
        //: A note's description for screen readers; %1 is its colour
        return tr("%1, face down for the room until revealed").arg(colour);
    const bool unchecked = !m_textChecked && m_style->photoDetails;
    if (m_hasPicture && unchecked)
        //: A note's description for screen readers; %1 is its colour
        return tr("%1, from a photo, text not checked yet").arg(colour);
    if (m_hasPicture)
        //: A note's description for screen readers; %1 is its colour
        return tr("%1, from a photo").arg(colour);
    if (unchecked)
        //: A note's description for screen readers; %1 is its colour
        return tr("%1, text not checked yet").arg(colour);
    return colour;
}

void NoteItem::restyle(bool fontChanged)
{
    const auto contrast = m_style->highContrast ? NoteColour::Contrast::High : NoteColour::Contrast::Standard;
    const NoteColour colour = NoteColour::byKey(m_colourKey, contrast);
    m_fill = colour.fill;
    m_textColour = colour.text;
    if (fontChanged)
        m_textPrepared = false;
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

void NoteItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

QRectF NoteItem::boundingRect() const
{
    // A margin for the selection and highlight outlines.
    return cardRect().adjusted(-4, -4, 4, 4);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card = cardRect();
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool highContrast = m_style->highContrast;
    const bool concealed = isConcealed();

    // Opaque fills only: blending is what makes a board of hundreds of notes slow.
    painter->setPen(Qt::NoPen);
    if (highContrast) {
        // A thick black border instead of a shadow: the card's edge is never in doubt.
        painter->setBrush(Qt::black);
        painter->drawRect(card);
        painter->setBrush(m_fill);
        painter->drawRect(
            card.adjusted(highContrastBorder, highContrastBorder, -highContrastBorder, -highContrastBorder));
    } else {
        if (detail >= textLevelOfDetail) {
            painter->setBrush(shadowColour); // a shadow on the right and bottom edges
            painter->drawRect(QRectF(card.right(), card.top() + 3, 3, card.height()));
            painter->drawRect(QRectF(card.left() + 3, card.bottom(), card.width() - 3, 3));
        }
        painter->setBrush(m_fill);
        painter->drawRect(card);
    }
    if (concealed)
        paintBack(painter, card);

    if (isSelected() || m_highlighted) {
        QPen outline(isSelected() ? QColor(0x1a, 0x56, 0xdb) : QColor(0xd9, 0x48, 0x00), 4);
        outline.setCosmetic(detail < 1);
        painter->setPen(outline);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(card.adjusted(-2, -2, 2, 2));
    }
    // Only while the board has the keyboard: the ring says where Tab and the arrows act.
    if (m_current && scene() && scene()->hasFocus())
        paintFocusRing(painter, card, detail);

    // The back says nothing of the note: not its text, nor its length (the placeholder bars),
    // nor its picture (handwriting).
    const QRectF textRect = textArea();
    if (!concealed && m_hasPicture)
        paintPicture(painter, detail);
    if (!concealed && detail < textLevelOfDetail) {
        paintTextPlaceholder(painter, textRect);
    } else if (!concealed) {
        if (!m_textPrepared)
            prepareText(textRect.size());
        painter->setFont(m_style->font);
        painter->setPen(m_textColour);
        if (m_text.isEmpty() && m_hasPicture) {
            // OCR has not proposed a text (yet): the line says so rather than stay blank.
            // Half way to the paper, opaque: blending costs on a board of hundreds of notes.
            painter->setPen(QColor((m_textColour.red() + m_fill.red()) / 2, (m_textColour.green() + m_fill.green()) / 2,
                                   (m_textColour.blue() + m_fill.blue()) / 2));
            QFont italic = m_style->font;
            italic.setItalic(true);
            painter->setFont(italic);
            // Elided, not cut: in French ("Pas encore de texte") the words are wider than a card.
            const QString placeholder =
                QFontMetricsF(italic).elidedText(tr("No text yet"), Qt::ElideRight, textRect.width());
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, placeholder);
        } else {
            painter->drawStaticText(textRect.topLeft(), m_staticText);
        }
        if (m_faceDown)
            paintFaceDownBadge(painter, card);
        if (!m_textChecked && m_style->photoDetails)
            paintUncheckedBadge(painter, card);
    }
    if (m_hiddenFromRoom) {
        // Hatched across, text still readable: the facilitator sees what the room does not.
        // Few notes are hidden, so this blend costs nothing on a board of thousands.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(highContrast ? QColor(Qt::black) : QColor(0, 0, 0, 110), Qt::BDiagPattern));
        painter->drawRect(card);
    }
}

void NoteItem::paintBack(QPainter *painter, const QRectF &card) const
{
    // The same back for every note, as a card game's: a plain colour with an inner frame.
    const bool highContrast = m_style->highContrast;
    const QRectF back =
        highContrast ? card.adjusted(highContrastBorder, highContrastBorder, -highContrastBorder, -highContrastBorder)
                     : card;
    painter->setPen(Qt::NoPen);
    painter->setBrush(highContrast ? QColor(Qt::black) : backColour);
    painter->drawRect(back);
    QPen frame(highContrast ? QColor(Qt::white) : backFrameColour, 3);
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(card.adjusted(backFrameInset, backFrameInset, -backFrameInset, -backFrameInset));
    painter->setPen(Qt::NoPen);
}

void NoteItem::paintFaceDownBadge(QPainter *painter, const QRectF &card) const
{
    // On the facilitator's own screen: the note reads normally, and a tab on its lower edge
    // says the room sees only its back until Reveal.
    QFont font = m_style->font;
    font.setPointSizeF(font.pointSizeF() * 0.6);
    font.setBold(true);
    const QString label = tr("Face down");
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(label) + 12, metrics.height() + 4);
    const QRectF badge(card.right() - size.width() - 4, card.bottom() - size.height() - 4, size.width(), size.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->highContrast ? QColor(Qt::black) : backColour);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, label);
}

void NoteItem::paintPicture(QPainter *painter, qreal detail)
{
    const QRectF area = pictureRect();
    if (detail >= textLevelOfDetail && m_thumbnail.isNull() && !m_pictureTried) {
        // Loaded once, at twice its size on the card: sharp up to 200 %, and a board of
        // hundreds of photo notes keeps only these small copies.
        m_pictureTried = true;
        const QImage image = m_style->loadPicture ? m_style->loadPicture(m_noteId) : QImage();
        if (!image.isNull())
            m_thumbnail = QPixmap::fromImage(
                image.scaled((area.size() * 2).toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    if (m_thumbnail.isNull() || detail < textLevelOfDetail) {
        // Far out, or not loaded: a plain block where the picture is, cheap on a large board.
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_fill.darker(125));
        painter->drawRect(area);
        return;
    }
    QRectF target(QPointF(), QSizeF(m_thumbnail.size()).scaled(area.size(), Qt::KeepAspectRatio));
    target.moveCenter(area.center());
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawPixmap(target, m_thumbnail, QRectF(m_thumbnail.rect()));
    painter->restore();
}

void NoteItem::paintUncheckedBadge(QPainter *painter, const QRectF &card) const
{
    // A tab on the upper edge: the text is OCR's proposal until someone checks it against
    // the picture (Edit ▸ Transcribe Photo Notes, or the editor).
    QFont font = m_style->font;
    font.setPointSizeF(font.pointSizeF() * 0.55);
    font.setBold(true);
    const QString label = tr("Unchecked");
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(label) + 10, metrics.height() + 2);
    const QRectF badge(card.right() - size.width() - 2, card.top() + 2, size.width(), size.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->highContrast ? QColor(Qt::black) : uncheckedColour);
    painter->drawRoundedRect(badge, 3, 3);
    painter->setFont(font);
    painter->setPen(m_style->highContrast ? QColor(Qt::white) : QColor(Qt::black));
    painter->drawText(badge, Qt::AlignCenter, label);
}

void NoteItem::paintFocusRing(QPainter *painter, const QRectF &card, qreal detail) const
{
    // Dashed, inside the card, so it reads differently from the solid selection outline
    // around it; black dashes on a white line show on every fill of both palettes.
    const QRectF ring = card.adjusted(focusRingInset, focusRingInset, -focusRingInset, -focusRingInset);
    QPen pen(Qt::white, 2);
    pen.setCosmetic(detail < 1);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen);
    painter->drawRect(ring);
    pen.setColor(Qt::black);
    pen.setDashPattern({3, 3});
    painter->setPen(pen);
    painter->drawRect(ring);
}

QString NoteItem::displayText(const QString &text)
{
    // QTextLayout (under QStaticText) breaks lines at U+2028 only: a typed or imported
    // line break would vanish and run the words on either side together.
    QString shown = text;
    shown.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    shown.replace(QLatin1Char('\r'), QChar::LineSeparator);
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return shown;
}

void NoteItem::prepareText(const QSizeF &area)
{
    // Long notes show what fits, then "…": the text never spills out of the card, so
    // painting needs no clip (and no painter save/restore).
    const QFont &font = m_style->font;
    const QString full = displayText(m_text);
    QString shown = full;
    if (shown.size() > shortTextLength || font.pointSizeF() > 15 || shown.contains(QChar::LineSeparator)) {
        shown.truncate(maxShownCharacters);
        QTextLayout layout(shown, font);
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
        if (fits < full.size())
            shown = shown.left(std::max(0, fits - 2)).trimmed() + QChar(0x2026);
    }
    m_staticText.setText(shown);
    m_staticText.setTextFormat(Qt::PlainText);
    m_staticText.setTextWidth(area.width());
    m_staticText.prepare(QTransform(), font);
    m_textPrepared = true;
}

QStringList NoteItem::shownLines()
{
    const QRectF area = textArea();
    if (!m_textPrepared)
        prepareText(area.size());
    // The text as drawn, laid out again the way QStaticText lays it out.
    const QString shown = m_staticText.text();
    QTextLayout layout(shown, m_style->font);
    layout.setTextOption(m_staticText.textOption());
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(area.width());
        lines.append(shown.mid(line.textStart(), line.textLength()));
    }
    layout.endLayout();
    return lines;
}

void NoteItem::paintTextPlaceholder(QPainter *painter, const QRectF &area) const
{
    // Zoomed far out: bars the length of the text stand in for it, in the text's colour.
    painter->setPen(Qt::NoPen);
    QColor bar = m_textColour;
    bar.setAlpha(70);
    painter->setBrush(bar);
    const int lines = std::clamp(int(m_text.size() / 18) + 1, 1, std::max(1, int(area.height() / 22)));
    for (int line = 0; line < lines; ++line) {
        const qreal width = line == lines - 1 && lines > 1 ? area.width() * 0.6 : area.width();
        painter->drawRect(QRectF(area.left(), area.top() + line * 22, width, 10));
    }
}

} // namespace cabildo
