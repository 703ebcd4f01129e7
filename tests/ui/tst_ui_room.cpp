// The facilitator runs the room (issue 14), through the real main window and kiosk,
// offscreen: the phase buttons change the event's phase and what the kiosk shows; the
// timer is set, started, paused, lengthened and stopped from the room bar against a test
// clock (ticked by hand, never slept on), ends visibly and audibly, and closes the round
// only when asked; opening a round moves to Vote and closing it offers the Agenda; notes
// written while hiding is on are face down, and Reveal is one undo step; a main window
// the room sees draws face-down notes without their text (read through their accessible
// names and their pixels) until F8 is held; the projector's screen is recognised.
#include "board/boardaccessible.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "board/themeitem.h"
#include "board/themelayer.h"
#include "document/eventdocument.h"
#include "document/roomclock.h"
#include "kiosk/kioskwindow.h"
#include "mainwindow.h"
#include "participation/incomingpanel.h"
#include "participation/phoneparticipation.h"
#include "room/countdowntext.h"
#include "room/roombar.h"
#include "room/roomchime.h"
#include "room/seenbyroom.h"
#include "suggestionspanel.h"
#include "testevent.h"
#include "votes/voteactions.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace cabildo;
using namespace cabildo::test;

namespace {

constexpr qint64 minute = 60 * 1000;

template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

QToolButton *barButton(const MainWindow &window, const char *name)
{
    return child<QToolButton>(&window, QLatin1String(name));
}

QAction *action(const MainWindow &window, const char *name)
{
    return child<QAction>(&window, QLatin1String(name));
}

QString kioskPage(const KioskWindow &kiosk)
{
    return kiosk.currentPage() ? kiosk.currentPage()->objectName() : QString();
}

QString labelText(const QWidget *parent, const char *name)
{
    const QLabel *label = child<QLabel>(parent, QLatin1String(name));
    return label ? label->text() : QString();
}

/** Types a note into the capture bar and presses Enter, as the facilitator does. */
void typeNote(MainWindow &window, const QString &text)
{
    auto *capture = child<QLineEdit>(&window, QStringLiteral("captureEdit"));
    capture->setFocus();
    capture->insert(text); // QTest types ASCII only
    QTest::keyClick(capture, Qt::Key_Return);
}

/** The card of a note as the board draws it, on screen at 100 %. */
QImage cardPixels(BoardView *view, qint64 noteId)
{
    const NoteItem *item = view->boardScene()->itemForNote(noteId);
    const QRect card = view->mapFromScene(item->mapRectToScene(NoteItem::cardRect())).boundingRect();
    return view->viewport()->grab(card.adjusted(1, 1, -1, -1)).toImage();
}

QString accessibleName(BoardView *view, qint64 noteId)
{
    QAccessibleInterface *board = QAccessible::queryAccessibleInterface(view);
    for (int i = 0; i < board->childCount(); ++i)
        if (auto *note = dynamic_cast<NoteAccessible *>(board->child(i)); note && note->noteId() == noteId)
            return note->text(QAccessible::Name);
    return QStringLiteral("(not on the board)");
}

/** Runs `function` of this test in a child whose offscreen platform has the screens in `json`. */
bool runWithScreens(const char *function, const QByteArray &json)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return false;
    file.close();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(function)});
    const bool finished = child.waitForFinished(120000); // a bound for a broken child, not a timing
    const QByteArray output = child.readAll();
    const bool passed = finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0
                        && output.contains(QByteArray("PASS   : TestRoom::").append(function));
    if (!passed)
        qWarning("%s", output.constData());
    return passed;
}

} // namespace

class TestRoom : public QObject
{
    Q_OBJECT

    /** A shown main window on a fresh event, with the test's clock; `folder` keeps the file. */
    std::unique_ptr<MainWindow> openWindow(TestFolder &folder)
    {
        auto window = std::make_unique<MainWindow>();
        window->setDocument(folder.newEvent());
        window->document()->setClock([this] { return m_now; });
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    /** The time passes on the test's clock, and the room's clock reads it. */
    void advance(MainWindow &window, qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        window.document()->roomClock()->tick();
    }

    QDateTime m_now;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_now = QDateTime::currentDateTimeUtc(); }

    void countdownText()
    {
        QCOMPARE(cabildo::countdownText(0), QStringLiteral("0:00"));
        QCOMPARE(cabildo::countdownText(59), QStringLiteral("0:59"));
        QCOMPARE(cabildo::countdownText(299), QStringLiteral("4:59"));
        QCOMPARE(cabildo::countdownText(3599), QStringLiteral("59:59"));
        QCOMPARE(cabildo::countdownText(5400), QStringLiteral("1:30:00"));
        QCOMPARE(cabildo::countdownText(86400), QStringLiteral("24:00:00"));
    }

    // The phase buttons set the event's phase, in the menu too, and the kiosk shows each
    // phase's page: the form, "grouping", "voting has not started", the agenda.
    void phaseButtonsDriveTheKiosk()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        KioskWindow kiosk(document, QStringLiteral("2468"));
        kiosk.showOn(QGuiApplication::primaryScreen());
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        QCOMPARE(document->roomState().phase, Phase::Capture);
        QVERIFY(action(*window, "actionPhase_capture")->isChecked());
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskNotePage"));

        QTest::mouseClick(barButton(*window, "roomPhase_group"), Qt::LeftButton);
        QCOMPARE(document->roomState().phase, Phase::Group);
        QVERIFY(action(*window, "actionPhase_group")->isChecked());
        QVERIFY(!action(*window, "actionPhase_capture")->isChecked());
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskWaitPage"));
        QVERIFY(labelText(&kiosk, "kioskWaitHeading").contains(QLatin1String("grouping")));
        QVERIFY(!document->undoStack()->canUndo()); // a phase is not an undo step

        QTest::mouseClick(barButton(*window, "roomPhase_vote"), Qt::LeftButton);
        QCOMPARE(document->roomState().phase, Phase::Vote);
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskWaitPage"));
        QCOMPARE(labelText(&kiosk, "kioskWaitHeading"), QStringLiteral("Voting has not started"));

        // The agenda: sessions by time slot and room, in the kiosk's large type.
        QVERIFY(document->applyUnconferenceTemplate(QDate(2026, 5, 4)));
        Session session;
        session.title = QStringLiteral("Datos abiertos y clima");
        QVERIFY(document->addSession(session));
        qint64 sessionSlot = 0;
        for (qint64 id : document->slotIds())
            if (!sessionSlot && document->timeSlot(id)->kind == SlotKind::Sessions)
                sessionSlot = id;
        QVERIFY(
            document->placeSession(document->sessionIds().constFirst(), sessionSlot, document->roomIds().constFirst()));
        action(*window, "actionPhase_agenda")->trigger(); // the Room menu's entry
        QCOMPARE(document->roomState().phase, Phase::Agenda);
        QVERIFY(barButton(*window, "roomPhase_agenda")->isChecked());
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskAgendaPage"));
        QCOMPARE(labelText(&kiosk, "kioskAgendaHeading"), QStringLiteral("The agenda so far"));
        QStringList titles;
        for (const QLabel *label : kiosk.findChildren<QLabel *>(QStringLiteral("kioskAgendaTitle")))
            titles.append(label->text());
        QVERIFY2(titles.contains(session.title), qPrintable(titles.join(u'|')));
        QVERIFY(titles.size() > 1); // the plenaries and breaks too: the day reads top to bottom
        const QLabel *title = nullptr;
        for (const QLabel *label : kiosk.findChildren<QLabel *>(QStringLiteral("kioskAgendaTitle")))
            if (label->text() == session.title)
                title = label;
        QVERIFY(title->font().pointSizeF() >= 20);
        QVERIFY(title->accessibleName().contains(document->room(document->roomIds().constFirst())->name));
        // It follows the agenda as it changes.
        session = *document->session(document->sessionIds().constFirst());
        session.title = QStringLiteral("Clima y datos");
        QVERIFY(document->updateSession(session));
        titles.clear();
        for (const QLabel *label : kiosk.findChildren<QLabel *>(QStringLiteral("kioskAgendaTitle")))
            titles.append(label->text());
        QVERIFY(titles.contains(QStringLiteral("Clima y datos")));

        QTest::mouseClick(barButton(*window, "roomPhase_publish"), Qt::LeftButton);
        QCOMPARE(document->roomState().phase, Phase::Publish);
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskAgendaPage"));
        QCOMPARE(labelText(&kiosk, "kioskAgendaHeading"), QStringLiteral("The agenda"));

        QTest::mouseClick(barButton(*window, "roomPhase_capture"), Qt::LeftButton);
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskNotePage"));
        kiosk.forceClose();
    }

    // Opening a round moves the room to Vote, and an open round shows the ballot whatever the
    // phase; closing it offers the Agenda phase in the bar, which nothing waits for.
    void roundsMoveThePhase()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        KioskWindow kiosk(document, QStringLiteral("2468"));
        kiosk.showOn(QGuiApplication::primaryScreen());
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        document->addNotes({EventDocument::makeNote(QStringLiteral("Open data"), NoteSource::Typed)});
        QVERIFY(document->createTheme(QStringLiteral("Data"), QStringLiteral("green"), document->noteIds()));
        QVERIFY(document->createRound(QStringLiteral("Round 1")));
        window->voteActions()->setCurrentRound(document->roundIds().constFirst());
        QCOMPARE(document->roomState().phase, Phase::Capture);

        action(*window, "actionOpenVoteRound")->trigger();
        QVERIFY(document->openRound());
        QCOMPARE(document->roomState().phase, Phase::Vote);
        QVERIFY(barButton(*window, "roomPhase_vote")->isChecked());
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskVotePanel"));
        // Another phase while the round is open: the kiosk keeps the ballot.
        QTest::mouseClick(barButton(*window, "roomPhase_group"), Qt::LeftButton);
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskVotePanel"));
        QTest::mouseClick(barButton(*window, "roomPhase_vote"), Qt::LeftButton);

        auto *offer = child<QWidget>(window.get(), QStringLiteral("roomAgendaOffer"));
        QVERIFY(!offer->isVisible());
        action(*window, "actionCloseVoteRound")->trigger();
        QVERIFY(!document->openRound());
        QCOMPARE(document->roomState().phase, Phase::Vote); // offered, not done
        QVERIFY(offer->isVisible());
        QVERIFY(labelText(window.get(), "roomAgendaOfferText").contains(QLatin1String("Round 1")));
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskWaitPage"));
        QCOMPARE(labelText(&kiosk, "kioskWaitHeading"), QStringLiteral("Voting is closed"));
        QTest::mouseClick(child<QToolButton>(window.get(), QStringLiteral("roomAgendaOfferAccept")), Qt::LeftButton);
        QCOMPARE(document->roomState().phase, Phase::Agenda);
        QVERIFY(!offer->isVisible());
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskAgendaPage"));

        // Undoing the close opens the round again (the ballot is back); "Not now" leaves the phase.
        document->undoStack()->undo();
        QVERIFY(document->openRound());
        QCOMPARE(kioskPage(kiosk), QStringLiteral("kioskVotePanel"));
        action(*window, "actionCloseVoteRound")->trigger();
        QVERIFY(!offer->isVisible()); // already in the Agenda phase: nothing to offer
        QTest::mouseClick(barButton(*window, "roomPhase_vote"), Qt::LeftButton);
        document->undoStack()->undo();
        action(*window, "actionCloseVoteRound")->trigger();
        QVERIFY(offer->isVisible());
        QTest::mouseClick(child<QToolButton>(window.get(), QStringLiteral("roomAgendaOfferDismiss")), Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QCOMPARE(document->roomState().phase, Phase::Vote);
        kiosk.forceClose();
    }

    // The timer through the bar: 90 minutes typed, start, pause, a minute more, stop; it
    // counts down on the bar and on the kiosk from the test clock, ends with "Time is up"
    // and the chime (which neither fails nor waits without an audio device), and with the
    // sound turned off ends silently.
    void timerThroughTheBar()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        KioskWindow kiosk(document, QStringLiteral("2468"));
        kiosk.showOn(QGuiApplication::primaryScreen());
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        auto *kioskTimer = child<QLabel>(&kiosk, QStringLiteral("kioskTimer"));
        QVERIFY(!kioskTimer->isVisible()); // no timer set: nothing on the participants' screen
        auto *minutes = child<QSpinBox>(window.get(), QStringLiteral("roomTimerMinutes"));
        auto *display = child<QLabel>(window.get(), QStringLiteral("roomTimerDisplay"));
        auto *startPause = barButton(*window, "roomTimerStartPause");
        RoomChime *chime = window->roomBar()->chime();
        QVERIFY(QFile::exists(QStringLiteral(":/sounds/time-up.wav"))); // the chime is built in

        minutes->setFocus();
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("90"));
        QTest::keyClick(minutes, Qt::Key_Return);
        QCOMPARE(document->roomState().timer.durationMs, 90 * minute);
        QVERIFY(!document->roomState().timer.isRunning());
        QCOMPARE(display->text(), QStringLiteral("1:30:00"));
        QVERIFY(kioskTimer->isVisible());
        QCOMPARE(kioskTimer->text(), QStringLiteral("1:30:00"));

        QTest::mouseClick(startPause, Qt::LeftButton);
        QVERIFY(document->roomState().timer.isRunning());
        QVERIFY(!minutes->isEnabled()); // a running timer keeps its length
        QCOMPARE(startPause->text(), QStringLiteral("Pause"));
        advance(*window, 10 * minute);
        QCOMPARE(display->text(), QStringLiteral("1:20:00"));
        QCOMPARE(kioskTimer->text(), QStringLiteral("1:20:00"));
        advance(*window, 1500);
        QCOMPARE(display->text(), QStringLiteral("1:19:59")); // whole seconds, rounded up

        QTest::mouseClick(startPause, Qt::LeftButton); // pause
        QVERIFY(!document->roomState().timer.isRunning());
        advance(*window, 5 * minute);
        QCOMPARE(display->text(), QStringLiteral("1:19:59"));
        QTest::mouseClick(barButton(*window, "roomTimerAddMinute"), Qt::LeftButton);
        QCOMPARE(display->text(), QStringLiteral("1:20:59"));
        QTest::mouseClick(startPause, Qt::LeftButton); // and on again
        QVERIFY(document->roomState().timer.isRunning());
        QCOMPARE(chime->playCount(), 0);

        advance(*window, 81 * minute);
        QCOMPARE(display->text(), QStringLiteral("Time is up"));
        QCOMPARE(display->property("timerState").toString(), QStringLiteral("ended"));
        QCOMPARE(kioskTimer->text(), QStringLiteral("Time is up"));
        QCOMPARE(chime->playCount(), 1);
        QCoreApplication::processEvents(); // the sound effect loads and plays, or finds no device
        advance(*window, minute);
        QCOMPARE(chime->playCount(), 1); // once per run
        QCOMPARE(startPause->text(), QStringLiteral("Restart"));

        // Stop: back to its whole length, not running.
        QTest::mouseClick(barButton(*window, "roomTimerStop"), Qt::LeftButton);
        QVERIFY(!document->roomState().timer.isRunning());
        QCOMPARE(display->text(), QStringLiteral("1:30:00"));
        QCOMPARE(minutes->value(), 90);
        QVERIFY(!barButton(*window, "roomTimerStop")->isEnabled());

        // The sound turned off (At the End ▸ Sound at the End): the end is seen, not heard.
        action(*window, "actionTimerSound")->trigger();
        QVERIFY(!document->roomState().timer.soundAtEnd);
        minutes->setValue(2);
        QCOMPARE(document->roomState().timer.durationMs, 2 * minute);
        QVERIFY(!document->roomState().timer.soundAtEnd); // a new length keeps the choices
        QTest::mouseClick(startPause, Qt::LeftButton);
        advance(*window, 2 * minute);
        QCOMPARE(display->text(), QStringLiteral("Time is up"));
        QCOMPARE(chime->playCount(), 1);
        // Restart after the end: from the whole length again.
        QTest::mouseClick(startPause, Qt::LeftButton);
        QVERIFY(document->roomState().timer.isRunning());
        QCOMPARE(display->text(), QStringLiteral("2:00"));
        kiosk.forceClose();
    }

    // "Close the round when the time is up" closes it, and only when chosen.
    void timerClosesTheRoundOnlyWhenChosen()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        document->addNotes({EventDocument::makeNote(QStringLiteral("Open data"), NoteSource::Typed)});
        QVERIFY(document->createTheme(QStringLiteral("Data"), QStringLiteral("green"), document->noteIds()));
        QVERIFY(document->createRound(QStringLiteral("Round 1")));
        window->voteActions()->setCurrentRound(document->roundIds().constFirst());
        action(*window, "actionOpenVoteRound")->trigger();
        auto *minutes = child<QSpinBox>(window.get(), QStringLiteral("roomTimerMinutes"));
        minutes->setValue(5);
        auto *startPause = barButton(*window, "roomTimerStartPause");

        QVERIFY(!action(*window, "actionTimerCloseRound")->isChecked());
        QTest::mouseClick(startPause, Qt::LeftButton);
        advance(*window, 5 * minute);
        QVERIFY(document->roomClock()->hasEnded());
        QVERIFY(document->openRound()); // the time is up, the room still votes

        action(*window, "actionTimerCloseRound")->trigger();
        QVERIFY(document->roomState().timer.closeRoundAtEnd);
        QTest::mouseClick(startPause, Qt::LeftButton); // again from its length
        advance(*window, 4 * minute);
        QVERIFY(document->openRound());
        advance(*window, minute);
        QVERIFY(!document->openRound());
        QCOMPARE(document->round(document->roundIds().constFirst())->state, RoundState::Closed);
        QVERIFY(child<QWidget>(window.get(), QStringLiteral("roomAgendaOffer"))->isVisible());
    }

    // Hide notes until revealed: what is typed meanwhile is face down for the room, on the
    // kiosk too; Reveal shows the count, and is one undo step (undo puts them face down again).
    void hideUntilRevealedThenReveal()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        typeNote(*window, QStringLiteral("Before hiding"));
        auto *hide = barButton(*window, "roomHideNotes");
        auto *reveal = barButton(*window, "roomReveal");
        QVERIFY(!reveal->isEnabled());
        QTest::mouseClick(hide, Qt::LeftButton);
        QVERIFY(document->roomState().hideNotesUntilRevealed);
        QVERIFY(hide->isChecked());
        typeNote(*window, QStringLiteral("Secret one"));
        typeNote(*window, QStringLiteral("Secret two"));
        QCOMPARE(document->noteCount(), 3);
        QCOMPARE(document->faceDownNoteCount(), 2);
        QVERIFY(!document->note(document->noteIds().constFirst())->faceDown);
        QVERIFY(reveal->isEnabled());
        QVERIFY2(reveal->text().contains(QLatin1Char('2')), qPrintable(reveal->text()));

        // The kiosk shows the cards, face down: there are three notes, one readable.
        KioskWindow kiosk(document, QStringLiteral("2468"));
        kiosk.showOn(QGuiApplication::primaryScreen());
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        auto *kioskBoard = child<BoardView>(&kiosk, QStringLiteral("kioskBoard"));
        QCOMPARE(kioskBoard->boardScene()->noteCount(), 3);
        const qint64 secret = document->faceDownNoteIds().constFirst();
        QVERIFY(kioskBoard->boardScene()->itemForNote(secret)->isConcealed());
        QCOMPARE(accessibleName(kioskBoard, secret), QStringLiteral("Face-down note"));
        QCOMPARE(accessibleName(kioskBoard, document->noteIds().constFirst()), QStringLiteral("Before hiding"));
        QVERIFY(labelText(&kiosk, "kioskBoardCaption").contains(QLatin1Char('3')));
        // The facilitator's own board shows them, marked.
        const NoteItem *mine = window->boardView()->boardScene()->itemForNote(secret);
        QVERIFY(mine->isFaceDown() && !mine->isConcealed());
        QCOMPARE(accessibleName(window->boardView(), secret), QStringLiteral("Secret one"));
        QVERIFY(mine->accessibleDescription().contains(QLatin1String("face down")));

        const int steps = document->undoStack()->count();
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(document->faceDownNoteCount(), 0);
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QVERIFY(!reveal->isEnabled());
        QCOMPARE(accessibleName(kioskBoard, secret), QStringLiteral("Secret one"));
        action(*window, "actionUndo")->trigger();
        QCOMPARE(document->faceDownNoteCount(), 2);
        QCOMPARE(accessibleName(kioskBoard, secret), QStringLiteral("Face-down note"));
        action(*window, "actionRedo")->trigger();
        QCOMPARE(document->faceDownNoteCount(), 0);
        QVERIFY(document->roomState().hideNotesUntilRevealed); // hiding goes on for the next ones
        QTest::mouseClick(hide, Qt::LeftButton);
        QVERIFY(!document->roomState().hideNotesUntilRevealed);
        typeNote(*window, QStringLiteral("After"));
        QVERIFY(!document->note(document->noteIds().constLast())->faceDown);
        kiosk.forceClose();
    }

    // A main window the room sees (View ▸ This Screen Is Seen by the Room) draws face-down
    // notes face down: the same pixels whatever they say, no text for assistive technology,
    // no search match, no editing. Holding F8 shows them; letting go hides them again.
    void seenByRoomHidesFaceDownNotesUntilPeeked()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        QVERIFY(document->setHideNotesUntilRevealed(true));
        Note one = EventDocument::makeNote(QStringLiteral("Sueldos del personal"), NoteSource::Typed);
        one.pos = QPointF(10, 10);
        Note two = EventDocument::makeNote(QStringLiteral("Datos abiertos, clima y agua potable en Montevideo"),
                                           NoteSource::Typed);
        two.pos = QPointF(250, 10);
        two.colour = QStringLiteral("pink");
        QVERIFY(document->addNotes({one, two}));
        const QList<qint64> ids = document->noteIds();
        BoardView *view = window->boardView();
        BoardScene *scene = view->boardScene();
        view->setZoom(1);
        view->centerOn(scene->itemForNote(ids[0])
                           ->sceneBoundingRect()
                           .united(scene->itemForNote(ids[1])->sceneBoundingRect())
                           .center());
        scene->clearSelection();
        const QImage shownOne = cardPixels(view, ids[0]);
        const QImage shownTwo = cardPixels(view, ids[1]);
        QVERIFY(shownOne != shownTwo); // readable: different texts, different colours

        QAction *seen = action(*window, "actionScreenSeenByRoom");
        QVERIFY(!seen->isChecked()); // the offscreen screen is no projector
        seen->trigger();
        QVERIFY(seen->isChecked());
        QVERIFY(window->seenByRoom()->isSeenByRoom());
        QVERIFY(scene->isSeenByRoom());
        QVERIFY(child<QLabel>(window.get(), QStringLiteral("seenByRoomHint"))->isVisible());
        const QImage backOne = cardPixels(view, ids[0]);
        QCOMPARE(backOne, cardPixels(view, ids[1])); // two backs alike: nothing of either shows
        QVERIFY(backOne != shownOne);
        for (qint64 id : ids) {
            QCOMPARE(accessibleName(view, id), QStringLiteral("Face-down note"));
            QVERIFY(scene->itemForNote(id)->accessibleDescription().isEmpty());
        }
        window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("sueldos"));
        QCOMPARE(scene->matchCount(), 0);
        scene->selectNotes({ids[0]});
        view->editSelectedNote();
        QVERIFY(!view->isEditingNote());
        scene->clearSelection();

        // Held F8: the facilitator peeks; let go, the backs again.
        QTest::keyPress(view, Qt::Key_F8);
        QVERIFY(window->seenByRoom()->isPeeking());
        QVERIFY(!scene->isSeenByRoom());
        QCOMPARE(accessibleName(view, ids[0]), QStringLiteral("Sueldos del personal"));
        QCOMPARE(scene->matchCount(), 1);
        window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
        QCOMPARE(cardPixels(view, ids[0]), shownOne);
        QTest::keyRelease(view, Qt::Key_F8);
        QVERIFY(!window->seenByRoom()->isPeeking());
        QCOMPARE(cardPixels(view, ids[0]), backOne);
        QCOMPARE(accessibleName(view, ids[0]), QStringLiteral("Face-down note"));

        // Revealed, they read on the projector too; a note the room may read never hides.
        QVERIFY(document->revealNotes());
        QCOMPARE(accessibleName(view, ids[0]), QStringLiteral("Sueldos del personal"));
        QVERIFY(cardPixels(view, ids[1]) != backOne);
        seen->trigger();
        QVERIFY(!scene->isSeenByRoom());
    }

    // Besides the board, what else on a main window the room sees shows notes' words: the
    // Incoming list (waiting notes are never the room's), the suggested themes (their notes
    // and shared terms) while notes are face down, a frame's tooltip of shared terms, and an
    // edit open in place when the room starts seeing the window (saved, then closed).
    void seenByRoomConcealsPanelsAndEdits()
    {
        TestFolder folder;
        auto window = openWindow(folder);
        EventDocument *document = window->document();
        QVERIFY(document->setHideNotesUntilRevealed(true));
        QList<Note> notes;
        for (const char *text : {"Agua potable en los barrios", "Agua potable y saneamiento", "Presupuesto abierto"}) {
            notes.append(EventDocument::makeNote(QString::fromUtf8(text), NoteSource::Typed));
            notes.last().pos = QPointF(220 * notes.size(), 10);
        }
        QVERIFY(document->addNotes(notes));
        const QList<qint64> ids = document->noteIds();
        Theme water;
        water.title = QStringLiteral("Agua");
        water.terms = QStringLiteral("agua, potable");
        QVERIFY(document->createThemes({water}, {ids.mid(0, 2)}));
        const qint64 themeId = document->themeIds().constFirst();
        BoardView *view = window->boardView();
        BoardScene *scene = view->boardScene();
        ThemeItem *frame = scene->themes()->itemForTheme(themeId);
        QCOMPARE(frame->toolTip(), QStringLiteral("Shared terms: agua, potable"));
        SuggestionsPanel *suggestions = window->suggestionsPanel();
        suggestions->suggest();
        auto *suggestionList = child<QTreeWidget>(suggestions, QStringLiteral("suggestionList"));
        IncomingPanel *incoming = window->participation()->incomingPanel();
        auto *incomingList = child<QListWidget>(incoming, QStringLiteral("incomingList"));
        QVERIFY(!suggestions->isConcealed());

        // The facilitator is editing a face-down note on their own screen…
        scene->selectNotes({ids[2]});
        view->editSelectedNote();
        QVERIFY(view->isEditingNote());
        auto *editor = child<QPlainTextEdit>(view, QStringLiteral("noteEditor"));
        editor->setPlainText(QStringLiteral("Presupuesto abierto y participativo"));

        // …when the room starts seeing it.
        action(*window, "actionScreenSeenByRoom")->trigger();
        QVERIFY(!view->isEditingNote());
        QCOMPARE(document->note(ids[2])->text, QStringLiteral("Presupuesto abierto y participativo"));
        QVERIFY(frame->toolTip().isEmpty());
        QVERIFY(incoming->isSeenByRoom());
        QVERIFY(incomingList->isHidden());
        QVERIFY(!child<QLabel>(incoming, QStringLiteral("incomingCurtain"))->isHidden());
        QVERIFY(suggestions->isConcealed());
        QVERIFY(suggestionList->isHidden());
        QVERIFY(!child<QLabel>(suggestions, QStringLiteral("suggestionsCurtain"))->isHidden());
        QVERIFY(!child<QPushButton>(suggestions, QStringLiteral("acceptAllSuggestionsButton"))->isEnabled());

        // F8 held: the facilitator reads everything; let go, concealed again.
        QTest::keyPress(view, Qt::Key_F8);
        QVERIFY(!incomingList->isHidden());
        QVERIFY(!suggestionList->isHidden());
        QCOMPARE(frame->toolTip(), QStringLiteral("Shared terms: agua, potable"));
        QTest::keyRelease(view, Qt::Key_F8);
        QVERIFY(incomingList->isHidden());
        QVERIFY(suggestionList->isHidden());

        // Revealed, the notes are the room's to read: suggestions show; Incoming stays hidden.
        QVERIFY(document->revealNotes());
        QVERIFY(!suggestions->isConcealed());
        QVERIFY(!suggestionList->isHidden());
        QVERIFY(incomingList->isHidden());
        action(*window, "actionScreenSeenByRoom")->trigger();
        QVERIFY(!incomingList->isHidden());
        QCOMPARE(frame->toolTip(), QStringLiteral("Shared terms: agua, potable"));
    }

    // The projector's screen is recognised by its connector's name or as a mirror; the
    // facilitator's own answer for a screen holds for that screen.
    void projectorScreenIsRecognised()
    {
        for (const char *external : {"HDMI-1", "HDMI-A-1", "DP-2", "DP-1-1", "DisplayPort-0", "VGA1", "DVI-I-1"})
            QVERIFY2(SeenByRoom::isExternalOutput(QLatin1String(external)), external);
        for (const char *internal : {"eDP-1", "LVDS-1", "DSI-1", "offscreen", ""})
            QVERIFY2(!SeenByRoom::isExternalOutput(QLatin1String(internal)), internal);

        if (QGuiApplication::screens().size() < 4) {
            // The laptop's panel, a projector on HDMI, and a panel mirrored to a second output.
            QVERIFY(runWithScreens("projectorScreenIsRecognised", R"({"screens": [
                {"name": "eDP-1", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
                {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
                {"name": "LVDS-1", "x": 3286, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
                {"name": "Virtual-1", "x": 3286, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96}]})"));
            return;
        }
        QScreen *panel = nullptr, *projector = nullptr, *mirrored = nullptr;
        for (QScreen *screen : QGuiApplication::screens()) {
            if (screen->name() == QLatin1String("eDP-1"))
                panel = screen;
            else if (screen->name() == QLatin1String("HDMI-1"))
                projector = screen;
            else if (screen->name() == QLatin1String("LVDS-1"))
                mirrored = screen;
        }
        QVERIFY(panel && projector && mirrored);
        QVERIFY(!SeenByRoom::looksSeenByRoom(panel));
        QVERIFY(SeenByRoom::looksSeenByRoom(projector));
        QVERIFY(SeenByRoom::looksSeenByRoom(mirrored));

        TestFolder folder;
        auto window = openWindow(folder);
        QAction *seen = action(*window, "actionScreenSeenByRoom");
        BoardScene *scene = window->boardView()->boardScene();
        auto moveTo = [&](QScreen *screen) {
            window->windowHandle()->setScreen(screen);
            window->move(screen->geometry().topLeft() + QPoint(20, 20));
            QTRY_COMPARE(window->screen(), screen);
        };
        moveTo(projector);
        QVERIFY(seen->isChecked());
        QVERIFY(scene->isSeenByRoom());
        moveTo(panel);
        QVERIFY(!seen->isChecked());
        QVERIFY(!scene->isSeenByRoom());
        moveTo(mirrored);
        QVERIFY(scene->isSeenByRoom());
        // "Not seen" for the mirrored screen (it is a rehearsal): kept for that screen only.
        seen->trigger();
        QVERIFY(!scene->isSeenByRoom());
        moveTo(projector);
        QVERIFY(scene->isSeenByRoom());
        moveTo(mirrored);
        QVERIFY(!scene->isSeenByRoom());
    }
    // Pictures to look at (skipped unless CABILDO_SCREENSHOT_DIR is set, tests/screenshots.sh):
    // the room bar with a running timer and notes face down, the Agenda offer, the main
    // window the room sees, and the kiosk in each phase with the timer.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of the room bar and the kiosk's phases");
        const QDir out(folderPath);
        QVERIFY(out.mkpath(QStringLiteral(".")));
        TestFolder folder;
        auto window = openWindow(folder);
        window->resize(1366, 768);
        EventDocument *document = window->document();
        for (const char *text : {"Datos abiertos para el clima", "Open contracting in public procurement",
                                 "Mesurer l'impact des données ouvertes"})
            typeNote(*window, QString::fromUtf8(text));
        action(*window, "actionHideNotesUntilRevealed")->trigger();
        for (const char *text : {"Presupuestos participativos en línea", "Jornalismo de dados nas eleições"})
            typeNote(*window, QString::fromUtf8(text));
        QVERIFY(document->createTheme(QStringLiteral("Datos"), QStringLiteral("green"), {document->noteIds().first()}));
        QVERIFY(document->createRound(QStringLiteral("Round 1")));
        window->voteActions()->setCurrentRound(document->roundIds().constFirst());
        child<QSpinBox>(window.get(), QStringLiteral("roomTimerMinutes"))->setValue(90);
        QTest::mouseClick(barButton(*window, "roomTimerStartPause"), Qt::LeftButton);
        advance(*window, 12 * minute + 20000);
        window->boardView()->fitAll();
        QTest::qWait(50);
        QVERIFY(window->grab().save(out.filePath(QStringLiteral("room-bar-1366x768.png"))));
        action(*window, "actionScreenSeenByRoom")->trigger();
        QTest::qWait(50);
        QVERIFY(window->grab().save(out.filePath(QStringLiteral("room-seen-by-room-1366x768.png"))));
        action(*window, "actionScreenSeenByRoom")->trigger();
        action(*window, "actionOpenVoteRound")->trigger();
        action(*window, "actionCloseVoteRound")->trigger();
        QTest::qWait(50);
        QVERIFY(window->grab().save(out.filePath(QStringLiteral("room-agenda-offer-1366x768.png"))));

        QVERIFY(document->applyUnconferenceTemplate(QDate(2026, 5, 4)));
        QVERIFY(document->createSessionsFromThemes());
        Session session;
        session.title = QStringLiteral("Open contracting: what procurement data tells a city council");
        QVERIFY(document->addSession(session));
        QList<qint64> sessionSlots;
        for (qint64 id : document->slotIds())
            if (document->timeSlot(id)->kind == SlotKind::Sessions)
                sessionSlots.append(id);
        QVERIFY(document->placeSession(document->sessionIds()[0], sessionSlots[0], document->roomIds()[0]));
        QVERIFY(document->placeSession(document->sessionIds()[1], sessionSlots[0], document->roomIds()[1]));
        KioskWindow kiosk(document, QStringLiteral("2468"));
        kiosk.resize(1366, 768);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        for (const char *phase : {"capture", "group", "vote", "agenda"}) {
            action(*window, QByteArray("actionPhase_").append(phase).constData())->trigger();
            QTest::qWait(50);
            QVERIFY(kiosk.grab().save(
                out.filePath(QStringLiteral("kiosk-phase-%1-1366x768.png").arg(QLatin1String(phase)))));
        }
        advance(*window, 90 * minute);
        QTest::qWait(50);
        QVERIFY(kiosk.grab().save(out.filePath(QStringLiteral("kiosk-time-is-up-1366x768.png"))));
        QVERIFY(window->grab().save(out.filePath(QStringLiteral("room-time-is-up-1366x768.png"))));
        kiosk.forceClose();
    }
};

QTEST_MAIN(TestRoom)
#include "tst_ui_room.moc"
