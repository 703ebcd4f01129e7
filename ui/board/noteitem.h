#pragma once

#include "model/note.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QPixmap>
#include <QStaticText>
#include <QStringList>

#include <functional>

namespace cabildo {

/**
 * What every note on one board shares: the text font and the palette. The scene owns
 * it and restyles its notes when it changes, so a note carries only a pointer.
 */
struct NoteStyle
{
    /** The note text for an application font: 15 pt at the usual 10 pt, larger with it. */
    static QFont fontFor(const QFont &applicationFont);

    QFont font = fontFor(QFont());
    bool highContrast = false;
    /**
     * The room sees this board (issue 14): the kiosk, or the facilitator's board while it
     * is on the projector. Notes the room may not read (face down, hidden) are then drawn
     * face down, their text nowhere. Otherwise face-down notes show, with a badge.
     */
    bool seenByRoom = false;
    /**
     * Photo notes show their picture and whether their text is checked (issue 15); not on the
     * room's own board (the kiosk): handwriting is personal, and checking is the facilitator's work.
     */
    bool photoDetails = true;
    /** A note's picture (issue 15), loaded when a note that has one is first drawn readable; null: none. */
    std::function<QImage(qint64 noteId)> loadPicture;
};

/**
 * A sticky note on the board. Not a QObject: thousands of these must be cheap. The
 * scene calls syncWithNote() whenever the document says the note changed.
 */
class NoteItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::NoteItem)

public:
    enum
    {
        Type = UserType + 1
    };

    /** `style` outlives the item (the scene's); null uses the default look. */
    explicit NoteItem(const Note &note, const NoteStyle *style = nullptr);

    int type() const override { return Type; }
    qint64 noteId() const { return m_noteId; }
    void syncWithNote(const Note &note);
    /** The shared style changed: take the colours again, and lay the text out again if the font did. */
    void restyle(bool fontChanged);

    /** Search: a dimmed note does not match, a highlighted one does. */
    void setSearchState(bool dimmed, bool highlighted);
    bool isDimmed() const { return m_dimmed; }
    bool isHighlighted() const { return m_highlighted; }
    /** The note the keyboard is on: it gets a dashed focus ring while the board has focus. */
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    /** Hidden by the facilitator (NoteState::Hidden): still on the facilitator's board, hatched. */
    bool isHiddenFromRoom() const { return m_hiddenFromRoom; }
    /** Face down for the room until revealed (Note::faceDown). */
    bool isFaceDown() const { return m_faceDown; }
    /** Drawn face down here: its text is not shown, searched, told to assistive technology nor edited. */
    bool isConcealed() const { return m_style->seenByRoom && (m_faceDown || m_hiddenFromRoom); }
    QString text() const { return m_text; }
    /** What assistive technology reads: the text, or that it is face down when concealed. */
    QString accessibleName() const;
    /** Found on a photo (issue 15): the card shows its picture, the text on a line below it. */
    void setHasPicture(bool hasPicture);
    bool hasPicture() const { return m_hasPicture; }
    /** The text is OCR's proposal nobody has checked yet (Note::textChecked false): marked so. */
    bool isTextUnchecked() const { return !m_textChecked; }
    /** Where the picture is drawn on the card (empty without one), in item coordinates. */
    QRectF pictureRect() const;
    /** The colour (often what notes were grouped by), and whether the room cannot read it. */
    QString accessibleDescription() const;
    QString foldedText() const { return m_foldedText; } ///< for accent-insensitive search
    QString colourKey() const { return m_colourKey; }
    QColor fill() const { return m_fill; }
    QColor textColour() const { return m_textColour; }
    QFont font() const { return m_style->font; }
    /** The card itself, in item coordinates (boundingRect() adds room for the outlines). */
    static QRectF cardRect() { return QRectF(QPointF(0, 0), Note::size()); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** The lines of text the card shows, as laid out on it (line breaks kept, "…" when cut). */
    QStringList shownLines();
    /** The text as the board draws it: line breaks as U+2028, which text layout breaks at. */
    static QString displayText(const QString &text);

    /** Below this zoom the text is not drawn: at that size it is unreadable, and text layout is the cost. */
    static constexpr qreal textLevelOfDetail = 0.35;

private:
    void paintTextPlaceholder(QPainter *painter, const QRectF &area) const;
    void paintFocusRing(QPainter *painter, const QRectF &card, qreal detail) const;
    void paintBack(QPainter *painter, const QRectF &card) const;
    void paintFaceDownBadge(QPainter *painter, const QRectF &card) const;
    void paintPicture(QPainter *painter, qreal detail);
    void paintUncheckedBadge(QPainter *painter, const QRectF &card) const;
    /** Where the text goes: the card inside its padding, or the line under the picture. */
    QRectF textArea() const;
    void prepareText(const QSizeF &area);

    qint64 m_noteId;
    const NoteStyle *m_style;
    QString m_text;
    QString m_foldedText;
    QString m_colourKey;
    QColor m_fill;
    QColor m_textColour;
    QStaticText m_staticText; ///< laid out on first paint at readable zoom, then cached
    bool m_textPrepared = false;
    bool m_dimmed = false;
    bool m_highlighted = false;
    bool m_current = false;
    bool m_hiddenFromRoom = false;
    bool m_faceDown = false;
    bool m_hasPicture = false;
    bool m_textChecked = true;
    bool m_pictureTried = false; ///< loaded (or found missing) once per picture
    QPixmap m_thumbnail;         ///< the picture at twice its size on the card, loaded on first readable paint
};

} // namespace cabildo
