// The paper wall in the real main window (issue 15), offscreen: File ▸ Import Photo of
// Notes with the file dialog answered as a person would, the check dialog over the photo
// (outlines, a click drops a note, a dragged rectangle adds one, notes already on the board
// start unticked), Import as one undo step with pictures on the board; transcription from
// the keyboard (Enter accepts and moves on, Shift+Enter a new line, Ctrl+Z goes back); the
// picture in the note editor and Remove Picture; Event ▸ Remove All Note Pictures; photos
// that cannot be used; the dialogs' layout at 1366×768 and 1920×1080.
// CABILDO_SCREENSHOT_DIR=DIR: `screenshots` saves them on a real-size wall of 90 notes
// (in the interface language CABILDO_SCREENSHOT_LANGUAGE, e.g. fr, when set).
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "document/eventdocument.h"
#include "document/photoimport.h"
#include "kiosk/kioskwindow.h"
#include "mainwindow.h"
#include "photo/notepicturepanel.h"
#include "photo/photocanvas.h"
#include "photo/photocheckdialog.h"
#include "photo/pictureview.h"
#include "photo/transcriptiondialog.h"
#include "preferences.h"
#include "testevent.h"
#include "wallgen.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

using namespace cabildo;
using namespace cabildo::test;

namespace {

const QList<QColor> paperColours = {QColor(0xfd, 0xe0, 0x47), QColor(0xf9, 0xa8, 0xd4), QColor(0x86, 0xef, 0xac),
                                    QColor(0x7d, 0xd3, 0xfc)};

/** A note's picture as the engine would crop it: paper, and a few words in marker. */
QImage notePicture(const QString &text, const QColor &paper)
{
    QImage image(360, 360, QImage::Format_RGB32);
    image.fill(paper);
    QPainter painter(&image);
    QFont font;
    font.setPixelSize(52);
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x20, 0x30));
    painter.drawText(image.rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, text);
    return image;
}

/**
 * A photo of a wall: `columns` × `rows` square notes, a little tilted, on a plaster wall,
 * with an empty cell at the bottom right (where the test marks a "missed" note by hand).
 * Returns where the notes are, in the photo's pixels.
 */
QList<QRectF> writeWall(const QString &path, int columns = 4, int rows = 3, bool leaveCellEmpty = true)
{
    const int cell = 420;
    QImage photo(columns * cell + 200, rows * cell + 200, QImage::Format_RGB32);
    photo.fill(QColor(0xd9, 0xd4, 0xc7));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QList<QRectF> notes;
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            if (leaveCellEmpty && row == rows - 1 && column == columns - 1)
                continue;
            const int n = row * columns + column;
            const QRectF place(100 + column * cell + 40, 100 + row * cell + 40, 300, 300);
            painter.save();
            painter.translate(place.center());
            painter.rotate((n % 5 - 2) * 3.0);
            painter.drawImage(QRectF(-150, -150, 300, 300),
                              notePicture(QStringLiteral("Idea %1").arg(n + 1), paperColours.at(n % 4)));
            painter.restore();
            notes.append(place);
        }
    painter.end();
    photo.save(path, "JPEG", 90);
    return notes;
}

} // namespace

class TestPhotoWallUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestFolder> folder;

    EventDocument *document() { return window->document(); }
    BoardView *view() { return window->boardView(); }
    BoardScene *scene() { return view()->boardScene(); }
    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }

    void openWindow(QSize size = QSize(1366, 768))
    {
        folder = std::make_unique<TestFolder>();
        window = std::make_unique<MainWindow>();
        window->setDocument(folder->newEvent());
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    /** File ▸ Import Photo of Notes, `path` chosen in the file dialog; the check dialog once its detection ended. */
    PhotoCheckDialog *importThroughMenu(const QString &path)
    {
        action("actionImportPhoto")->trigger();
        auto *files = window->findChild<QFileDialog *>(QStringLiteral("photoFileDialog"));
        if (!files || !files->isVisible())
            return nullptr;
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog's own accept(), as the Open button
        auto *dialog = window->findChild<PhotoCheckDialog *>(QStringLiteral("photoCheckDialog"));
        if (!dialog || !QTest::qWaitFor([&] { return !dialog->isDetecting(); }, 120000))
            return nullptr;
        QCoreApplication::processEvents(); // the last progress report
        return dialog;
    }

    /** Cancel in the check dialog, and waits until it is gone (deleted on close). */
    bool closeCheck(PhotoCheckDialog *dialog)
    {
        dialog->findChild<QPushButton *>(QStringLiteral("photoCancelButton"))->click();
        return QTest::qWaitFor(
            [&] { return !window->findChild<PhotoCheckDialog *>(QStringLiteral("photoCheckDialog")); });
    }

    /** Clicks `button` in the open message box `box`; false when there is none. */
    bool answer(const char *box, const char *button)
    {
        auto *message = window->findChild<QMessageBox *>(QLatin1String(box));
        auto *choice = message ? message->findChild<QPushButton *>(QLatin1String(button)) : nullptr;
        if (!choice)
            return false;
        choice->click();
        return QTest::qWaitFor([&] { return !window->findChild<QMessageBox *>(QLatin1String(box)); });
    }

    /** `count` photo notes, unchecked, each with its picture, added as an import adds them. */
    QList<qint64> addPhotoNotes(int count, bool withProposals = true)
    {
        std::vector<photo::FoundNote> found;
        for (int i = 0; i < count; ++i) {
            photo::FoundNote note;
            const QRectF place(100 + (i % 5) * 400, 100 + (i / 5) * 400, 300, 300);
            note.outline = QPolygonF({place.topLeft(), place.topRight(), place.bottomRight(), place.bottomLeft()});
            note.paper = paperColours.at(i % 4);
            note.image = notePicture(QStringLiteral("Idea %1").arg(i + 1), note.paper);
            note.score = 1;
            found.push_back(note);
        }
        QList<PhotoNote> notes = photoNotesFrom(found, QSize(2200, 1600), *document());
        if (withProposals)
            for (int i = 0; i < notes.size(); ++i)
                notes[i].note.text = QStringLiteral("ldea %1").arg(i + 1); // OCR's usual slip
        const QList<qint64> before = document()->noteIds();
        if (!document()->importPhotoNotes(notes))
            return {};
        QList<qint64> added;
        for (qint64 id : document()->noteIds())
            if (!before.contains(id))
                added.append(id);
        return added;
    }

    TranscriptionDialog *openTranscription()
    {
        action("actionTranscribe")->trigger();
        auto *dialog = window->findChild<TranscriptionDialog *>(QStringLiteral("transcriptionDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    /** A label's text; "3 note(s)" read as "3 notes" until the English catalogue has the new plural forms. */
    static QString labelText(QWidget *parent, const char *name)
    {
        auto *label = parent->findChild<QLabel *>(QLatin1String(name));
        return label ? plural(label->text()) : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    static QString plural(QString text) { return text.replace(QStringLiteral("(s)"), QStringLiteral("s")); }

    /** Every visible button of `dialog` shows its whole label. */
    /** A left-button drag on the photo, in four moves, as a hand would draw a rectangle. */
    static void drag(PhotoCanvas *canvas, QPoint from, QPoint to)
    {
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step) {
            const QPoint at = from + (to - from) * step / 4;
            QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    }

    static void checkButtonsFit(QWidget *dialog)
    {
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2 < %3")
                                        .arg(button->text())
                                        .arg(button->width())
                                        .arg(button->sizeHint().width())));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void cleanup()
    {
        window.reset();
        folder.reset();
    }

    void checkDropAddImportUndo()
    {
        openWindow();
        const QString path = folder->path(QStringLiteral("wall.jpg"));
        const QList<QRectF> truth = writeWall(path);
        PhotoCheckDialog *dialog = importThroughMenu(path);
        QVERIFY(dialog);
        QVERIFY(dialog->error().isEmpty());
        PhotoCanvas *canvas = dialog->findChild<PhotoCanvas *>(QStringLiteral("photoCanvas"));
        QVERIFY(canvas && canvas->isVisible());
        QCOMPARE(canvas->outlines().size(), truth.size());
        QCOMPARE(canvas->keptCount(), int(truth.size()));
        QCOMPARE(labelText(dialog, "photoNoteCount"), QStringLiteral("11 notes to add"));

        // A click on a note drops it; a second brings it back; a third drops it again.
        const QPoint first = canvas->toWidget(truth.first().center()).toPoint();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, first);
        QCOMPARE(canvas->keptCount(), int(truth.size()) - 1);
        QVERIFY(!canvas->outlines().at(canvas->outlineAt(first)).kept);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, first);
        QCOMPARE(canvas->keptCount(), int(truth.size()));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, first);
        QCOMPARE(labelText(dialog, "photoNoteCount"), QStringLiteral("10 notes to add"));

        // A rectangle dragged on the empty cell adds a note there.
        const QRectF missed(100 + 3 * 420 + 40, 100 + 2 * 420 + 40, 300, 300);
        const QPoint from = canvas->toWidget(missed.topLeft()).toPoint();
        const QPoint to = canvas->toWidget(missed.bottomRight()).toPoint();
        QCOMPARE(canvas->outlineAt(from), -1);
        drag(canvas, from, to);
        QCOMPARE(canvas->outlines().size(), truth.size() + 1);
        QVERIFY(canvas->outlines().constLast().kept);
        QVERIFY(canvas->outlineAt(canvas->toWidget(missed.center())) == int(truth.size()));
        QCOMPARE(labelText(dialog, "photoNoteCount"), QStringLiteral("11 notes to add"));

        // Import: eleven notes on the board, each with its picture, in one undo step.
        const int steps = document()->undoStack()->count();
        auto *import = dialog->findChild<QPushButton *>(QStringLiteral("photoImportButton"));
        QVERIFY(import->isEnabled());
        import->click();
        QTRY_VERIFY(!window->findChild<PhotoCheckDialog *>(QStringLiteral("photoCheckDialog")));
        QCOMPARE(document()->noteCount(), 11);
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QCOMPARE(scene()->noteCount(), 11);
        for (qint64 id : document()->noteIds()) {
            QVERIFY(document()->hasNoteImage(id));
            QVERIFY(!document()->note(id)->textChecked);
            QVERIFY(scene()->itemForNote(id)->hasPicture());
            QVERIFY(scene()->itemForNote(id)->isTextUnchecked());
        }
        QVERIFY(window->findChild<QMessageBox *>(QStringLiteral("offerTranscription")));
        QVERIFY(answer("offerTranscription", "transcribeLaterButton"));

        // One step back removes them all; redo brings them back with their pictures.
        action("actionUndo")->trigger();
        QCOMPARE(document()->noteCount(), 0);
        QCOMPARE(scene()->noteCount(), 0);
        action("actionRedo")->trigger();
        QCOMPARE(document()->noteCount(), 11);
        for (qint64 id : document()->noteIds())
            QVERIFY(scene()->itemForNote(id)->hasPicture());

        // OCR proposes the texts in the background (when Tesseract's data is installed).
        if (!photo::NoteReader({QStringLiteral("en")}).isAvailable())
            QSKIP("no Tesseract data for English: no proposals to wait for");
        const auto proposed = [&] {
            int count = 0;
            for (qint64 id : document()->noteIds())
                count += document()->note(id)->text.contains(QStringLiteral("dea"));
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(proposed() >= 8, 240000);
        QVERIFY(document()->uncheckedNoteIds().size() == 11); // proposals are not checks
    }

    void zoomToCheckSmallNotes()
    {
        openWindow();
        const QString path = folder->path(QStringLiteral("wall.jpg"));
        const QList<QRectF> truth = writeWall(path);
        PhotoCheckDialog *dialog = importThroughMenu(path);
        QVERIFY(dialog);
        auto *canvas = dialog->findChild<PhotoCanvas *>(QStringLiteral("photoCanvas"));
        QVERIFY(canvas && canvas->isVisible());
        const qreal fitted = canvas->photoRect().width();

        // Ctrl+wheel over a note zooms in and keeps that note under the pointer.
        const QPointF over = canvas->toWidget(truth.at(5).center());
        QWheelEvent wheel(over, canvas->mapToGlobal(over), {}, QPoint(0, 3 * 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        QVERIFY(canvas->zoom() > 1.9);
        QVERIFY(canvas->photoRect().width() > fitted * 1.9);
        QVERIFY((canvas->toWidget(truth.at(5).center()) - over).manhattanLength() < 2);
        QCOMPARE(canvas->outlineAt(over), canvas->outlineAt(canvas->toWidget(truth.at(5).center())));

        // Zoomed in, a rectangle dragged on the empty cell lands where it was drawn on the photo.
        const QRectF missed(100 + 3 * 420 + 40, 100 + 2 * 420 + 40, 300, 300);
        canvas->setZoom(2);
        canvas->centreOn(missed.center());
        const QPoint from = canvas->toWidget(missed.topLeft()).toPoint();
        const QPoint to = canvas->toWidget(missed.bottomRight()).toPoint();
        QVERIFY(canvas->rect().contains(from) && canvas->rect().contains(to));
        drag(canvas, from, to);
        QCOMPARE(canvas->outlines().size(), truth.size() + 1);
        const QRectF drawn = canvas->outlines().constLast().corners.boundingRect();
        QVERIFY2(std::abs(drawn.left() - missed.left()) < 4 && std::abs(drawn.bottom() - missed.bottom()) < 4,
                 qPrintable(QStringLiteral("drawn at %1,%2").arg(drawn.left()).arg(drawn.bottom())));

        // The wheel moves the zoomed photo; it never leaves the view uncovered.
        const QRectF before = canvas->photoRect();
        QWheelEvent scroll(QPointF(10, 10), canvas->mapToGlobal(QPointF(10, 10)), {}, QPoint(0, 120 * 40), Qt::NoButton,
                           Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &scroll); // forty notches up: to the top, no further
        QVERIFY(canvas->photoRect().top() > before.top());
        QVERIFY(canvas->photoRect().top() <= 0.5);

        // The keyboard's note is brought into view; 0 shows the whole photo again.
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Right); // the first note, top left, far from the view
        const QRectF first(canvas->toWidget(truth.first().topLeft()), canvas->toWidget(truth.first().bottomRight()));
        QVERIFY(canvas->rect().toRectF().contains(first));
        QTest::keyClick(canvas, Qt::Key_0);
        QCOMPARE(canvas->zoom(), 1.0);
        QCOMPARE(canvas->photoRect().width(), fitted);
        QVERIFY(closeCheck(dialog));
    }

    /** How much neighbouring pixels differ inside a note, away from its outline: letters make it high, blur low. */
    static double sharpness(PhotoCanvas *canvas, const QRectF &note)
    {
        const QRectF inside(canvas->toWidget(note.topLeft()), canvas->toWidget(note.bottomRight()));
        const qreal margin = inside.width() / 5;
        const QImage image = canvas->grab(inside.adjusted(margin, margin, -margin, -margin).toAlignedRect())
                                 .toImage()
                                 .convertToFormat(QImage::Format_Grayscale8);
        double sum = 0;
        qint64 count = 0;
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 1; x < image.width(); ++x, ++count)
                sum += std::abs(int(line[x]) - int(line[x - 1]));
        }
        return count ? sum / double(count) : 0;
    }

    void photoBlurredWhileTheRoomSeesHiddenNotes()
    {
        openWindow();
        QVERIFY(document()->setHideNotesUntilRevealed(true));
        action("actionScreenSeenByRoom")->trigger();
        const QString path = folder->path(QStringLiteral("wall.jpg"));
        const QList<QRectF> truth = writeWall(path);
        PhotoCheckDialog *dialog = importThroughMenu(path);
        QVERIFY(dialog);
        auto *canvas = dialog->findChild<PhotoCanvas *>(QStringLiteral("photoCanvas"));
        auto *show = dialog->findChild<QPushButton *>(QStringLiteral("photoShowButton"));
        QVERIFY(canvas && show);
        QVERIFY(canvas->isConcealed());
        QVERIFY(show->isVisible());
        QCOMPARE(canvas->outlines().size(), 11); // the outlines are there to check
        const double blurred = sharpness(canvas, truth.first());

        // On the facilitator's word the photo shows; the text on the notes makes it far sharper.
        show->click();
        QVERIFY(!canvas->isConcealed());
        const double sharp = sharpness(canvas, truth.first());
        QVERIFY2(blurred * 3 < sharp, qPrintable(QStringLiteral("%1 vs %2").arg(blurred).arg(sharp)));
        show->click();
        QVERIFY(canvas->isConcealed());

        // Notes revealed to the room: nothing left to hide.
        QVERIFY(document()->setHideNotesUntilRevealed(false));
        QVERIFY(!canvas->isConcealed());
        QVERIFY(!show->isVisible());
        QVERIFY(closeCheck(dialog));
    }

    void secondPhotoOfTheSameWall()
    {
        openWindow();
        const QString path = folder->path(QStringLiteral("wall.jpg"));
        const QList<QRectF> truth = writeWall(path);
        PhotoCheckDialog *dialog = importThroughMenu(path);
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("photoImportButton"))->click();
        QVERIFY(answer("offerTranscription", "transcribeLaterButton"));
        QCOMPARE(document()->noteCount(), int(truth.size()));

        // The same wall again: every note starts unticked, labelled as likely on the board.
        dialog = importThroughMenu(path);
        QVERIFY(dialog);
        PhotoCanvas *canvas = dialog->findChild<PhotoCanvas *>(QStringLiteral("photoCanvas"));
        QCOMPARE(canvas->outlines().size(), truth.size());
        int duplicates = 0;
        for (const PhotoCanvas::Outline &outline : canvas->outlines())
            duplicates += outline.duplicate && !outline.kept;
        QCOMPARE(duplicates, int(truth.size()));
        QCOMPARE(labelText(dialog, "photoNoteCount"),
                 QStringLiteral("0 notes to add · %1 left out as likely already on the board").arg(truth.size()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("photoImportButton"))->isEnabled());
        // Ticking one on purpose adds it: the facilitator decides.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toWidget(truth.at(2).center()).toPoint());
        QCOMPARE(canvas->keptCount(), 1);
        QVERIFY(closeCheck(dialog));
        QCOMPARE(document()->noteCount(), int(truth.size()));
    }

    void photosThatCannotBeUsed()
    {
        openWindow();
        const int steps = document()->undoStack()->count();
        // Not an image, though named like one.
        const QString text = folder->writeFile(QStringLiteral("notes.jpg"), "Buy milk\nCall Ana\n");
        PhotoCheckDialog *dialog = importThroughMenu(text);
        QVERIFY(dialog);
        QVERIFY(!dialog->error().isEmpty());
        QVERIFY2(labelText(dialog, "photoStatus").contains(QStringLiteral("notes.jpg")),
                 qPrintable(labelText(dialog, "photoStatus")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("photoImportButton"))->isEnabled());
        QVERIFY(closeCheck(dialog));
        // A JPEG cut short.
        const QString path = folder->path(QStringLiteral("wall.jpg"));
        writeWall(path);
        const QByteArray bytes = readAll(path);
        const QString cut = folder->writeFile(QStringLiteral("cut.jpg"), bytes.left(bytes.size() / 3));
        dialog = importThroughMenu(cut);
        QVERIFY(dialog);
        QVERIFY(!dialog->error().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("photoImportButton"))->isEnabled());
        QVERIFY(closeCheck(dialog));
        // A wall with no notes: said so, and a note can still be marked by hand.
        QImage empty(1600, 1200, QImage::Format_RGB32);
        empty.fill(QColor(0xd9, 0xd4, 0xc7));
        QVERIFY(empty.save(folder->path(QStringLiteral("empty.png"))));
        dialog = importThroughMenu(folder->path(QStringLiteral("empty.png")));
        QVERIFY(dialog);
        QVERIFY(dialog->error().isEmpty());
        QVERIFY(labelText(dialog, "photoStatus").contains(QStringLiteral("No sticky notes")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("photoImportButton"))->isEnabled());
        QVERIFY(closeCheck(dialog));
        QCOMPARE(document()->noteCount(), 0);
        QCOMPARE(document()->undoStack()->count(), steps);
    }

    void dropAPhotoOnTheWindow()
    {
        openWindow();
        const QString path = folder->path(QStringLiteral("wall.png"));
        const QList<QRectF> truth = writeWall(folder->path(QStringLiteral("wall.jpg")));
        QVERIFY(QImage(folder->path(QStringLiteral("wall.jpg"))).save(path));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        auto *dialog = window->findChild<PhotoCheckDialog *>(QStringLiteral("photoCheckDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isDetecting(); }, 120000));
        QCOMPARE(dialog->canvas()->outlines().size(), truth.size());
        QVERIFY(closeCheck(dialog));
        QCOMPARE(window->document()->noteCount(), 0); // the event stays open: a photo is not an event
    }

    void cancelWhileDetecting()
    {
        openWindow();
        const QString path = folder->path(QStringLiteral("wall.jpg"));
        writeWall(path, 8, 6, false);
        action("actionImportPhoto")->trigger();
        auto *files = window->findChild<QFileDialog *>(QStringLiteral("photoFileDialog"));
        QVERIFY(files);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog's own accept(), as the Open button
        auto *dialog = window->findChild<PhotoCheckDialog *>(QStringLiteral("photoCheckDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("photoProgress")));
        dialog->findChild<QPushButton *>(QStringLiteral("photoCancelButton"))->click();
        QTRY_VERIFY(!window->findChild<PhotoCheckDialog *>(QStringLiteral("photoCheckDialog")));
        QCOMPARE(document()->noteCount(), 0);
    }

    void transcriptionFromTheKeyboard()
    {
        openWindow();
        const QList<qint64> ids = addPhotoNotes(5);
        QCOMPARE(ids.size(), 5);
        const QList<qint64> order = document()->uncheckedNoteIds();
        TranscriptionDialog *dialog = openTranscription();
        QVERIFY(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("transcriptionText"));
        auto *picture = dialog->findChild<PictureView *>(QStringLiteral("transcriptionPicture"));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(text->hasFocus());
        QCOMPARE(labelText(dialog, "transcriptionPosition"), QStringLiteral("1 of 5"));
        QCOMPARE(dialog->currentNoteId(), order.at(0));
        QCOMPARE(text->toPlainText(), document()->note(order.at(0))->text);
        QVERIFY(!picture->image().isNull());

        // The proposal is selected: typing replaces it, Enter accepts it and moves on.
        QTest::keyClicks(text, QStringLiteral("Idea 1"));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(document()->note(order.at(0))->text, QStringLiteral("Idea 1"));
        QVERIFY(document()->note(order.at(0))->textChecked);
        QVERIFY(!scene()->itemForNote(order.at(0))->isTextUnchecked());
        QCOMPARE(labelText(dialog, "transcriptionPosition"), QStringLiteral("2 of 5"));
        QCOMPARE(dialog->currentNoteId(), order.at(1));

        // A right proposal: Enter alone. Shift+Enter is a new line in the text.
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(text, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(text, QStringLiteral("and more"));
        QTest::keyClick(text, Qt::Key_Enter);
        QCOMPARE(document()->note(order.at(1))->text, QStringLiteral("ldea 2\nand more"));
        QCOMPARE(labelText(dialog, "transcriptionPosition"), QStringLiteral("3 of 5"));

        // Ctrl+Z: the last acceptance is undone and its note shows again.
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(labelText(dialog, "transcriptionPosition"), QStringLiteral("2 of 5"));
        QCOMPARE(dialog->currentNoteId(), order.at(1));
        QVERIFY(!document()->note(order.at(1))->textChecked);
        QCOMPARE(document()->note(order.at(1))->text, QStringLiteral("ldea 2"));
        QCOMPARE(text->toPlainText(), QStringLiteral("ldea 2"));
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dialog->currentNoteId(), order.at(0));
        QVERIFY(!document()->note(order.at(0))->textChecked);

        // Skip leaves a note unchecked; at the end the dialog says what is left.
        dialog->findChild<QPushButton *>(QStringLiteral("transcriptionSkip"))->click();
        QCOMPARE(labelText(dialog, "transcriptionPosition"), QStringLiteral("2 of 5"));
        QVERIFY(text->hasFocus());
        for (int i = 1; i < 5; ++i)
            QTest::keyClick(text, Qt::Key_Return);
        QVERIFY2(labelText(dialog, "transcriptionDone").startsWith(QStringLiteral("1 note")),
                 qPrintable(labelText(dialog, "transcriptionDone")));
        QCOMPARE(document()->uncheckedNoteIds(), QList<qint64>{order.at(0)});
        dialog->close();
    }

    void proposalArrivesWhileShown()
    {
        openWindow();
        addPhotoNotes(2, false);
        TranscriptionDialog *dialog = openTranscription();
        QVERIFY(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("transcriptionText"));
        QVERIFY(text->toPlainText().isEmpty());
        // Enter with no text yet: said in the dialog, the note stays.
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(labelText(dialog, "transcriptionPosition"), QStringLiteral("1 of 2"));
        QVERIFY(!labelText(dialog, "transcriptionStatus").isEmpty());
        QVERIFY(!window->findChild<QMessageBox *>());
        // The background reading proposes a text for the note on screen: it shows, selected.
        const qint64 shown = dialog->currentNoteId();
        QVERIFY(document()->proposeText(shown, QStringLiteral("ldea 1")));
        QCOMPARE(text->toPlainText(), QStringLiteral("ldea 1"));
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("ldea 1"));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(document()->note(shown)->text, QStringLiteral("ldea 1"));
        QVERIFY(document()->note(shown)->textChecked);
        // Once the facilitator types, a late proposal does not replace what they typed.
        QTest::keyClicks(text, QStringLiteral("Idea"));
        document()->proposeText(dialog->currentNoteId(), QStringLiteral("ldea 2"));
        QCOMPARE(text->toPlainText(), QStringLiteral("Idea"));
        dialog->close();

        // Nothing left to check (the second accepted from the board's editor): said so.
        const qint64 last = document()->uncheckedNoteIds().constFirst();
        QVERIFY(document()->acceptTranscription(last, QStringLiteral("Idea 2")));
        action("actionTranscribe")->trigger();
        QVERIFY(window->findChild<QMessageBox *>(QStringLiteral("nothingToTranscribe")));
        QVERIFY(!window->findChild<TranscriptionDialog *>(QStringLiteral("transcriptionDialog"))
                || !window->findChild<TranscriptionDialog *>(QStringLiteral("transcriptionDialog"))->isVisible());
    }

    void transcriptionLayout_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("laptop") << QSize(1366, 768);
        QTest::newRow("projector") << QSize(1920, 1080);
    }

    void transcriptionLayout()
    {
        QFETCH(QSize, size);
        openWindow(size);
        addPhotoNotes(3);
        TranscriptionDialog *dialog = openTranscription();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *picture = dialog->findChild<PictureView *>(QStringLiteral("transcriptionPicture"));
        // The picture is what makes it quick: most of the dialog's height.
        const QRect shown = picture->pictureRect();
        QVERIFY2(shown.height() >= dialog->height() * 0.6,
                 qPrintable(QStringLiteral("%1 of %2").arg(shown.height()).arg(dialog->height())));
        QVERIFY2(dialog->height() >= window->height() * 0.8,
                 qPrintable(QStringLiteral("dialog %1×%2, window %3×%4, screen %5×%6")
                                .arg(dialog->width())
                                .arg(dialog->height())
                                .arg(window->width())
                                .arg(window->height())
                                .arg(window->screen()->availableGeometry().width())
                                .arg(window->screen()->availableGeometry().height())));
        checkButtonsFit(dialog);
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("transcriptionHint"));
        QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
        dialog->close();
    }

    void checkDialogLayout_data() { transcriptionLayout_data(); }

    void checkDialogLayout()
    {
        QFETCH(QSize, size);
        openWindow(size);
        const QString path = folder->path(QStringLiteral("wall.jpg"));
        writeWall(path);
        PhotoCheckDialog *dialog = importThroughMenu(path);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkButtonsFit(dialog);
        auto *canvas = dialog->findChild<PhotoCanvas *>(QStringLiteral("photoCanvas"));
        QVERIFY(canvas->photoRect().height() >= dialog->height() * 0.6);
        QVERIFY(closeCheck(dialog));
    }

    void pictureInTheEditor()
    {
        openWindow();
        const QList<qint64> ids = addPhotoNotes(2);
        const qint64 id = ids.first();
        scene()->selectNotes({id});
        action("actionEditNote")->trigger();
        QVERIFY(view()->isEditingNote());
        NotePicturePanel *panel = view()->picturePanel();
        QVERIFY(panel && panel->isVisible());
        const QRect shown = panel->picture()->pictureRect();
        QVERIFY2(shown.height() >= view()->viewport()->height() * 0.5, qPrintable(QString::number(shown.height())));
        auto *editor = view()->viewport()->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor && editor->hasFocus());
        QVERIFY(!panel->geometry().intersects(editor->geometry()));
        QVERIFY(view()->viewport()->rect().contains(panel->geometry()));
        // Not before the text is checked: the picture is what it is checked against.
        QVERIFY(!panel->removeButton()->isEnabled());

        // Enter in the editor of an unchecked photo note checks it.
        QTest::keyClicks(editor, QStringLiteral("Idea 1"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!view()->isEditingNote());
        QCOMPARE(document()->note(id)->text, QStringLiteral("Idea 1"));
        QVERIFY(document()->note(id)->textChecked);

        // Now Remove Picture erases it, after a confirmation, and Undo does not bring it back.
        action("actionEditNote")->trigger();
        panel = view()->picturePanel();
        QVERIFY(panel && panel->removeButton()->isEnabled());
        const int steps = document()->undoStack()->count();
        panel->removeButton()->click();
        QVERIFY(answer("confirmRemovePicture", "confirmRemovePictureButton"));
        QVERIFY(!document()->hasNoteImage(id));
        QVERIFY(!scene()->itemForNote(id)->hasPicture());
        QVERIFY(document()->hasNoteImage(ids.last()));
        QCOMPARE(document()->undoStack()->count(), steps);
        // Its editor is a plain one again.
        action("actionEditNote")->trigger();
        QVERIFY(view()->isEditingNote());
        QVERIFY(!view()->picturePanel());
        view()->finishEditing(false);
    }

    void notOnTheKiosk()
    {
        // The room's own board shows photo notes as notes: no handwriting, no "Unchecked".
        openWindow();
        const QList<qint64> ids = addPhotoNotes(2);
        QVERIFY(scene()->itemForNote(ids.first())->hasPicture());
        KioskWindow kiosk(document(), QStringLiteral("2468"));
        kiosk.resize(1366, 768);
        auto *board = kiosk.findChild<BoardView *>(QStringLiteral("kioskBoard"));
        QVERIFY(board);
        for (qint64 id : ids) {
            const NoteItem *item = board->boardScene()->itemForNote(id);
            QVERIFY(item && !item->hasPicture());
            QVERIFY(!item->accessibleDescription().contains(QStringLiteral("checked")));
        }
        kiosk.forceClose();
    }

    void removeAllPictures()
    {
        openWindow();
        const QList<qint64> ids = addPhotoNotes(4);
        const int steps = document()->undoStack()->count();
        action("actionRemoveAllPictures")->trigger();
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("confirmRemovePictures"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("cannot be undone")), qPrintable(box->text()));
        QVERIFY2(plural(box->text()).contains(QStringLiteral("4 notes")), qPrintable(box->text()));
        // Cancel keeps them.
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window->findChild<QMessageBox *>(QStringLiteral("confirmRemovePictures")));
        QVERIFY(document()->hasNoteImage(ids.first()));
        action("actionRemoveAllPictures")->trigger();
        QVERIFY(answer("confirmRemovePictures", "confirmRemovePicturesButton"));
        for (qint64 id : ids) {
            QVERIFY(!document()->hasNoteImage(id));
            QVERIFY(!scene()->itemForNote(id)->hasPicture());
        }
        QCOMPARE(document()->noteCount(), 4);
        QCOMPARE(document()->undoStack()->count(), steps);
    }

    void screenshots_data() { transcriptionLayout_data(); }

    /**
     * Not a check: with CABILDO_SCREENSHOT_DIR set, a generated 12-megapixel photo of a wall
     * of 90 notes (tests/support/wallgen, with light, shadows, blur and JPEG) goes through the
     * whole path, and the check dialog, the board, the transcription and the editor are saved
     * at both sizes, to look at.
     */
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of the paper wall");
        QFETCH(QSize, size);
        const QString language = qEnvironmentVariable("CABILDO_SCREENSHOT_LANGUAGE");
        const QString suffix = QStringLiteral("%1-%2x%3.png")
                                   .arg(language.isEmpty() ? QString() : QLatin1Char('-') + language)
                                   .arg(size.width())
                                   .arg(size.height());
        QDir().mkpath(folderPath);
        preferences::setLanguage(language);
        preferences::applyLanguage();
        const auto backToEnglish = qScopeGuard([] {
            preferences::setLanguage(QString());
            preferences::applyLanguage();
        });
        openWindow(size);
        wallgen::WallSpec spec;
        spec.layoutSeed = 15;
        spec.photoSeed = 3;
        spec.noteCount = 90;
        const wallgen::Wall wall = wallgen::generateWall(spec, wallgen::noteTexts());
        const QString path = folder->writeFile(QStringLiteral("wall.jpg"), wall.jpeg());
        PhotoCheckDialog *dialog = importThroughMenu(path);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        PhotoCanvas *canvas = dialog->findChild<PhotoCanvas *>(QStringLiteral("photoCanvas"));
        qInfo("%d of %d notes found", int(canvas->outlines().size()), int(wall.notes.size()));
        // One dropped and one marked by hand, as a facilitator would.
        if (!canvas->outlines().isEmpty())
            canvas->setKept(0, false);
        QVERIFY(dialog->grab().save(folderPath + QStringLiteral("/photo-check") + suffix));
        // Closer up, on the fifth note, as when checking small notes.
        if (canvas->outlines().size() > 5) {
            canvas->setZoom(3);
            canvas->centreOn(canvas->outlines().at(5).corners.boundingRect().center());
            QVERIFY(dialog->grab().save(folderPath + QStringLiteral("/photo-check-zoomed") + suffix));
            canvas->setZoom(1);
        }
        // What each imported note says, from the generator's truth: notes are added in the order found.
        QStringList truths;
        for (const photo::FoundNote &found : dialog->notesToImport()) {
            QString said;
            for (const wallgen::TrueNote &note : wall.notes)
                if (note.outline.containsPoint(found.outline.boundingRect().center(), Qt::OddEvenFill))
                    said = QString(note.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
            truths.append(said);
        }
        dialog->findChild<QPushButton *>(QStringLiteral("photoImportButton"))->click();
        QVERIFY(answer("offerTranscription", "transcribeLaterButton"));
        QVERIFY(document()->noteCount() > 0);

        // Three notes transcribed from the keyboard, as a facilitator would, then the fourth on screen.
        TranscriptionDialog *transcription = openTranscription();
        QVERIFY(transcription);
        QVERIFY(QTest::qWaitForWindowExposed(transcription));
        auto *text = transcription->findChild<QPlainTextEdit *>(QStringLiteral("transcriptionText"));
        const QList<qint64> imported = document()->noteIds();
        const auto truthOf = [&](qint64 id) { return truths.value(imported.indexOf(id)); };
        for (int i = 0; i < 3; ++i) {
            text->selectAll();
            text->insertPlainText(truthOf(transcription->currentNoteId())); // QTest types ASCII only
            QTest::keyClick(text, Qt::Key_Return);
        }
        text->selectAll();
        text->insertPlainText(truthOf(transcription->currentNoteId()).left(12));
        QVERIFY(transcription->grab().save(folderPath + QStringLiteral("/photo-transcription") + suffix));
        transcription->close();

        view()->fitAll();
        QVERIFY(window->grab().save(folderPath + QStringLiteral("/photo-board") + suffix));
        view()->setZoom(1);
        const qint64 first = document()->uncheckedNoteIds().constFirst();
        view()->selectNote(first);
        QVERIFY(window->grab().save(folderPath + QStringLiteral("/photo-board-100") + suffix));
        action("actionEditNote")->trigger();
        QVERIFY(view()->picturePanel());
        QVERIFY(window->grab().save(folderPath + QStringLiteral("/photo-editor") + suffix));
        view()->finishEditing(false);
    }
};

QTEST_MAIN(TestPhotoWallUi)
#include "tst_ui_photowall.moc"
