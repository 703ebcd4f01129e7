// Dot voting in the real main window: a round made in the Votes menu's dialog, opened and
// closed with only the valid moves enabled, ballots cast by tapping themes at the kiosk
// (dots left, the refused extra dot, the cap, the reset for the next person), paper
// tallies, and the results chart (ranked by votes, numbers hidden until revealed).
#include "board/boardscene.h"
#include "board/boardview.h"
#include "document/eventdocument.h"
#include "kiosk/kioskvotepanel.h"
#include "kiosk/kioskwindow.h"
#include "kiosk/themetogglebutton.h"
#include "mainwindow.h"
#include "projector/projectoractions.h"
#include "projector/projectorwindow.h"
#include "testevent.h"
#include "themeactions.h"
#include "votes/newrounddialog.h"
#include "votes/talliesdialog.h"
#include "votes/voteactions.h"
#include "votes/voteresultschart.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cabildo;
using namespace cabildo::test;

namespace {

template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

const char *const themeTitles[] = {
    "Open data for local budgets, explained so that everyone can follow the money",
    "Datos abiertos y clima",
    "Protection des données personnelles",
    "Jornalismo de dados",
};

} // namespace

class TestVotesUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestFolder> folder;
    QList<qint64> themes; ///< the four themes, in creation order

    EventDocument *document() { return window->document(); }
    QAction *action(const char *name) { return child<QAction>(window.get(), QLatin1String(name)); }
    QUuid uuid(qint64 themeId) { return document()->theme(themeId)->uuid; }

    /** Fills in the "New voting round" dialog that `trigger` opens, and accepts it. */
    void createRoundThroughDialog(const QString &name, int cap, bool hideTotals)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<NewRoundDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            auto *votes = child<QSpinBox>(dialog, QStringLiteral("newRoundVotes"));
            auto *capCheck = child<QCheckBox>(dialog, QStringLiteral("newRoundCapCheck"));
            auto *hide = child<QCheckBox>(dialog, QStringLiteral("newRoundHideTotals"));
            auto *nameEdit = child<QLineEdit>(dialog, QStringLiteral("newRoundName"));
            QCOMPARE(votes->value(), 3); // the defaults a facilitator expects
            QVERIFY(hide->isChecked());
            QVERIFY(!capCheck->isChecked());
            QVERIFY(!child<QSpinBox>(dialog, QStringLiteral("newRoundCap"))->isEnabled());
            QPushButton *ok =
                child<QDialogButtonBox>(dialog, QStringLiteral("newRoundButtons"))->button(QDialogButtonBox::Ok);
            nameEdit->clear();
            QVERIFY(!ok->isEnabled()); // a round needs a name
            QTest::keyClicks(nameEdit, name);
            QVERIFY(ok->isEnabled());
            if (cap > 0) {
                capCheck->setChecked(true);
                child<QSpinBox>(dialog, QStringLiteral("newRoundCap"))->setValue(cap);
            }
            hide->setChecked(hideTotals);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        action("actionNewVoteRound")->trigger();
        QVERIFY(seen);
    }

    qint64 newestRound() { return document()->roundIds().isEmpty() ? 0 : document()->roundIds().constLast(); }

    KioskWindow *startKiosk()
    {
        window->enterKiosk(QGuiApplication::primaryScreen(), QStringLiteral("2468"));
        KioskWindow *kiosk = window->kioskWindow();
        if (kiosk)
            kiosk->resize(1366, 768);
        return kiosk;
    }

    ThemeToggleButton *themeButton(KioskWindow *kiosk, qint64 themeId)
    {
        return child<ThemeToggleButton>(kiosk, QStringLiteral("kioskVoteTheme_%1").arg(themeId));
    }

    int votesLeftShown(KioskWindow *kiosk)
    {
        return child<QLabel>(kiosk, QStringLiteral("kioskVotesLeft"))->property("votesLeft").toInt();
    }

    QString votesLeftText(KioskWindow *kiosk) { return child<QLabel>(kiosk, QStringLiteral("kioskVotesLeft"))->text(); }

    void tap(KioskWindow *kiosk, qint64 themeId)
    {
        ThemeToggleButton *button = themeButton(kiosk, themeId);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QList<qint64> checkedThemes(KioskWindow *kiosk)
    {
        QList<qint64> checked;
        for (qint64 id : std::as_const(themes))
            if (themeButton(kiosk, id)->isChecked())
                checked.append(id);
        return checked;
    }

    void submitBallot(KioskWindow *kiosk)
    {
        auto *submit = child<QPushButton>(kiosk, QStringLiteral("kioskVoteSubmit"));
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
    }

    QList<QUuid> sortedUuids(const QList<qint64> &ids)
    {
        QList<QUuid> result;
        for (qint64 id : ids)
            result.append(uuid(id));
        std::sort(result.begin(), result.end());
        return result;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        folder = std::make_unique<TestFolder>();
        window = std::make_unique<MainWindow>();
        window->setDocument(folder->newEvent());
        const QStringList colours{QStringLiteral("yellow"), QStringLiteral("blue"), QStringLiteral("pink"),
                                  QStringLiteral("green")};
        themes.clear();
        for (int i = 0; i < 4; ++i) {
            Note note = EventDocument::makeNote(QStringLiteral("Note %1").arg(i), NoteSource::Typed);
            QVERIFY(document()->addNotes({note}));
            QVERIFY(document()->createTheme(QString::fromUtf8(themeTitles[i]), colours[i],
                                            {document()->noteIds().constLast()}));
            themes.append(document()->themeIds().constLast());
        }
        document()->undoStack()->clear();
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        if (window && window->kioskWindow())
            window->kioskWindow()->forceClose();
        window.reset();
        folder.reset();
    }

    void roundLifecycleEnablesOnlyValidMoves()
    {
        QAction *open = action("actionOpenVoteRound");
        QAction *close = action("actionCloseVoteRound");
        QAction *reveal = action("actionRevealVoteTotals");
        QAction *tallies = action("actionEnterTallies");
        QVERIFY(!open->isEnabled() && !close->isEnabled() && !reveal->isEnabled() && !tallies->isEnabled());

        createRoundThroughDialog(QStringLiteral("Day 1"), 5, true);
        QCOMPARE(document()->roundIds().size(), 1);
        const VoteRound round = *document()->round(newestRound());
        QCOMPARE(round.name, QStringLiteral("Day 1"));
        QCOMPARE(round.votesPerPerson, 3);
        QCOMPARE(round.capPerTheme, 5);
        QVERIFY(round.totalsHidden);
        QCOMPARE(round.state, RoundState::NotStarted);
        QCOMPARE(document()->undoStack()->count(), 1);
        QCOMPARE(window->voteActions()->currentRound(), round.id);

        QVERIFY(open->isEnabled());
        QVERIFY(!close->isEnabled());
        QVERIFY(reveal->isEnabled());
        QVERIFY(tallies->isEnabled());
        open->trigger();
        QCOMPARE(document()->round(round.id)->state, RoundState::Open);
        QVERIFY(!open->isEnabled());
        QVERIFY(close->isEnabled());

        // A second round cannot open while the first is.
        createRoundThroughDialog(QStringLiteral("Day 2"), 0, false);
        const qint64 second = newestRound();
        QCOMPARE(window->voteActions()->currentRound(), second);
        QVERIFY(!open->isEnabled());
        QVERIFY(!close->isEnabled());
        QVERIFY(!reveal->isEnabled()); // its totals are not hidden
        QCOMPARE(document()->round(second)->capPerTheme, 0);

        window->voteActions()->setCurrentRound(round.id);
        close->trigger();
        QCOMPARE(document()->round(round.id)->state, RoundState::Closed);
        QVERIFY(open->isEnabled()); // reopening a closed round is allowed
        QVERIFY(!close->isEnabled());
        reveal->trigger();
        QVERIFY(!document()->round(round.id)->totalsHidden);
        QVERIFY(!reveal->isEnabled());

        // Undo walks the state back, and the menu follows.
        document()->undoStack()->undo();
        QVERIFY(document()->round(round.id)->totalsHidden);
        QVERIFY(reveal->isEnabled());
    }

    void kioskBallotByTapping()
    {
        createRoundThroughDialog(QStringLiteral("Morning"), 0, true);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        KioskWindow *kiosk = startKiosk();
        QVERIFY(kiosk);
        QVERIFY(QTest::qWaitForWindowExposed(kiosk));
        QVERIFY(kiosk->isVoting());
        QVERIFY(child<QWidget>(kiosk, QStringLiteral("kioskVotePanel"))->isVisible());
        QVERIFY(!child<QWidget>(kiosk, QStringLiteral("kioskTextEdit"))->isVisible());
        auto *submit = child<QPushButton>(kiosk, QStringLiteral("kioskVoteSubmit"));
        auto *message = child<QLabel>(kiosk, QStringLiteral("kioskVoteConfirmation"));
        QVERIFY(!submit->isEnabled()); // nothing chosen yet

        // Big enough for a finger, and the long title wraps rather than being cut.
        ThemeToggleButton *longTitle = themeButton(kiosk, themes[0]);
        QVERIFY(longTitle->height() >= 48);
        QVERIFY(longTitle->height() >= longTitle->heightForWidth(longTitle->width()));
        QVERIFY(longTitle->height() > themeButton(kiosk, themes[3])->height()); // a row below, short titles
        QCOMPARE(longTitle->text(), QString::fromUtf8(themeTitles[0]));

        QCOMPARE(votesLeftShown(kiosk), 3);
        QVERIFY(votesLeftText(kiosk).contains(QLatin1Char('3')));
        tap(kiosk, themes[0]);
        tap(kiosk, themes[1]);
        QCOMPARE(votesLeftShown(kiosk), 1);
        QVERIFY(votesLeftText(kiosk).contains(QLatin1Char('1')));
        tap(kiosk, themes[2]);
        QCOMPARE(votesLeftShown(kiosk), 0);

        // A fourth dot with three votes is refused, and the participant is told why.
        tap(kiosk, themes[3]);
        QVERIFY(!themeButton(kiosk, themes[3])->isChecked());
        QCOMPARE(checkedThemes(kiosk), (QList<qint64>{themes[0], themes[1], themes[2]}));
        QVERIFY(message->isVisible());
        QVERIFY(message->property("error").toBool());

        // Untapping gives the dot back; it can go elsewhere.
        tap(kiosk, themes[1]);
        QCOMPARE(votesLeftShown(kiosk), 1);
        tap(kiosk, themes[3]);
        QCOMPARE(checkedThemes(kiosk), (QList<qint64>{themes[0], themes[2], themes[3]}));
        QCOMPARE(document()->ballots(round).size(), 0); // nothing stored until submitted

        const int steps = document()->undoStack()->count();
        submitBallot(kiosk);
        QList<Ballot> ballots = document()->ballots(round);
        QCOMPARE(ballots.size(), 1);
        QCOMPARE(ballots[0].themes, sortedUuids({themes[0], themes[2], themes[3]}));
        // The form is empty for the next person, who is thanked-for the last one.
        QVERIFY(checkedThemes(kiosk).isEmpty());
        QCOMPARE(votesLeftShown(kiosk), 3);
        QVERIFY(!submit->isEnabled());
        QVERIFY(message->isVisible());
        QVERIFY(!message->property("error").toBool());

        // A second participant, a second ballot.
        tap(kiosk, themes[1]);
        submitBallot(kiosk);
        ballots = document()->ballots(round);
        QCOMPARE(ballots.size(), 2);
        QCOMPARE(ballots[1].themes, sortedUuids({themes[1]}));
        QCOMPARE(document()->ballotVotes(round, uuid(themes[0])), 1);
        QCOMPARE(document()->ballotVotes(round, uuid(themes[1])), 1);

        // The ballots are the participants', not the facilitator's undo steps.
        QCOMPARE(document()->undoStack()->count(), steps);
    }

    void capMakesAThemeFull()
    {
        createRoundThroughDialog(QStringLiteral("Capped"), 1, true);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        KioskWindow *kiosk = startKiosk();
        QVERIFY(kiosk && kiosk->isVoting());

        tap(kiosk, themes[2]);
        submitBallot(kiosk);
        QCOMPARE(document()->ballotVotes(round, uuid(themes[2])), 1);

        ThemeToggleButton *full = themeButton(kiosk, themes[2]);
        QVERIFY(full->isFull());
        QVERIFY(!full->isEnabled());
        QVERIFY(!full->accessibleDescription().isEmpty());
        QVERIFY(!themeButton(kiosk, themes[1])->isFull());
        tap(kiosk, themes[2]);
        QVERIFY(!full->isChecked());
        QVERIFY(!child<QPushButton>(kiosk, QStringLiteral("kioskVoteSubmit"))->isEnabled());

        // The participant's ballot is not the facilitator's to undo: their last step is
        // opening the round, and undoing it leaves the ballot counted.
        QVERIFY(document()->undoStack()->undoText().contains(QLatin1String("Capped")));
        document()->undoStack()->undo();
        QCOMPARE(document()->ballotVotes(round, uuid(themes[2])), 1);
    }

    void kioskFollowsTheRound()
    {
        createRoundThroughDialog(QStringLiteral("Later"), 0, true);
        const qint64 round = newestRound();
        KioskWindow *kiosk = startKiosk();
        QVERIFY(kiosk);
        QVERIFY(!kiosk->isVoting()); // no round open: the priority form
        // The facilitator opens the round (from a second screen's main window): the kiosk turns.
        QVERIFY(document()->openRound(round));
        QVERIFY(kiosk->isVoting());
        QCOMPARE(votesLeftShown(kiosk), 3);
        tap(kiosk, themes[0]);
        QVERIFY(document()->closeRound(round));
        QVERIFY(!kiosk->isVoting());
        // Reopened: a fresh, empty ballot, not the half-made one.
        QVERIFY(document()->openRound(round));
        QVERIFY(kiosk->isVoting());
        QVERIFY(checkedThemes(kiosk).isEmpty());
    }

    void keyboardAndIdleReset()
    {
        createRoundThroughDialog(QStringLiteral("Keys"), 0, true);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        KioskWindow *kiosk = startKiosk();
        QVERIFY(kiosk && kiosk->isVoting());
        QVERIFY(QTest::qWaitForWindowActive(kiosk));

        // Space on a focused theme puts a dot on it, as a tap does.
        ThemeToggleButton *first = themeButton(kiosk, themes[0]);
        QCOMPARE(first->focusPolicy(), Qt::StrongFocus);
        first->setFocus();
        QTest::keyClick(first, Qt::Key_Space);
        QVERIFY(first->isChecked());
        QCOMPARE(votesLeftShown(kiosk), 2);

        // Someone who walks away mid-ballot leaves nothing for the next person.
        kiosk->setIdleResetDelay(50);
        tap(kiosk, themes[1]);
        QTRY_VERIFY(checkedThemes(kiosk).isEmpty());
        QCOMPARE(votesLeftShown(kiosk), 3);
        QCOMPARE(document()->ballots(round).size(), 0);
    }

    void languageButtonsStayOnTheBallot()
    {
        createRoundThroughDialog(QStringLiteral("Languages"), 0, true);
        action("actionOpenVoteRound")->trigger();
        KioskWindow *kiosk = startKiosk();
        QVERIFY(kiosk && kiosk->isVoting());
        auto *french = child<QPushButton>(kiosk, QStringLiteral("kioskLanguage_fr"));
        QVERIFY(french && french->isVisible());
        QTest::mouseClick(french, Qt::LeftButton);
        QVERIFY(french->isChecked());
        tap(kiosk, themes[0]);
        submitBallot(kiosk);
        // The next voter starts in the room's language.
        QVERIFY(!french->isChecked());
    }

    void talliesDialogStoresTallies()
    {
        createRoundThroughDialog(QStringLiteral("Paper"), 0, false);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        action("actionCloseVoteRound")->trigger();
        QCOMPARE(document()->round(round)->state, RoundState::Closed);
        const int stepsBefore = document()->undoStack()->count();

        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TalliesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            for (qint64 id : std::as_const(themes))
                QVERIFY(child<QSpinBox>(dialog, QStringLiteral("tallySpin_%1").arg(id)));
            child<QSpinBox>(dialog, QStringLiteral("tallySpin_%1").arg(themes[1]))->setValue(5);
            child<QSpinBox>(dialog, QStringLiteral("tallySpin_%1").arg(themes[3]))->setValue(2);
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, QStringLiteral("talliesButtons"))->button(QDialogButtonBox::Save),
                Qt::LeftButton);
        });
        action("actionEnterTallies")->trigger();
        QVERIFY(seen);
        QCOMPARE(document()->tally(round, uuid(themes[1])), 5);
        QCOMPARE(document()->tally(round, uuid(themes[3])), 2);
        QCOMPARE(document()->tally(round, uuid(themes[0])), 0);
        QCOMPARE(document()->undoStack()->count(), stepsBefore + 2); // one step per changed count

        // Opening it again shows what is stored.
        seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TalliesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("tallySpin_%1").arg(themes[1]))->value(), 5);
            dialog->reject();
        });
        action("actionEnterTallies")->trigger();
        QVERIFY(seen);
    }

    // The board and the vote chart as pictures for slides: PNG at a projector's size with
    // something drawn on it, SVG with the notes' and themes' words as text.
    void imagesForSlides()
    {
        QTemporaryDir dir;
        const QString boardPng = dir.filePath(QStringLiteral("board.png"));
        QCOMPARE(window->exportBoardImage(boardPng), QString());
        const QImage board(boardPng);
        QCOMPARE(board.width(), 1920);
        QVERIFY(board.height() > 100);
        QSet<QRgb> colours;
        for (int x = 0; x < board.width(); x += 7)
            colours.insert(board.pixel(x, board.height() / 2));
        QVERIFY2(colours.size() > 3, "the board picture is blank");
        const QString boardSvg = dir.filePath(QStringLiteral("board.svg"));
        QCOMPARE(window->exportBoardImage(boardSvg), QString());
        const QByteArray svg = readAll(boardSvg);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Note 3"));

        createRoundThroughDialog(QStringLiteral("Slides"), 0, false);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        QVERIFY(document()->castBallot(round, {themes[1]}));
        QVERIFY(action("actionSaveVoteResultsImage")->isEnabled());
        const QString chartPng = dir.filePath(QStringLiteral("votes.png"));
        QCOMPARE(window->voteActions()->saveResultsImage(chartPng), QString());
        QCOMPARE(QImage(chartPng).size(), QSize(1920, 1080));
        const QString chartSvg = dir.filePath(QStringLiteral("votes.svg"));
        QCOMPARE(window->voteActions()->saveResultsImage(chartSvg), QString());
        QVERIFY(readAll(chartSvg).contains(QString::fromUtf8(themeTitles[1]).left(8).toUtf8()));

        // With CABILDO_SCREENSHOT_DIR set, keeps the pictures to look at.
        if (const QString shots = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QFile::copy(boardPng, shots + QStringLiteral("/board-image.png"));
            QFile::copy(chartPng, shots + QStringLiteral("/votes-image.png"));
        }

        // A folder that is not there: a message, not a crash.
        QVERIFY(!window->exportBoardImage(dir.filePath(QStringLiteral("missing/board.png"))).isEmpty());
    }

    void resultsRankedAndHiddenUntilRevealed()
    {
        createRoundThroughDialog(QStringLiteral("Results"), 0, true);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        QVERIFY(document()->castBallot(round, {themes[2], themes[1]}));
        QVERIFY(document()->castBallot(round, {themes[2]}));
        QVERIFY(document()->castBallot(round, {themes[2], themes[3]}));
        QVERIFY(document()->setTally(round, themes[0], 2));
        // Totals: theme[0] 2, theme[1] 1, theme[2] 3, theme[3] 1.

        // Show Results: the projector window, full screen, in its Vote state (in the Capture phase too).
        QCOMPARE(document()->roomState().phase, Phase::Vote); // opening the round moved the room there
        QVERIFY(document()->setPhase(Phase::Capture));
        action("actionShowVoteResults")->trigger();
        ProjectorWindow *results = window->projector()->projector();
        QVERIFY(results && results->isVisible());
        QVERIFY(results->isFullScreen());
        QCOMPARE(results->view(), ProjectorWindow::View::Results);
        VoteResultsChart *chart = child<VoteResultsChart>(results, QStringLiteral("voteResultsChart"));
        QVERIFY(chart->isVisible());
        QCOMPARE(chart->roundId(), round);
        QVERIFY(!chart->showsTotals());
        QVERIFY(chart->rows().isEmpty());
        QVERIFY(!chart->accessibleDescription().contains(QLatin1String("vote"))); // only the ballots cast
        QVERIFY(chart->accessibleDescription().contains(QLatin1Char('3')));       // 3 ballots cast
        QAction *reveal = action("actionRevealVoteTotals");
        QVERIFY(reveal->isEnabled());

        reveal->trigger();
        QVERIFY(!document()->round(round)->totalsHidden);
        QVERIFY(!reveal->isEnabled());
        QVERIFY(chart->showsTotals());
        QList<qint64> order;
        QList<int> totals;
        for (const RankedTheme &row : chart->rows()) {
            order.append(row.themeId);
            totals.append(row.total());
        }
        QCOMPARE(order, (QList<qint64>{themes[2], themes[0], themes[1], themes[3]}));
        QCOMPARE(totals, (QList<int>{3, 2, 1, 1}));
        QVERIFY(chart->accessibleDescription().contains(QString::fromUtf8(themeTitles[1])));

        // New ballots re-rank at once.
        for (int i = 0; i < 3; ++i)
            QVERIFY(document()->castBallot(round, {themes[3]}));
        QCOMPARE(chart->rows().constFirst().themeId, themes[3]);
        QCOMPARE(chart->rows().constFirst().total(), 4);
        QCOMPARE(chart->rows().at(1).themeId, themes[2]);

        // render() paints into any painter: an image here, as the export will.
        QImage image(800, 500, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        chart->render(&painter, image.rect());
        painter.end();
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));

        // F11 leaves full screen and enters it again; Esc leaves the projector.
        QTest::keyClick(results, Qt::Key_F11);
        QVERIFY(!(results->windowState() & Qt::WindowFullScreen));
        QTest::keyClick(results, Qt::Key_F11);
        QVERIFY(results->windowState() & Qt::WindowFullScreen);
        QTest::keyClick(results, Qt::Key_Escape);
        QTRY_VERIFY(!window->projector()->projector());
    }

    void deleteRoundAsksAndUndoes()
    {
        QAction *remove = action("actionDeleteVoteRound");
        QVERIFY(!remove->isEnabled()); // no round yet
        createRoundThroughDialog(QStringLiteral("Mistake"), 0, true);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        QVERIFY(!remove->isEnabled()); // people may be voting
        const Outcome refused = document()->removeRound(round);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("Mistake")));
        QVERIFY(document()->castBallot(round, {themes[0], themes[1]}));
        QVERIFY(document()->castBallot(round, {themes[2]}));
        action("actionCloseVoteRound")->trigger();
        QVERIFY(document()->setTally(round, themes[0], 4));
        QVERIFY(remove->isEnabled());
        QCOMPARE(remove->text(), QStringLiteral("&Delete “Mistake”…"));

        // The question names the round and its ballots; No keeps everything.
        QString asked;
        auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        remove->trigger();
        QVERIFY2(asked.contains(QStringLiteral("“Mistake”")) && asked.contains(QLatin1String("2 ballot")),
                 qPrintable(asked));
        QVERIFY(document()->round(round));
        answer(QMessageBox::Yes);
        remove->trigger();
        QVERIFY(!document()->round(round));
        QVERIFY(document()->ballots(round).isEmpty());
        QCOMPARE(document()->tally(round, uuid(themes[0])), 0);
        QVERIFY(!remove->isEnabled());

        // Undo brings the round back with its ballots and tally.
        action("actionUndo")->trigger();
        QCOMPARE(document()->round(round)->name, QStringLiteral("Mistake"));
        QCOMPARE(document()->ballots(round).size(), 2);
        QCOMPARE(document()->tally(round, uuid(themes[0])), 4);
    }

    void mergeRefusedWhileRoundOpenSaysWhy()
    {
        createRoundThroughDialog(QStringLiteral("Busy"), 0, true);
        action("actionOpenVoteRound")->trigger();
        BoardScene *scene = window->boardView()->boardScene();
        scene->selectNotes(
            {document()->notesInTheme(themes[0]).constFirst(), document()->notesInTheme(themes[1]).constFirst()});
        QAction *merge = action("actionMergeThemes");
        QVERIFY(merge->isEnabled());
        merge->trigger();
        QCOMPARE(document()->themeCount(), 4);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("themeRefusedMessage"))));
        QVERIFY(box->isVisible());
        // The box says the document's own reason, as a second try of the same merge gives it.
        QCOMPARE(box->text(), document()->mergeThemes(themes[0], {themes[1]}).error());
        QVERIFY(box->text().contains(QLatin1String("Busy")));
        box->close();

        // Closed, the same merge goes through.
        action("actionCloseVoteRound")->trigger();
        merge->trigger();
        QCOMPARE(document()->themeCount(), 3);
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the kiosk ballot and the chart.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of voting");
        const QDir out(folderPath);
        QVERIFY(out.mkpath(QStringLiteral(".")));
        const char *const more[] = {"Transparencia en compras públicas", "Civic tech sustainability",
                                    "Données ouvertes pour les villes", "Gender data gaps"};
        const QStringList colours{QStringLiteral("orange"), QStringLiteral("purple"), QStringLiteral("grey"),
                                  QStringLiteral("yellow")};
        for (int i = 0; i < 4; ++i) {
            Note note = EventDocument::makeNote(QStringLiteral("More %1").arg(i), NoteSource::Typed);
            QVERIFY(document()->addNotes({note}));
            QVERIFY(
                document()->createTheme(QString::fromUtf8(more[i]), colours[i], {document()->noteIds().constLast()}));
            themes.append(document()->themeIds().constLast());
        }
        createRoundThroughDialog(QStringLiteral("Day 1"), 4, true);
        const qint64 round = newestRound();
        action("actionOpenVoteRound")->trigger();
        for (int i = 0; i < 4; ++i)
            QVERIFY(document()->castBallot(round, {themes[4], themes[i % 3]}));

        // Not through enterKiosk: a full-screen window keeps the offscreen screen's size.
        auto kiosk = std::make_unique<KioskWindow>(document(), QStringLiteral("2468"));
        kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(kiosk.get()));
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080), QSize(1080, 1920)}) {
            kiosk->resize(size);
            QTest::qWait(50);
            tap(kiosk.get(), themes[0]);
            tap(kiosk.get(), themes[2]);
            QTest::qWait(20);
            const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            QVERIFY(kiosk->grab().save(out.filePath(QStringLiteral("kiosk-vote-%1.png").arg(suffix))));
            // The list scrolls, never the form: the button stays on the screen.
            QCOMPARE(kiosk->findChild<QScrollArea *>(QStringLiteral("kioskFormScroll"))->verticalScrollBar()->maximum(),
                     0);
            tap(kiosk.get(), themes[1]);
            tap(kiosk.get(), themes[3]); // refused: no dot left
            QVERIFY(kiosk->grab().save(out.filePath(QStringLiteral("kiosk-vote-refused-%1.png").arg(suffix))));
            child<KioskVotePanel>(kiosk.get(), QStringLiteral("kioskVotePanel"))->reset();
        }
        kiosk->forceClose();
        kiosk.reset();

        NewRoundDialog newRound(QStringLiteral("Day 2"), window.get());
        newRound.show();
        QVERIFY(QTest::qWaitForWindowExposed(&newRound));
        QVERIFY(newRound.grab().save(out.filePath(QStringLiteral("votes-new-round.png"))));
        newRound.close();
        QVERIFY(document()->setTally(round, themes[6], 3));
        TalliesDialog tallies(document(), round, window.get());
        tallies.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tallies));
        QVERIFY(tallies.grab().save(out.filePath(QStringLiteral("votes-tallies.png"))));
        tallies.close();
        action("actionShowVoteResults")->trigger();
        ProjectorWindow *results = window->projector()->projector();
        results->showNormal();
        results->resize(1280, 720);
        QTest::qWait(50);
        QVERIFY(results->grab().save(out.filePath(QStringLiteral("results-hidden.png"))));
        QVERIFY(document()->revealTotals(round));
        QVERIFY(results->grab().save(out.filePath(QStringLiteral("results-window.png"))));
        VoteResultsChart *chart = results->chart();
        QImage projector(1920, 1080, QImage::Format_RGB32);
        QPainter painter(&projector);
        chart->render(&painter, projector.rect());
        painter.end();
        QVERIFY(projector.save(out.filePath(QStringLiteral("results-1920x1080.png"))));
        results->close();
    }
};

QTEST_MAIN(TestVotesUi)
#include "tst_ui_votes.moc"
