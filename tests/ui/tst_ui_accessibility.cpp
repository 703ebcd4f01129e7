// The board for people who do not use a mouse or do not see it well: notes read back
// through QAccessible (as a screen reader would), Tab/arrow/Esc selection and moving,
// visible focus, WCAG contrast of both palettes, high contrast, and note text that
// follows the system font. Set CABILDO_SCREENSHOT_DIR to keep PNGs of the board (run
// with QT_SCALE_FACTOR=2 to look at it at 200 %).
#include "board/boardaccessible.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "document/eventdocument.h"
#include "mainwindow.h"
#include "model/notecolour.h"
#include "testevent.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/** A window holding a field, the board and another field, on a real event file. */
struct BoardWindow
{
    TestFolder folder;
    std::unique_ptr<EventDocument> document = folder.newEvent();
    QWidget window;
    QLineEdit *before = new QLineEdit(&window);
    BoardScene *scene = new BoardScene(&window);
    BoardView *view = new BoardView(scene, &window);
    QLineEdit *after = new QLineEdit(&window);

    BoardWindow()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(view, 1);
        layout->addWidget(after);
        before->setObjectName(QStringLiteral("before"));
        after->setObjectName(QStringLiteral("after"));
        scene->setDocument(document.get());
        window.resize(1000, 700);
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("window not active");
        view->setZoom(1);
    }

    /** Adds notes at given places; returns their ids in the order given. */
    QList<qint64> addNotes(const QList<std::tuple<QString, QPointF, QString>> &notes)
    {
        QList<Note> list;
        for (const auto &[text, pos, colour] : notes) {
            Note note = EventDocument::makeNote(text, NoteSource::Typed);
            note.pos = pos;
            note.colour = colour;
            list.append(note);
        }
        const QList<qint64> known = document->noteIds();
        if (!document->addNotes(list))
            qWarning("notes not added");
        QList<qint64> ids;
        for (qint64 id : document->noteIds())
            if (!known.contains(id))
                ids.append(id);
        return ids;
    }

    QString textOf(qint64 id) const { return document->note(id)->text; }
    QList<qint64> selected() const { return scene->selectedNoteIds(); }
};

/** Two rows, placed by hand (not level), added out of reading order. */
QList<std::tuple<QString, QPointF, QString>> twoRows()
{
    const QString yellow = QStringLiteral("yellow");
    return {
        {QStringLiteral("Row 2, left"), {0, 200}, QStringLiteral("green")},
        {QStringLiteral("Row 1, right"), {440, -20}, QStringLiteral("purple")},
        {QStringLiteral("Row 1, left"), {0, 0}, yellow},
        {QStringLiteral("Row 2, right"), {230, 190}, QStringLiteral("blue")},
        {QStringLiteral("Row 1, middle"), {220, 10}, QStringLiteral("pink")},
    };
}

const QStringList readingOrder{QStringLiteral("Row 1, left"), QStringLiteral("Row 1, middle"),
                               QStringLiteral("Row 1, right"), QStringLiteral("Row 2, left"),
                               QStringLiteral("Row 2, right")};

struct RecordedEvent
{
    QAccessible::Event type;
    QString name;
    bool selectionChanged = false;
};
QList<RecordedEvent> recordedEvents;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    RecordedEvent recorded{event->type(), iface ? iface->text(QAccessible::Name) : QString()};
    if (event->type() == QAccessible::StateChanged)
        recorded.selectionChanged = static_cast<QAccessibleStateChangeEvent *>(event)->changedStates().selected;
    recordedEvents.append(recorded);
}

bool hasEvent(QAccessible::Event type, const QString &name)
{
    return std::any_of(recordedEvents.cbegin(), recordedEvents.cend(),
                       [&](const RecordedEvent &event) { return event.type == type && event.name == name; });
}

QColor pixel(const QImage &image, QPointF logical)
{
    return image.pixelColor((logical * image.devicePixelRatio()).toPoint());
}

/** How many dark pixels along the top of a note's focus ring (6 units inside the card). */
int darkPixelsOnRing(BoardView *view, qint64 id)
{
    const QImage image = view->viewport()->grab().toImage();
    const QPointF topLeft = view->boardScene()->itemForNote(id)->pos();
    int dark = 0;
    for (int x = 12; x < 188; ++x) {
        const QColor colour = pixel(image, view->mapFromScene(topLeft + QPointF(x, 6)));
        dark += colour.lightness() < 60;
    }
    return dark;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { recordedEvents.clear(); }

    void notesAreReadBackThroughQAccessibleInTheMainWindow()
    {
        TestFolder folder;
        MainWindow window;
        window.setDocument(folder.newEvent());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EventDocument *document = window.document();
        QList<Note> notes;
        for (const auto &[text, pos, colour] : twoRows()) {
            Note note = EventDocument::makeNote(text, NoteSource::Typed);
            note.pos = pos;
            note.colour = colour;
            notes.append(note);
        }
        QVERIFY(document->addNotes(notes));
        BoardView *view = window.boardView();
        view->setZoom(1);
        view->centerOn(view->boardScene()->notesBoundingRect().center());

        QAccessibleInterface *board = QAccessible::queryAccessibleInterface(view);
        QVERIFY(board);
        QVERIFY(dynamic_cast<BoardAccessible *>(board));
        QCOMPARE(board->role(), QAccessible::List);
        QVERIFY(!board->text(QAccessible::Name).isEmpty());
        QVERIFY(board->childCount() >= 5);

        // Each note, in reading order: its text as name, its colour's name as description.
        for (int i = 0; i < 5; ++i) {
            QAccessibleInterface *note = board->child(i);
            QVERIFY(note);
            QVERIFY(note->isValid());
            QCOMPARE(note->role(), QAccessible::ListItem);
            QCOMPARE(note->text(QAccessible::Name), readingOrder.at(i));
            QCOMPARE(note->parent(), board);
            QCOMPARE(board->indexOfChild(note), i);
            QCOMPARE(board->child(i), note); // the same interface each time, not a new one
            const auto *item = static_cast<NoteAccessible *>(note);
            const QString colourName = NoteColour::byKey(document->note(item->noteId())->colour).displayName();
            QVERIFY2(note->text(QAccessible::Description).contains(colourName), qPrintable(colourName));
            // On screen where the card is, and the board finds it there.
            const QRect rect = note->rect();
            QCOMPARE(rect.size(), Note::size().toSize());
            QVERIFY(board->rect().contains(rect.center()));
            QCOMPARE(board->childAt(rect.center().x(), rect.center().y()), note);
            QVERIFY(!note->state().selected);
            QVERIFY(note->state().selectable);
        }
        QCOMPARE(board->child(0)->text(QAccessible::Description),
                 NoteColour::byKey(QStringLiteral("yellow")).displayName());

        // The viewport follows the notes, so that the note editor inside it is reachable.
        QAccessibleInterface *viewport = board->child(5);
        QVERIFY(viewport);
        QCOMPARE(viewport->object(), view->viewport());
        QCOMPARE(board->indexOfChild(viewport), 5);

        // Selection shows in the state, and the keyboard's note is the focus child.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab);
        QAccessibleInterface *first = board->child(0);
        QVERIFY(first->state().selected);
        QVERIFY(view->hasFocus());
        QVERIFY(first->state().focused);
        QCOMPARE(board->focusChild(), first);
        QVERIFY(!board->child(1)->state().selected);
    }

    void noteInterfacesNeverDangle()
    {
        BoardWindow w;
        const QList<qint64> ids = w.addNotes(twoRows());
        QAccessibleInterface *board = QAccessible::queryAccessibleInterface(w.view);
        const int widgets = board->childCount() - 5;
        QAccessibleInterface *note = board->child(0);
        const qint64 removed = static_cast<NoteAccessible *>(note)->noteId();
        const QAccessible::Id id = QAccessible::uniqueId(note);
        QCOMPARE(QAccessible::accessibleInterface(id), note);

        // The note goes: its interface is deleted and unregistered, the list is one shorter.
        QVERIFY(w.document->removeNotes({removed}));
        QVERIFY(!QAccessible::accessibleInterface(id));
        QCOMPARE(board->childCount(), widgets + 4);
        QCOMPARE(board->child(0)->text(QAccessible::Name), readingOrder.at(1));

        // Undo brings it back, readable again through a new interface.
        w.document->undoStack()->undo();
        QCOMPARE(board->childCount(), widgets + 5);
        QCOMPARE(board->child(0)->text(QAccessible::Name), readingOrder.at(0));
        QVERIFY(board->child(0)->isValid());

        // Another event on the same board: every old interface goes.
        QList<QAccessible::Id> old;
        for (int i = 0; i < 5; ++i)
            old.append(QAccessible::uniqueId(board->child(i)));
        w.view->selectNote(ids.at(2)); // deselected on the way out, while being listened to
        auto other = w.folder.newEvent(QStringLiteral("other.cabildo"));
        QVERIFY(other->addNotes({EventDocument::makeNote(QStringLiteral("Elsewhere"), NoteSource::Typed)}));
        w.scene->setDocument(other.get());
        for (QAccessible::Id gone : old)
            QVERIFY(!QAccessible::accessibleInterface(gone));
        QCOMPARE(board->childCount(), widgets + 1);
        QCOMPARE(board->child(0)->text(QAccessible::Name), QStringLiteral("Elsewhere"));
        QCOMPARE(w.view->accessibleNotes()->interfaceCount(), 1);
        w.scene->setDocument(w.document.get());
    }

    void changesAreAnnounced()
    {
        BoardWindow w;
        const QList<qint64> ids = w.addNotes(twoRows());
        QAccessibleInterface *board = QAccessible::queryAccessibleInterface(w.view);
        for (int i = 0; i < board->childCount(); ++i)
            board->child(i); // a screen reader has looked at every note
        w.view->accessibleNotes()->setEventObserver(recordEvent);

        // Tab: the note is selected and has the focus.
        w.view->setFocus();
        QTest::keyClick(w.view, Qt::Key_Tab);
        QVERIFY(std::any_of(recordedEvents.cbegin(), recordedEvents.cend(), [](const RecordedEvent &event) {
            return event.type == QAccessible::StateChanged && event.selectionChanged
                   && event.name == readingOrder.at(0);
        }));
        QVERIFY(w.view->hasFocus());
        QVERIFY(hasEvent(QAccessible::Focus, readingOrder.at(0)));
        QVERIFY(hasEvent(QAccessible::SelectionWithin, w.view->accessibleName()));

        // Coming back to the board: the note the keyboard is on has the focus again.
        w.after->setFocus();
        recordedEvents.clear();
        w.view->setFocus(Qt::BacktabFocusReason);
        QCoreApplication::processEvents();
        QVERIFY(hasEvent(QAccessible::Focus, readingOrder.at(0)));

        // Text, colour and place changes, and a note going away.
        recordedEvents.clear();
        const qint64 first = w.scene->notesInReadingOrder().constFirst();
        QVERIFY(w.document->editNoteText(first, QStringLiteral("Renamed")));
        QVERIFY(hasEvent(QAccessible::NameChanged, QStringLiteral("Renamed")));
        QVERIFY(w.document->recolourNotes({first}, QStringLiteral("grey")));
        QVERIFY(hasEvent(QAccessible::DescriptionChanged, QStringLiteral("Renamed")));
        QTest::keyClick(w.view, Qt::Key_Right);
        QVERIFY(hasEvent(QAccessible::LocationChanged, QStringLiteral("Renamed")));
        QVERIFY(w.document->removeNotes({first}));
        QVERIFY(hasEvent(QAccessible::ObjectDestroyed, QStringLiteral("Renamed")));
        QVERIFY(w.document->addNotes({EventDocument::makeNote(QStringLiteral("New one"), NoteSource::Typed)}));
        QVERIFY(hasEvent(QAccessible::ObjectCreated, QStringLiteral("New one")));
        Q_UNUSED(ids);
    }

    void tabSelectsNotesInReadingOrderAndCtrlTabLeaves()
    {
        BoardWindow w;
        w.addNotes(twoRows());
        w.view->setFocus();
        QVERIFY(w.view->hasFocus());

        QStringList visited;
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(w.view, Qt::Key_Tab);
            QCOMPARE(w.selected().size(), 1);
            QCOMPARE(w.scene->currentNoteId(), w.selected().constFirst());
            visited.append(w.textOf(w.selected().constFirst()));
        }
        QCOMPARE(visited, readingOrder + QStringList{readingOrder.constFirst()}); // round the board
        QVERIFY2(w.view->hasFocus(), "Tab stays on the board");

        // Shift+Tab (as X11 sends it, and as Shift with Tab) goes back.
        QTest::keyClick(w.view, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(w.textOf(w.selected().constFirst()), readingOrder.constLast());
        QTest::keyClick(w.view, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(w.textOf(w.selected().constFirst()), readingOrder.at(3));

        // The selected note is brought into view.
        w.view->centerOn(5000, 5000);
        QTest::keyClick(w.view, Qt::Key_Tab);
        const QRectF visible = w.view->mapToScene(w.view->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(w.scene->itemForNote(w.selected().constFirst())->sceneBoundingRect()));

        // A click makes a note the current one: Tab goes on from there.
        w.view->centerOn(w.scene->notesBoundingRect().center());
        const qint64 middle = w.scene->notesInReadingOrder().at(1);
        QTest::mouseClick(w.view->viewport(), Qt::LeftButton, {},
                          w.view->mapFromScene(w.scene->itemForNote(middle)->sceneBoundingRect().center()));
        QCOMPARE(w.scene->currentNoteId(), middle);
        QTest::keyClick(w.view, Qt::Key_Tab);
        QCOMPARE(w.textOf(w.selected().constFirst()), readingOrder.at(2));

        // Ctrl+Tab and Ctrl+Shift+Tab leave the board, forwards and backwards.
        QTest::keyClick(w.view, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(w.after->hasFocus());
        w.view->setFocus();
        QTest::keyClick(w.view, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w.before->hasFocus());

        // An empty board has nothing to select: Tab moves on.
        w.scene->setDocument(nullptr);
        w.view->setFocus();
        QTest::keyClick(w.view, Qt::Key_Tab);
        QVERIFY(w.after->hasFocus());
        w.scene->setDocument(w.document.get());
    }

    void arrowsSelectThenMoveAndEscClears()
    {
        BoardWindow w;
        w.addNotes(twoRows());
        const qint64 target = w.scene->notesInReadingOrder().at(3); // row 2, left
        w.view->centerOn(w.scene->itemForNote(target)->sceneBoundingRect().center() + QPointF(30, 0));
        w.view->setFocus();
        const QPointF start = w.document->note(target)->pos;
        const int steps = w.document->undoStack()->count();

        // Nothing selected: the first arrow selects the note nearest the middle, moving nothing.
        QTest::keyClick(w.view, Qt::Key_Right);
        QCOMPARE(w.selected(), QList<qint64>{target});
        QCOMPARE(w.scene->currentNoteId(), target);
        QCOMPARE(w.document->note(target)->pos, start);
        QCOMPARE(w.document->undoStack()->count(), steps);

        // Then the arrows move it, Shift in bigger steps, as one undo step.
        QTest::keyClick(w.view, Qt::Key_Right);
        QTest::keyClick(w.view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(w.document->note(target)->pos, start + QPointF(10, 50));
        QCOMPARE(w.document->undoStack()->count(), steps + 1);

        // Esc clears the selection; the note stays current, so Tab goes on from it.
        QTest::keyClick(w.view, Qt::Key_Escape);
        QVERIFY(w.selected().isEmpty());
        QCOMPARE(w.scene->currentNoteId(), target);
        QTest::keyClick(w.view, Qt::Key_Tab);
        QCOMPARE(w.textOf(w.selected().constFirst()), readingOrder.at(4));

        // Enter edits the note the keyboard selected.
        QTest::keyClick(w.view, Qt::Key_Return);
        QVERIFY(w.view->isEditingNote());
        w.view->finishEditing(false);
    }

    void tabVisitsSearchMatchesOnly()
    {
        BoardWindow w;
        w.addNotes(twoRows());
        w.scene->setSearchTerm(QStringLiteral("right"));
        w.view->setFocus();
        QTest::keyClick(w.view, Qt::Key_Tab);
        QCOMPARE(w.textOf(w.selected().constFirst()), QStringLiteral("Row 1, right"));
        QTest::keyClick(w.view, Qt::Key_Tab);
        QCOMPARE(w.textOf(w.selected().constFirst()), QStringLiteral("Row 2, right"));
        QTest::keyClick(w.view, Qt::Key_Tab);
        QCOMPARE(w.textOf(w.selected().constFirst()), QStringLiteral("Row 1, right"));
    }

    void readOnlyBoardSelectsNothingFromTheKeyboard()
    {
        // As in the kiosk and for events open read-only.
        BoardWindow w;
        w.addNotes(twoRows());
        w.scene->setEditable(false);
        w.view->setFocus();
        for (Qt::Key key : {Qt::Key_Right, Qt::Key_Left, Qt::Key_Up, Qt::Key_Down, Qt::Key_Return, Qt::Key_Escape})
            QTest::keyClick(w.view, key);
        QVERIFY(w.selected().isEmpty());
        QCOMPARE(w.scene->currentNoteId(), 0);
        QTest::keyClick(w.view, Qt::Key_Tab);
        QVERIFY(w.selected().isEmpty());
        QVERIFY2(w.after->hasFocus(), "Tab moves on, as in any read-only widget");
        QVERIFY(!w.view->selectNextNote(true));
        QVERIFY(!w.view->selectNoteNearestCentre());
        w.view->selectNote(w.scene->notesInReadingOrder().constFirst());
        QVERIFY(w.selected().isEmpty());

        // Assistive technology reads the notes, but offers no way to select them.
        QAccessibleInterface *board = QAccessible::queryAccessibleInterface(w.view);
        QAccessibleInterface *note = board->child(0);
        QCOMPARE(note->text(QAccessible::Name), readingOrder.at(0));
        QVERIFY(!note->state().selectable);
        QVERIFY(note->actionInterface()->actionNames().isEmpty());
        note->actionInterface()->doAction(QAccessibleActionInterface::setFocusAction());
        QVERIFY(w.selected().isEmpty());
    }

    void focusIsVisible()
    {
        BoardWindow w;
        const QList<qint64> ids = w.addNotes(twoRows());
        w.view->centerOn(w.scene->notesBoundingRect().center());
        w.view->setFocus();
        QVERIFY(w.view->hasFocus());
        QTest::keyClick(w.view, Qt::Key_Tab);
        const qint64 current = w.scene->currentNoteId();
        QVERIFY(current);
        saveScreenshot(&w.window, QStringLiteral("board-focused.png"));

        // A frame in the highlight colour in the margin around the viewport...
        const QPoint inMargin = w.view->viewport()->geometry().topLeft() - QPoint(2, 2);
        QCOMPARE(pixel(w.view->grab().toImage(), inMargin), w.view->palette().color(QPalette::Highlight));
        // ...and a dashed ring on the current note, with light and dark dashes.
        const int focusedDark = darkPixelsOnRing(w.view, current);
        QVERIFY2(focusedDark > 30 && focusedDark < 150, qPrintable(QString::number(focusedDark)));

        // Both go when the board loses the keyboard; the selection outline stays.
        w.after->setFocus();
        QVERIFY(!w.view->hasFocus());
        QCOMPARE(pixel(w.view->grab().toImage(), inMargin), w.scene->backgroundBrush().color());
        QCOMPARE(darkPixelsOnRing(w.view, current), 0);
        QVERIFY(w.scene->itemForNote(current)->isSelected());

        // Accessible through the interface as well: activating a note focuses and selects it.
        const qint64 other = ids.at(0);
        QAccessibleInterface *board = QAccessible::queryAccessibleInterface(w.view);
        QAccessibleInterface *note = board->child(w.scene->readingIndexOf(other));
        note->actionInterface()->doAction(QAccessibleActionInterface::setFocusAction());
        QCOMPARE(w.selected(), QList<qint64>{other});
        QVERIFY(w.view->hasFocus());
        QVERIFY(darkPixelsOnRing(w.view, other) > 30);
    }

    void standardPaletteMeetsWcagAA_data()
    {
        QTest::addColumn<QString>("key");
        for (const NoteColour &colour : NoteColour::palette())
            QTest::newRow(qPrintable(colour.key)) << colour.key;
    }

    void standardPaletteMeetsWcagAA()
    {
        QFETCH(QString, key);
        const NoteColour colour = NoteColour::byKey(key);
        QCOMPARE(colour.text, QColor(Qt::black));
        const qreal ratio = NoteColour::contrastRatio(colour.fill, colour.text);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(key).arg(ratio, 0, 'f', 2)));
        QVERIFY(!colour.displayName().isEmpty());
    }

    void contrastFollowsWcag()
    {
        // Reference values from the WCAG definition.
        QCOMPARE(NoteColour::relativeLuminance(Qt::black), 0.0);
        QCOMPARE(NoteColour::relativeLuminance(Qt::white), 1.0);
        QCOMPARE(NoteColour::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(NoteColour::contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(NoteColour::contrastRatio(Qt::red, Qt::red), 1.0);
        QVERIFY(qAbs(NoteColour::relativeLuminance(QColor(0x80, 0x80, 0x80)) - 0.2159) < 0.0005);
        // #767676 is the lightest grey that passes AA on white; #777777 just fails.
        QVERIFY(NoteColour::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(NoteColour::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        QCOMPARE(NoteColour::readableTextOn(QColor(0x0d, 0x47, 0xa1)), QColor(Qt::white));
        QCOMPARE(NoteColour::readableTextOn(QColor(0xff, 0xe6, 0x00)), QColor(Qt::black));
    }

    void highContrastPaletteMeetsWcagAAA_data()
    {
        QTest::addColumn<QString>("key");
        for (const NoteColour &colour : NoteColour::highContrastPalette())
            QTest::newRow(qPrintable(colour.key)) << colour.key;
    }

    void highContrastPaletteMeetsWcagAAA()
    {
        QFETCH(QString, key);
        QVERIFY2(NoteColour::isKnown(key), "the same keys as the standard palette");
        const NoteColour colour = NoteColour::byKey(key, NoteColour::Contrast::High);
        QCOMPARE(colour.key, key);
        const qreal ratio = NoteColour::contrastRatio(colour.fill, colour.text);
        QVERIFY2(ratio >= 7, qPrintable(QStringLiteral("%1: %2:1").arg(key).arg(ratio, 0, 'f', 2)));
        QVERIFY2(colour.fill != NoteColour::byKey(key).fill, "a stronger colour");
        QCOMPARE(colour.displayName(), NoteColour::byKey(key).displayName());
    }

    void highContrastRestylesTheBoard()
    {
        QCOMPARE(NoteColour::highContrastPalette().size(), NoteColour::palette().size());
        BoardWindow w;
        QList<std::tuple<QString, QPointF, QString>> notes;
        for (int i = 0; i < NoteColour::palette().size(); ++i)
            notes.append({QStringLiteral("Note %1").arg(i), QPointF(i * 220, 0), NoteColour::palette().at(i).key});
        const QList<qint64> ids = w.addNotes(notes);
        const QColor standardBoard = w.scene->backgroundBrush().color();
        w.view->centerOn(w.scene->itemForNote(ids.at(0)));

        w.scene->setHighContrast(true);
        QVERIFY(w.scene->isHighContrast());
        QVERIFY(w.scene->backgroundBrush().color() != standardBoard);
        for (qint64 id : ids) {
            const NoteItem *item = w.scene->itemForNote(id);
            const NoteColour expected = NoteColour::byKey(item->colourKey(), NoteColour::Contrast::High);
            QCOMPARE(item->fill(), expected.fill);
            QCOMPARE(item->textColour(), expected.text);
            QVERIFY(NoteColour::contrastRatio(item->fill(), item->textColour()) >= 7);
        }
        // Painted: a black border inside the card, no shadow outside it.
        const QImage image = w.view->viewport()->grab().toImage();
        const QPointF card = w.scene->itemForNote(ids.at(0))->pos();
        QCOMPARE(pixel(image, w.view->mapFromScene(card + QPointF(1.5, 70))), QColor(Qt::black));
        QCOMPARE(pixel(image, w.view->mapFromScene(card + QPointF(70, 138.5))), QColor(Qt::black));
        QCOMPARE(pixel(image, w.view->mapFromScene(card + QPointF(201.5, 70))), w.scene->backgroundBrush().color());
        QCOMPARE(pixel(image, w.view->mapFromScene(card + QPointF(100, 70))).rgb(),
                 NoteColour::byKey(QStringLiteral("yellow"), NoteColour::Contrast::High).fill.rgb());
        saveScreenshot(&w.window, QStringLiteral("board-high-contrast.png"));

        // A note added or recoloured meanwhile takes the high-contrast colours too.
        QVERIFY(w.document->recolourNotes({ids.at(0)}, QStringLiteral("blue")));
        QCOMPARE(w.scene->itemForNote(ids.at(0))->textColour(), QColor(Qt::white));

        w.scene->setHighContrast(false);
        QCOMPARE(w.scene->backgroundBrush().color(), standardBoard);
        QCOMPARE(w.scene->itemForNote(ids.at(0))->fill(), NoteColour::byKey(QStringLiteral("blue")).fill);
        QCOMPARE(w.scene->itemForNote(ids.at(0))->textColour(), QColor(Qt::black));
    }

    void noteTextFollowsTheSystemFont()
    {
        QFont font;
        font.setPointSizeF(10);
        QCOMPARE(NoteStyle::fontFor(font).pointSizeF(), 15.0);
        font.setPointSizeF(14);
        QCOMPARE(NoteStyle::fontFor(font).pointSizeF(), 21.0);
        font.setPointSizeF(8);
        QCOMPARE(NoteStyle::fontFor(font).pointSizeF(), 15.0); // never smaller than a room can read
        font.setPointSizeF(40);
        QCOMPARE(NoteStyle::fontFor(font).pointSizeF(), 30.0); // a card still holds a few words
        font.setPixelSize(20);                                 // 15 pt at 96 dpi
        QCOMPARE(NoteStyle::fontFor(font).pointSizeF(), 22.5);

        // A larger system font (as QApplication::setFont() from the platform) reaches the notes.
        BoardWindow w;
        const QList<qint64> ids = w.addNotes(twoRows());
        const QFont original = QApplication::font();
        QFont larger = original;
        larger.setPointSizeF(16);
        QApplication::setFont(larger);
        QCoreApplication::processEvents();
        QCOMPARE(w.scene->noteStyle().font.pointSizeF(), 24.0);
        QCOMPARE(w.scene->itemForNote(ids.at(0))->font().pointSizeF(), 24.0);
        saveScreenshot(&w.window, QStringLiteral("board-large-font.png"));
        QApplication::setFont(original);
        QCoreApplication::processEvents();
        QCOMPARE(w.scene->noteStyle().font, NoteStyle::fontFor(original));
    }

    void boardAtThisScale()
    {
        // Run with QT_SCALE_FACTOR=2 and CABILDO_SCREENSHOT_DIR to look at the board at 200 %.
        BoardWindow w;
        w.addNotes(twoRows());
        w.addNotes({{QStringLiteral("A longer note that says more than fits on one card: participación ciudadana, "
                                    "données ouvertes, transparência e dados abertos para todos, and then some"),
                     QPointF(460, 200), QStringLiteral("orange")}});
        w.view->centerOn(w.scene->notesBoundingRect().center());
        w.view->setFocus();
        QTest::keyClick(w.view, Qt::Key_Tab);
        QTest::keyClick(w.view, Qt::Key_Tab);
        const QImage image = w.window.grab().toImage();
        QCOMPARE(image.devicePixelRatio(), w.window.devicePixelRatioF());
        QCOMPARE(image.size(), w.window.size() * w.window.devicePixelRatioF());
        saveScreenshot(&w.window, QStringLiteral("board-scale-%1.png").arg(w.window.devicePixelRatioF()));
        w.scene->setHighContrast(true);
        saveScreenshot(&w.window, QStringLiteral("board-scale-%1-high-contrast.png").arg(w.window.devicePixelRatioF()));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_ui_accessibility.moc"
