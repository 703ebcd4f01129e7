#include "boardview.h"

#include "boardscene.h"
#include "document/eventdocument.h"
#include "noteitem.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace cabildo {

BoardView::BoardView(BoardScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("boardView"));
    setAccessibleName(tr("Board"));
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    setRenderHint(QPainter::TextAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    // A board, not a document: pan by dragging, no scroll bars taking room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);  // pinch on touch screens needs touch events
    viewport()->grabGesture(Qt::PinchGesture);
}

BoardScene *BoardView::boardScene() const
{
    return static_cast<BoardScene *>(scene());
}

void BoardView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void BoardView::fitAllUntilUserMoves()
{
    m_keepFitting = true;
    fitAll();
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitting)
        fitAll();
}

void BoardView::zoomBy(qreal factor)
{
    m_keepFitting = false;
    setZoom(zoom() * factor);
}

void BoardView::fitAll()
{
    const QRectF area = boardScene()->notesBoundingRect();
    if (area.isEmpty()) {
        setZoom(1);
        centerOn(0, 0);
        return;
    }
    fitInView(area, Qt::KeepAspectRatio);
    // A handful of notes should not be blown up to poster size.
    setZoom(std::min(zoom(), 1.5));
    centerOn(area.center());
    emit zoomChanged(zoom());
}

bool BoardView::event(QEvent *event)
{
    // Trackpad pinch on macOS and Wayland arrives as a native gesture.
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value());
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool BoardView::viewportEvent(QEvent *event)
{
    // Touch screens pinch through QGestureEvent (grabbed on the viewport).
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor());
            gestures->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void BoardView::wheelEvent(QWheelEvent *event)
{
    // A touchpad's two-finger swipe (pixel deltas, no Ctrl) pans; a mouse wheel zooms.
    m_keepFitting = false;
    if (!event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y();
    if (steps != 0)
        zoomBy(std::pow(1.0015, steps));
    event->accept();
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (!boardScene()->isEditable()) {
        event->accept();  // the kiosk and read-only events: keys change nothing
        return;
    }
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 50 : 10;
    switch (event->key()) {
    case Qt::Key_Left:
        nudgeSelection({-step, 0});
        return;
    case Qt::Key_Right:
        nudgeSelection({step, 0});
        return;
    case Qt::Key_Up:
        nudgeSelection({0, -step});
        return;
    case Qt::Key_Down:
        nudgeSelection({0, step});
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editSelectedNote();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void BoardView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
    }
    QGraphicsView::keyReleaseEvent(event);
}

void BoardView::mousePressEvent(QMouseEvent *event)
{
    m_keepFitting = false;
    const bool panButton = event->button() == Qt::MiddleButton || event->button() == Qt::RightButton;
    const bool onEmptyBoard = !itemAt(event->position().toPoint());
    if (panButton || (event->button() == Qt::LeftButton && (m_spaceHeld || (onEmptyBoard && !boardScene()->isEditable())))) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_editor)
        finishEditing(true);
    QGraphicsView::mousePressEvent(event);
}

void BoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void BoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    commitDrag();
}

void BoardView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsItem *item = itemAt(event->position().toPoint());
    if (item && item->type() == NoteItem::Type && boardScene()->isEditable()) {
        startEditing(static_cast<NoteItem *>(item)->noteId());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void BoardView::commitDrag()
{
    // Qt moved the items while dragging; the document learns of it once, as one step.
    EventDocument *document = boardScene()->document();
    if (!document)
        return;
    QHash<qint64, QPointF> moved;
    for (qint64 id : boardScene()->selectedNoteIds()) {
        const NoteItem *item = boardScene()->itemForNote(id);
        const Note *note = document->note(id);
        if (item && note && item->pos() != note->pos)
            moved.insert(id, item->pos());
    }
    if (moved.isEmpty())
        return;
    if (!document->moveNotes(moved)) {
        // Refused (read-only, or the file failed): put the notes back where the document has them.
        for (auto it = moved.cbegin(); it != moved.cend(); ++it)
            boardScene()->itemForNote(it.key())->setPos(document->note(it.key())->pos);
    }
}

void BoardView::nudgeSelection(QPointF delta)
{
    EventDocument *document = boardScene()->document();
    if (!document)
        return;
    QHash<qint64, QPointF> moved;
    for (qint64 id : boardScene()->selectedNoteIds())
        moved.insert(id, document->note(id)->pos + delta);
    if (!moved.isEmpty())
        document->moveNotes(moved, true);
}

void BoardView::deleteSelection()
{
    EventDocument *document = boardScene()->document();
    if (document && boardScene()->isEditable())
        document->removeNotes(boardScene()->selectedNoteIds());
}

void BoardView::editSelectedNote()
{
    const QList<qint64> ids = boardScene()->selectedNoteIds();
    if (ids.size() == 1 && boardScene()->isEditable())
        startEditing(ids.constFirst());
}

void BoardView::startEditing(qint64 noteId)
{
    NoteItem *item = boardScene()->itemForNote(noteId);
    const Note *note = boardScene()->document() ? boardScene()->document()->note(noteId) : nullptr;
    if (!item || !note)
        return;
    if (m_editor)
        finishEditing(true);
    ensureVisible(item);
    m_editedNote = noteId;
    m_editedDocument = boardScene()->document();
    m_editor = new QPlainTextEdit(viewport());
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setPlainText(note->text);
    QFont font = m_editor->font();
    font.setPointSizeF(std::max(10.0, 15 * zoom()));
    m_editor->setFont(font);
    m_editor->setGeometry(mapFromScene(item->sceneBoundingRect()).boundingRect());
    m_editor->installEventFilter(this);
    m_editor->selectAll();
    m_editor->show();
    m_editor->setFocus();
}

void BoardView::finishEditing(bool commit)
{
    if (!m_editor)
        return;
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr;  // first: losing focus below calls back into this
    const QString text = editor->toPlainText();
    editor->removeEventFilter(this);
    editor->deleteLater();
    setFocus();
    if (commit && m_editedDocument && m_editedDocument == boardScene()->document())
        m_editedDocument->editNoteText(m_editedNote, text);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            // Enter saves, Shift+Enter starts a new line, Esc cancels.
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
                finishEditing(true);
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                finishEditing(false);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            finishEditing(true);
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

} // namespace cabildo
