#pragma once

#include "fittedtext.h"
#include "model/note.h"
#include "model/theme.h"

#include <QWidget>

namespace cabildo {

/**
 * One note on the projector's wall (WallView): a read-only card in the note's colour with
 * as much of its text as the card holds at the wall's scale, or, face down, a card back
 * with no text and no colour. A note that just arrived is ringed. Its accessible name is
 * what the room may read: the text, or only that a face-down note is there.
 */
class WallCard : public QWidget
{
    Q_OBJECT

public:
    /** Room around the card for the ring of the newest note. */
    static constexpr int ringRoom = 6;
    /** Under this size the text is unreadable anyway: bars stand in for it. */
    static constexpr int smallestTextPixels = 7;

    explicit WallCard(QWidget *parent);

    /** Takes the note's text, colour and face; what the wall shows of it. */
    void setNote(const Note &note);
    qint64 noteId() const { return m_note.id; }
    qint64 themeId() const { return m_note.themeId; }
    /** Where the note is on the board, in board units. */
    QRectF boardRect() const { return QRectF(m_note.pos, Note::size()); }
    bool isFaceDown() const { return m_note.faceDown; }

    void setMarked(bool marked);
    bool isMarked() const { return m_marked; }
    /** The first note of a collapsed theme stands for the others: drawn on a stack. */
    void setStacked(bool stacked);

    /** The card itself, in the parent's coordinates (the widget adds room for the ring). */
    QRect cardGeometry() const;
    void setCardGeometry(const QRect &card, int textPixels);
    /** The lines drawn on the card (empty face down or when too small to read). */
    FittedText shownText();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    Note m_note;
    int m_textPixels = 0;
    bool m_marked = false;
    bool m_stacked = false;
    FittedText m_fitted;
    bool m_fittedValid = false;
};

/**
 * A theme's frame on the wall: a tint around its notes, drawn behind the cards, and its
 * title in a band across the top, in type the room reads (WallView sizes it and paints
 * the band over the cards: at a wall's scale the title matters more than a row of notes).
 */
class WallFrame : public QWidget
{
    Q_OBJECT

public:
    explicit WallFrame(QWidget *parent);

    void setTheme(const Theme &theme, int noteCount);
    qint64 themeId() const { return m_theme.id; }
    QString title() const { return m_theme.title; }
    /** The title's lines and their box, in the frame's coordinates. */
    void setTitle(const FittedText &text, const QRect &box);
    QRect titleBox() const { return m_titleBox; }
    const FittedText &titleText() const { return m_titleText; }
    /** The band the title is drawn on: the lines and a margin, across the frame. */
    QRect bandRect() const;
    /** Paints the band and the title, in the frame's coordinates. */
    void paintTitle(QPainter *painter) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();
    QColor headerColour() const;

    Theme m_theme;
    int m_noteCount = 0;
    FittedText m_titleText;
    QRect m_titleBox;
};

} // namespace cabildo
