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

    /** The text a section shows: on the projector, times without the day (it shows one day). */
    QString sectionText(int logicalIndex) const;
    /** On the projector: a section's text as painted, and where (in the header's coordinates). */
    AgendaCellDelegate::PresentedText presentedSection(int logicalIndex) const;
    QRect sectionRect(int logicalIndex) const;

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    AgendaCellDelegate::PresentedText presented(const QRect &rect, int logicalIndex) const;

    bool m_presentation = false;
    qreal m_minimumPixels = 18;
};

} // namespace cabildo
