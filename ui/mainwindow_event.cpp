// MainWindow, the open event: opening, creating, replacing and closing it (OpenEvent owns
// it, the parts borrow it), importing into it, and the kiosk that borrows it.

#include "mainwindow.h"

#include "agenda/agendapage.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "boardpage.h"
#include "dialogs/eventdialog.h"
#include "dialogs/importcsvdialog.h"
#include "document/eventdocument.h"
#include "document/languageworker.h"
#include "kiosk/kiosksetupdialog.h"
#include "kiosk/kioskwindow.h"
#include "preferences.h"
#include "recentmenu.h"
#include "votes/voteactions.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cabildo {

namespace {

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cabildo");
    return path;
}

} // namespace

void MainWindow::setDocument(std::unique_ptr<EventDocument> document)
{
    m_event.replace(std::move(document));
}

void MainWindow::eventClosing(EventDocument *document)
{
    // The kiosk borrows the event too: it goes, at once, before the event does.
    if (QPointer<KioskWindow> kiosk = m_kiosk) {
        kiosk->forceClose();
        delete kiosk.data();
    }
    m_undoGroup.removeStack(document->undoStack());
}

void MainWindow::eventReplaced(EventDocument *document)
{
    if (document) {
        m_scene->setSearchTerm(m_search->text());
        m_undoGroup.addStack(document->undoStack());
        m_undoGroup.setActiveStack(document->undoStack());
        connect(document, &EventDocument::eventChanged, this, &MainWindow::updateTitle);
        connect(document, &EventDocument::fileChanged, this, [this] {
            updateTitle();
            updateActions();
            m_recentMenu->remember(this->document()->filePath());
        });
        connect(document, &EventDocument::notesAdded, this, &MainWindow::updateStatus);
        connect(document, &EventDocument::notesRemoved, this, &MainWindow::updateStatus);
        connect(document, &EventDocument::themesAdded, this, &MainWindow::updateActions);
        connect(document, &EventDocument::themesRemoved, this, &MainWindow::updateActions);
        connect(document, &EventDocument::notesChanged, this, &MainWindow::updateActions);
        connect(document, &EventDocument::notesChanged, this, &MainWindow::updateStatus); // approvals
        connect(document, &EventDocument::storageFailed, this, [this](const QString &message) {
            showMessage(
                tr("Change not saved"),
                tr("Cabildo could not write this change to the event file, so it was not made.\n\n%1").arg(message));
        });
        m_recentMenu->remember(document->filePath());
        m_pages->setCurrentWidget(m_board);
        m_board->focusCapture();
    } else {
        m_pages->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateActions();
    updateStatus();
}

bool MainWindow::openFile(const QString &path)
{
    // Opening the event that is open (a recent file, a drop) is not "another Cabildo".
    if (document() && QFileInfo(path).canonicalFilePath() == QFileInfo(document()->filePath()).canonicalFilePath())
        return true;
    FileCheck result;
    std::unique_ptr<EventDocument> opened = EventDocument::open(path, false, &result);
    // Files Cabildo will not write to but may show: busy elsewhere, or with several names.
    if (!opened && (result.problem == FileProblem::InUse || result.problem == FileProblem::HardLinked)) {
        const bool inUse = result.problem == FileProblem::InUse;
        const auto answer = QMessageBox::question(
            this, inUse ? tr("Event in use") : tr("Event with several names"),
            tr("%1\n\nOpen it read-only? You can look at it but not change it.").arg(result.message),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return false;
        opened = EventDocument::open(path, true, &result);
        if (opened)
            result.message =
                inUse ? tr("This event is open in another Cabildo: you are looking at it read-only.")
                      : tr("This event file has more than one name on this disk: you are looking at it read-only. "
                           "Save As gives a copy you can change.");
    }
    if (!opened) {
        showMessage(tr("Cannot open event"), result.message);
        return false;
    }
    setDocument(std::move(opened));
    if (document()->isReadOnly())
        m_board->setReadOnlyReason(result.message);
    return true;
}

QString MainWindow::defaultEventPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("default.cabildo"));
}

bool MainWindow::openDefaultEvent()
{
    const QString path = defaultEventPath();
    if (QFileInfo::exists(path))
        return openFile(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    auto created = EventDocument::create(path, tr("My event"), QStringLiteral("myevent"),
                                         QString::fromUtf8(QTimeZone::systemTimeZoneId()), &error);
    if (!created) {
        showMessage(tr("Cannot create event"), error);
        return false;
    }
    setDocument(std::move(created));
    return true;
}

void MainWindow::newEvent()
{
    EventInfo blank;
    blank.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    EventDialog dialog(EventDialog::Purpose::Create, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EventInfo event = dialog.event();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        this, tr("Save the new event as"), QDir(folder).filePath(event.acronym + QStringLiteral(".cabildo")),
        tr("Cabildo events (*.cabildo)"), nullptr, QFileDialog::DontConfirmOverwrite));
    if (path.isEmpty())
        return;
    QString error;
    auto created = EventDocument::create(path, event.title, event.acronym, event.timeZone, &error);
    if (!created) {
        showMessage(tr("Cannot create event"), error);
        return;
    }
    setDocument(std::move(created));
}

void MainWindow::openEvent()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open event"), QString(),
                                                      tr("Cabildo events (*.cabildo);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    EventDocument *event = document();
    if (!event)
        return;
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        this, tr("Save event as"), QFileInfo(event->filePath()).absolutePath(), tr("Cabildo events (*.cabildo)"),
        nullptr, QFileDialog::DontConfirmOverwrite)); // an existing file is refused, never replaced
    if (!path.isEmpty())
        if (const Outcome saved = event->saveAs(path); !saved)
            showMessage(tr("Cannot save event"), saved.error());
}

void MainWindow::closeDocument()
{
    m_event.close();
}

void MainWindow::editEventProperties()
{
    EventDocument *event = document();
    if (!event)
        return;
    EventDialog dialog(EventDialog::Purpose::Edit, event->event(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Only this change's own reason: an unchanged event has nothing to report.
    if (const Outcome changed = event->setEventInfo(dialog.event()); !changed.error().isEmpty())
        showMessage(tr("Cannot change the event"), changed.error());
}

// ---- Capture ----------------------------------------------------------------------------

void MainWindow::pasteLines(const QString &text)
{
    m_board->pasteLines(text);
}

void MainWindow::pasteFromClipboard()
{
    pasteLines(QApplication::clipboard()->text());
}

void MainWindow::chooseCsvToImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import notes"), QString(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

namespace {

/** What the reading thread shares with the window; it outlives whichever side lets go first. */
struct CsvReading
{
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    NotesCsv csv; ///< written by the thread, read once it has finished
};

} // namespace

std::optional<NotesCsv> MainWindow::readCsv(const QString &path, QProgressDialog &progress)
{
    // Off the interface's thread: 200,000 rows take about a second, a slow disk longer.
    auto reading = std::make_shared<CsvReading>();
    QThread *thread = QThread::create([reading, path] {
        reading->csv = NotesCsv::readFile(path, [&reading = *reading](double done) {
            reading.permille = int(done * 1000);
            return !reading.cancelled;
        });
    });
    // A cancelled reading ends on its own (at its next chunk), its result dropped.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(reading->permille / 10); });
    poll.start();
    thread->start();
    loop.exec();
    if (progress.wasCanceled()) {
        reading->cancelled = true;
        return std::nullopt;
    }
    return std::move(reading->csv);
}

void MainWindow::importCsv(const QString &path)
{
    QPointer<EventDocument> event = document();
    if (!event || event->isReadOnly())
        return;
    const QString fileName = QFileInfo(path).fileName();
    QProgressDialog progress(tr("Reading %1…").arg(fileName), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import Notes"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(400); // a small file is read before the dialog would show
    progress.setValue(0);
    std::optional<NotesCsv> csv = readCsv(path, progress);
    progress.reset(); // hidden until the next step needs it
    progress.hide();
    if (!csv || event != document())
        return; // cancelled while reading (or the event went meanwhile): nothing is imported
    {
        ImportCsvDialog dialog(fileName, *csv, this);
        if (dialog.exec() != QDialog::Accepted || event != document())
            return;
    }

    // Adding is one step of the undo history, on this thread: a few seconds for 200,000 notes.
    const qsizetype count = csv->notes.size();
    const QList<qint64> before = event->noteIds();
    progress.setLabelText(tr("Adding %Ln note(s)…", nullptr, int(count)));
    progress.setRange(0, 0);
    progress.setCancelButton(nullptr); // one transaction: it cannot stop halfway
    if (count >= largeImport) {
        progress.show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    const Outcome added = event->addNotes(std::move(csv->notes));
    progress.reset();
    progress.hide();
    if (!added)
        return; // the document said why
    statusBar()->showMessage(tr("Imported %n note(s) from %1.", nullptr, int(count)).arg(fileName), 8000);
    m_view->fitAll();
    waitForLanguageWork(before, progress);
}

void MainWindow::waitForLanguageWork(const QList<qint64> &before, QProgressDialog &progress)
{
    // The background worker does the language work of the new notes. The window waits with
    // it while it runs; Cancel only stops waiting: the notes stay, and the worker goes on
    // with them behind the board.
    QPointer<LanguageWorker> worker = m_event.languageWorker();
    EventDocument *event = document();
    if (!worker || !event)
        return;
    const QSet<qint64> old(before.cbegin(), before.cend());
    QList<qint64> added;
    for (qint64 id : event->noteIds())
        if (!old.contains(id))
            added.append(id);
    auto remaining = [&] {
        QList<qint64> left;
        for (qint64 id : std::as_const(added))
            if (const Note *note = event->note(id); note && note->analysis.isEmpty() && !note->text.trimmed().isEmpty())
                left.append(id);
        added = left;
        return added.size();
    };
    if (remaining() == 0)
        return;
    const qsizetype total = added.size();
    //: Progress after a CSV import: %L1 notes done of %L2
    auto label = [total](qsizetype done) {
        return tr("Working out the languages of the notes and translating them: %L1 of %L2").arg(done).arg(total);
    };
    progress.setLabelText(label(0));
    progress.setRange(0, int(total));
    progress.setCancelButtonText(tr("Cancel"));
    progress.setMinimumDuration(1000);
    progress.setValue(0);
    QEventLoop loop;
    connect(worker, &LanguageWorker::batchStored, &loop, [&] {
        const qsizetype done = total - remaining();
        progress.setLabelText(label(done));
        progress.setValue(int(done));
        if (done == total)
            loop.quit();
    });
    connect(worker, &LanguageWorker::idle, &loop, &QEventLoop::quit);
    connect(worker, &QObject::destroyed, &loop, &QEventLoop::quit); // the event closed
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    loop.exec();
    if (progress.wasCanceled())
        statusBar()->showMessage(
            tr("The notes' language work goes on in the background (%Ln note(s) left).", nullptr, int(added.size())),
            8000);
    progress.reset();
    progress.hide();
}

// ---- Kiosk ------------------------------------------------------------------------------

void MainWindow::startKiosk()
{
    if (!document() || m_kiosk)
        return;
    KioskSetupDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        enterKiosk(dialog.screen(), dialog.pin());
}

void MainWindow::enterKiosk(QScreen *screen, const QString &pin)
{
    if (!document() || m_kiosk)
        return;
    m_kiosk = new KioskWindow(document(), pin);
    m_kiosk->setAttribute(Qt::WA_DeleteOnClose);
    // On the laptop's own screen the kiosk covers this window, but a keyboard could still
    // reach it (Alt+Tab): no shortcut or click may change the event until the kiosk ends.
    const bool sharesScreen = !screen || screen == this->screen();
    if (sharesScreen)
        setEnabled(false);
    connect(m_kiosk, &KioskWindow::exited, this, [this] {
        setEnabled(true);
        m_kiosk = nullptr; // it deletes itself once closed
        statusBar()->showMessage(tr("Kiosk mode ended."), 5000);
        updateActions();
    });
    m_kiosk->setHighContrast(preferences::highContrast());
    m_kiosk->showOn(screen);
    updateActions();
}

} // namespace cabildo
