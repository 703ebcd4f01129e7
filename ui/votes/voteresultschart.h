#pragma once

#include "fittedtext.h"
#include "voteranking.h"

#include <QPointer>
#include <QWidget>

namespace cabildo {

class EventDocument;
class WholeTextOverlay;

/**
 * A round's results as a horizontal bar chart for the projector: themes ranked by votes
 * (ballots plus paper tallies), each bar in its theme's colour with the number at its
 * end, in type big enough for the back of the room. While the round's totals are hidden
 * it says so and shows neither numbers nor order (the order alone would give them away).
 *
 * A theme's title shrinks to fit its row (never under the projector's smallest type, see
 * projectorMinimumPixels), then is cut; a click on its row shows it whole.
 *
 * render() paints into any painter, so the same chart goes into an image or an SVG.
 */
class VoteResultsChart : public QWidget
{
    Q_OBJECT

public:
    explicit VoteResultsChart(QWidget *parent = nullptr);

    void setDocument(EventDocument *document);
    void setRound(qint64 roundId);
    qint64 roundId() const { return m_roundId; }

    /** False while the round keeps its totals hidden (or there is no round). */
    bool showsTotals() const;
    /** The ranking as drawn, most votes first (empty while totals are hidden). */
    QList<RankedTheme> rows() const { return showsTotals() ? m_rows : QList<RankedTheme>(); }

    /** Paints the chart into `target` of `painter`: the widget, an image or an SVG. */
    void render(QPainter *painter, const QRect &target) const;

    /** A theme's title as render() draws it: its row, the box of the title and its lines. */
    struct Label
    {
        qint64 themeId = 0;
        QString title;
        QRectF row;
        QRect box;
        FittedText text;
    };
    /** The titles as drawn into `target` (empty while the totals are hidden). */
    QList<Label> labels(const QRect &target) const;
    WholeTextOverlay *overlay() const { return m_overlay; }

    QSize sizeHint() const override { return {900, 560}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void resync();
    void paintMessage(QPainter *painter, const QRect &area, const QString &text) const;
    QString title() const;
    QString subtitle() const;
    QString summary() const;
    /** Where everything goes in `target`: the heading, then a row per theme shown. */
    struct Layout
    {
        int margin = 0;
        QFont headingFont, subtitleFont, rowFont, numberFont;
        QRect heading, subtitle, area; ///< area: under the heading, for the rows or a message
        qreal rowHeight = 0;
        int shown = 0;
        int barLeft = 0, barSpace = 0, numberRoom = 0;
        QList<Label> labels;
    };
    Layout layout(const QRect &target) const;
    void layOutLabels(Layout &layout, const QRect &target) const;

    QPointer<EventDocument> m_document;
    qint64 m_roundId = 0;
    QList<RankedTheme> m_rows;
    WholeTextOverlay *m_overlay;
};

} // namespace cabildo
