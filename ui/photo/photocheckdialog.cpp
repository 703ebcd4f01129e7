#include "photocheckdialog.h"

#include "photocanvas.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace cabildo {

namespace {
constexpr int previewLongSide = 2560; // what a screen shows of a 12-megapixel photo
} // namespace

/** What the detection thread works on and leaves behind; the dialog reads it once the thread ended. */
struct PhotoCheckDialog::Detection
{
    std::atomic<bool> cancel{false};
    photo::WallPhoto photo;
    QImage preview;
    std::vector<photo::FoundNote> found;
    QList<qint64> duplicates;
};

PhotoCheckDialog::PhotoCheckDialog(const QString &path, DuplicateFinder findDuplicates, QWidget *parent)
    : QDialog(parent), m_fileName(QFileInfo(path).fileName()), m_findDuplicates(std::move(findDuplicates)),
      m_hint(new QLabel), m_status(new QLabel), m_progress(new QProgressBar), m_canvas(new PhotoCanvas),
      m_count(new QLabel), m_import(new QPushButton), m_cancel(new QPushButton), m_show(new QPushButton)
{
    setObjectName(QStringLiteral("photoCheckDialog"));
    m_hint->setObjectName(QStringLiteral("photoHint"));
    m_status->setObjectName(QStringLiteral("photoStatus"));
    m_progress->setObjectName(QStringLiteral("photoProgress"));
    m_canvas->setObjectName(QStringLiteral("photoCanvas"));
    m_count->setObjectName(QStringLiteral("photoNoteCount"));
    m_import->setObjectName(QStringLiteral("photoImportButton"));
    m_cancel->setObjectName(QStringLiteral("photoCancelButton"));
    m_show->setObjectName(QStringLiteral("photoShowButton"));
    m_show->setCheckable(true);
    m_show->hide();

    m_hint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_progress->setRange(0, 100);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    for (QPushButton *button : {m_import, m_cancel, m_show})
        button->setMinimumHeight(36);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(buttons);

    connect(m_import, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, &PhotoCheckDialog::stopDetection);
    connect(m_canvas, &PhotoCanvas::keptChanged, this, &PhotoCheckDialog::updateCount);
    connect(m_canvas, &PhotoCanvas::outlineDrawn, this, &PhotoCheckDialog::addDrawnNote);
    connect(m_show, &QPushButton::toggled, this, &PhotoCheckDialog::updateConcealment);

    // The photo as large as the window allows: small outlines are what is being checked.
    if (parent) {
        resize(parent->window()->size() * 0.92); // the window fits its screen: so does this
    } else {
        resize(1100, 760);
    }
    m_canvas->hide();
    retranslate();
    startDetection(path);
}

PhotoCheckDialog::~PhotoCheckDialog()
{
    stopDetection();
}

void PhotoCheckDialog::retranslate()
{
    //: %1 is the photo's file name
    setWindowTitle(tr("Check the Notes Found — %1").arg(m_fileName));
    m_hint->setText(tr("Green outlines are the notes that will be added. Click a note to leave it out (crossed) or "
                       "bring it back. Drag a rectangle around a note that was missed to add it. Ctrl+wheel or + "
                       "and - zoom in and out."));
    m_canvas->setAccessibleName(tr("Photo with the notes found"));
    m_canvas->setAccessibleDescription(
        tr("The arrow keys go from note to note; Space leaves the note out or brings it back"));
    m_progress->setAccessibleName(tr("Finding the notes"));
    m_import->setText(tr("Import"));
    m_cancel->setText(tr("Cancel"));
    m_show->setText(tr("Show the Photo"));
    m_show->setToolTip(tr("The room sees this screen and its notes are hidden until revealed: the photo is blurred so "
                          "that nobody reads the notes on it. The outlines can be checked as they are."));
    if (isDetecting())
        m_status->setText(tr("Finding the notes on the photo…"));
    updateCount();
}

void PhotoCheckDialog::setSeenByRoom(bool seen)
{
    m_seenByRoom = seen;
    if (!seen)
        m_show->setChecked(false); // hidden again next time the room sees this screen
    updateConcealment();
}

void PhotoCheckDialog::updateConcealment()
{
    m_show->setVisible(m_seenByRoom);
    m_canvas->setConcealed(m_seenByRoom && !m_show->isChecked());
}

void PhotoCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PhotoCheckDialog::startDetection(const QString &path)
{
    auto detection = std::make_shared<Detection>();
    m_detection = detection;
    QProgressBar *bar = m_progress;
    // The thread owns a copy of the shared state: the dialog may go first (Cancel).
    QLabel *status = m_status;
    const QString comparing = tr("Comparing them with the notes already on the board…");
    m_thread = QThread::create([detection, path, bar, status, comparing, findDuplicates = m_findDuplicates] {
        const auto report = [bar](int percent) {
            QMetaObject::invokeMethod(
                bar, [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
        };
        report(0);
        detection->photo = photo::readWallPhoto(path);
        if (!detection->photo.error.isEmpty() || detection->cancel)
            return;
        report(10);
        photo::DetectionControl control;
        control.cancel = &detection->cancel;
        control.progress = [&report](int percent) { report(10 + percent * 80 / 100); };
        detection->found = photo::findNotes(detection->photo.image, control);
        if (detection->cancel)
            return;
        report(90);
        if (findDuplicates && !detection->found.empty()) {
            QMetaObject::invokeMethod(
                status, [status, comparing] { status->setText(comparing); }, Qt::QueuedConnection);
            detection->duplicates = findDuplicates(detection->found, &detection->cancel);
        }
        if (detection->cancel)
            return;
        const QImage &image = detection->photo.image;
        detection->preview =
            std::max(image.width(), image.height()) > previewLongSide
                ? image.scaled(previewLongSide, previewLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : image;
        report(100);
    });
    connect(m_thread, &QThread::finished, this, &PhotoCheckDialog::detectionDone);
    m_status->setText(tr("Finding the notes on the photo…"));
    m_thread->start(QThread::LowPriority); // the window stays responsive on two cores
}

void PhotoCheckDialog::stopDetection()
{
    if (!m_thread)
        return;
    m_detection->cancel = true;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void PhotoCheckDialog::detectionDone()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->hide();
    Detection &detection = *m_detection;
    if (!detection.photo.error.isEmpty()) {
        m_error = detection.photo.error;
        //: %1 is the file name, %2 why it could not be read, e.g. "not an image"
        m_status->setText(tr("Cabildo cannot use %1: %2. Nothing was added.").arg(m_fileName, m_error));
        m_hint->hide();
        updateCount();
        emit detectionFinished();
        return;
    }
    m_photo = detection.photo.image;
    m_found = std::move(detection.found);
    const QList<qint64> duplicates = detection.duplicates;
    QList<PhotoCanvas::Outline> outlines;
    for (size_t i = 0; i < m_found.size(); ++i) {
        const bool duplicate = qsizetype(i) < duplicates.size() && duplicates.at(qsizetype(i)) != 0;
        // Likely on the board already: shown, but not added unless ticked.
        outlines.append({m_found[i].outline, !duplicate, duplicate});
    }
    m_canvas->setPhoto(detection.preview, m_photo.size());
    m_canvas->setOutlines(outlines);
    m_canvas->show();
    m_canvas->setFocus();
    detection.preview = QImage();
    detection.photo = {};
    if (m_found.empty()) {
        m_status->setText(tr("No sticky notes were found on this photo. Drag a rectangle around each note to add it "
                             "by hand, or cancel."));
    } else {
        m_status->hide();
    }
    updateCount();
    emit detectionFinished();
}

void PhotoCheckDialog::addDrawnNote(const QPolygonF &corners)
{
    if (m_photo.isNull())
        return;
    m_found.push_back(photo::noteFromOutline(m_photo, corners));
    m_canvas->addOutline({m_found.back().outline, true, false});
}

void PhotoCheckDialog::updateCount()
{
    const int kept = m_canvas->keptCount();
    const bool ready = !isDetecting() && m_error.isEmpty() && !m_photo.isNull();
    //: The notes ticked on the photo, which Import adds
    QString count = tr("%n note(s) to add", nullptr, kept);
    const QList<PhotoCanvas::Outline> &outlines = m_canvas->outlines();
    const int duplicates = int(std::count_if(outlines.cbegin(), outlines.cend(),
                                             [](const PhotoCanvas::Outline &o) { return o.duplicate && !o.kept; }));
    if (duplicates > 0)
        //: After "12 notes to add": notes of an earlier photo of the same wall, left out unless ticked
        count += QStringLiteral(" · ") + tr("%n left out as likely already on the board", nullptr, duplicates);
    m_count->setText(ready ? count : QString());
    m_import->setEnabled(ready && kept > 0);
}

std::vector<photo::FoundNote> PhotoCheckDialog::notesToImport() const
{
    std::vector<photo::FoundNote> notes;
    const QList<PhotoCanvas::Outline> &outlines = m_canvas->outlines();
    for (size_t i = 0; i < m_found.size() && qsizetype(i) < outlines.size(); ++i)
        if (outlines.at(qsizetype(i)).kept)
            notes.push_back(m_found[i]);
    return notes;
}

} // namespace cabildo
