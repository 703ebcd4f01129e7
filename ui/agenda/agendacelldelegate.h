#pragma once

#include "fittedtext.h"

#include <QStyledItemDelegate>

namespace cabildo {

/**
 * Paints one cell of the agenda grid: the session's title, its votes and demand against
 * the room's capacity, a pin when pinned, and each warning as a marker plus words (never
 * colour alone). In presentation mode (the projector) only titles, big and high contrast.
 */
class AgendaCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AgendaCellDelegate(QObject *parent = nullptr);

    void setPresentation(bool on) { m_presentation = on; }
    bool presentation() const { return m_presentation; }
    /** On the projector, the smallest type before a title is elided (see projectorMinimumPixels). */
    void setMinimumPixels(qreal pixels) { m_minimumPixels = pixels; }
    qreal minimumPixels() const { return m_minimumPixels; }
    /** On the projector, the size every title starts from (one size for the screen); 0: the font's. */
    void setTitlePixels(int pixels) { m_titlePixels = pixels; }

    /** On the projector: a cell's text (a session's title, a break's label) as painted, and where. */
    struct PresentedText
    {
        FittedText text;
        QRect box;
        Qt::Alignment alignment;
    };
    PresentedText presentedText(const QRect &cell, const QFont &font, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The height of a session row for `font`: title (two lines), votes, one warning. */
    static int sessionRowHeight(const QFont &font, bool presentation);

    /** `text` word-wrapped on at most `maxLines` lines of `width`, the last elided. */
    static QStringList wrapLines(const QFont &font, int width, const QString &text, int maxLines);
    /** Draws wrapLines() from the top of `rect`; returns the height used. */
    static int drawWrapped(QPainter *painter, const QFont &font, const QRect &rect, const QString &text, int maxLines);
    /** The lines of a session's title in a cell on the laptop, as painted (tests measure them). */
    QStringList titleLines(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static void paintPin(QPainter *painter, const QRectF &box, const QColor &colour);
    static void paintWarningMarker(QPainter *painter, const QRectF &box);

private:
    QRect titleArea(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBreak(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_presentation = false;
    qreal m_minimumPixels = 18;
    int m_titlePixels = 0;
};

} // namespace cabildo
