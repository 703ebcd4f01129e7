#pragma once

#include "agendacelldelegate.h"

#include <QHeaderView>

namespace cabildo {

/**
 * The agenda's room and time headers. On the laptop, Qt's own; on the projector, white
 * on black and fitted like the cells: the type shrinks to fit the section down to the
 * floor, then the end is cut (a tap shows it whole).
 */
class AgendaHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit AgendaHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

    void setPresentation(bool on);
    bool presentation() const { return m_presentation; }
    void setMinimumPixels(qreal pixels) { m_minimumPixels = pixels; }
    /** On the projector, each time on two lines, broken after the dash: narrow rooms need the width. */
    void setTimesOnTwoLines(bool on) { m_twoLines = on; }
    bool timesOnTwoLines() const { return m_twoLines; }

    /** The text a section shows: on the projector, times without the day (it shows one day). */
    QString sectionText(int logicalIndex) const;
    /** On the projector: a section's text as painted, and where (in the header's coordinates). */
    AgendaCellDelegate::PresentedText presentedSection(int logicalIndex) const;
    QRect sectionRect(int logicalIndex) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    AgendaCellDelegate::PresentedText presented(const QRect &rect, int logicalIndex) const;

    bool m_presentation = false;
    qreal m_minimumPixels = 18;
    bool m_twoLines = false;
    int m_pixels = 0; ///< on the projector, one size for every section: see paintEvent
};

} // namespace cabildo
