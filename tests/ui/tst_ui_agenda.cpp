// The agenda page in the real main window: the template and sessions from themes through
// their actions, sessions dragged with plain mouse press / move / release (from the list
// into a cell, between cells, onto an occupied cell, back to the list) and moved from the
// keyboard, pins, the warnings on the cells where they happen, and Generate agenda.
#include "agenda/agendageneration.h"
#include "agenda/agendagridmodel.h"
#include "agenda/agendagridview.h"
#include "agenda/agendapage.h"
#include "agenda/presenterview.h"
#include "agenda/roomsdialog.h"
#include "agenda/sessionsdialog.h"
#include "agenda/timeslotsdialog.h"
#include "agenda/unscheduledlist.h"
#include "document/eventdocument.h"
#include "mainwindow.h"
#include "preferences.h"
#include "projector/projectoractions.h"
#include "projector/projectorwindow.h"
#include "testevent.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace cabildo;
using namespace cabildo::test;

class TestAgendaUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestFolder> folder;
    QHash<QString, qint64> themes; ///< title → theme id

    EventDocument *document() { return window->document(); }
    AgendaPage *page() { return window->findChild<AgendaPage *>(QStringLiteral("agendaPage")); }
    AgendaGridView *grid() { return page()->grid(); }
    AgendaGridModel *model() { return grid()->gridModel(); }
    UnscheduledList *list() { return page()->unscheduledList(); }
    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }
    QString label(const char *name) { return plural(window->findChild<QLabel *>(QLatin1String(name))->text()); }
    /** "12 voter(s)" until the English catalogue has the new plural forms, "12 voters" after. */
    static QString plural(QString text) { return text.replace(QStringLiteral("(s)"), QStringLiteral("s")); }
    static QStringList plural(QStringList texts)
    {
        for (QString &text : texts)
            text = plural(text);
        return texts;
    }

    qint64 sessionTitled(const QString &title)
    {
        for (qint64 id : document()->sessionIds())
            if (document()->session(id)->title == title)
                return id;
        return 0;
    }
    /** The n-th session slot's row in the grid (breaks and plenaries are rows too). */
    int sessionRow(int n)
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->isSessionSlot(row) && n-- == 0)
                return row;
        return -1;
    }
    QModelIndex cell(int sessionSlot, int room) { return model()->index(sessionRow(sessionSlot), room); }
    /** Where the cell is, in the coordinates of `widget` (the one that got the press). */
    QPoint cellCentre(const QModelIndex &index, QWidget *widget)
    {
        grid()->scrollTo(index);
        const QPoint global = grid()->viewport()->mapToGlobal(grid()->visualRect(index).center());
        return widget->mapFromGlobal(global);
    }
    QPoint listItemCentre(qint64 sessionId)
    {
        for (int row = 0; row < list()->count(); ++row)
            if (list()->item(row)->text().startsWith(document()->session(sessionId)->title))
                return list()->visualItemRect(list()->item(row)).center();
        return {};
    }
    /** A plain mouse drag, every event to the widget that got the press (as Qt's implicit grab does). */
    void drag(QWidget *source, QPoint from, QPoint to)
    {
        QTest::mousePress(source, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(source, from + (to - from) * i / 6);
        QTest::mouseRelease(source, Qt::LeftButton, {}, to);
    }
    const Placement *placed(qint64 session) { return document()->placement(session); }
    bool isAt(qint64 session, const QModelIndex &index)
    {
        const Placement *placement = placed(session);
        return placement && placement->slotId == model()->slotAt(index.row())
               && placement->roomId == model()->roomAt(index.column());
    }

    /** Notes, four themes and an open round: 45 ballots for Open data (12 of them also Privacy). */
    void addThemesAndVotes()
    {
        QList<Note> notes;
        const QStringList titles{QStringLiteral("Open data"), QStringLiteral("Privacy"), QStringLiteral("Open science"),
                                 QStringLiteral("Participatory budgets")};
        for (const QString &title : titles)
            notes.append(EventDocument::makeNote(title, NoteSource::Typed));
        QVERIFY(document()->addNotes(notes));
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY(document()->createTheme(titles.at(i), QStringLiteral("yellow"), {document()->noteIds().at(i)}));
            themes.insert(titles.at(i), document()->themeIds().constLast());
        }
        QVERIFY(document()->createRound(QStringLiteral("Day 1")));
        const qint64 round = document()->roundIds().constFirst();
        QVERIFY(document()->openRound(round));
        for (int i = 0; i < 45; ++i) {
            QList<qint64> ballot{themes[QStringLiteral("Open data")]};
            if (i < 12)
                ballot.append(themes[QStringLiteral("Privacy")]);
            else if (i < 20)
                ballot.append(themes[QStringLiteral("Open science")]);
            QVERIFY(document()->castBallot(round, ballot));
        }
        for (int i = 0; i < 10; ++i)
            QVERIFY(document()->castBallot(round, {themes[QStringLiteral("Participatory budgets")]}));
    }

    /** The template and one session per theme, straight through the document. */
    void setUpAgenda()
    {
        QVERIFY(document()->applyUnconferenceTemplate(QDate(2026, 11, 27)));
        QVERIFY(document()->createSessionsFromThemes());
        document()->undoStack()->clear();
        action("actionShowAgenda")->setChecked(true);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        themes.clear();
        folder = std::make_unique<TestFolder>();
        window = std::make_unique<MainWindow>();
        window->setDocument(folder->newEvent());
        addThemesAndVotes();
        document()->undoStack()->clear();
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        folder.reset();
    }

    void slotDialogAcceptsAnEveningPastMidnight()
    {
        TimeSlot evening;
        evening.day = QDate(2026, 5, 5);
        evening.start = QTime(22, 0);
        evening.end = QTime(23, 0);
        TimeSlotEditDialog dialog(evening, window.get());
        dialog.show();
        auto *end = dialog.findChild<QTimeEdit *>(QStringLiteral("slotEndEdit"));
        auto *nextDay = dialog.findChild<QLabel *>(QStringLiteral("slotNextDayLabel"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(end && nextDay && ok);
        QVERIFY(ok->isEnabled() && !nextDay->isVisible());
        end->setTime(QTime(0, 30)); // 22:00 to 00:30: the next day
        QVERIFY(ok->isEnabled() && nextDay->isVisible());
        end->setTime(QTime(22, 0)); // no length
        QVERIFY(!ok->isEnabled());
        end->setTime(QTime(9, 0)); // 11 hours past midnight is allowed; 12:00 the next day is not
        QVERIFY(ok->isEnabled());
        end->setTime(QTime(11, 0));
        QVERIFY(!ok->isEnabled());
        end->setTime(QTime(0, 30));
        QVERIFY(document()->addSlot(dialog.timeSlot()));
        QCOMPARE(document()->timeSlot(document()->slotIds().constLast())->durationMinutes(), 150);
    }

    void hostConsentBelongsToTheNamedHost()
    {
        Session session;
        session.title = QStringLiteral("Datos abiertos");
        SessionEditDialog dialog(session, *document(), window.get());
        dialog.show();
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("sessionHostEdit"));
        auto *named = dialog.findChild<QCheckBox *>(QStringLiteral("sessionHostNamedCheck"));
        QVERIFY(host && named);
        QVERIFY(!named->isEnabled()); // no host, nobody to agree
        QTest::keyClicks(host, QStringLiteral("Ana"));
        QVERIFY(named->isEnabled() && !named->isChecked());
        named->click();
        QVERIFY(dialog.session().hostNamed);
        QTest::keyClicks(host, QStringLiteral(" Lima")); // another person now: ask again
        QVERIFY(!named->isChecked());
        QVERIFY(!dialog.session().hostNamed);
        named->click();
        QVERIFY(document()->addSession(dialog.session()));
        const Session *stored = document()->session(document()->sessionIds().constLast());
        QCOMPARE(stored->host, QStringLiteral("Ana Lima"));
        QVERIFY(stored->hostNamed);
    }

    void templateAndSessionsFromTheActions()
    {
        // Ctrl+3 shows the agenda; on a blank agenda it offers the template.
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        auto *pages = qobject_cast<QStackedWidget *>(window->centralWidget());
        QCOMPARE(pages->currentWidget(), page());
        auto *templateButton = window->findChild<QPushButton *>(QStringLiteral("agendaTemplateButton"));
        QVERIFY(templateButton->isVisible());
        QVERIFY(action("actionAgendaTemplate")->isEnabled());

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("templateDialog"));
            dialog->findChild<QDateEdit *>(QStringLiteral("templateDayEdit"))->setDate(QDate(2026, 11, 27));
            dialog->accept();
        });
        QTest::mouseClick(templateButton, Qt::LeftButton);
        QCOMPARE(document()->roomIds().size(), 4);
        QCOMPARE(document()->slotIds().size(), 9);
        QCOMPARE(document()->timeSlot(document()->slotIds().constFirst())->day, QDate(2026, 11, 27));
        // Offered only on a blank agenda.
        QVERIFY(!action("actionAgendaTemplate")->isEnabled());
        QVERIFY(!templateButton->isVisible());
        QVERIFY(grid()->isVisible());
        QCOMPARE(model()->rowCount(), 9);
        QCOMPARE(model()->columnCount(), 4);
        // The opening plenary spans every room.
        QCOMPARE(grid()->columnSpan(0, 0), 4);
        QCOMPARE(grid()->columnSpan(sessionRow(0), 0), 1);

        action("actionSessionsFromThemes")->trigger();
        QCOMPARE(document()->sessionIds().size(), 4);
        QCOMPARE(list()->count(), 4);
        // Most wanted first, with its votes.
        QVERIFY(plural(list()->item(0)->text()).startsWith(QStringLiteral("Open data\n45 votes")));
        QVERIFY(label("unscheduledTitle").contains(QStringLiteral("4")));

        // Back to the board with Ctrl+3 again (once the window is active again after the dialog).
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY2(pages->currentWidget() != page(),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("none")));
    }

    void dragFromTheListIntoCellsAndBack()
    {
        setUpAgenda();
        // The grid's model keeps its contract through every move, undo and reset.
        QAbstractItemModelTester modelTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 openData = sessionTitled(QStringLiteral("Open data"));
        const qint64 privacy = sessionTitled(QStringLiteral("Privacy"));
        QVERIFY(openData && privacy);

        // From the list into a free cell: one step.
        QWidget *listArea = list()->viewport();
        drag(listArea, listItemCentre(openData), cellCentre(cell(0, 1), listArea));
        QVERIFY(isAt(openData, cell(0, 1)));
        QCOMPARE(document()->undoStack()->count(), 1);
        QCOMPARE(list()->count(), 3);
        QCOMPARE(cell(0, 1).data().toString(), QStringLiteral("Open data"));

        // Between cells.
        QWidget *gridArea = grid()->viewport();
        drag(gridArea, cellCentre(cell(0, 1), gridArea), cellCentre(cell(2, 3), gridArea));
        QVERIFY(isAt(openData, cell(2, 3)));
        QCOMPARE(document()->undoStack()->count(), 2);

        // A short wiggle is a click, not a move.
        QTest::mousePress(gridArea, Qt::LeftButton, {}, cellCentre(cell(2, 3), gridArea));
        QTest::mouseMove(gridArea, cellCentre(cell(2, 3), gridArea) + QPoint(2, 1));
        QTest::mouseRelease(gridArea, Qt::LeftButton, {}, cellCentre(cell(2, 3), gridArea) + QPoint(2, 1));
        QCOMPARE(document()->undoStack()->count(), 2);

        // Onto an occupied cell: the two swap.
        drag(listArea, listItemCentre(privacy), cellCentre(cell(0, 0), listArea));
        QVERIFY(isAt(privacy, cell(0, 0)));
        drag(gridArea, cellCentre(cell(2, 3), gridArea), cellCentre(cell(0, 0), gridArea));
        QVERIFY(isAt(openData, cell(0, 0)));
        QVERIFY(isAt(privacy, cell(2, 3)));

        // Onto a break: refused, said in words, nothing changes.
        const int steps = document()->undoStack()->count();
        const QModelIndex coffee = model()->index(sessionRow(0) + 1, 0);
        QVERIFY(!model()->isSessionSlot(coffee.row()));
        drag(gridArea, cellCentre(cell(0, 0), gridArea), cellCentre(coffee, gridArea));
        QVERIFY(isAt(openData, cell(0, 0)));
        QCOMPARE(document()->undoStack()->count(), steps);
        QVERIFY(label("agendaMessage").contains(QStringLiteral("Coffee")));

        // Back to the list: unscheduled.
        drag(gridArea, cellCentre(cell(2, 3), gridArea),
             gridArea->mapFromGlobal(list()->mapToGlobal(list()->rect().center())));
        QVERIFY(!placed(privacy));
        QCOMPARE(list()->count(), 3);

        // Undo walks it all back, one drag at a time.
        action("actionUndo")->trigger();
        QVERIFY(isAt(privacy, cell(2, 3)));
        action("actionUndo")->trigger();
        QVERIFY(isAt(openData, cell(2, 3)));
        QVERIFY(isAt(privacy, cell(0, 0)));
    }

    void keyboardMovePinAndUnschedule()
    {
        setUpAgenda();
        const qint64 openData = sessionTitled(QStringLiteral("Open data"));
        // Space or Enter in the list picks the session up; the arrows choose; Enter drops.
        list()->setFocus();
        list()->setCurrentRow(0);
        QCOMPARE(list()->currentSession(), openData);
        QTest::keyClick(list(), Qt::Key_Space);
        QVERIFY(grid()->hasFocus());
        grid()->setCurrentIndex(cell(1, 0));
        QTest::keyClick(grid(), Qt::Key_Right);
        QTest::keyClick(grid(), Qt::Key_Return);
        QVERIFY(isAt(openData, cell(1, 1)));

        // P pins the current cell's session; the model says so and the undo step undoes it.
        QCOMPARE(grid()->currentIndex(), cell(1, 1));
        QTest::keyClick(grid(), Qt::Key_P);
        QVERIFY(placed(openData)->pinned);
        QVERIFY(cell(1, 1).data(AgendaGridModel::PinnedRole).toBool());
        QVERIFY(cell(1, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Pinned")));
        action("actionUndo")->trigger();
        QVERIFY(!placed(openData)->pinned);
        QTest::keyClick(grid(), Qt::Key_P);
        QVERIFY(placed(openData)->pinned);

        // Space, arrow down to the next session slot (past the break), Enter: moved, pin kept.
        QTest::keyClick(grid(), Qt::Key_Space);
        grid()->setCurrentIndex(cell(2, 1));
        QTest::keyClick(grid(), Qt::Key_Enter);
        QVERIFY(isAt(openData, cell(2, 1)));
        QVERIFY(placed(openData)->pinned);

        // Esc cancels a pick-up.
        QTest::keyClick(grid(), Qt::Key_Space);
        QTest::keyClick(grid(), Qt::Key_Escape);
        grid()->setCurrentIndex(cell(3, 3));
        QTest::keyClick(grid(), Qt::Key_Return);
        QVERIFY(isAt(openData, cell(2, 1)));

        // The Move To menu, then Delete unschedules.
        grid()->setCurrentIndex(cell(2, 1));
        QMenu *moveMenu = window->findChild<QMenu *>(QStringLiteral("menuMoveSessionTo"));
        emit moveMenu->aboutToShow();
        QAction *moveTo = window->findChild<QAction *>(
            QStringLiteral("actionMoveTo_%1_%2").arg(model()->slotAt(cell(3, 2).row())).arg(model()->roomAt(2)));
        QVERIFY(moveTo);
        moveTo->trigger();
        QVERIFY(isAt(openData, cell(3, 2)));
        grid()->setCurrentIndex(cell(3, 2));
        grid()->setFocus();
        QTest::keyClick(grid(), Qt::Key_Delete);
        QVERIFY(!placed(openData));
    }

    void warningsOnTheirCells()
    {
        setUpAgenda();
        const qint64 openData = sessionTitled(QStringLiteral("Open data"));
        const qint64 privacy = sessionTitled(QStringLiteral("Privacy"));
        const qint64 science = sessionTitled(QStringLiteral("Open science"));
        const qint64 budgets = sessionTitled(QStringLiteral("Participatory budgets"));
        // 45 want Open data; Room D seats 20. Privacy shares 12 voters with it, in the same slot.
        QVERIFY(document()->placeSession(openData, model()->slotAt(cell(0, 3).row()), model()->roomAt(3)));
        QVERIFY(document()->placeSession(privacy, model()->slotAt(cell(0, 0).row()), model()->roomAt(0)));
        QVERIFY(document()->placeSession(science, model()->slotAt(cell(1, 0).row()), model()->roomAt(0)));
        QVERIFY(document()->placeSession(budgets, model()->slotAt(cell(1, 1).row()), model()->roomAt(1)));

        const QStringList atOpenData = plural(cell(0, 3).data(AgendaGridModel::WarningsRole).toStringList());
        QVERIFY2(atOpenData.size() == 2, qPrintable(atOpenData.join(QLatin1Char('|'))));
        QVERIFY(atOpenData.at(0).contains(QStringLiteral("Over capacity: 45 want it, the room seats 20")));
        QVERIFY2(atOpenData.at(1).contains(QStringLiteral("12 voters also want “Privacy”")),
                 qPrintable(atOpenData.at(1)));
        QVERIFY(atOpenData.at(1).contains(QStringLiteral("12 voters also want “Privacy”")));
        QVERIFY(cell(0, 3).data(AgendaGridModel::OverCapacityRole).toBool());
        QCOMPARE(plural(cell(0, 3).data(AgendaGridModel::VotesTextRole).toString()),
                 QStringLiteral("45 votes / 20 seats"));
        QVERIFY(plural(cell(0, 3).data(AgendaGridModel::BriefWarningsRole).toStringList().constFirst())
                    .contains(QStringLiteral("25 over capacity")));
        QVERIFY(cell(0, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Warning: Over capacity")));
        const QStringList atPrivacy = plural(cell(0, 0).data(AgendaGridModel::WarningsRole).toStringList());
        QCOMPARE(atPrivacy, QStringList{QStringLiteral("12 voters also want “Open data” at this time")});
        // No warning where there is no problem: different slots, enough seats.
        QVERIFY(cell(1, 0).data(AgendaGridModel::WarningsRole).toStringList().isEmpty());
        QVERIFY(cell(1, 1).data(AgendaGridModel::WarningsRole).toStringList().isEmpty());

        // A host in two places, and a session that needs a step-free room in Room C.
        Session withHost = *document()->session(science);
        withHost.host = QStringLiteral("Ana");
        QVERIFY(document()->updateSession(withHost));
        Session sameHost = *document()->session(budgets);
        sameHost.host = QStringLiteral(" ana ");
        sameHost.needsAccessibleRoom = true;
        QVERIFY(document()->updateSession(sameHost));
        QVERIFY(document()->unplaceSession(budgets));
        QVERIFY(document()->placeSession(budgets, model()->slotAt(cell(1, 2).row()), model()->roomAt(2)));
        const QStringList atBudgets = cell(1, 2).data(AgendaGridModel::WarningsRole).toStringList();
        QVERIFY2(atBudgets.size() == 2, qPrintable(atBudgets.join(QLatin1Char('|'))));
        QVERIFY2(atBudgets.at(0).contains(QStringLiteral("ana also hosts “Open science”")),
                 qPrintable(atBudgets.at(0)));
        QVERIFY(atBudgets.at(1).contains(QStringLiteral("Needs an accessible room")));
        QVERIFY(cell(1, 0)
                    .data(AgendaGridModel::WarningsRole)
                    .toStringList()
                    .constFirst()
                    .contains(QStringLiteral("also hosts")));

        // Moving Open data to Room A fixes its capacity warning; the split stays.
        QVERIFY(document()->swapSessions(openData, privacy));
        QCOMPARE(cell(0, 0).data(AgendaGridModel::WarningsRole).toStringList().size(), 1);
        QVERIFY(!cell(0, 0).data(AgendaGridModel::OverCapacityRole).toBool());
    }

    void aBallotRepaintsOnlyTheCellsOfItsSessions()
    {
        setUpAgenda();
        const qint64 budgets = sessionTitled(QStringLiteral("Participatory budgets"));
        const qint64 science = sessionTitled(QStringLiteral("Open science"));
        QVERIFY(document()->placeSession(science, model()->slotAt(sessionRow(0)), model()->roomAt(0)));
        QVERIFY(document()->placeSession(budgets, model()->slotAt(sessionRow(1)), model()->roomAt(0)));
        const QModelIndex budgetsCell = model()->indexOfSession(budgets);
        const QModelIndex scienceCell = model()->indexOfSession(science);
        QVERIFY(
            plural(budgetsCell.data(AgendaGridModel::VotesTextRole).toString()).startsWith(QStringLiteral("10 votes")));
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(model(), &QAbstractItemModel::layoutChanged);
        QSignalSpy headers(model(), &QAbstractItemModel::headerDataChanged);
        const qint64 round = document()->roundIds().constFirst();

        // A participant's ballot for one theme: its session's cell, nothing else.
        QVERIFY(document()->castBallot(round, {themes[QStringLiteral("Participatory budgets")]},
                                       EventDocument::Origin::Participant));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex(), budgetsCell);
        QCOMPARE(changed.constFirst().at(1).toModelIndex(), budgetsCell);
        QVERIFY(
            plural(budgetsCell.data(AgendaGridModel::VotesTextRole).toString()).startsWith(QStringLiteral("11 votes")));

        // A ballot for two themes: the two cells, one each.
        changed.clear();
        QVERIFY(document()->castBallot(
            round, {themes[QStringLiteral("Participatory budgets")], themes[QStringLiteral("Open science")]}));
        QCOMPARE(changed.count(), 2);
        QSet<QPersistentModelIndex> cells;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
            cells.insert(signal.at(0).toModelIndex());
        }
        QCOMPARE(cells, (QSet<QPersistentModelIndex>{budgetsCell, scienceCell}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(headers.count(), 0);
    }

    void roundPickerChoosesWhoseVotesCount()
    {
        // Day 1 is closed; Day 2 is being voted (5 ballots for Privacy alone).
        const qint64 dayOne = document()->roundIds().constFirst();
        QVERIFY(document()->closeRound(dayOne));
        QVERIFY(document()->createRound(QStringLiteral("Day 2")));
        const qint64 dayTwo = document()->roundIds().constLast();
        QVERIFY(document()->openRound(dayTwo));
        for (int i = 0; i < 5; ++i)
            QVERIFY(document()->castBallot(dayTwo, {themes[QStringLiteral("Privacy")]}));
        setUpAgenda();
        auto *rounds = window->findChild<QComboBox *>(QStringLiteral("agendaRoundCombo"));
        QVERIFY(rounds && rounds->isVisible());
        QCOMPARE(rounds->count(), 3); // automatic, Day 1, Day 2
        QCOMPARE(rounds->itemText(1), QStringLiteral("Day 1"));
        QCOMPARE(label("agendaScoreLabel"),
                 QStringLiteral("Ballot votes attendable: 0 of 5 · missed: 0 · seat overflow: 0"));

        // Yesterday's round, while today's is open: the grid counts it, and Generate follows it.
        rounds->setCurrentIndex(1);
        emit rounds->activated(1);
        QCOMPARE(model()->facts().roundId(), dayOne);
        QCOMPARE(label("agendaScoreLabel"),
                 QStringLiteral("Ballot votes attendable: 0 of 75 · missed: 0 · seat overflow: 0"));
        QSignalSpy done(page()->generation(), &AgendaGeneration::finished);
        action("actionGenerateAgenda")->trigger();
        QVERIFY2(done.wait(20000) || done.count() == 1, qPrintable(label("agendaMessage")));
        QCOMPARE(label("agendaScoreLabel"),
                 QStringLiteral("Ballot votes attendable: 75 of 75 · missed: 0 · seat overflow: 0"));
        QCOMPARE(rounds->currentIndex(), 1); // a new vote or a move keeps the choice

        rounds->setCurrentIndex(0);
        emit rounds->activated(0);
        QCOMPARE(model()->facts().roundId(), dayTwo);
    }

    void generateUndoAndRegenerate()
    {
        setUpAgenda();
        QVERIFY(document()->placements().isEmpty());
        QSignalSpy done(page()->generation(), &AgendaGeneration::finished);
        QVERIFY(action("actionGenerateAgenda")->isEnabled());
        action("actionGenerateAgenda")->trigger();
        QVERIFY2(done.wait(20000) || done.count() == 1, qPrintable(label("agendaMessage")));
        QCOMPARE(document()->placements().size(), 4);
        QCOMPARE(document()->undoStack()->count(), 1);
        // Open data and Privacy share voters; Open data and Open science too: not in one slot.
        const Placement *openData = placed(sessionTitled(QStringLiteral("Open data")));
        QVERIFY(openData->slotId != placed(sessionTitled(QStringLiteral("Privacy")))->slotId);
        QVERIFY(openData->slotId != placed(sessionTitled(QStringLiteral("Open science")))->slotId);
        // 45 + 12 + 8 + 10 ballot votes, all attendable, within Room A's 60 seats.
        QCOMPARE(label("agendaScoreLabel"),
                 QStringLiteral("Ballot votes attendable: 75 of 75 · missed: 0 · seat overflow: 0"));
        QVERIFY(label("agendaBoundLabel").contains(QStringLiteral("best possible")));
        QVERIFY2(label("agendaMovedLabel").contains(QStringLiteral("0 sessions moved, 4 newly scheduled")),
                 qPrintable(label("agendaMovedLabel")));

        // Undo removes it.
        action("actionUndo")->trigger();
        QVERIFY(document()->placements().isEmpty());
        action("actionRedo")->trigger();
        const QList<Placement> generated = document()->placements();

        // Again with nothing changed: nothing moves, no new step.
        action("actionGenerateAgenda")->trigger();
        QVERIFY(done.wait(20000) || done.count() == 2);
        QCOMPARE(document()->placements(), generated);
        QCOMPARE(document()->undoStack()->count(), 1);
        QVERIFY2(label("agendaMovedLabel").contains(QStringLiteral("0 sessions moved.")),
                 qPrintable(label("agendaMovedLabel")));
    }

    void cancelledGenerationChangesNothing()
    {
        setUpAgenda();
        QSignalSpy cancelled(page()->generation(), &AgendaGeneration::cancelled);
        QSignalSpy finished(page()->generation(), &AgendaGeneration::finished);
        QVERIFY(page()->generation()->start(document()));
        page()->generation()->cancel();
        QVERIFY(cancelled.wait(20000) || cancelled.count() == 1);
        QCOMPARE(finished.count(), 0);
        QVERIFY(document()->placements().isEmpty());
        QCOMPARE(document()->undoStack()->count(), 0);
        QVERIFY(label("agendaMessage").contains(QStringLiteral("unchanged")));
    }

    void roomAndSessionDialogs()
    {
        setUpAgenda();
        // Agenda ▸ Rooms ▸ Add: the editor's fields become a room, one undo step.
        QTimer::singleShot(0, this, [this] {
            auto *rooms = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(rooms);
            QCOMPARE(rooms->objectName(), QStringLiteral("roomsDialog"));
            QCOMPARE(rooms->findChild<QTableWidget *>(QStringLiteral("itemTable"))->rowCount(), 4);
            QTimer::singleShot(0, this, [] {
                auto *editor = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                QVERIFY(editor);
                QCOMPARE(editor->objectName(), QStringLiteral("roomEditDialog"));
                editor->findChild<QLineEdit *>(QStringLiteral("roomNameEdit"))->setText(QStringLiteral("Main hall"));
                editor->findChild<QSpinBox *>(QStringLiteral("roomCapacitySpin"))->setValue(120);
                editor->findChild<QCheckBox *>(QStringLiteral("roomAccessibleCheck"))->setChecked(true);
                editor->accept();
            });
            rooms->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
            QCOMPARE(rooms->findChild<QTableWidget *>(QStringLiteral("itemTable"))->rowCount(), 5);
            rooms->reject();
        });
        action("actionRooms")->trigger();
        const Room *hall = document()->room(document()->roomIds().constLast());
        QCOMPARE(hall->name, QStringLiteral("Main hall"));
        QCOMPARE(hall->capacity, 120);
        QVERIFY(hall->accessible);
        QCOMPARE(model()->columnCount(), 5);
        QVERIFY(model()->headerData(4, Qt::Horizontal).toString().contains(QStringLiteral("♿")));

        // Edit Session: the host and the slots the host can make (untick the first).
        const qint64 openData = sessionTitled(QStringLiteral("Open data"));
        QVERIFY(document()->placeSession(openData, model()->slotAt(cell(1, 0).row()), model()->roomAt(0)));
        grid()->setCurrentIndex(cell(1, 0));
        grid()->setFocus();
        const qint64 firstSlot = model()->slotAt(cell(0, 0).row());
        QTimer::singleShot(0, this, [firstSlot] {
            auto *editor = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            QCOMPARE(editor->objectName(), QStringLiteral("sessionEditDialog"));
            editor->findChild<QLineEdit *>(QStringLiteral("sessionHostEdit"))->setText(QStringLiteral("Ana"));
            editor->findChild<QCheckBox *>(QStringLiteral("allowedSlot_%1").arg(firstSlot))->setChecked(false);
            editor->accept();
        });
        action("actionEditSession")->trigger();
        const Session *edited = document()->session(openData);
        QCOMPARE(edited->host, QStringLiteral("Ana"));
        QCOMPARE(edited->allowedSlots.size(), 3);
        QVERIFY(!edited->allowedSlots.contains(document()->timeSlot(firstSlot)->uuid));
        // Placed in a slot its host cannot make: the cell says so.
        QVERIFY(document()->swapSessions(
            openData, sessionTitled(QStringLiteral("Privacy")))); // Privacy is unscheduled: Open data leaves
        QVERIFY(document()->placeSession(openData, firstSlot, model()->roomAt(0)));
        QVERIFY(cell(0, 0)
                    .data(AgendaGridModel::WarningsRole)
                    .toStringList()
                    .contains(QStringLiteral("The host cannot make this time slot")));
    }

    // F5 opens the projector window in its Agenda state, whatever the phase.
    void presenterViewFollowsAndEscLeaves()
    {
        setUpAgenda();
        QCOMPARE(document()->roomState().phase, Phase::Capture);
        action("actionPresentAgenda")->trigger();
        ProjectorWindow *projector = window->projector()->projector();
        QVERIFY(projector);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QVERIFY(projector->isFullScreen());
        QCOMPARE(projector->view(), ProjectorWindow::View::Agenda);
        PresenterView *presenter = projector->presenter();
        QVERIFY(presenter->isVisible());
        QVERIFY(presenter->grid()->font().pointSizeF() > window->font().pointSizeF() * 1.5);
        const qint64 openData = sessionTitled(QStringLiteral("Open data"));
        QVERIFY(document()->placeSession(openData, model()->slotAt(cell(0, 0).row()), model()->roomAt(0)));
        QCOMPARE(presenter->grid()->model()->index(sessionRow(0), 0).data().toString(), QStringLiteral("Open data"));
        QTest::keyClick(projector, Qt::Key_Escape);
        QTRY_VERIFY(!window->projector()->projector());
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the agenda with warnings in English
    // and French, and the presenter view.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(folderPath);
        for (const char *language : {"en", "fr"}) {
            preferences::setLanguage(QLatin1String(language));
            preferences::applyLanguage();
            cleanup();
            init();
            setUpAgenda();
            Session hosted = *document()->session(sessionTitled(QStringLiteral("Open science")));
            hosted.host = QStringLiteral("Ana");
            document()->updateSession(hosted);
            Session accessible = *document()->session(sessionTitled(QStringLiteral("Participatory budgets")));
            accessible.host = QStringLiteral("Ana");
            accessible.needsAccessibleRoom = true;
            document()->updateSession(accessible);
            Session byHand;
            byHand.title = QStringLiteral("Algorithmic transparency in public services");
            document()->addSession(byHand);
            auto place = [&](const char *title, int slot, int room) {
                document()->placeSession(sessionTitled(QString::fromUtf8(title)),
                                         model()->slotAt(cell(slot, room).row()), model()->roomAt(room));
            };
            place("Open data", 0, 3);
            place("Privacy", 0, 0);
            place("Open science", 1, 0);
            place("Participatory budgets", 1, 2);
            document()->setPinned(sessionTitled(QStringLiteral("Privacy")), true);
            grid()->setCurrentIndex(cell(1, 0));
            window->resize(1366, 900);
            QCoreApplication::processEvents();
            const QString suffix = QLatin1Char('-') + QLatin1String(language) + QStringLiteral(".png");
            QVERIFY(window->grab().save(folderPath + QStringLiteral("/agenda-warnings") + suffix));

            QSignalSpy done(page()->generation(), &AgendaGeneration::finished);
            document()->setPinned(sessionTitled(QStringLiteral("Privacy")), false);
            action("actionGenerateAgenda")->trigger();
            QVERIFY(done.wait(20000) || done.count() == 1);
            QCoreApplication::processEvents();
            QVERIFY(window->grab().save(folderPath + QStringLiteral("/agenda-generated") + suffix));

            action("actionPresentAgenda")->trigger();
            ProjectorWindow *projector = window->projector()->projector();
            QVERIFY(QTest::qWaitForWindowExposed(projector));
            // The offscreen screen is 800 × 800; a projector is rather 1920 × 1080.
            projector->showNormal();
            projector->resize(1920, 1080);
            QCoreApplication::processEvents();
            QVERIFY(projector->grab().save(folderPath + QStringLiteral("/agenda-presenter") + suffix));
            projector->close();

            RoomsDialog rooms(document(), window.get());
            rooms.show();
            QVERIFY(rooms.grab().save(folderPath + QStringLiteral("/agenda-rooms") + suffix));
            TimeSlotsDialog timeSlots(document(), window.get());
            timeSlots.show();
            QVERIFY(timeSlots.grab().save(folderPath + QStringLiteral("/agenda-slots") + suffix));
            SessionEditDialog editor(*document()->session(sessionTitled(QStringLiteral("Participatory budgets"))),
                                     *document(), window.get());
            editor.show();
            QVERIFY(editor.grab().save(folderPath + QStringLiteral("/agenda-session") + suffix));
        }
        preferences::setLanguage(QString());
        preferences::applyLanguage();
    }
};

QTEST_MAIN(TestAgendaUi)
#include "tst_ui_agenda.moc"
