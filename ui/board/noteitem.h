#pragma once

#include "model/note.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace cabildo {

/**
 * A sticky note on the board. Not a QObject: thousands of these must be cheap. The
 * scene calls syncWithNote() whenever the document says the note changed.
 */
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NoteItem(const Note &note);

    int type() const override { return Type; }
    qint64 noteId() const { return m_noteId; }
    void syncWithNote(const Note &note);

    /** Search: a dimmed note does not match, a highlighted one does. */
    void setSearchState(bool dimmed, bool highlighted);
    bool isDimmed() const { return m_dimmed; }
    bool isHighlighted() const { return m_highlighted; }
    QString text() const { return m_text; }
    QString foldedText() const { return m_foldedText; }  ///< for accent-insensitive search
    QString colourKey() const { return m_colourKey; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** Below this zoom the text is not drawn: at that size it is unreadable, and text layout is the cost. */
    static constexpr qreal textLevelOfDetail = 0.35;

private:
    void paintTextPlaceholder(QPainter *painter, const QRectF &area) const;
    void prepareText(const QSizeF &area);

    qint64 m_noteId;
    QString m_text;
    QString m_foldedText;
    QString m_colourKey;
    QColor m_fill;
    QStaticText m_staticText;  ///< laid out on first paint at readable zoom, then cached
    bool m_textPrepared = false;
    bool m_dimmed = false;
    bool m_highlighted = false;
};

} // namespace cabildo
