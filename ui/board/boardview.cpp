#include "boardview.h"

#include "boardaccessible.h"
#include "boardscene.h"
#include "document/eventdocument.h"
#include "noteitem.h"
#include "photo/notepicturepanel.h"
#include "refusalmessage.h"
#include "themeitem.h"
#include "themelayer.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

#include <cmath>
#include <limits>
#include <utility>

namespace cabildo {

BoardView::BoardView(BoardScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_accessibleNotes(std::make_unique<NoteAccessibleRegistry>(this))
{
    installBoardAccessibility(); // before anything asks for this view's interface
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
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents); // pinch on touch screens needs touch events
    viewport()->grabGesture(Qt::PinchGesture);
    // Room around the viewport for the focus frame (painted in event(), outside the
    // viewport, so that scrolling never drags a copy of it along).
    setViewportMargins(focusFrameWidth, focusFrameWidth, focusFrameWidth, focusFrameWidth);
    connectScene();
}

BoardView::~BoardView()
{
    // First: the board's accessible interface outlives this destructor for a moment and
    // must find no notes (rather than a half-destroyed registry) meanwhile.
    m_accessibleNotes.reset();
}

void BoardView::connectScene()
{
    BoardScene *scene = boardScene();
    if (!scene)
        return;
    connect(scene, &BoardScene::noteItemsAdded, this, [this](const QList<qint64> &ids) {
        if (m_accessibleNotes)
            m_accessibleNotes->notesAdded(ids);
    });
    connect(scene, &BoardScene::noteItemsAboutToBeRemoved, this, [this](const QList<qint64> &ids) {
        if (m_accessibleNotes)
            m_accessibleNotes->notesAboutToBeRemoved(ids);
    });
    connect(scene, &BoardScene::noteItemsChanged, this, [this](const QList<qint64> &ids) {
        if (m_accessibleNotes)
            m_accessibleNotes->notesChanged(ids);
        // The room now sees this window (or the note went face down or hidden): an edit open
        // in place would show the text the card hides, so it is saved and closed.
        if (m_editor && ids.contains(m_editedNote)) {
            const NoteItem *item = boardScene()->itemForNote(m_editedNote);
            if (item && item->isConcealed())
                finishEditing(true);
        }
    });
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_accessibleNotes)
            m_accessibleNotes->selectionChanged();
    });
    connect(scene, &BoardScene::currentNoteChanged, this, [this] {
        if (m_accessibleNotes)
            m_accessibleNotes->currentNoteChanged();
    });
    // Unfocused, the frame takes the board's colour, which high contrast changes.
    connect(scene, &BoardScene::styleChanged, this, &BoardView::updateFocusIndication);
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
    // Before QGraphicsView, which would hand Tab to the scene's focus chain.
    if (event->type() == QEvent::KeyPress && handleTab(static_cast<QKeyEvent *>(event)))
        return true;
    if (event->type() == QEvent::Paint) {
        const bool result = QGraphicsView::event(event); // the frame around the margin
        paintFocusFrame();
        return result;
    }
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
        event->accept(); // the kiosk and read-only events: keys change nothing, select nothing
        return;
    }
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 50 : 10;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    case Qt::Key_Escape:
        if (boardScene()->selectedItems().isEmpty()) {
            QGraphicsView::keyPressEvent(event); // nothing to clear: Esc is someone else's
            return;
        }
        boardScene()->clearSelection();
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
        return;
    }
    // An arrow. With nothing selected it would move nothing: it picks a note to start from.
    if (boardScene()->selectedItems().isEmpty()) {
        selectNoteNearestCentre();
        return;
    }
    nudgeSelection(delta);
    NoteItem *current = boardScene()->itemForNote(boardScene()->currentNoteId());
    if (current && current->isSelected())
        ensureVisible(current, 24, 24);
}

bool BoardView::handleTab(QKeyEvent *event)
{
    const int key = event->key();
    if (key != Qt::Key_Tab && key != Qt::Key_Backtab)
        return false;
    if (event->modifiers() & (Qt::AltModifier | Qt::MetaModifier))
        return false;
    const bool forward = key == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
    if (event->modifiers() & Qt::ControlModifier) {
        // Qt's convention for widgets that keep Tab for themselves, as text editors do.
        focusNextPrevChild(forward);
        return true;
    }
    // Read-only boards (the kiosk) and empty ones: Tab moves on, as everywhere else.
    return boardScene() && selectNextNote(forward);
}

namespace {
/** While a search has matches, the keyboard goes through them only. */
bool isKeyboardTarget(const BoardScene *scene, const NoteItem *item)
{
    return item && item->isVisible() && !(item->isDimmed() && scene->matchCount() > 0);
}
} // namespace

bool BoardView::selectNextNote(bool forward)
{
    BoardScene *scene = boardScene();
    if (!scene->isEditable())
        return false;
    const QList<qint64> order = scene->notesInReadingOrder();
    const int count = int(order.size());
    int from = scene->readingIndexOf(scene->currentNoteId());
    if (from < 0) {
        // No current note yet: go on from the selection, or start at an end of the board.
        for (qint64 id : scene->selectedNoteIds()) {
            const int index = scene->readingIndexOf(id);
            if (index >= 0 && (from < 0 || (forward ? index > from : index < from)))
                from = index;
        }
    }
    if (from < 0)
        from = forward ? count - 1 : 0; // so that the first step lands on the first (or last) note
    for (int step = 1; step <= count; ++step) {
        const qint64 id = order.at(((from + (forward ? step : -step)) % count + count) % count);
        if (isKeyboardTarget(scene, scene->itemForNote(id))) {
            selectNote(id);
            return true;
        }
    }
    return false;
}

bool BoardView::selectNoteNearestCentre()
{
    BoardScene *scene = boardScene();
    if (!scene->isEditable())
        return false;
    const QPointF centre = mapToScene(viewport()->rect().center());
    qint64 nearest = 0;
    qreal nearestDistance = std::numeric_limits<qreal>::max();
    for (qint64 id : scene->notesInReadingOrder()) { // reading order breaks ties
        const NoteItem *item = scene->itemForNote(id);
        if (!isKeyboardTarget(scene, item))
            continue;
        const QPointF offset = item->mapToScene(NoteItem::cardRect().center()) - centre;
        const qreal distance = QPointF::dotProduct(offset, offset);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = id;
        }
    }
    if (!nearest)
        return false;
    selectNote(nearest);
    return true;
}

void BoardView::selectNote(qint64 noteId)
{
    BoardScene *scene = boardScene();
    NoteItem *item = scene->itemForNote(noteId);
    if (!item || !scene->isEditable())
        return;
    scene->selectNotes({noteId});
    scene->setCurrentNote(noteId);
    ensureVisible(item, 24, 24);
}

void BoardView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    updateFocusIndication();
    // After Qt has announced the board itself (it does so once this handler returns),
    // announce the note the keyboard is on, as item views do with their current item.
    QTimer::singleShot(0, this, [this] {
        if (m_accessibleNotes && hasFocus())
            m_accessibleNotes->focusIn();
    });
}

void BoardView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    updateFocusIndication();
}

void BoardView::updateFocusIndication()
{
    const QRect inner = viewport()->geometry();
    const int w = focusFrameWidth;
    update(QRegion(inner.adjusted(-w, -w, w, w)).subtracted(inner));
    if (BoardScene *scene = boardScene())
        if (NoteItem *current = scene->itemForNote(scene->currentNoteId()))
            current->update(); // its focus ring comes and goes with the board's focus
}

void BoardView::paintFocusFrame()
{
    // The highlight colour while the board has the keyboard; the board's own colour
    // otherwise, so that the margin does not show.
    const QRect inner = viewport()->geometry();
    const int w = focusFrameWidth;
    QColor colour = palette().color(QPalette::Highlight);
    if (!hasFocus())
        colour = boardScene() ? boardScene()->backgroundBrush().color() : palette().color(QPalette::Base);
    QPainter painter(this);
    for (const QRect &band : QRegion(inner.adjusted(-w, -w, w, w)).subtracted(inner))
        painter.fillRect(band, colour);
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
    // A board nobody edits here (the kiosk, a read-only event) pans from anywhere, and a
    // tap that does not move shows the note under it (noteTapped).
    const bool readOnlyBoard = !boardScene()->isEditable();
    if (panButton || (event->button() == Qt::LeftButton && (m_spaceHeld || readOnlyBoard))) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        m_tapStart = event->button() == Qt::LeftButton && readOnlyBoard && !onEmptyBoard ? m_panLast : QPoint(-1, -1);
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_editor)
        finishEditing(true);
    QGraphicsView::mousePressEvent(event);
    // A clicked note is where Tab goes on from.
    QGraphicsItem *item = itemAt(event->position().toPoint());
    const bool onNote = item && item->type() == NoteItem::Type;
    if (event->button() == Qt::LeftButton && onNote && boardScene()->isEditable())
        boardScene()->setCurrentNote(static_cast<NoteItem *>(item)->noteId());
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
        const QPoint at = event->position().toPoint();
        if (m_tapStart.x() >= 0 && (at - m_tapStart).manhattanLength() < QApplication::startDragDistance()) {
            for (QGraphicsItem *item : items(at))
                if (item->type() == NoteItem::Type && item->isVisible()) {
                    emit noteTapped(static_cast<NoteItem *>(item)->noteId());
                    break;
                }
        }
        m_tapStart = QPoint(-1, -1);
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    m_releaseScenePos = mapToScene(event->position().toPoint());
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
    // Where the pointer let go decides the theme: into a frame joins it, out of all leaves.
    const qint64 theme = boardScene()->themes()->themeAt(m_releaseScenePos);
    if (!document->moveNotesIntoTheme(moved, theme)) {
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
    if (!item || !note || item->isConcealed()) // the room would read it in the editor
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
    // The note's own text size at this zoom, never smaller than the interface's.
    QFont font = boardScene()->noteStyle().font;
    font.setPointSizeF(std::max(m_editor->font().pointSizeF(), font.pointSizeF() * zoom()));
    m_editor->setFont(font);
    m_editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The editor grows with the text, so the whole note shows while it is edited.
    connect(m_editor, &QPlainTextEdit::textChanged, this, &BoardView::fitEditorToText);
    fitEditorToText();
    // A photo note (issue 15): its picture beside the editor, large, to check the text against.
    if (m_editedDocument->hasNoteImage(noteId)) {
        m_picturePanel = new NotePicturePanel(m_editedDocument->noteImage(noteId), note->textChecked, viewport());
        connect(m_picturePanel, &NotePicturePanel::removeRequested, this, &BoardView::removeEditedPicture);
        m_picturePanel->show();
    }
    fitEditorToText();
    m_editor->installEventFilter(this);
    m_editor->selectAll();
    m_editor->show();
    m_editor->setFocus();
}

void BoardView::fitEditorToText()
{
    NoteItem *item = boardScene()->itemForNote(m_editedNote);
    if (!m_editor || !item)
        return;
    // From the note's corner: at least the note, some 28 characters wide, as tall as the
    // whole text (and a line for the next one), within the view.
    const QRect note = mapFromScene(item->sceneBoundingRect()).boundingRect();
    const QRect room = viewport()->rect().adjusted(4, 4, -4, -4);
    const QFontMetrics metrics(m_editor->font());
    const int frame = 2 * m_editor->frameWidth() + 2 * int(std::ceil(m_editor->document()->documentMargin()));
    const int width = std::min(std::max(note.width(), metrics.averageCharWidth() * 28 + frame), room.width());
    const int textWidth = width - frame - metrics.averageCharWidth(); // room for the cursor
    const QRect text = metrics.boundingRect(QRect(0, 0, std::max(1, textWidth), 1 << 20), Qt::TextWordWrap,
                                            m_editor->toPlainText() + QLatin1Char('\n'));
    const int height = std::min(std::max(note.height(), text.height() + metrics.lineSpacing() + frame), room.height());
    QRect geometry(note.topLeft(), QSize(width, height));
    // Kept inside the view: a note near the right or bottom edge opens its editor leftwards or upwards.
    geometry.moveRight(std::min(geometry.right(), room.right()));
    geometry.moveBottom(std::min(geometry.bottom(), room.bottom()));
    geometry.moveLeft(std::max(geometry.left(), room.left()));
    geometry.moveTop(std::max(geometry.top(), room.top()));
    m_editor->setGeometry(geometry);
    if (m_picturePanel)
        m_picturePanel->placeBeside(geometry, room);
}

void BoardView::finishEditing(bool commit)
{
    if (!m_editor)
        return;
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr; // first: losing focus below calls back into this
    const QString text = editor->toPlainText();
    editor->removeEventFilter(this);
    editor->deleteLater();
    if (m_picturePanel)
        m_picturePanel->deleteLater();
    const bool check = std::exchange(m_checkOnFinish, false);
    setFocus();
    if (commit && m_editedDocument && m_editedDocument == boardScene()->document()) {
        const Note *note = m_editedDocument->note(m_editedNote);
        // Enter on a photo note whose text is OCR's proposal: the facilitator read it against
        // the picture, so it is checked. Leaving the editor otherwise only saves the text.
        if (check && note && !note->textChecked && !text.trimmed().isEmpty())
            runShowingRefusal(m_editedDocument, this, tr("Note not changed"),
                              [&] { return m_editedDocument->acceptTranscription(m_editedNote, text); });
        else
            runShowingRefusal(m_editedDocument, this, tr("Note not changed"),
                              [&] { return m_editedDocument->editNoteText(m_editedNote, text); });
    }
}

NotePicturePanel *BoardView::picturePanel() const
{
    return m_picturePanel;
}

void BoardView::removeEditedPicture()
{
    const qint64 noteId = m_editedNote;
    QPointer<EventDocument> document = m_editedDocument;
    finishEditing(true);
    if (!document)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Picture"),
                                tr("Remove this note's picture? Its text stays.\n\nThis cannot be undone: the "
                                   "picture is erased from the event file, and Undo does not bring it back."),
                                QMessageBox::Cancel, window());
    box->setObjectName(QStringLiteral("confirmRemovePicture"));
    QPushButton *remove = box->addButton(tr("Remove Picture"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemovePictureButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, document, noteId](QAbstractButton *clicked) {
        if (clicked == remove && document)
            runShowingRefusal(document, this, tr("Picture not removed"),
                              [&] { return document->removeNoteImages({noteId}); });
    });
    box->open();
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            // Enter saves, Shift+Enter starts a new line, Esc cancels.
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && !(key->modifiers() & Qt::ShiftModifier)) {
                m_checkOnFinish = true;
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

void BoardView::drawForeground(QPainter *painter, const QRectF &)
{
    // Zoomed out over hundreds of notes, a frame's header is a few pixels high: the
    // themes' titles are then drawn over their frames at a size people can read (the
    // painter keeps the scene's transform; ThemeItem::titleLayout sizes them for it).
    const EventDocument *document = boardScene()->document();
    const qreal scale = zoom();
    if (!document || scale >= ThemeItem::overlayBelowZoom || scale <= 0)
        return;
    painter->save();
    const qreal margin = 4 / scale;
    for (qint64 id : document->themeIds()) {
        const ThemeItem *item = boardScene()->themes()->itemForTheme(id);
        if (!item || !item->isVisible() || item->noteCount() == 0)
            continue;
        const ThemeItem::TitleLayout title = item->titleLayout(scale, font());
        painter->setPen(QPen(item->headerColour().darker(150), 0));
        painter->setBrush(item->headerColour());
        painter->drawRect(title.rect.adjusted(-margin, -margin / 2, margin, margin / 2).intersected(item->frameRect()));
        painter->setFont(title.font);
        painter->setPen(Qt::black);
        for (int i = 0; i < title.lines.size(); ++i)
            painter->drawText(QRectF(title.rect.left(), title.rect.top() + i * title.lineHeight, title.rect.width(),
                                     title.lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title.lines.at(i));
    }
    painter->restore();
}

} // namespace cabildo
