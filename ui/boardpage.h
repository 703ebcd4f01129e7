#pragma once

#include "model/note.h"
#include "openevent.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace cabildo {

class BoardScene;
class BoardView;
class CaptureBar;

/**
 * The Board page of the main window: the read-only banner, the capture bar and the board
 * under it. It borrows the open event: typed and pasted notes go into it, the board shows
 * it, and the page follows whether it can be changed (Save As from a read-only event gives
 * a writable copy). The window's menus act on view() and scene().
 */
class BoardPage : public QWidget, public EventBorrower
{
    Q_OBJECT

public:
    explicit BoardPage(QWidget *parent = nullptr);

    BoardScene *scene() const { return m_scene; }
    BoardView *view() const { return m_view; }
    CaptureBar *captureBar() const { return m_capture; }

    void setDocument(EventDocument *document) override;
    /** Why the open event is read-only, for the banner (empty: the usual sentence). */
    void setReadOnlyReason(const QString &reason);
    /** Puts the keyboard in the capture bar, ready for the next note (unless the event is read-only). */
    void focusCapture();
    /** Adds one note per non-empty line, after a confirmation that says how many. */
    void pasteLines(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addTypedNote(const QString &text, const QString &colourKey);
    /** Adds the notes; a refusal that no other message reports (a note too long) is shown. */
    bool addNotes(const QList<Note> &notes);
    /** The board, the capture bar and the banner follow whether the event can be changed. */
    void updateEditable();

    QPointer<EventDocument> m_document;
    BoardScene *m_scene;
    BoardView *m_view;
    CaptureBar *m_capture;
    QLabel *m_readOnlyBanner;
    QString m_readOnlyReason;
};

} // namespace cabildo
