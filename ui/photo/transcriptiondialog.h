#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace cabildo {

class EventDocument;
class PictureView;

/**
 * Transcription: the notes whose proposed text nobody has checked, one by one, keyboard
 * only. The note's picture fills most of the dialog (it is what makes a handwritten note
 * quick to read), the proposed text is below it, selected, ready to be typed over. Enter
 * accepts it (EventDocument::acceptTranscription, one undo step) and shows the next note;
 * Shift+Enter starts a new line; Skip leaves the note unchecked; Ctrl+Z undoes the last
 * acceptance and goes back to that note. "12 of 100" says where the facilitator is.
 */
class TranscriptionDialog : public QDialog
{
    Q_OBJECT

public:
    /** Goes through `noteIds` (unchecked notes, in board order). */
    TranscriptionDialog(EventDocument *document, const QList<qint64> &noteIds, QWidget *parent = nullptr);

    qint64 currentNoteId() const;
    int currentIndex() const { return m_index; }
    int acceptedCount() const { return int(m_accepted.size()); }
    /** Enter: the text box's text is the note's; the next note shows. */
    bool acceptCurrent();
    /** Skip: the next note, this one stays unchecked. */
    void skip();
    /** Ctrl+Z: undoes the last acceptance and shows that note again; false when there is none to undo. */
    bool undoLastAcceptance();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Acceptance
    {
        int index;     ///< where in m_noteIds
        int undoIndex; ///< the undo stack's index just after it: undo only while nothing came after
    };

    void retranslate();
    /** Shows note m_index, or the end when past the last one. */
    void showCurrent();
    /** The first note from `index` on that still waits (skipping any deleted meanwhile). */
    int nextWaiting(int index) const;
    void notesChanged(const QList<qint64> &ids);
    void setText(const QString &text);

    QPointer<EventDocument> m_document;
    QList<qint64> m_noteIds;
    int m_index = 0;
    QList<Acceptance> m_accepted;
    bool m_typed = false;   ///< the facilitator changed the text box since the note showed
    bool m_filling = false; ///< the text box is being filled, not typed in

    QStackedWidget *m_pages;
    PictureView *m_picture;
    QPlainTextEdit *m_text;
    QLabel *m_position;
    QLabel *m_hint;
    QLabel *m_status; ///< why Enter did not accept (no text yet, a refusal), in the dialog: no box to dismiss
    QLabel *m_done;
    QPushButton *m_accept;
    QPushButton *m_skip;
    QPushButton *m_close;
};

} // namespace cabildo
