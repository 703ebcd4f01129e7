// The board at real size (issue 11, items 1, 5, 6 and 12), in the real main window and
// the kiosk, offscreen, measured rather than looked at: themes accepted one by one make
// rows of frames whose titles are readable (12 px or more) and apart at Fit All on a
// 1366×768 laptop and a 1920×1080 projector; Tidy Up is one step; a frame the facilitator
// moved stays; a note shows whole on hover, in its editor and on a kiosk tap; Enter and
// F3 go from search match to match; line breaks stay breaks.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "board/themeitem.h"
#include "board/themelayer.h"
#include "document/eventdocument.h"
#include "grouping/languagework.h"
#include "i18n/translations.h"
#include "kiosk/kioskwindow.h"
#include "mainwindow.h"
#include "realsizeevent.h"
#include "testevent.h"
#include "themeactions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace cabildo;
using namespace cabildo::test;

namespace {

const QString lineBreakNote = QStringLiteral("Un \"portail\" unique\npour toutes les données");

/** A theme title as the view shows it at its zoom, in viewport pixels. */
struct ShownTitle
{
    QString title;
    QStringList lines;
    QRect rect;
    qreal linePixels = 0;
};

QList<ShownTitle> shownTitles(BoardView *view)
{
    QList<ShownTitle> titles;
    const EventDocument *document = view->boardScene()->document();
    for (qint64 id : document->themeIds()) {
        const ThemeItem *item = view->boardScene()->themes()->itemForTheme(id);
        const ThemeItem::TitleLayout layout = item->titleLayout(view->zoom(), view->font());
        titles.append({document->theme(id)->title, layout.lines, view->mapFromScene(layout.rect).boundingRect(),
                       layout.lineHeight * view->zoom()});
    }
    return titles;
}

QRectF notesArea(const EventDocument &document, const QList<qint64> &ids)
{
    QRectF area;
    for (qint64 id : ids)
        area |= QRectF(document.note(id)->pos, Note::size());
    return area;
}

} // namespace

class TestBoardUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestFolder> folder;

    EventDocument *document() { return window->document(); }
    BoardView *view() { return window->boardView(); }
    BoardScene *scene() { return view()->boardScene(); }
    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }

    /** The main window on the real-size event, its themes made or not. */
    void openRealSize(bool themes, QSize size = QSize(1366, 768))
    {
        folder = std::make_unique<TestFolder>();
        window = std::make_unique<MainWindow>();
        auto event = folder->newEvent();
        RealSizeOptions options;
        options.themes = themes;
        options.sessions = false;
        options.voters = 0;
        QString error;
        QVERIFY2(fillRealSizeEvent(*event, options, &error), qPrintable(error));
        event->undoStack()->clear();
        window->setDocument(std::move(event));
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    /** The facilitator makes the fixture's 16 themes one at a time: accepting a suggestion, or Ctrl+G. */
    void makeThemesOneByOne()
    {
        const QStringList titles = realSizeThemeTitles();
        const QList<qint64> notes = document()->noteIds();
        const int perTopic = int(notes.size()) / int(titles.size());
        for (int topic = 0; topic < titles.size(); ++topic) {
            const QList<qint64> ids = notes.mid(topic * perTopic, perTopic);
            if (topic % 2 == 0) {
                // What SuggestionsPanel::accept does with one suggestion.
                Theme theme;
                theme.title = titles[topic];
                QVERIFY(document()->createThemes({theme}, {ids}));
            } else {
                scene()->selectNotes(ids);
                QVERIFY(window->themeActions()->createFromSelection(titles[topic]));
            }
        }
        QCOMPARE(document()->themeCount(), titles.size());
    }

    /** At Fit All in a window of `size`: every title 12 px high or more, whole words, none over another. */
    void checkTitlesReadable(QSize size)
    {
        window->resize(size);
        QCoreApplication::processEvents();
        action("actionFitAll")->trigger();
        QCoreApplication::processEvents();
        const QList<ShownTitle> titles = shownTitles(view());
        QVERIFY(!titles.isEmpty());
        qreal smallest = titles.constFirst().linePixels;
        for (const ShownTitle &title : titles)
            smallest = std::min(smallest, title.linePixels);
        qInfo("%dx%d: Fit All at %.0f %%, smallest title line %.1f px", size.width(), size.height(),
              view()->zoom() * 100, smallest);
        for (int i = 0; i < titles.size(); ++i) {
            const ShownTitle &title = titles[i];
            const QString where = QStringLiteral("%1 at %2x%3, zoom %4")
                                      .arg(title.title)
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(view()->zoom());
            QVERIFY2(title.linePixels >= 12, qPrintable(where + QStringLiteral(": %1 px").arg(title.linePixels)));
            QVERIFY2(view()->viewport()->rect().contains(title.rect), qPrintable(where));
            // At least the title's first word, whole.
            QVERIFY2(title.lines.value(0).startsWith(title.title.section(QLatin1Char(' '), 0, 0)), qPrintable(where));
            for (int j = i + 1; j < titles.size(); ++j)
                QVERIFY2(!title.rect.intersects(titles[j].rect),
                         qPrintable(where + QStringLiteral(" overlaps ") + titles[j].title));
        }
    }

    QList<QRectF> frames()
    {
        QList<QRectF> rects;
        for (qint64 id : document()->themeIds())
            rects.append(scene()->themes()->itemForTheme(id)->frameRect());
        return rects;
    }

    void checkNoFramesOverlap()
    {
        const QList<QRectF> rects = frames();
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("frames %1 and %2").arg(i).arg(j)));
    }

    qint64 addNote(const QString &text, const QString &language = QString())
    {
        Note note = EventDocument::makeNote(text, NoteSource::Typed);
        note.language = language;
        if (!document()->addNotes({note}))
            return 0;
        return document()->noteIds().constLast();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QLocale(QLocale::English)); // the English plurals: "5 matches"
    }

    void cleanup()
    {
        window.reset();
        folder.reset();
    }

    // Issue 11 item 1: twelve or more themes made one by one were a column of frames with
    // titles over one another at 5 %. Now rows; every title readable and apart at Fit All.
    void themesMadeOneByOneAreReadableAtFitAll()
    {
        openRealSize(false);
        makeThemesOneByOne();
        checkNoFramesOverlap();
        checkTitlesReadable(QSize(1366, 768));
        checkTitlesReadable(QSize(1920, 1080));
        // A screen-shaped board, not a column.
        QRectF all;
        for (const QRectF &frame : frames())
            all |= frame;
        QVERIFY2(all.width() >= all.height(), qPrintable(QStringLiteral("%1 x %2").arg(all.width()).arg(all.height())));
    }

    // Themes ▸ Tidy Up arranges every frame and the loose notes in rows, as one undo step.
    void tidyUpIsOneStepWithNoOverlap()
    {
        openRealSize(true);
        const QList<qint64> themes = document()->themeIds();
        // The facilitator drags one frame over another, and takes notes out of a theme.
        QHash<qint64, QPointF> over;
        const QPointF target = notesArea(*document(), document()->notesInTheme(themes[1])).topLeft();
        const QRectF moved = notesArea(*document(), document()->notesInTheme(themes[0]));
        for (qint64 id : document()->notesInTheme(themes[0]))
            over.insert(id, document()->note(id)->pos - moved.topLeft() + target + QPointF(80, 80));
        QVERIFY(document()->moveNotes(over));
        QVERIFY(document()->assignNotes(document()->notesInTheme(themes[2]).mid(0, 4), 0));
        QCoreApplication::processEvents();
        const int steps = document()->undoStack()->count();
        QHash<qint64, QPointF> before;
        for (qint64 id : document()->noteIds())
            before.insert(id, document()->note(id)->pos);

        QAction *tidyUp = action("tidyUpAction");
        QVERIFY(tidyUp);
        QVERIFY(tidyUp->isEnabled());
        tidyUp->trigger();
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        checkNoFramesOverlap();
        // The loose notes are on no frame.
        for (qint64 id : document()->notesInTheme(0))
            for (const QRectF &frame : frames())
                QVERIFY(!frame.intersects(QRectF(document()->note(id)->pos, Note::size())));
        checkTitlesReadable(QSize(1366, 768));

        action("actionUndo")->trigger();
        for (qint64 id : document()->noteIds())
            QCOMPARE(document()->note(id)->pos, before.value(id));
    }

    // A frame the facilitator moved never moves by itself; the next theme takes the free
    // spot beside it rather than going below everything.
    void movedFrameStaysWhenAnotherThemeComes()
    {
        openRealSize(false);
        const QList<qint64> notes = document()->noteIds();
        Theme first;
        first.title = QStringLiteral("Open budgets");
        QVERIFY(document()->createThemes({first}, {notes.mid(0, 20)}));
        const qint64 firstTheme = document()->themeIds().constLast();
        QHash<qint64, QPointF> dragged;
        for (qint64 id : document()->notesInTheme(firstTheme))
            dragged.insert(id, document()->note(id)->pos + QPointF(3000, 0));
        QVERIFY(document()->moveNotes(dragged));
        QHash<qint64, QPointF> placed;
        for (qint64 id : document()->notesInTheme(firstTheme))
            placed.insert(id, document()->note(id)->pos);

        // Notes from all over the wall: Ctrl+G gathers them into a block of their own.
        QList<qint64> scattered;
        for (int i = 40; i < 320; i += 14)
            scattered.append(notes[i]);
        scene()->selectNotes(scattered);
        QVERIFY(window->themeActions()->createFromSelection(QStringLiteral("Scattered")));
        const qint64 secondTheme = document()->themeIds().constLast();
        for (auto it = placed.cbegin(); it != placed.cend(); ++it)
            QCOMPARE(document()->note(it.key())->pos, it.value());
        QCoreApplication::processEvents();
        const QRectF firstFrame = scene()->themes()->itemForTheme(firstTheme)->frameRect();
        const QRectF secondFrame = scene()->themes()->itemForTheme(secondTheme)->frameRect();
        QVERIFY(!firstFrame.intersects(secondFrame));
        for (qint64 id : document()->notesInTheme(0))
            QVERIFY(!secondFrame.intersects(QRectF(document()->note(id)->pos, Note::size())));
        QVERIFY2(secondFrame.top() < firstFrame.bottom(),
                 qPrintable(QStringLiteral("new frame at y %1, the moved one ends at %2")
                                .arg(secondFrame.top())
                                .arg(firstFrame.bottom())));
    }

    // Issue 11 item 5: hovering a note shows all of it, its language and its stored translation.
    void tooltipShowsTheWholeNote()
    {
        openRealSize(true);
        const QString text =
            QStringLiteral("Les données ouvertes des budgets municipaux doivent être publiées chaque mois, "
                           "avec les contrats, les appels d'offres et les noms des entreprises qui les "
                           "gagnent, dans un format que les journalistes et les habitants peuvent lire");
        const qint64 id = addNote(text);
        LanguageAnalysis analysis;
        analysis.detectedLanguage = QStringLiteral("fr");
        analysis.pivots = {
            {QStringLiteral("es"), QStringLiteral("Los datos abiertos de los presupuestos municipales")},
            {QStringLiteral("en"), QStringLiteral("The open data of municipal budgets must be published")}};
        QVERIFY(document()->storeNoteAnalyses({{id, {QStringLiteral("fr"), analysis.toStorageString()}}}));
        view()->setZoom(1);
        view()->centerOn(scene()->itemForNote(id));
        QCoreApplication::processEvents();
        const QPoint at = view()->mapFromScene(scene()->itemForNote(id)->sceneBoundingRect().center());
        QHelpEvent hover(QEvent::ToolTip, at, view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view()->viewport(), &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(text.toHtmlEscaped()), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("français")));
        QVERIFY(tip.contains(QStringLiteral("The open data of municipal budgets must be published")));
        QVERIFY(tip.contains(QStringLiteral("Los datos abiertos de los presupuestos municipales")));
        QToolTip::hideText();
    }

    // Issue 11 item 5: the in-place editor grows with the text, so all of it shows while editing.
    void editorShowsTheWholeNote()
    {
        openRealSize(true);
        QString text;
        for (int i = 0; i < 6; ++i)
            text += QStringLiteral("Publish every municipal budget as open data, line by line, every month. ");
        const qint64 id = addNote(text.trimmed());
        view()->setZoom(1);
        view()->selectNote(id);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F2);
        auto *editor = view()->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor);
        QCoreApplication::processEvents();
        const QRect note = view()->mapFromScene(scene()->itemForNote(id)->sceneBoundingRect()).boundingRect();
        QVERIFY2(editor->height() > note.height(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(editor->height()).arg(note.height())));
        QCOMPARE(editor->verticalScrollBar()->maximum(), 0); // nothing hidden: no scrolling needed
        const int height = editor->height();
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor,
                         QStringLiteral(" And the contracts that follow from it, with the names of the companies."));
        QCoreApplication::processEvents();
        QVERIFY(editor->height() > height);
        QCOMPARE(editor->verticalScrollBar()->maximum(), 0);
        QTest::keyClick(editor, Qt::Key_Escape);
    }

    // Issue 11 item 6: Enter and F3 select and centre the next match, Shift+F3 the previous, "2 of 5".
    void searchGoesFromMatchToMatch()
    {
        openRealSize(true);
        QList<qint64> zanzibar;
        for (int i = 0; i < 5; ++i)
            zanzibar.append(addNote(QStringLiteral("Open data for Zanzibar %1").arg(i + 1)));
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *label = window->findChild<QLabel *>(QStringLiteral("searchMatchesLabel"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zanzibar"));
        QCOMPARE(label->text(), QStringLiteral("5 matches"));

        qint64 selected = 0;
        auto checkOn = [&](const QString &position) {
            QCOMPARE(label->text(), position);
            const QList<qint64> ids = scene()->selectedNoteIds();
            QCOMPARE(ids.size(), 1);
            selected = ids.constFirst();
            QVERIFY(zanzibar.contains(selected));
            const QPoint centre = view()->mapFromScene(scene()->itemForNote(selected)->sceneBoundingRect().center());
            QVERIFY2((centre - view()->viewport()->rect().center()).manhattanLength() <= 4,
                     qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
            QVERIFY(view()->zoom() >= NoteItem::textLevelOfDetail); // close enough to read it
        };
        QTest::keyClick(search, Qt::Key_Return);
        checkOn(QStringLiteral("1 of 5"));
        const qint64 first = selected;
        QTest::keyClick(search, Qt::Key_Return);
        checkOn(QStringLiteral("2 of 5"));
        const qint64 second = selected;
        QVERIFY(second != first);
        QTest::keyClick(search, Qt::Key_F3);
        checkOn(QStringLiteral("3 of 5"));
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        checkOn(QStringLiteral("2 of 5"));
        QCOMPARE(selected, second);
        QCOMPARE(search->text(), QStringLiteral("zanzibar")); // still there for the next Enter
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(label->text(), QStringLiteral("5 matches"));
    }

    // Issue 11 item 12: a line break is drawn as one, on the board and on the kiosk's board.
    void lineBreakIsDrawnAsABreak()
    {
        openRealSize(true);
        const qint64 id = addNote(lineBreakNote, QStringLiteral("fr"));
        auto checkItem = [](NoteItem *item) {
            const QStringList lines = item->shownLines();
            const int at = int(lines.indexOf(QRegularExpression(QStringLiteral(".*unique.*"))));
            QVERIFY2(at >= 0 && at + 1 < lines.size(), qPrintable(lines.join(QLatin1Char('|'))));
            QVERIFY2(lines[at].trimmed().endsWith(QStringLiteral("unique")), qPrintable(lines.join(QLatin1Char('|'))));
            QVERIFY2(lines[at + 1].startsWith(QStringLiteral("pour")), qPrintable(lines.join(QLatin1Char('|'))));
        };
        checkItem(scene()->itemForNote(id));
        KioskWindow kiosk(document(), QStringLiteral("2468"));
        kiosk.resize(1366, 768);
        auto *kioskBoard = kiosk.findChild<BoardView *>(QStringLiteral("kioskBoard"));
        QVERIFY(kioskBoard);
        checkItem(kioskBoard->boardScene()->itemForNote(id));
        kiosk.forceClose();
    }

    // Issue 11 item 5 on the kiosk: a tap on a note shows it whole, read-only; a drag pans.
    void kioskTapShowsTheWholeNote()
    {
        openRealSize(true);
        const qint64 id = addNote(lineBreakNote, QStringLiteral("fr"));
        document()->undoStack()->clear();
        KioskWindow kiosk(document(), QStringLiteral("2468"));
        kiosk.resize(1366, 768);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        auto *board = kiosk.findChild<BoardView *>(QStringLiteral("kioskBoard"));
        board->setZoom(1);
        board->centerOn(board->boardScene()->itemForNote(id));
        QCoreApplication::processEvents();
        const QPoint at = board->mapFromScene(board->boardScene()->itemForNote(id)->sceneBoundingRect().center());
        auto *card = kiosk.findChild<QWidget *>(QStringLiteral("kioskNoteCard"));
        QVERIFY(card);
        QVERIFY(!card->isVisible());

        // A drag that starts on the note pans the board and shows nothing.
        QTest::mousePress(board->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseMove(board->viewport(), at + QPoint(60, 40));
        QTest::mouseRelease(board->viewport(), Qt::LeftButton, {}, at + QPoint(60, 40));
        QVERIFY(!card->isVisible());
        const QPoint now = board->mapFromScene(board->boardScene()->itemForNote(id)->sceneBoundingRect().center());
        QTest::mouseClick(board->viewport(), Qt::LeftButton, {}, now);
        QTRY_VERIFY(card->isVisible());
        auto *text = kiosk.findChild<QLabel *>(QStringLiteral("kioskNoteCardText"));
        QVERIFY(text->text().contains(QStringLiteral("Un &quot;portail&quot; unique<br>pour toutes les données")));
        QVERIFY(!kiosk.findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"))); // never an editor
        QCOMPARE(document()->note(id)->text, lineBreakNote);
        QCOMPARE(document()->undoStack()->count(), 0);
        QTest::mouseClick(kiosk.findChild<QPushButton *>(QStringLiteral("kioskNoteCardClose")), Qt::LeftButton);
        QVERIFY(!card->isVisible());

        // A note being read gives way to the ballot when the facilitator opens a round.
        QTest::mouseClick(board->viewport(), Qt::LeftButton, {}, now);
        QTRY_VERIFY(card->isVisible());
        QVERIFY(document()->createRound(QStringLiteral("Afternoon")));
        QVERIFY(document()->openRound(document()->roundIds().constLast()));
        QTRY_VERIFY(kiosk.isVoting());
        QVERIFY(!card->isVisible());
        kiosk.forceClose();
    }

    // The kiosk's live board shows the same frames: titles readable and apart there too.
    void kioskBoardTitlesAreReadable()
    {
        openRealSize(false);
        makeThemesOneByOne();
        KioskWindow kiosk(document(), QStringLiteral("2468"));
        kiosk.resize(1366, 768);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        auto *board = kiosk.findChild<BoardView *>(QStringLiteral("kioskBoard"));
        board->fitAll();
        QCoreApplication::processEvents();
        const QList<ShownTitle> titles = shownTitles(board);
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY2(titles[i].linePixels >= 12, qPrintable(titles[i].title));
            QVERIFY2(board->viewport()->rect().contains(titles[i].rect), qPrintable(titles[i].title));
            QVERIFY2(titles[i].lines.value(0).startsWith(titles[i].title.section(QLatin1Char(' '), 0, 0)),
                     qPrintable(titles[i].title + QStringLiteral(": ") + titles[i].lines.join(QLatin1Char('|'))));
            for (int j = i + 1; j < titles.size(); ++j)
                QVERIFY2(!titles[i].rect.intersects(titles[j].rect),
                         qPrintable(titles[i].title + QStringLiteral(" / ") + titles[j].title));
        }
        kiosk.forceClose();
    }

    // Issue 13's one rule for the board: a phone's note waiting for approval is on no board;
    // approved, it joins both; hidden, it stays on the facilitator's board, hatched, and
    // leaves the kiosk's board and its count; undo takes each step back on both boards.
    void moderationOnTheBoards()
    {
        TestFolder events;
        auto document = events.newEvent();
        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("Typed"), NoteSource::Typed)}));
        Note phone = EventDocument::makeNote(QStringLiteral("From a phone"), NoteSource::Phone);
        phone.state = NoteState::Pending;
        EventChange change;
        change.notes.notes = {phone};
        change.submissions = {Submission{QStringLiteral("s1"), 0, phone.uuid}};
        QVERIFY(document->applyExternalChange(change));
        const qint64 id = document->noteIds().constLast();
        document->undoStack()->clear();

        BoardScene facilitator;
        facilitator.setDocument(document.get());
        KioskWindow kiosk(document.get(), QStringLiteral("2468"));
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        BoardScene *room = kiosk.findChild<BoardView *>(QStringLiteral("kioskBoard"))->boardScene();
        auto *caption = kiosk.findChild<QLabel *>(QStringLiteral("kioskBoardCaption"));
        auto onBoards = [&] { return std::pair(bool(facilitator.itemForNote(id)), bool(room->itemForNote(id))); };
        QCOMPARE(onBoards(), std::pair(false, false));
        QCOMPARE(facilitator.noteCount(), 1);
        QVERIFY2(caption->text().contains(QLatin1Char('1')), qPrintable(caption->text()));

        QVERIFY(document->approveNotes({id}));
        QCOMPARE(onBoards(), std::pair(true, true));
        QVERIFY(!facilitator.itemForNote(id)->isHiddenFromRoom());
        QCOMPARE(facilitator.itemForNote(id)->pos(), document->note(id)->pos);
        QVERIFY2(caption->text().contains(QLatin1Char('2')), qPrintable(caption->text()));

        QVERIFY(document->hideNotes({id}));
        QCOMPARE(onBoards(), std::pair(true, false));
        QVERIFY(facilitator.itemForNote(id)->isHiddenFromRoom());
        QVERIFY2(caption->text().contains(QLatin1Char('1')), qPrintable(caption->text()));

        document->undoStack()->undo(); // hide
        QCOMPARE(onBoards(), std::pair(true, true));
        QVERIFY(!facilitator.itemForNote(id)->isHiddenFromRoom());
        document->undoStack()->undo(); // approve
        QCOMPARE(onBoards(), std::pair(false, false));
        QCOMPARE(facilitator.noteCount(), 1);
        kiosk.forceClose();
        facilitator.setDocument(nullptr);
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the board at Fit All after themes
    // made one by one, a tooltip, the editor, a search at "2 of 5", the kiosk's board and its card.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of the board");
        const QDir out(folderPath);
        QVERIFY(out.mkpath(QStringLiteral(".")));
        struct Shot
        {
            const char *language;
            QSize size;
        };
        const Shot shots[] = {{"en", {1366, 768}},
                              {"en", {1920, 1080}},
                              {"fr", {1366, 768}},
                              {"es", {1366, 768}},
                              {"pt_BR", {1366, 768}}};
        for (const Shot &shot : shots) {
            installTranslations(QLocale(QLatin1String(shot.language)));
            openRealSize(false, shot.size);
            makeThemesOneByOne();
            const qint64 breakNote = addNote(lineBreakNote, QStringLiteral("fr"));
            const QString suffix = QStringLiteral("-%1-%2x%3.png")
                                       .arg(QLatin1String(shot.language))
                                       .arg(shot.size.width())
                                       .arg(shot.size.height());
            auto save = [&](QWidget *widget, const char *screen) {
                QCoreApplication::processEvents();
                QVERIFY(widget->grab().save(out.filePath(QLatin1String(screen) + suffix)));
            };
            action("actionFitAll")->trigger();
            save(window.get(), "board-fit-all");

            view()->setZoom(1);
            view()->centerOn(scene()->itemForNote(breakNote));
            const QPoint at = view()->mapFromScene(scene()->itemForNote(breakNote)->sceneBoundingRect().center());
            QHelpEvent hover(QEvent::ToolTip, at, view()->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view()->viewport(), &hover);
            QTRY_VERIFY(QToolTip::isVisible());
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top->inherits("QTipLabel") && top->isVisible())
                    save(top, "board-tooltip");
            QToolTip::hideText();

            view()->selectNote(document()->noteIds().at(3));
            view()->editSelectedNote();
            save(window.get(), "board-editor");
            view()->finishEditing(false);

            auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
            search->setText(QStringLiteral("corruption"));
            QTest::keyClick(search, Qt::Key_Return);
            QTest::keyClick(search, Qt::Key_Return);
            save(window.get(), "board-search");
            search->clear();

            KioskWindow kiosk(document(), QStringLiteral("2468"));
            kiosk.resize(shot.size);
            kiosk.show();
            QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
            save(&kiosk, "kiosk-board");
            auto *board = kiosk.findChild<BoardView *>(QStringLiteral("kioskBoard"));
            board->setZoom(1);
            board->centerOn(board->boardScene()->itemForNote(breakNote));
            QCoreApplication::processEvents();
            QTest::mouseClick(
                board->viewport(), Qt::LeftButton, {},
                board->mapFromScene(board->boardScene()->itemForNote(breakNote)->sceneBoundingRect().center()));
            save(&kiosk, "kiosk-note-card");
            kiosk.forceClose();
            cleanup();
        }
        installTranslations(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestBoardUi)
#include "tst_ui_board.moc"
