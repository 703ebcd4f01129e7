#pragma once

#include "voteranking.h"

#include <QPointer>
#include <QWidget>

namespace cabildo {

class EventDocument;

/**
 * A round's results as a horizontal bar chart for the projector: themes ranked by votes
 * (ballots plus paper tallies), each bar in its theme's colour with the number at its
 * end, in type big enough for the back of the room. While the round's totals are hidden
 * it says so and shows neither numbers nor order (the order alone would give them away).
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

    QSize sizeHint() const override { return {900, 560}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void resync();
    void paintMessage(QPainter *painter, const QRect &area, const QString &text) const;
    QString title() const;
    QString subtitle() const;
    QString summary() const;
    QFont labelFont(QFont font, const QSizeF &box, int shown) const;
    void paintLabel(QPainter *painter, const QRectF &box, const QString &title) const;

    QPointer<EventDocument> m_document;
    qint64 m_roundId = 0;
    QList<RankedTheme> m_rows;
};

} // namespace cabildo
