#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPolygonF>
#include <QWidget>

namespace cabildo {

/**
 * The photo of a wall scaled to the widget, with the outline of every note found drawn
 * over it, for checking before anything is added. A click on a note drops it or brings
 * it back; a rectangle dragged on free photo marks a note the detector missed
 * (outlineDrawn). From the keyboard: the arrows go from note to note, Space drops or
 * brings back. Small notes on a wide wall are checked closer up: Ctrl+wheel, + and -
 * zoom (0 fits the photo again); the wheel, or a drag with the right or middle button,
 * moves a zoomed photo; the keyboard's note stays in view. Outlines are in the photo's
 * own pixels.
 */
class PhotoCanvas : public QWidget
{
    Q_OBJECT

public:
    struct Outline
    {
        QPolygonF corners;      ///< in the full photo's pixels
        bool kept = true;       ///< will be imported
        bool duplicate = false; ///< likely a note already on the board (shown unticked)
    };

    explicit PhotoCanvas(QWidget *parent = nullptr);

    /** `picture` may be a smaller copy of the photo, whose full size is `photoSize`. */
    void setPhoto(const QImage &picture, QSize photoSize);
    void setOutlines(const QList<Outline> &outlines);
    void addOutline(const Outline &outline);
    const QList<Outline> &outlines() const { return m_outlines; }
    int keptCount() const;
    void setKept(int index, bool kept);

    /** Where the photo is drawn, and the mapping from the photo's pixels to the widget's. */
    QRectF photoRect() const;
    QPointF toWidget(QPointF photoPoint) const;
    QPointF toPhoto(QPointF widgetPoint) const;
    /** The outline under a point of the widget (the smallest, where they overlap), or -1. */
    int outlineAt(QPointF widgetPoint) const;

    QSize sizeHint() const override { return {900, 600}; }

    /**
     * Drawn blurred past reading, outlines as usual: the room sees this screen while its
     * notes are hidden until revealed, and the photo would show what they say.
     */
    void setConcealed(bool concealed);
    bool isConcealed() const { return m_concealed; }

    /** 1 shows the whole photo; up to maximumZoom() times closer. */
    qreal zoom() const { return m_zoom; }
    static constexpr qreal maximumZoom() { return 8; }
    /** Zooms keeping the photo's point under `widgetAnchor` where it is (the middle if null). */
    void setZoom(qreal zoom, QPointF widgetAnchor = {});
    /** Moves a zoomed photo so that this point of it (its own pixels) is in the middle, where it can be. */
    void centreOn(QPointF photoPoint);

signals:
    /** A note was dropped or brought back. */
    void keptChanged();
    /** A rectangle dragged on free photo, in the photo's pixels: a note the detector missed. */
    void outlineDrawn(const QPolygonF &corners);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void paintOutline(QPainter &painter, const Outline &outline, bool current) const;
    QPolygonF widgetPolygon(const QPolygonF &corners) const;
    QSizeF fittedSize() const;
    /** Keeps a zoomed photo covering the widget: no moving it out of sight. */
    void clampFocus();
    void moveBy(QPointF widgetDelta);
    void bringIntoView(int index);

    QImage m_picture;
    QImage m_blurred; ///< m_picture, made unreadable, while concealed
    bool m_concealed = false;
    QSize m_photoSize;
    QPixmap m_scaled;
    QList<Outline> m_outlines;
    int m_current = -1; ///< the note the keyboard is on
    QPoint m_pressPos;
    int m_pressedOutline = -1;
    bool m_dragging = false;
    QRect m_band; ///< the rectangle being dragged, in widget pixels
    qreal m_zoom = 1;
    QPointF m_focus;  ///< the photo's point (its own pixels) in the middle of a zoomed view
    QPoint m_panFrom; ///< where a right- or middle-button drag was last seen
    bool m_panning = false;
};

} // namespace cabildo
