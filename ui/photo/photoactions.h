#pragma once

#include "openevent.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QThread;
class QWidget;

namespace cabildo {

class EventDocument;
class PhotoCheckDialog;
class TranscriptionDialog;
class TranscriptionWorker;

/**
 * The paper wall in the window (issue 15): File ▸ Import Photo of Notes (choose a photo,
 * check what was found, import in one step), Edit ▸ Transcribe Photo Notes (check the
 * proposed texts one by one, also offered right after an import) and Event ▸ Remove All
 * Note Pictures. It borrows the open event and runs the background reading of the
 * pictures (TranscriptionWorker) while it is open.
 */
class PhotoActions : public QObject, public EventBorrower
{
    Q_OBJECT

public:
    /** `window` parents the dialogs and holds the actions' shortcuts. */
    explicit PhotoActions(QWidget *window);
    ~PhotoActions() override;

    QAction *importAction() const { return m_import; }
    QAction *transcribeAction() const { return m_transcribe; }
    QAction *removeAllPicturesAction() const { return m_removeAll; }

    void setDocument(EventDocument *document) override;
    void retranslate();
    void updateEnabled();

    /** Asks for a photo (a window-modal file dialog named "photoFileDialog"), then importPhoto(). */
    void chooseFile();
    /** Finds the notes on the photo and opens the check dialog; Import there adds them. */
    void importPhoto(const QString &path);
    /** The unchecked notes one by one; says so when every note is checked. */
    void transcribe();
    /** After a confirmation saying it cannot be undone. */
    void removeAllPictures();
    TranscriptionWorker *worker() const { return m_worker.get(); }
    /** Whether the room sees this window now (the projector shows it): face-down notes are then not transcribed. */
    void setRoomSees(std::function<bool()> roomSees) { m_roomSees = std::move(roomSees); }
    /** The room began or stopped seeing this window, or notes' hiding changed: an open check follows. */
    void updateConcealment();

signals:
    /** Notes were added from a photo (one undo step). */
    void imported(const QList<qint64> &ids);
    /** A sentence for the status bar. */
    void message(const QString &text);

private:
    void importChecked(PhotoCheckDialog *dialog);
    void offerTranscription(int count);
    /** Reads the pictures of these notes in the background (starting the reader if needed). */
    void readInBackground(const QList<qint64> &ids);
    /** The worker made off the GUI thread is here: it reads what waited. */
    void workerMade();
    /** Stops making a worker, if one is being made, and forgets it. */
    void stopMakingWorker();
    void showInformation(const QString &title, const QString &text, const char *objectName);

    QWidget *m_window;
    QPointer<EventDocument> m_document;
    std::unique_ptr<TranscriptionWorker> m_worker;
    /** Makes the worker: Tesseract takes 1.5 s to load its four languages, which would freeze the window. */
    QThread *m_making = nullptr;
    std::shared_ptr<TranscriptionWorker *> m_made; ///< written by m_making, read once it finished
    QList<qint64> m_waiting;                       ///< notes to read once the worker is there
    QAction *m_import;
    QAction *m_transcribe;
    QAction *m_removeAll;
    std::function<bool()> m_roomSees;
    QPointer<PhotoCheckDialog> m_checking; ///< the check dialog, while open
};

} // namespace cabildo
