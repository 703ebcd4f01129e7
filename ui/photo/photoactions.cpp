#include "photoactions.h"

#include "document/eventdocument.h"
#include "document/photoimport.h"
#include "document/transcriptionworker.h"
#include "photocheckdialog.h"
#include "refusalmessage.h"
#include "transcriptiondialog.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

namespace cabildo {

PhotoActions::PhotoActions(QWidget *window)
    : QObject(window), m_window(window), m_import(new QAction(window)), m_transcribe(new QAction(window)),
      m_removeAll(new QAction(window))
{
    m_import->setObjectName(QStringLiteral("actionImportPhoto"));
    m_transcribe->setObjectName(QStringLiteral("actionTranscribe"));
    m_removeAll->setObjectName(QStringLiteral("actionRemoveAllPictures"));
    m_transcribe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    window->addAction(m_transcribe);
    connect(m_import, &QAction::triggered, this, &PhotoActions::chooseFile);
    connect(m_transcribe, &QAction::triggered, this, &PhotoActions::transcribe);
    connect(m_removeAll, &QAction::triggered, this, &PhotoActions::removeAllPictures);
    retranslate();
    updateEnabled();
}

PhotoActions::~PhotoActions()
{
    stopMakingWorker();
}

void PhotoActions::retranslate()
{
    m_import->setText(tr("Import P&hoto of Notes…"));
    m_import->setStatusTip(tr("Find the sticky notes on a photo of a paper wall and add them, after a check"));
    m_transcribe->setText(tr("&Transcribe Photo Notes…"));
    m_transcribe->setStatusTip(tr("Check the proposed text of each note from a photo, one by one, with its picture"));
    m_removeAll->setText(tr("&Remove All Note Pictures…"));
    m_removeAll->setStatusTip(tr("Erase every note's picture from the event file; the texts stay"));
    for (QAction *action : {m_import, m_transcribe, m_removeAll})
        action->setToolTip(action->statusTip());
}

void PhotoActions::setDocument(EventDocument *document)
{
    stopMakingWorker();
    m_worker.reset(); // cancels the reading and waits for the note being read, before the event goes
    if (m_document)
        disconnect(m_document, &EventDocument::roomStateChanged, this, &PhotoActions::updateConcealment);
    m_document = document;
    if (m_document) {
        connect(m_document, &EventDocument::roomStateChanged, this, &PhotoActions::updateConcealment);
        // Pictures left unread when the event was last closed are read now.
        QList<qint64> unread;
        for (qint64 id : m_document->uncheckedNoteIds())
            if (m_document->note(id)->text.isEmpty() && m_document->hasNoteImage(id))
                unread.append(id);
        if (!unread.isEmpty())
            readInBackground(unread);
    }
    updateEnabled();
}

void PhotoActions::updateEnabled()
{
    const bool editable = m_document && !m_document->isReadOnly();
    for (QAction *action : {m_import, m_transcribe, m_removeAll})
        action->setEnabled(editable);
}

void PhotoActions::readInBackground(const QList<qint64> &ids)
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_worker) {
        if (m_worker->isAvailable())
            m_worker->transcribe(ids);
        return;
    }
    m_waiting += ids;
    if (m_making)
        return;
    // Made on a thread of its own, then handed to this one (where it gets the document's
    // signals); the languages are read here, the only thread that may read the document.
    const QStringList languages = TranscriptionWorker::languagesFor(*m_document);
    EventDocument *document = m_document;
    QThread *home = thread();
    m_made = std::make_shared<TranscriptionWorker *>(nullptr);
    m_making = QThread::create([document, languages, home, made = m_made] {
        auto *worker = new TranscriptionWorker(document, languages);
        worker->moveToThread(home);
        *made = worker;
    });
    connect(m_making, &QThread::finished, this, &PhotoActions::workerMade);
    m_making->start(QThread::LowPriority);
}

void PhotoActions::workerMade()
{
    m_making->wait();
    m_making->deleteLater();
    m_making = nullptr;
    m_worker.reset(*m_made);
    m_made.reset();
    if (m_worker->isAvailable() && !m_waiting.isEmpty())
        m_worker->transcribe(m_waiting);
    m_waiting.clear();
}

void PhotoActions::stopMakingWorker()
{
    m_waiting.clear();
    if (!m_making)
        return;
    m_making->disconnect(this);
    m_making->wait(); // the worker is made, whatever happens: then deleted with the event it reads
    delete m_making;
    m_making = nullptr;
    delete *m_made;
    m_made.reset();
}

void PhotoActions::chooseFile()
{
    if (!m_document || m_document->isReadOnly())
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import Photo of Notes"), QString(),
                                   tr("Photos (*.jpg *.jpeg *.png);;All files (*)"));
    dialog->setObjectName(QStringLiteral("photoFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &PhotoActions::importPhoto);
    dialog->open();
}

void PhotoActions::importPhoto(const QString &path)
{
    if (!m_document || m_document->isReadOnly() || path.isEmpty())
        return;
    // The earlier notes' looks are read here, from the file; the comparison runs on the detection thread.
    auto *dialog = new PhotoCheckDialog(
        path,
        [earlier = earlierLooks(*m_document)](const std::vector<photo::FoundNote> &found,
                                              const std::atomic<bool> *cancel) {
            return likelyDuplicates(found, earlier, cancel);
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_checking = dialog;
    updateConcealment();
    connect(dialog, &QDialog::accepted, this, [this, dialog] { importChecked(dialog); });
    dialog->open();
}

void PhotoActions::updateConcealment()
{
    // The photo shows what its notes say: while the room's notes are hidden, so is the photo.
    if (m_checking)
        m_checking->setSeenByRoom(m_document && m_document->roomState().hideNotesUntilRevealed && m_roomSees
                                  && m_roomSees());
}

void PhotoActions::importChecked(PhotoCheckDialog *dialog)
{
    if (!m_document)
        return;
    const QList<PhotoNote> notes = photoNotesFrom(dialog->notesToImport(), dialog->photoSize(), *m_document);
    QList<qint64> added;
    const auto watch =
        connect(m_document, &EventDocument::notesAdded, this, [&added](const QList<qint64> &ids) { added += ids; });
    const Outcome outcome = runShowingRefusal(m_document, m_window, tr("Photo not imported"),
                                              [&] { return m_document->importPhotoNotes(notes); });
    disconnect(watch);
    if (!outcome)
        return;
    readInBackground(added);
    emit imported(added);
    emit message(tr("Imported %n note(s) from the photo.", nullptr, int(added.size())));
    offerTranscription(int(added.size()));
}

void PhotoActions::offerTranscription(int count)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Transcribe Photo Notes"),
                                tr("%n note(s) added from the photo, each with its picture. Their texts are "
                                   "proposals to check. Check them now, one by one?",
                                   nullptr, count),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("offerTranscription"));
    QPushButton *now = box->addButton(tr("Transcribe Now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("transcribeNowButton"));
    QPushButton *later = box->addButton(tr("Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("transcribeLaterButton"));
    box->setDefaultButton(now);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, now](QAbstractButton *clicked) {
        if (clicked == now)
            transcribe();
    });
    box->open();
}

void PhotoActions::transcribe()
{
    if (!m_document || m_document->isReadOnly())
        return;
    QList<qint64> ids = m_document->uncheckedNoteIds();
    const bool unchecked = !ids.isEmpty();
    // On the projector, a face-down note's picture and text would show the room what it may not read yet.
    if (m_roomSees && m_roomSees())
        ids.removeIf([this](qint64 id) { return m_document->note(id)->faceDown; });
    if (ids.isEmpty()) {
        showInformation(tr("Transcribe Photo Notes"),
                        unchecked ? tr("The notes left to check are face down, and the room sees this screen.")
                                  : tr("Every note's text is checked: there is nothing to transcribe."),
                        "nothingToTranscribe");
        return;
    }
    auto *dialog = new TranscriptionDialog(m_document, ids, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void PhotoActions::removeAllPictures()
{
    if (!m_document || m_document->isReadOnly())
        return;
    int pictures = 0;
    int unchecked = 0;
    for (qint64 id : m_document->noteIds())
        if (m_document->hasNoteImage(id)) {
            ++pictures;
            unchecked += m_document->note(id)->textChecked ? 0 : 1;
        }
    if (pictures == 0) {
        showInformation(tr("Remove All Note Pictures"), tr("No note on the board has a picture."), "noPictures");
        return;
    }
    QString text = tr("Remove the pictures of %n note(s)? Their texts stay on the board.", nullptr, pictures);
    if (unchecked > 0)
        text += QLatin1Char(' ')
                + tr("%n of them still wait(s) for their text to be checked against the picture.", nullptr, unchecked);
    text +=
        QStringLiteral("\n\n")
        + tr("This cannot be undone: the pictures are erased from the event file, and Undo does not bring them back.");
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Remove All Note Pictures"), text, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("confirmRemovePictures"));
    QPushButton *remove = box->addButton(tr("Remove Pictures"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemovePicturesButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, pictures](QAbstractButton *clicked) {
        if (clicked != remove || !m_document)
            return;
        if (runShowingRefusal(m_document, m_window, tr("Pictures not removed"),
                              [&] { return m_document->removeAllNoteImages(); }))
            emit message(tr("Removed the pictures of %n note(s).", nullptr, pictures));
    });
    box->open();
}

void PhotoActions::showInformation(const QString &title, const QString &text, const char *objectName)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QLatin1String(objectName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cabildo
