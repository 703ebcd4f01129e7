// Grouping by hand in the real main window: from the keyboard alone (Tab, Ctrl+G, the
// Themes menu) and with the mouse (dragging notes into and out of a frame), each one
// undoable step; frames count their notes and collapse.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "board/themeitem.h"
#include "board/themelayer.h"
#include "document/eventdocument.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "suggestionspanel.h"
#include "testevent.h"
#include "themeactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QLineF>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace cabildo;
using namespace cabildo::test;

class TestThemesUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestFolder> folder;

    EventDocument *document() { return window->document(); }
    BoardView *view() { return window->boardView(); }
    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        folder = std::make_unique<TestFolder>();
        window = std::make_unique<MainWindow>();
        window->setDocument(folder->newEvent());
        QList<Note> notes;
        for (const char *text : {"Open data portals", "Datos abiertos", "Privacy by design", "Protection des données"})
            notes.append(EventDocument::makeNote(QString::fromUtf8(text), NoteSource::Typed));
        document()->addNotes(notes);
        document()->undoStack()->clear();
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        folder.reset();
    }

    void keyboardOnlyGrouping()
    {
        const QList<qint64> ids = document()->noteIds();
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Tab); // the first note in reading order
        QCOMPARE(view()->boardScene()->selectedNoteIds().size(), 1);
        const qint64 first = view()->boardScene()->selectedNoteIds().constFirst();

        // Ctrl+G asks for the name, then makes the theme.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("Open data"));
            dialog->accept();
        });
        QTest::keyClick(view(), Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(document()->themeCount(), 1);
        const qint64 theme = document()->themeIds().constFirst();
        QCOMPARE(document()->theme(theme)->title, QStringLiteral("Open data"));
        QCOMPARE(document()->notesInTheme(theme), QList<qint64>{first});

        // Tab to the next note; the Themes menu moves it into the theme.
        QTest::keyClick(view(), Qt::Key_Tab);
        const qint64 second = view()->boardScene()->selectedNoteIds().constFirst();
        QVERIFY(second != first);
        QMenu *moveMenu = window->findChild<QMenu *>(QStringLiteral("menuMoveToTheme"));
        QVERIFY(moveMenu->isEnabled());
        emit moveMenu->aboutToShow();
        QAction *moveTo = window->findChild<QAction *>(QStringLiteral("actionMoveToTheme_%1").arg(theme));
        QVERIFY(moveTo);
        moveTo->trigger();
        QCOMPARE(document()->notesInTheme(theme).size(), 2);
        QCOMPARE(view()->boardScene()->themes()->itemForTheme(theme)->noteCount(), 2);

        // Each was one step.
        QCOMPARE(document()->undoStack()->count(), 2);
        action("actionUndo")->trigger();
        QCOMPARE(document()->notesInTheme(theme).size(), 1);
        Q_UNUSED(ids);
    }

    void dragIntoAndOutOfAFrame()
    {
        const QList<qint64> ids = document()->noteIds();
        view()->boardScene()->selectNotes({ids[0], ids[1]});
        QVERIFY(window->themeActions()->createFromSelection(QStringLiteral("Open data")));
        const qint64 theme = document()->themeIds().constFirst();
        ThemeItem *frame = view()->boardScene()->themes()->itemForTheme(theme);
        view()->setZoom(0.5);
        view()->centerOn(frame);
        QCoreApplication::processEvents();

        // Drag the third note and let go inside the frame: it joins, in one step.
        const int steps = document()->undoStack()->count();
        NoteItem *third = view()->boardScene()->itemForNote(ids[2]);
        view()->boardScene()->clearSelection();
        const QPoint from = view()->mapFromScene(third->sceneBoundingRect().center());
        const QPoint into = view()->mapFromScene(frame->boundingRect().center());
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(view()->viewport(), from + (into - from) * i / 8);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, into);
        QCOMPARE(document()->note(ids[2])->themeId, theme);
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QCOMPARE(frame->noteCount(), 3);

        // Undo puts it back where it was, out of the theme.
        action("actionUndo")->trigger();
        QCOMPARE(document()->note(ids[2])->themeId, 0);
        QCOMPARE(third->pos(), document()->note(ids[2])->pos);

        // Dragging a member far away takes it out.
        NoteItem *member = view()->boardScene()->itemForNote(ids[0]);
        view()->boardScene()->clearSelection();
        const QPoint start = view()->mapFromScene(member->sceneBoundingRect().center());
        const QPoint away = view()->mapFromScene(frame->boundingRect().bottomRight() + QPointF(600, 600));
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, start);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(view()->viewport(), start + (away - start) * i / 8);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, away);
        QCOMPARE(document()->note(ids[0])->themeId, 0);
    }

    // Suggestions change nothing until accepted; accepting is one undoable step; rejecting
    // only drops the suggestion.
    void suggestionsAcceptRejectUndo()
    {
        QList<Note> more;
        for (const char *text : {"open data portal for the city", "the open data portal is hard to use",
                                 "participatory budget in every district", "participatory budget votes online"})
            more.append(EventDocument::makeNote(QString::fromUtf8(text), NoteSource::Typed));
        document()->addNotes(more);
        document()->undoStack()->clear();
        SuggestionsPanel *panel = window->suggestionsPanel();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("suggestButton")), Qt::LeftButton);
        QVERIFY(panel->suggestionCount() >= 1);
        QCOMPARE(document()->themeCount(), 0); // nothing changed yet
        QCOMPARE(document()->undoStack()->count(), 0);

        // Drag the slider: new suggestions, still nothing on the board.
        auto *slider = panel->findChild<QSlider *>(QStringLiteral("granularitySlider"));
        slider->setValue(0);
        const int broad = panel->suggestionCount();
        slider->setValue(100);
        QVERIFY(panel->suggestionCount() >= broad);
        QVERIFY(panel->suggestionCount() >= 2);
        QCOMPARE(document()->themeCount(), 0);

        // Reject one: gone from the list, the event untouched.
        const int before = panel->suggestionCount();
        auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("suggestionList"));
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("rejectSuggestionButton")), Qt::LeftButton);
        QCOMPARE(panel->suggestionCount(), before - 1);
        QCOMPARE(document()->undoStack()->count(), 0);

        // Accept one, with its title edited: a theme, one step; undo removes it.
        QTreeWidgetItem *first = list->topLevelItem(0);
        first->setText(0, QStringLiteral("Edited title"));
        const int notes = first->childCount() - 1; // the first child says why
        list->setCurrentItem(first);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("acceptSuggestionButton")), Qt::LeftButton);
        QCOMPARE(document()->themeCount(), 1);
        const qint64 theme = document()->themeIds().constFirst();
        QCOMPARE(document()->theme(theme)->title, QStringLiteral("Edited title"));
        QCOMPARE(document()->notesInTheme(theme).size(), notes);
        QCOMPARE(document()->undoStack()->count(), 1);
        action("actionUndo")->trigger();
        QCOMPARE(document()->themeCount(), 0);
    }

    // Notes that say the same thing are flagged and can be stacked, as one undo step.
    void nearDuplicatesAreStacked()
    {
        document()->addNotes({EventDocument::makeNote(QStringLiteral("Open data portal"), NoteSource::Typed),
                              EventDocument::makeNote(QStringLiteral("open data portal!"), NoteSource::Typed)});
        document()->undoStack()->clear();
        const qint64 a = document()->noteIds().at(4);
        const qint64 b = document()->noteIds().at(5);
        SuggestionsPanel *panel = window->suggestionsPanel();
        panel->suggest();
        auto *stack = panel->findChild<QPushButton *>(QStringLiteral("stackDuplicatesButton"));
        QVERIFY(stack->isEnabled());
        QVERIFY(QLineF(document()->note(a)->pos, document()->note(b)->pos).length() > 100);
        QTest::mouseClick(stack, Qt::LeftButton);
        QVERIFY(QLineF(document()->note(a)->pos, document()->note(b)->pos).length() < 30);
        QCOMPARE(document()->undoStack()->count(), 1);
        QVERIFY(!stack->isEnabled());
        action("actionUndo")->trigger();
        QVERIFY(QLineF(document()->note(a)->pos, document()->note(b)->pos).length() > 100);
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the board with two themes.
    void screenshot()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save a screenshot");
        const QList<qint64> ids = document()->noteIds();
        view()->boardScene()->selectNotes({ids[0], ids[1]});
        window->themeActions()->createFromSelection(QStringLiteral("Open data"));
        view()->boardScene()->selectNotes({ids[2], ids[3]});
        window->themeActions()->createFromSelection(QStringLiteral("Privacy"));
        QHash<qint64, QPointF> spread{{ids[2], QPointF(0, 420)}, {ids[3], QPointF(220, 420)}};
        document()->moveNotes(spread);
        view()->boardScene()->clearSelection();
        view()->fitAll();
        QCoreApplication::processEvents();
        QVERIFY(window->grab().save(folderPath + QStringLiteral("/themes.png")));

        // The suggestion panel, on a wall of notes in four languages not yet in a theme,
        // with the interface in English and in French (titles follow the interface).
        QList<Note> wall;
        for (const char *text : {"open data portal for the city", "El portal de datos abiertos es difícil de usar",
                                 "Le portail de données ouvertes de la ville", "Portal de dados abertos com busca",
                                 "participatory budget in every district", "Presupuesto participativo en cada barrio",
                                 "Budget participatif en ligne", "Mais reuniões do orçamento participativo",
                                 "climate adaptation plan for rivers", "Adaptación al cambio climático e inundaciones",
                                 "Plan d'adaptation au changement climatique", "Adaptação climática nas escolas"})
            wall.append(EventDocument::makeNote(QString::fromUtf8(text), NoteSource::Typed));
        document()->addNotes(wall);
        window->findChild<QDockWidget *>(QStringLiteral("suggestionsDock"))->raise();
        SuggestionsPanel *panel = window->suggestionsPanel();
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QLocale::setDefault(QLocale(language));
            installTranslations(QLocale(language));
            panel->suggest();
            panel->findChild<QSlider *>(QStringLiteral("granularitySlider"))->setValue(60);
            panel->findChild<QTreeWidget *>(QStringLiteral("suggestionList"))->expandAll();
            view()->fitAll();
            QTest::qWait(100);
            const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
            QVERIFY(window->grab().save(folderPath + QStringLiteral("/suggestions%1.png").arg(suffix)));
        }
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(QLocale(QLocale::English));
    }

    void mergeCollapseDissolveFromTheMenu()
    {
        const QList<qint64> ids = document()->noteIds();
        BoardScene *scene = view()->boardScene();
        scene->selectNotes({ids[0], ids[1]});
        QVERIFY(window->themeActions()->createFromSelection(QStringLiteral("Open data")));
        scene->selectNotes({ids[2], ids[3]});
        QVERIFY(window->themeActions()->createFromSelection(QStringLiteral("Privacy")));
        const qint64 openData = document()->themeIds().at(0);
        const qint64 privacy = document()->themeIds().at(1);
        QVERIFY(document()->theme(openData)->colour != document()->theme(privacy)->colour);

        // Collapse stacks: only the first note shows.
        scene->selectNotes({ids[2]});
        action("actionCollapseTheme")->trigger();
        QVERIFY(document()->theme(privacy)->collapsed);
        QVERIFY(scene->itemForNote(ids[2])->isVisible());
        QVERIFY(!scene->itemForNote(ids[3])->isVisible());
        action("actionUndo")->trigger();
        QVERIFY(scene->itemForNote(ids[3])->isVisible());

        // Merge the two: the oldest keeps its name.
        scene->selectNotes({ids[0], ids[2]});
        QVERIFY(action("actionMergeThemes")->isEnabled());
        action("actionMergeThemes")->trigger();
        QCOMPARE(document()->themeCount(), 1);
        QCOMPARE(document()->notesInTheme(openData), ids);
        QVERIFY(!scene->themes()->itemForTheme(privacy));

        // Rename, then dissolve: the notes stay on the board.
        QVERIFY(window->themeActions()->renameTarget(QStringLiteral("Datos")));
        QCOMPARE(document()->theme(openData)->title, QStringLiteral("Datos"));
        action("actionDissolveTheme")->trigger();
        QCOMPARE(document()->themeCount(), 0);
        QCOMPARE(document()->noteCount(), 4);
        for (int i = 0; i < 3; ++i)
            action("actionUndo")->trigger();
        QCOMPARE(document()->themeCount(), 2);
    }
};

QTEST_MAIN(TestThemesUi)
#include "tst_ui_themes.moc"
