// Drives the real main window offscreen, as a facilitator would: type notes, undo,
// paste lines, move, edit, delete, search, open bad and busy files, drop a file.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "document/eventdocument.h"
#include "kiosk/kiosksetupdialog.h"
#include "mainwindow.h"
#include "sqlitepeek.h"
#include "testevent.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPlainTextEdit>
#include <QPointingDevice>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QWheelEvent>

#include <unistd.h>

using namespace cabildo;
using namespace cabildo::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    /** A shown main window on a fresh event; `folder` keeps the file alive. */
    std::unique_ptr<MainWindow> openWindow(TestFolder &folder)
    {
        auto window = std::make_unique<MainWindow>();
        auto document = folder.newEvent();
        window->setDocument(std::move(document));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    QAction *action(MainWindow &window, const char *name)
    {
        auto *found = window.findChild<QAction *>(QLatin1String(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }

    /** Clicks `button` of the next modal message box named `name` as soon as it shows. */
    void answerNextMessageBox(const QString &name, QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [=, this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && (name.isEmpty() || box->objectName() == name))
                box->button(button)->click();
            else
                answerNextMessageBox(name, button); // not there yet: try again
        });
    }

    QPoint viewportPoint(MainWindow &window, qint64 noteId)
    {
        BoardView *view = window.boardView();
        const NoteItem *item = view->boardScene()->itemForNote(noteId);
        return view->mapFromScene(item->sceneBoundingRect().center());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings file
    }

    void openRecentListsAndOpens()
    {
        TestFolder folder;
        folder.newEvent(QStringLiteral("first.cabildo")).reset();
        folder.newEvent(QStringLiteral("second.cabildo")).reset();
        MainWindow window;
        QVERIFY(window.openFile(folder.path(QStringLiteral("first.cabildo"))));
        QVERIFY(window.openFile(folder.path(QStringLiteral("second.cabildo"))));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent && recent->isEnabled());
        QStringList names;
        for (QAction *entry : recent->actions())
            names.append(entry->text());
        QCOMPARE(names.mid(0, 2), (QStringList{QStringLiteral("second.cabildo"), QStringLiteral("first.cabildo")}));
        recent->actions().at(1)->trigger(); // newest first: the first event is second in the list
        QCOMPARE(QFileInfo(window.document()->filePath()).fileName(), QStringLiteral("first.cabildo"));
        QCOMPARE(recent->actions().constFirst()->text(), QStringLiteral("first.cabildo"));
    }

    void typingAddsANoteAndUndoRemovesIt()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        auto *capture = window->findChild<QLineEdit *>(QStringLiteral("captureEdit"));
        QVERIFY(capture);
        capture->setFocus();

        QTest::keyClicks(capture, QStringLiteral("Datos abiertos para todos"));
        QTest::keyClick(capture, Qt::Key_Return);
        QCOMPARE(window->document()->noteCount(), 1);
        QCOMPARE(window->document()->note(window->document()->noteIds().constFirst())->text,
                 QStringLiteral("Datos abiertos para todos"));
        QVERIFY2(capture->text().isEmpty(), "the bar is ready for the next note");
        QVERIFY(capture->hasFocus());

        // As fast as people speak: a second note right away.
        QTest::keyClicks(capture, QStringLiteral("Open science"));
        QTest::keyClick(capture, Qt::Key_Enter);
        QCOMPARE(window->document()->noteCount(), 2);

        // Ctrl+Z from the bar undoes the last note, not the bar's own typing.
        QTest::keyClick(capture, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->document()->noteCount(), 1);
        QTest::keyClick(capture, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->document()->noteCount(), 2);

        // The note is on the board, and an empty Enter adds nothing.
        QCOMPARE(window->boardView()->boardScene()->items().size(), 2);
        QTest::keyClick(capture, Qt::Key_Return);
        QCOMPARE(window->document()->noteCount(), 2);
    }

    void pastingLinesAsksThenAddsOneNotePerLine()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        auto *capture = window->findChild<QLineEdit *>(QStringLiteral("captureEdit"));
        capture->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("Privacidade\n\n  Impact  \nDonnées ouvertes\n"));

        answerNextMessageBox(QStringLiteral("pasteConfirmation"), QMessageBox::Cancel);
        QTest::keyClick(capture, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(window->document()->noteCount(), 0);

        answerNextMessageBox(QStringLiteral("pasteConfirmation"), QMessageBox::Yes);
        QTest::keyClick(capture, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(window->document()->noteCount(), 3);
        QStringList texts;
        for (qint64 id : window->document()->noteIds())
            texts.append(window->document()->note(id)->text);
        QCOMPARE(texts, (QStringList{QStringLiteral("Privacidade"), QStringLiteral("Impact"),
                                     QStringLiteral("Données ouvertes")}));
        QVERIFY(capture->text().isEmpty());

        // The whole paste is one undo step.
        action(*window, "actionUndo")->trigger();
        QCOMPARE(window->document()->noteCount(), 0);
    }

    // A note over the cap (20,000 characters) is refused with the reason, and what was
    // typed stays in the bar to shorten or split: nothing is lost, nothing is stored.
    void aNoteTooLongIsRefusedAndKept()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        auto *capture = window->findChild<QLineEdit *>(QStringLiteral("captureEdit"));
        capture->setFocus();
        const QString tooLong = QStringLiteral("Transparencia ").repeated(1500); // 21,000 characters
        capture->setText(tooLong);
        QTest::keyClick(capture, Qt::Key_Return);
        QCOMPARE(window->document()->noteCount(), 0);
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("noteRefused"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("20,000")), qPrintable(box->text()));
        QCOMPARE(capture->text(), tooLong);
    }

    void notesMoveByKeysAndByDragAsOneStep()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        document->addNotes({EventDocument::makeNote(QStringLiteral("Move me"), NoteSource::Typed)});
        const qint64 id = document->noteIds().constFirst();
        const QPointF start = document->note(id)->pos;
        BoardView *view = window->boardView();
        view->setZoom(1);
        view->centerOn(window->boardView()->boardScene()->itemForNote(id));

        // Click selects; arrows move; holding an arrow is one undo step.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewportPoint(*window, id));
        QCOMPARE(view->boardScene()->selectedNoteIds(), QList<qint64>{id});
        const int steps = document->undoStack()->count();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(document->note(id)->pos, start + QPointF(20, 10));
        QCOMPARE(document->undoStack()->count(), steps + 1);

        // A drag is one step, committed on release.
        const QPoint from = viewportPoint(*window, id);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(view->viewport(), from + QPoint(i * 10, i * 5));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(100, 50));
        QCOMPARE(document->note(id)->pos, start + QPointF(20, 10) + QPointF(100, 50));
        QCOMPARE(document->undoStack()->count(), steps + 2);

        action(*window, "actionUndo")->trigger();
        QCOMPARE(document->note(id)->pos, start + QPointF(20, 10));
        QCOMPARE(view->boardScene()->itemForNote(id)->pos(), start + QPointF(20, 10));
    }

    void editRecolourAndDelete()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        document->addNotes({EventDocument::makeNote(QStringLiteral("Typo in nite"), NoteSource::Typed),
                            EventDocument::makeNote(QStringLiteral("Second"), NoteSource::Typed)});
        const qint64 first = document->noteIds().at(0);
        const qint64 second = document->noteIds().at(1);
        BoardView *view = window->boardView();
        view->boardScene()->selectNotes({first});
        view->setFocus();

        // F2 edits in place; Enter saves.
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Typo in note"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(document->note(first)->text, QStringLiteral("Typo in note"));
        QVERIFY(!view->isEditingNote());

        // Esc cancels an edit.
        QTest::keyClick(view, Qt::Key_F2);
        editor = view->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("lost"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(document->note(first)->text, QStringLiteral("Typo in note"));

        // Recolour the selection.
        view->boardScene()->selectNotes({first, second});
        action(*window, "actionColour_pink")->trigger();
        QCOMPARE(document->note(first)->colour, QStringLiteral("pink"));
        QCOMPARE(document->note(second)->colour, QStringLiteral("pink"));

        // Delete removes both; undo brings them back with their ids.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(document->noteCount(), 0);
        action(*window, "actionUndo")->trigger();
        QCOMPARE(document->noteIds(), (QList<qint64>{first, second}));
        QVERIFY(view->boardScene()->itemForNote(first));
    }

    void selectByRubberBandAndCtrlClick()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        QList<Note> notes;
        for (const char *text : {"one", "two", "three"})
            notes.append(EventDocument::makeNote(QString::fromLatin1(text), NoteSource::Typed));
        document->addNotes(notes);
        const QList<qint64> ids = document->noteIds();
        BoardView *view = window->boardView();
        view->setZoom(0.5);
        view->centerOn(view->boardScene()->itemForNote(ids.at(1)));

        // A drag on empty board above the first two notes selects both.
        const QPoint topLeft = view->mapFromScene(document->note(ids.at(0))->pos - QPointF(10, 10));
        const QPoint bottomRight = view->mapFromScene(document->note(ids.at(1))->pos + QPointF(100, 60));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, topLeft);
        QTest::mouseMove(view->viewport(), (topLeft + bottomRight) / 2);
        QTest::mouseMove(view->viewport(), bottomRight);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, bottomRight);
        QCOMPARE(view->boardScene()->selectedNoteIds(), (QList<qint64>{ids.at(0), ids.at(1)}));

        // Ctrl+click adds the third.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, viewportPoint(*window, ids.at(2)));
        QCOMPARE(view->boardScene()->selectedNoteIds(), ids);
        QCOMPARE(document->undoStack()->count(), 1);
    }

    void zoomAndPan()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        document->addNotes({EventDocument::makeNote(QStringLiteral("Zoom"), NoteSource::Typed)});
        BoardView *view = window->boardView();
        view->setZoom(1);

        // Wheel, Ctrl+plus and a trackpad pinch (native gesture) zoom in; Ctrl+0 fits all.
        QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > 1.2);
        view->setZoom(1);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.25);
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 1, QPointF(50, 50),
                                  QPointF(50, 50), view->mapToGlobal(QPointF(50, 50)), 0.2, QPointF());
        QApplication::sendEvent(view, &pinch);
        QCOMPARE(view->zoom(), 1.5);
        view->setZoom(3);
        view->centerOn(5000, 5000);
        const QRectF noteRect(document->note(document->noteIds().constFirst())->pos, Note::size());
        QVERIFY(!view->mapToScene(view->viewport()->rect()).boundingRect().intersects(noteRect));
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->mapToScene(view->viewport()->rect()).boundingRect().contains(noteRect));
        QVERIFY(view->zoom() <= 1.5);

        // Space+drag pans the board and moves no note.
        view->setZoom(1);
        const QPointF centreBefore = view->mapToScene(view->viewport()->rect().center());
        const QPointF noteBefore = document->note(document->noteIds().constFirst())->pos;
        QTest::keyPress(view, Qt::Key_Space);
        const QPoint start(300, 300);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view->viewport(), start + QPoint(60, 40));
        QTest::mouseMove(view->viewport(), start + QPoint(120, 80));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(120, 80));
        QTest::keyRelease(view, Qt::Key_Space);
        const QPointF centreAfter = view->mapToScene(view->viewport()->rect().center());
        QCOMPARE(centreAfter - centreBefore, QPointF(-120, -80));
        QCOMPARE(document->note(document->noteIds().constFirst())->pos, noteBefore);
    }

    void keyboardOrderFollowsTheScreen()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        QApplication::setActiveWindow(window.get());
        window->findChild<QLineEdit *>(QStringLiteral("captureEdit"))->setFocus();
        QStringList order{QApplication::focusWidget()->objectName()};
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order.append(QApplication::focusWidget()->objectName());
        }
        QCOMPARE(order, (QStringList{QStringLiteral("captureEdit"), QStringLiteral("captureColour"),
                                     QStringLiteral("captureAddButton"), QStringLiteral("searchEdit"),
                                     QStringLiteral("boardView")}));
    }

    // Screen readers read a description with each toolbar button, not only its name.
    void actionsHaveAccessibleDescriptions()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (const char *name : {"actionZoomIn", "actionZoomOut", "actionFitAll", "actionKiosk"}) {
            QWidget *button = toolBar->widgetForAction(action(*window, name));
            QVERIFY2(button, name);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), name);
            QCOMPARE(accessible->text(QAccessible::Description), action(*window, name)->statusTip());
            QVERIFY2(!accessible->text(QAccessible::Description).isEmpty(), name);
        }
    }

    void highContrastFromPreferencesIsRemembered()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        QVERIFY(!window->boardView()->boardScene()->isHighContrast());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QCheckBox *>(QStringLiteral("preferencesHighContrastCheck"))->click();
            dialog->accept();
        });
        action(*window, "actionPreferences")->trigger();
        QVERIFY(window->boardView()->boardScene()->isHighContrast());
        MainWindow next; // the next start keeps it
        QVERIFY(next.boardView()->boardScene()->isHighContrast());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            dialog->findChild<QCheckBox *>(QStringLiteral("preferencesHighContrastCheck"))->click();
            dialog->accept();
        });
        action(*window, "actionPreferences")->trigger();
        QVERIFY(!window->boardView()->boardScene()->isHighContrast());
    }

    void searchIgnoresAccents()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        document->addNotes({EventDocument::makeNote(QStringLiteral("Participación ciudadana"), NoteSource::Typed),
                            EventDocument::makeNote(QStringLiteral("Open data"), NoteSource::Typed)});
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("ciudadana  participacion")); // every word, any order
        BoardScene *scene = window->boardView()->boardScene();
        QVERIFY(scene->itemForNote(document->noteIds().at(0))->isHighlighted());
        QVERIFY(scene->itemForNote(document->noteIds().at(1))->isDimmed());
        QCOMPARE(scene->matchCount(), 1);
        search->clear();
        QVERIFY(!scene->itemForNote(document->noteIds().at(1))->isDimmed());
    }

    void badFileIsRefusedAndLeftUnchanged()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        const QString path = folder.writeFile(QStringLiteral("notes.cabildo"), QByteArray("text\nnot an event\n"));
        const QByteArray before = readAll(path);
        QVERIFY(!window->openFile(path));
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("notes.cabildo")));
        QCOMPARE(readAll(path), before);
        QVERIFY2(window->document(), "the open event stays open");
    }

    void busyFileOpensReadOnlyWhenAsked()
    {
        TestFolder folder;
        auto elsewhere = folder.newEvent(QStringLiteral("busy.cabildo")); // "another Cabildo" holds the lock
        MainWindow window;
        window.show();
        answerNextMessageBox(QString(), QMessageBox::Open);
        QVERIFY(window.openFile(folder.path(QStringLiteral("busy.cabildo"))));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("captureEdit"))->isEnabled());
        QVERIFY(!window.document()->addNotes({EventDocument::makeNote(QStringLiteral("x"), NoteSource::Typed)}));
        QCOMPARE(elsewhere->noteCount(), 0);
    }

    // A file with two names (hard links) is never written to, but the facilitator can look.
    void hardLinkedFileOpensReadOnlyWhenAsked()
    {
        TestFolder folder;
        folder.newEvent(QStringLiteral("linked.cabildo")).reset();
        QVERIFY(::link(QFile::encodeName(folder.path(QStringLiteral("linked.cabildo"))).constData(),
                       QFile::encodeName(folder.path(QStringLiteral("second-name.cabildo"))).constData())
                == 0);
        MainWindow window;
        window.show();
        answerNextMessageBox(QString(), QMessageBox::Open);
        QVERIFY(window.openFile(folder.path(QStringLiteral("linked.cabildo"))));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))
                    ->text()
                    .contains(QStringLiteral("more than one name")));
    }

    void droppingAFileOpensIt()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        folder.newEvent(QStringLiteral("dropped.cabildo"), QStringLiteral("Dropped event")).reset();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(folder.path(QStringLiteral("dropped.cabildo")))});
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(window.get(), &drop);
        delete mime;
        QCOMPARE(window->document()->event().title, QStringLiteral("Dropped event"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Dropped event")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("dropped.cabildo")));
    }

    void eventPropertiesUnchangedShowsNoEarlierError()
    {
        // An earlier refusal (a theme without notes) must not come back when the event's
        // properties are confirmed without a change: that call has nothing to report.
        TestFolder folder;
        auto window = openWindow(folder);
        QVERIFY(
            !window->document()->createTheme(QStringLiteral("Empty"), QStringLiteral("blue"), {}).error().isEmpty());
        const EventInfo before = window->document()->event();
        bool accepted = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                dialog->accept();
                accepted = true;
            }
        });
        action(*window, "actionEventProperties")->trigger();
        QVERIFY(accepted);
        QCOMPARE(window->document()->event(), before);
        QCoreApplication::processEvents();
        QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("errorMessage")));
    }

    void typedNoteTheFileRefusesStaysTyped()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        {
            RawDb raw(window->document()->filePath());
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        auto *capture = window->findChild<QLineEdit *>(QStringLiteral("captureEdit"));
        QTest::keyClicks(capture, QStringLiteral("Do not lose me"));
        QTest::keyClick(capture, Qt::Key_Return);
        QCOMPARE(window->document()->noteCount(), 0);
        QCOMPARE(capture->text(), QStringLiteral("Do not lose me"));
        QVERIFY(window->findChild<QMessageBox *>(QStringLiteral("errorMessage")));
    }

    void switchingEventsWhileEditingSavesIntoTheRightEvent()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *first = window->document();
        first->addNotes({EventDocument::makeNote(QStringLiteral("First event's note"), NoteSource::Typed)});
        const QString firstPath = first->filePath();
        {
            auto other = folder.newEvent(QStringLiteral("other.cabildo"), QStringLiteral("Other"));
            other->addNotes({EventDocument::makeNote(QStringLiteral("Other event's note"), NoteSource::Typed)});
        }
        BoardView *view = window->boardView();
        view->boardScene()->selectNotes(first->noteIds());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor);
        editor->setPlainText(QStringLiteral("Edited before switching"));

        QVERIFY(window->openFile(folder.path(QStringLiteral("other.cabildo"))));
        EventDocument *other = window->document();
        QCOMPARE(other->note(other->noteIds().constFirst())->text, QStringLiteral("Other event's note"));
        QCOMPARE(other->undoStack()->count(), 0);
        QVERIFY(!view->isEditingNote());

        // The edit went into the event it was made in.
        QVERIFY(window->openFile(firstPath));
        QCOMPARE(window->document()->note(window->document()->noteIds().constFirst())->text,
                 QStringLiteral("Edited before switching"));
    }

    void reopeningTheOpenEventKeepsItWritable()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        QVERIFY(window->openFile(document->filePath()));
        QCOMPARE(window->document(), document);
        QVERIFY(!window->document()->isReadOnly());
        QVERIFY(!window->findChild<QMessageBox *>());
    }

    void saveAsFromReadOnlyGivesAnEditableCopy()
    {
        TestFolder folder;
        auto elsewhere = folder.newEvent(QStringLiteral("busy.cabildo"));
        MainWindow window;
        window.show();
        answerNextMessageBox(QString(), QMessageBox::Open);
        QVERIFY(window.openFile(folder.path(QStringLiteral("busy.cabildo"))));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.document()->saveAs(folder.path(QStringLiteral("copy.cabildo"))));
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("captureEdit"))->isEnabled());
        QVERIFY(window.boardView()->boardScene()->isEditable());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("copy.cabildo")));
    }

    void kioskFromTheMenuWithSetupAndPinDialogs()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        // The setup dialog: choose a PIN twice, start.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<KioskSetupDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("kioskPinEdit")), QStringLiteral("2468"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("kioskPinConfirmEdit")),
                             QStringLiteral("2468"));
            dialog->accept();
        });
        action(*window, "actionKiosk")->trigger();
        KioskWindow *kiosk = window->kioskWindow();
        QVERIFY(kiosk);
        QVERIFY(kiosk->isVisible());
        // Same screen: the main window takes no input until the kiosk ends.
        QVERIFY(!window->isEnabled());

        // The facilitator's button asks for the PIN.
        QTest::mouseClick(kiosk->findChild<QPushButton *>(QStringLiteral("kioskExitButton")), Qt::LeftButton);
        QDialog *pinDialog = nullptr;
        QTRY_VERIFY((pinDialog = kiosk->findChild<QDialog *>(QStringLiteral("kioskPinDialog"))));
        QTest::keyClicks(pinDialog->findChild<QLineEdit *>(QStringLiteral("kioskUnlockPinEdit")),
                         QStringLiteral("2468"));
        QTest::mouseClick(pinDialog->findChild<QPushButton *>(QStringLiteral("kioskUnlockButton")), Qt::LeftButton);
        QTRY_VERIFY(!window->kioskWindow());
        QVERIFY(window->isEnabled());
        QVERIFY(action(*window, "actionKiosk")->isEnabled());
    }

    void kioskModeStartsAndLeavesWithThePin()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        window->enterKiosk(QGuiApplication::primaryScreen(), QStringLiteral("2468"));
        QVERIFY(window->kioskWindow());
        QVERIFY(window->kioskWindow()->isVisible());
        QVERIFY(!action(*window, "actionKiosk")->isEnabled());
        QVERIFY(!window->kioskWindow()->tryUnlock(QStringLiteral("1111")));
        QVERIFY(window->kioskWindow()->isVisible());
        QVERIFY(window->kioskWindow()->tryUnlock(QStringLiteral("2468")));
        QTRY_VERIFY(!window->kioskWindow());
        QVERIFY(action(*window, "actionKiosk")->isEnabled());
    }

    // Logging out sends SIGTERM: Cabildo closes the event properly (WAL checkpointed into
    // the file, lock removed), as if the facilitator had quit.
    void terminationSignalClosesTheEventCleanly()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("term.cabildo"));
        folder.newEvent(QStringLiteral("term.cabildo")).reset();
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(environment);
        app.start(cabildoBinary(), {path});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral(".lock")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("-wal")), 15000);
        app.terminate(); // SIGTERM
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // A file the user cannot write opens read-only, saying so. Root can write a 0444 file,
    // so as root the test re-runs itself as "nobody" on a file prepared here.
    void readOnlyFileOpensReadOnly()
    {
        const QString given = qEnvironmentVariable("CABILDO_READONLY_FILE");
        if (!given.isEmpty()) {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(given));
            QVERIFY(window.document()->isReadOnly());
            QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
            auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
            QVERIFY(banner->isVisible());
            QVERIFY(banner->text().contains(QStringLiteral("read-only")));
            QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("captureEdit"))->isEnabled());
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionImportCsv"))->isEnabled());
            QCOMPARE(window.document()->noteCount(), 1);
            return;
        }
        if (geteuid() != 0)
            QSKIP("needs root to prepare a file for the unprivileged user");
        QTemporaryDir dir(QStringLiteral("/tmp/cabildo-readonly-XXXXXX"));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup);
        const QString path = dir.filePath(QStringLiteral("locked.cabildo"));
        {
            QString error;
            auto document =
                EventDocument::create(path, QStringLiteral("Locked"), QString(), QStringLiteral("UTC"), &error);
            QVERIFY(document);
            document->addNotes({EventDocument::makeNote(QStringLiteral("Only note"), NoteSource::Typed)});
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = readAll(path);

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CABILDO_READONLY_FILE"), path);
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        // Run a copy from the temporary folder: the build folder may be out of nobody's reach.
        const QString copy = dir.filePath(QStringLiteral("tst_ui_mainwindow"));
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), copy));
        QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ExeOther | QFileDevice::ReadOther);
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                     QStringLiteral("--clear-groups"), copy, QStringLiteral("readOnlyFileOpensReadOnly")});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(readAll(path), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
