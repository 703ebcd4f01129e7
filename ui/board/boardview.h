#pragma once

#include <QGraphicsView>
#include <QPointer>

#include <QPlainTextEdit>

#include <memory>

namespace cabildo {

class BoardScene;
class EventDocument;
class NoteAccessibleRegistry;
class NotePicturePanel;

/**
 * Looks at the board and turns gestures into document commands: drag (one undo step on
 * release), arrow-key nudges, Delete, edit in place (double-click / F2). Zoom with the
 * wheel, a pinch or Ctrl +/−; pan with space+drag, the middle or right button, or a
 * two-finger swipe. A left drag on empty board draws a selection rectangle.
 *
 * From the keyboard alone: Tab and Shift+Tab select the next and previous note in
 * reading order, the first arrow press with nothing selected selects the note nearest
 * the middle, the arrows then move the selection, Esc clears it, and Ctrl+Tab or
 * Ctrl+Shift+Tab leave the board. A frame in the highlight colour shows that the board
 * has the keyboard, and a dashed ring which note it is on. Assistive technology sees the
 * notes through BoardAccessible.
 */
class BoardView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit BoardView(BoardScene *scene, QWidget *parent = nullptr);
    ~BoardView() override;

    BoardScene *boardScene() const;

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);
    void zoomBy(qreal factor);
    void fitAll();
    /** Fits all notes now and again whenever the view is resized, until the user zooms or pans. */
    void fitAllUntilUserMoves();

    void deleteSelection();
    void editSelectedNote();
    void nudgeSelection(QPointF delta);
    bool isEditingNote() const { return m_editor != nullptr; }
    /** A photo note's picture beside its editor, while one is edited (issue 15); null otherwise. */
    NotePicturePanel *picturePanel() const;
    /** Ends an edit in place: saves the text (commit) or drops it. Nothing when not editing. */
    void finishEditing(bool commit);

    /** Selects this note alone, makes it the current note and scrolls it into view. */
    void selectNote(qint64 noteId);
    /** Tab: the next (or previous) note in reading order after the current one, round the board. */
    bool selectNextNote(bool forward);
    /** The note whose centre is nearest the middle of the view; false on an empty board. */
    bool selectNoteNearestCentre();
    /** The notes' accessible interfaces; null only while the view is being destroyed. */
    NoteAccessibleRegistry *accessibleNotes() const { return m_accessibleNotes.get(); }
    /** Width of the focus frame drawn around the board while it has the keyboard. */
    static constexpr int focusFrameWidth = 3;

    static constexpr qreal minZoom = 0.05;
    static constexpr qreal maxZoom = 4.0;

signals:
    void zoomChanged(qreal zoom);
    /** On a board nobody edits here (the kiosk): a tap or click on a note that did not pan. */
    void noteTapped(qint64 noteId);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void commitDrag();
    void startEditing(qint64 noteId);
    void fitEditorToText();
    /** Remove Picture beside the editor: saves the edit, then erases the picture after a confirmation. */
    void removeEditedPicture();
    bool handleTab(QKeyEvent *event);
    void paintFocusFrame();
    void updateFocusIndication();
    void connectScene();

    std::unique_ptr<NoteAccessibleRegistry> m_accessibleNotes;
    bool m_keepFitting = false;
    QPointF m_releaseScenePos; ///< where the last drag ended: the theme it dropped into
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QPoint m_tapStart{-1, -1}; ///< where a possible tap on a note began (read-only boards)
    qint64 m_editedNote = 0;
    QPointer<EventDocument> m_editedDocument; ///< the edit belongs to this event, whatever is shown later
    QPointer<QPlainTextEdit> m_editor;
    QPointer<NotePicturePanel> m_picturePanel;
    bool m_checkOnFinish = false; ///< Enter on an unchecked photo note: its text is now checked
};

} // namespace cabildo
