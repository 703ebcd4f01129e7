// The projector window (issue 14), offscreen at a projector's size: it follows the phase
// and keeps a state the facilitator chose until the phase changes; the wall keeps every
// note in view as notes arrive and rings the newest for a few seconds (the document's test
// clock, no sleeps); pending, hidden and face-down notes show nothing of themselves, checked
// through the accessible names and the pixels (their notes are the only pink on the screen);
// the timer counts down to "Time is up" on the test clock; theme titles fit, whole and
// apart, at 1920×1080 and 1366×768; the main window opens it from View ▸ Projector.
#include "agenda/presenterview.h"
#include "document/eventdocument.h"
#include "document/roomclock.h"
#include "fittedtext.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "model/notecolour.h"
#include "projector/projectoractions.h"
#include "projector/projectorstyle.h"
#include "projector/projectorwindow.h"
#include "projector/roomtimerlabel.h"
#include "projector/themesview.h"
#include "projector/wallcard.h"
#include "projector/wallview.h"
#include "realsizeevent.h"
#include "testevent.h"
#include "votes/voteresultschart.h"

#include <QAccessible>
#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace cabildo;
using namespace cabildo::test;

namespace {

const QList<QSize> projectorSizes{{1920, 1080}, {1366, 768}};

/** Every name and description assistive technology reads in `root`, its children's too. */
QStringList accessibleTexts(QWidget *root)
{
    QStringList texts;
    std::function<void(QAccessibleInterface *)> walk = [&](QAccessibleInterface *node) {
        if (!node)
            return;
        texts << node->text(QAccessible::Name) << node->text(QAccessible::Description);
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i));
    };
    walk(QAccessible::queryAccessibleInterface(root));
    return texts;
}

bool anyContains(const QStringList &texts, const QString &word)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(word); });
}

/** How many pixels of `image` are exactly `colour`. */
int pixelsOf(const QImage &image, const QColor &colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = colour.rgb();
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += (line[x] | 0xff000000) == (wanted | 0xff000000) ? 1 : 0;
    }
    return count;
}

const QColor pink = NoteColour::byKey(QStringLiteral("pink")).fill;

/** "3 note(s)" until the English catalogue has the new plural forms, "3 notes" after. */
QString plural(QString text)
{
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

Note noteOf(const QString &text, const QString &colour = QStringLiteral("yellow"))
{
    Note note = EventDocument::makeNote(text, NoteSource::Typed);
    note.colour = colour;
    return note;
}

/** The card's rectangle in the projector window's coordinates. */
QRect inWindow(const WallCard *card)
{
    return QRect(card->parentWidget()->mapTo(card->window(), card->cardGeometry().topLeft()),
                 card->cardGeometry().size());
}

std::unique_ptr<EventDocument> realSizeEvent(TestFolder &folder)
{
    auto document = folder.newEvent(QStringLiteral("real.cabildo"), QStringLiteral("Open Gov Forum 2026"));
    QString error;
    if (!fillRealSizeEvent(*document, {}, &error))
        qWarning("%s", qPrintable(error));
    return document;
}

} // namespace

class TestProjectorWall : public QObject
{
    Q_OBJECT

private:
    QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

    /** The document's clock is this test's: it moves only when the test says. */
    void useTestClock(EventDocument *document)
    {
        now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
        document->setClock([this] { return now; });
    }

    std::unique_ptr<ProjectorWindow> showProjector(EventDocument *document, const QSize &size = {1366, 768})
    {
        auto projector = std::make_unique<ProjectorWindow>(document);
        // Not showFullScreen: offscreen, a full-screen window keeps the platform screen's size.
        projector->resize(size);
        projector->show();
        if (!QTest::qWaitForWindowExposed(projector.get()))
            qWarning("projector not shown");
        projector->wall()->relayout();
        return projector;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QLocale(QLocale::English)); // "3 notes", as the application says it
    }

    void followsThePhase()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        auto projector = showProjector(document.get());
        QCOMPARE(projector->view(), ProjectorWindow::View::Wall);
        QVERIFY(projector->wall()->isVisible());
        QVERIFY(!projector->wall()->showsThemes()); // Capture: the notes as they come
        QVERIFY(document->setPhase(Phase::Group));
        QCOMPARE(projector->view(), ProjectorWindow::View::Wall);
        QVERIFY(projector->wall()->showsThemes());
        QVERIFY(document->setPhase(Phase::Vote));
        QCOMPARE(projector->view(), ProjectorWindow::View::Results);
        QVERIFY(projector->chart()->isVisible());
        QVERIFY(document->setPhase(Phase::Agenda));
        QCOMPARE(projector->view(), ProjectorWindow::View::Agenda);
        QVERIFY(projector->presenter()->isVisible());
        QVERIFY(document->setPhase(Phase::Publish));
        QCOMPARE(projector->view(), ProjectorWindow::View::Agenda);

        // A state the facilitator chose stays until the phase changes.
        projector->showView(ProjectorWindow::View::Themes);
        QVERIFY(projector->themes()->isVisible());
        QVERIFY(!projector->followsPhase());
        QVERIFY(document->setTimerLength(60000)); // not a phase: the choice stays
        QCOMPARE(projector->view(), ProjectorWindow::View::Themes);
        QVERIFY(document->setPhase(Phase::Capture));
        QCOMPARE(projector->view(), ProjectorWindow::View::Wall);
        QVERIFY(projector->followsPhase());

        // Opening a round shows it in the Vote state.
        QVERIFY(document->createRound(QStringLiteral("First"), 3));
        QVERIFY(document->createRound(QStringLiteral("Second"), 3));
        const qint64 first = document->roundIds().constFirst();
        QVERIFY(document->setPhase(Phase::Vote));
        QCOMPARE(projector->chart()->roundId(), document->roundIds().constLast()); // the newest
        projector->showRound(first);                                               // Votes ▸ Show Results of another
        QCOMPARE(projector->chart()->roundId(), first);
        QVERIFY(document->openRound(document->roundIds().constLast()));
        QCOMPARE(projector->chart()->roundId(), document->roundIds().constLast()); // the open one
        QVERIFY(document->closeRound(document->roundIds().constLast()));
        QVERIFY(document->openRound(first));
        QCOMPARE(projector->chart()->roundId(), first);
    }

    void notesStayInViewAndTheNewestIsRinged_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize &size : projectorSizes)
            QTest::addRow("%dx%d", size.width(), size.height()) << size;
    }

    void notesStayInViewAndTheNewestIsRinged()
    {
        QFETCH(QSize, size);
        TestFolder folder;
        auto document = folder.newEvent();
        useTestClock(document.get());
        auto projector = showProjector(document.get(), size);
        WallView *wall = projector->wall();
        QVERIFY(wall->cards().isEmpty());
        QVERIFY(projector->findChild<QLabel *>(QStringLiteral("projectorWallEmpty"))->isVisible());

        // Notes arrive one by one, then in a burst, then one far off where someone dragged it.
        const QRect screen = projector->rect();
        auto everyCardInView = [&] {
            wall->relayout();
            for (const WallCard *card : wall->cards())
                if (!screen.contains(inWindow(card)))
                    return false;
            return true;
        };
        for (int i = 0; i < 12; ++i) {
            QVERIFY(document->addNotes({noteOf(QStringLiteral("Note %1").arg(i))}));
            QCOMPARE(wall->cards().size(), i + 1);
            QVERIFY2(everyCardInView(), qPrintable(QStringLiteral("after note %1").arg(i)));
            now = now.addSecs(1);
        }
        QList<Note> burst;
        for (int i = 0; i < 150; ++i)
            burst.append(noteOf(QStringLiteral("Burst %1").arg(i)));
        QVERIFY(document->addNotes(burst));
        QVERIFY(everyCardInView());
        Note far = noteOf(QStringLiteral("Dragged far away"));
        far.pos = QPointF(9000, 7000);
        QVERIFY(document->addNotes({far}));
        QVERIFY(everyCardInView());
        QCOMPARE(wall->cards().size(), 163);
        QCOMPARE(plural(wall->caption()), QStringLiteral("163 notes"));
        // Cards never cover each other (they are where the board has them, scaled).
        const QList<WallCard *> cards = wall->cards();
        for (int i = 0; i < cards.size(); ++i)
            for (int j = i + 1; j < cards.size(); ++j)
                QVERIFY(!inWindow(cards.at(i)).intersects(inWindow(cards.at(j))));

        // The newest are ringed: the note just added, and the burst and the earlier ones
        // only as long as their few seconds last.
        const qint64 farId = document->noteIds().constLast();
        QVERIFY(wall->markedNotes().contains(farId));
        QVERIFY(wall->card(farId)->isMarked());
        QVERIFY(pixelsOf(projector->grab().toImage(), projector::newest) > 0);
        wall->expireMarks(); // the first came 12 s ago by now
        QVERIFY(!wall->markedNotes().contains(document->noteIds().constFirst()));
        QVERIFY(wall->markedNotes().contains(farId));
        now = now.addMSecs(WallView::newestMarkMs - 1);
        wall->expireMarks();
        QVERIFY(wall->card(farId)->isMarked());
        now = now.addMSecs(1);
        wall->expireMarks(); // what the mark timer calls
        QVERIFY(wall->markedNotes().isEmpty());
        QVERIFY(!wall->card(farId)->isMarked());
        QCOMPARE(pixelsOf(projector->grab().toImage(), projector::newest), 0);

        // Deleted: gone from the wall, and the wall refits.
        QVERIFY(document->removeNotes({farId}));
        QVERIFY(!wall->card(farId));
        QVERIFY(everyCardInView());
    }

    void hiddenAndPendingNotesNeverAppear()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        useTestClock(document.get());
        QVERIFY(document->addNotes({noteOf(QStringLiteral("Open budgets")), noteOf(QStringLiteral("Open science"))}));
        QVERIFY(document->addNotes({noteOf(QStringLiteral("SECRET hidden address"), QStringLiteral("pink"))}));
        const qint64 hidden = document->noteIds().constLast();
        QVERIFY(document->hideNotes({hidden}));
        Note fromPhone = noteOf(QStringLiteral("SECRET pending insult"), QStringLiteral("pink"));
        fromPhone.source = NoteSource::Phone;
        fromPhone.state = NoteState::Pending;
        QVERIFY(document->addNotes({fromPhone}, EventDocument::Origin::Participant));
        const qint64 pending = document->noteIds().constLast();
        QCOMPARE(document->note(pending)->state, NoteState::Pending);
        QVERIFY(document->createTheme(QStringLiteral("Openness"), QStringLiteral("blue"),
                                      {document->noteIds().at(0), document->noteIds().at(1), hidden}));

        auto projector = showProjector(document.get());
        auto nothingSecret = [&](const char *where) {
            projector->wall()->relayout();
            projector->themes()->relayout();
            const QStringList texts = accessibleTexts(projector.get());
            QVERIFY2(!anyContains(texts, QStringLiteral("SECRET")), where);
            QVERIFY2(pixelsOf(projector->grab().toImage(), pink) == 0, where);
        };
        for (Phase phase : {Phase::Capture, Phase::Group}) {
            document->setPhase(phase);
            QCOMPARE(document->roomState().phase, phase);
            QVERIFY(!projector->wall()->card(hidden));
            QVERIFY(!projector->wall()->card(pending));
            QCOMPARE(projector->wall()->cards().size(), 2);
            QCOMPARE(plural(projector->wall()->caption()), QStringLiteral("2 notes")); // no count shows them either
            nothingSecret(phase == Phase::Capture ? "wall" : "wall with themes");
        }
        QVERIFY(anyContains(accessibleTexts(projector.get()), QStringLiteral("Open budgets"))); // the check sees notes
        QVERIFY(anyContains(accessibleTexts(projector.get()), QStringLiteral("Openness · 2 note")));
        projector->showView(ProjectorWindow::View::Themes);
        nothingSecret("themes");
        QCOMPARE(projector->themes()->titles().size(), 1);
        QVERIFY(anyContains(accessibleTexts(projector.get()), QStringLiteral("Openness · 2 note")));

        // Shown again and approved: on the wall then, in their colour, ringed as they arrive.
        projector->followPhase();
        QVERIFY(document->showNotes({hidden}));
        projector->wall()->relayout();
        QVERIFY(projector->wall()->card(hidden));
        QVERIFY(projector->wall()->card(hidden)->isMarked());
        QVERIFY(pixelsOf(projector->grab().toImage(), pink) > 0); // the pixel check can see pink
        QVERIFY(anyContains(accessibleTexts(projector.get()), QStringLiteral("SECRET hidden address")));
        QVERIFY(document->approveNotes({pending}));
        QVERIFY(projector->wall()->card(pending));
        QCOMPARE(plural(projector->wall()->caption()), QStringLiteral("4 notes"));
        // Hidden once more: gone at once.
        QVERIFY(document->hideNotes({hidden, pending}));
        nothingSecret("hidden again");
    }

    void faceDownNotesShowNoText()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        useTestClock(document.get());
        QVERIFY(document->addNotes({noteOf(QStringLiteral("Written before"))}));
        QVERIFY(document->setHideNotesUntilRevealed(true));
        auto projector = showProjector(document.get());
        QVERIFY(document->addNotes({noteOf(QStringLiteral("SECRET first thought"), QStringLiteral("pink")),
                                    noteOf(QStringLiteral("SECRET second thought"), QStringLiteral("pink"))}));
        const QList<qint64> faceDown = document->faceDownNoteIds();
        QCOMPARE(faceDown.size(), 2);
        WallView *wall = projector->wall();
        wall->relayout();
        // There, face down: how many, not what they say nor their colour.
        for (qint64 id : faceDown) {
            QVERIFY(wall->card(id));
            QVERIFY(wall->card(id)->isFaceDown());
            QVERIFY(wall->card(id)->isMarked()); // they landed: the room sees that
            QCOMPARE(wall->card(id)->accessibleName(), QStringLiteral("Face-down note"));
            QVERIFY(wall->card(id)->shownText().lines.isEmpty());
        }
        QCOMPARE(plural(wall->caption()), QStringLiteral("3 notes · 2 face down"));
        QCOMPARE(projector->findChild<QLabel *>(QStringLiteral("projectorWallCaption"))->text(), wall->caption());
        QVERIFY(!anyContains(accessibleTexts(projector.get()), QStringLiteral("SECRET")));
        const QImage down = projector->grab().toImage();
        QCOMPARE(pixelsOf(down, pink), 0);
        QVERIFY(pixelsOf(down, projector::cardBack) > 0);
        QVERIFY(anyContains(accessibleTexts(projector.get()), QStringLiteral("Written before")));

        // Reveal: every one face up at once, in its colour, with its words.
        QVERIFY(document->revealNotes());
        wall->relayout();
        for (qint64 id : faceDown)
            QVERIFY(!wall->card(id)->isFaceDown());
        QCOMPARE(plural(wall->caption()), QStringLiteral("3 notes"));
        QVERIFY(anyContains(accessibleTexts(projector.get()), QStringLiteral("SECRET first thought")));
        QVERIFY(pixelsOf(projector->grab().toImage(), pink) > 0);
        // Undone: face down again.
        document->undoStack()->undo();
        QVERIFY(wall->card(faceDown.constFirst())->isFaceDown());
        QVERIFY(!anyContains(accessibleTexts(projector.get()), QStringLiteral("SECRET")));
    }

    void timerCountsDownToTimeIsUp()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        useTestClock(document.get());
        auto projector = showProjector(document.get(), {1920, 1080});
        RoomTimerLabel *timer = projector->timer();
        QVERIFY(!timer->isVisible()); // no timer set: nothing in the corner

        // A 90-minute brainstorm: hours shown.
        QVERIFY(document->setTimerLength(90 * 60 * 1000));
        QVERIFY(timer->isVisible());
        QCOMPARE(timer->text(), QStringLiteral("1:30:00"));
        QVERIFY(document->startTimer());
        now = now.addSecs(30 * 60 + 1);
        document->roomClock()->tick();
        QCOMPARE(timer->text(), QStringLiteral("59:59")); // under an hour: minutes and seconds

        // Ninety seconds, run to the end.
        QVERIFY(document->setTimerLength(90 * 1000));
        QCOMPARE(timer->text(), QStringLiteral("1:30"));
        QVERIFY(document->startTimer());
        now = now.addSecs(60);
        document->roomClock()->tick();
        QCOMPARE(timer->text(), QStringLiteral("0:30"));
        QVERIFY(!timer->showsTimeUp());
        QCOMPARE(pixelsOf(projector->grab().toImage(), projector::timeUp), 0);
        // In big type, in the top right corner, over nothing: the wall is below it.
        QVERIFY(timer->font().pixelSize() >= 60);
        const QRect corner(timer->mapTo(projector.get(), QPoint(0, 0)), timer->size());
        QVERIFY(corner.right() >= projector->width() - 2 && corner.top() == 0);
        QVERIFY(projector->wall()->mapTo(projector.get(), QPoint(0, 0)).y() >= corner.bottom());

        now = now.addSecs(31);
        document->roomClock()->tick();
        QVERIFY(timer->showsTimeUp());
        QCOMPARE(timer->text(), QStringLiteral("Time is up"));
        QVERIFY(pixelsOf(projector->grab().toImage(), projector::timeUp) > 1000); // red, seen from the back
        // It stays there until the facilitator stops it; then back to its length.
        now = now.addSecs(600);
        document->roomClock()->tick();
        QVERIFY(timer->showsTimeUp());
        QVERIFY(document->stopTimer());
        QVERIFY(!timer->showsTimeUp());
        QCOMPARE(timer->text(), QStringLiteral("1:30"));
    }

    void titlesFitWholeAndApart_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize &size : projectorSizes)
            QTest::addRow("%dx%d", size.width(), size.height()) << size;
    }

    void titlesFitWholeAndApart()
    {
        QFETCH(QSize, size);
        TestFolder folder;
        auto document = realSizeEvent(folder);
        QVERIFY(document->setPhase(Phase::Group));
        auto projector = showProjector(document.get(), size);
        const qreal floor = projectorMinimumPixels(size.height());
        const QRect screen = projector->rect();

        // The wall: 320 notes in view, 16 frames, each title inside its frame, whole.
        WallView *wall = projector->wall();
        QCOMPARE(wall->cards().size(), 320);
        for (const WallCard *card : wall->cards())
            QVERIFY(screen.contains(inWindow(card)));
        const QList<WallFrame *> frames = wall->frames();
        QCOMPARE(frames.size(), 16);
        QList<QRect> drawn;
        for (const WallFrame *frame : frames) {
            const QRect rect(frame->mapTo(projector.get(), QPoint(0, 0)), frame->size());
            QVERIFY(screen.contains(rect));
            const FittedText &text = frame->titleText();
            const QRect lines = text.rectIn(frame->titleBox(), Qt::AlignLeft | Qt::AlignTop);
            QVERIFY2(!text.elided, qPrintable(frame->title()));
            QVERIFY2(frame->rect().contains(lines), qPrintable(frame->title()));
            QVERIFY(text.pixelSize() >= std::floor(floor));
            const QFontMetrics metrics(text.font);
            for (const QString &line : text.lines)
                QVERIFY(metrics.horizontalAdvance(line) <= frame->titleBox().width());
            drawn.append(lines.translated(rect.topLeft()));
        }
        for (int i = 0; i < drawn.size(); ++i)
            for (int j = i + 1; j < drawn.size(); ++j)
                QVERIFY(!drawn.at(i).intersects(drawn.at(j)));
        qInfo("wall %dx%d: 16 titles in %d px type (floor %.1f), cards %d px wide", size.width(), size.height(),
              frames.constFirst()->titleText().pixelSize(), floor, wall->cards().constFirst()->cardGeometry().width());

        // The themes: 16 cards, each title whole in its card, in one size.
        projector->showView(ProjectorWindow::View::Themes);
        projector->themes()->relayout();
        const QList<ThemesView::Title> titles = projector->themes()->titles();
        QCOMPARE(titles.size(), 16);
        for (int i = 0; i < titles.size(); ++i) {
            const ThemesView::Title &title = titles.at(i);
            QVERIFY2(!title.text.elided, qPrintable(title.title));
            QVERIFY(title.card.contains(title.text.rectIn(title.box, Qt::AlignLeft | Qt::AlignTop)));
            QVERIFY(screen.contains(title.card.translated(projector->themes()->mapTo(projector.get(), QPoint(0, 0)))));
            QCOMPARE(title.text.pixelSize(), titles.constFirst().text.pixelSize());
            QVERIFY(title.text.pixelSize() >= std::floor(floor));
            for (int j = i + 1; j < titles.size(); ++j)
                QVERIFY(!title.card.intersects(titles.at(j).card));
        }
        qInfo("themes %dx%d: 16 titles in %d px type", size.width(), size.height(),
              titles.constFirst().text.pixelSize());
    }

    void mainWindowOpensTheProjector()
    {
        TestFolder folder;
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setDocument(folder.newEvent());
        ProjectorActions *actions = window.projector();
        QVERIFY(!actions->projector());
        auto action = [&](const char *name) { return window.findChild<QAction *>(QLatin1String(name)); };

        // View ▸ Projector ▸ Show Projector: full screen, following the phase.
        QVERIFY(action("actionShowProjector")->isEnabled());
        action("actionShowProjector")->trigger();
        ProjectorWindow *projector = actions->projector();
        QVERIFY(projector);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QVERIFY(projector->isFullScreen());
        QCOMPARE(projector->screen(), actions->projectorScreen());
        QVERIFY(action("actionShowProjector")->isChecked());
        QVERIFY(action("actionProjectorFollowPhase")->isChecked());
        QCOMPARE(projector->view(), ProjectorWindow::View::Wall);
        QVERIFY(window.document()->setPhase(Phase::Vote));
        QCOMPARE(projector->view(), ProjectorWindow::View::Results);

        // The Themes on demand, until the phase moves on.
        action("actionProjectorThemes")->trigger();
        QCOMPARE(projector->view(), ProjectorWindow::View::Themes);
        QVERIFY(action("actionProjectorThemes")->isChecked());
        QVERIFY(window.document()->setPhase(Phase::Agenda));
        QCOMPARE(projector->view(), ProjectorWindow::View::Agenda);
        QVERIFY(action("actionProjectorFollowPhase")->isChecked());

        // The screens to choose from: one offscreen, and "automatic" where the window is.
        QMenu *screens = window.findChild<QMenu *>(QStringLiteral("menuProjectorScreen"));
        QVERIFY(screens);
        emit screens->aboutToShow();
        QCOMPARE(screens->actions().size(), 1 + QGuiApplication::screens().size());
        QVERIFY(screens->actions().constFirst()->isChecked());
        screens->actions().at(1)->trigger();
        QCOMPARE(actions->projectorScreen(), QGuiApplication::screens().constFirst());
        QVERIFY(actions->projector()->isFullScreen());
        {
            // The choice is the venue's: Cabildo started again (a new window) still has it,
            // and while that screen is not connected the projector goes elsewhere.
            actions->chooseScreen(QStringLiteral("HDMI-1"));
            MainWindow later;
            QMenu *laterScreens = later.findChild<QMenu *>(QStringLiteral("menuProjectorScreen"));
            emit laterScreens->aboutToShow();
            QVERIFY(!laterScreens->actions().constFirst()->isChecked()); // not "automatic"
            QCOMPARE(later.projector()->projectorScreen(), QGuiApplication::screens().constFirst());
        }

        // Unticked, it goes; another event closes it too.
        action("actionShowProjector")->trigger();
        QTRY_VERIFY(!actions->projector());
        QVERIFY(!action("actionShowProjector")->isChecked());
        action("actionShowProjector")->trigger();
        QVERIFY(actions->projector());
        window.setDocument(folder.newEvent(QStringLiteral("other.cabildo")));
        QVERIFY(!actions->projector());
        QVERIFY(!action("actionShowProjector")->isChecked());
        emit screens->aboutToShow();
        screens->actions().constFirst()->trigger(); // automatic again, for the next tests
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the projector in each phase at
    // 1920×1080 on the real-size event, in English, French, Spanish and Portuguese:
    // projector-<state>-<language>-1920x1080.png.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of the projector");
        const QDir out(folderPath);
        QVERIFY(out.mkpath(QStringLiteral(".")));
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt_BR")}) {
            QLocale::setDefault(QLocale(language));
            installTranslations(QLocale(language));
            TestFolder folder;
            {
                // The first minutes: a few notes, large enough to read, the newest ringed.
                auto few = folder.newEvent(QStringLiteral("few.cabildo"), QStringLiteral("Open Gov Forum 2026"));
                useTestClock(few.get());
                const QList<QPair<QString, QString>> texts = realSizeNoteTexts(1);
                const QStringList colours{QStringLiteral("yellow"), QStringLiteral("blue"), QStringLiteral("pink"),
                                          QStringLiteral("green"), QStringLiteral("orange")};
                for (int i = 0; i < 14; ++i)
                    QVERIFY(few->addNotes({noteOf(texts.at(i * 4).first, colours.at(i % colours.size()))}));
                auto projector = showProjector(few.get(), {1920, 1080});
                QVERIFY(few->addNotes({noteOf(texts.at(3).first)}));
                projector->wall()->relayout();
                QCoreApplication::processEvents();
                QVERIFY(projector->grab().save(
                    out.filePath(QStringLiteral("projector-capture-few-%1-1920x1080.png").arg(language))));
            }
            auto document = realSizeEvent(folder);
            useTestClock(document.get());
            auto projector = showProjector(document.get(), {1920, 1080});
            auto save = [&](const QString &state) {
                projector->wall()->relayout();
                projector->themes()->relayout();
                QCoreApplication::processEvents();
                QVERIFY(projector->grab().save(
                    out.filePath(QStringLiteral("projector-%1-%2-1920x1080.png").arg(state, language))));
            };
            // Capture, a private brainstorm under way: new notes face down, one just in, the timer running.
            QVERIFY(document->setTimerLength(90 * 60 * 1000));
            QVERIFY(document->startTimer());
            now = now.addSecs(12 * 60 + 5);
            document->roomClock()->tick();
            QVERIFY(document->setHideNotesUntilRevealed(true));
            QList<Note> more;
            for (int i = 0; i < 23; ++i)
                more.append(noteOf(QStringLiteral("Private %1").arg(i)));
            QVERIFY(document->addNotes(more));
            save(QStringLiteral("capture"));
            now = now.addMSecs(WallView::newestMarkMs); // no longer the newest
            projector->wall()->expireMarks();
            QVERIFY(document->setHideNotesUntilRevealed(false)); // reveals them
            QVERIFY(document->stopTimer());
            QVERIFY(document->setTimer(RoomTimer()));

            QVERIFY(document->setPhase(Phase::Group));
            save(QStringLiteral("group"));
            projector->showView(ProjectorWindow::View::Themes);
            save(QStringLiteral("themes"));
            QVERIFY(document->setPhase(Phase::Vote));
            save(QStringLiteral("vote-results"));
            QVERIFY(document->createRound(QStringLiteral("Day 2"), 3));
            QVERIFY(document->openRound(document->roundIds().constLast()));
            save(QStringLiteral("vote-hidden"));
            QVERIFY(document->closeRound(document->roundIds().constLast()));
            QVERIFY(document->setPhase(Phase::Agenda));
            save(QStringLiteral("agenda"));
            // Time is up, over the agenda.
            QVERIFY(document->setTimerLength(5 * 60 * 1000));
            QVERIFY(document->startTimer());
            now = now.addSecs(5 * 60);
            document->roomClock()->tick();
            save(QStringLiteral("time-is-up"));
        }
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestProjectorWall)
#include "tst_ui_projectorwall.moc"
