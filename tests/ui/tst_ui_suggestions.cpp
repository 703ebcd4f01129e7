// Suggested themes on a real-size wall (issue 11, item 4), in the real main window at
// 1366×768: the panel starts at a count a facilitator can use (at most the agenda's
// session cells), its count, its rows and the slider always agree — after moving the
// slider away and back, after accepting and rejecting — Accept All is one undo step, and
// choosing a suggestion shows exactly its notes on the board; its notes are listed whole.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "document/eventdocument.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "realsizeevent.h"
#include "suggestionspanel.h"
#include "testevent.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace cabildo;
using namespace cabildo::test;

class TestSuggestionsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestFolder> folder;

    EventDocument *document() { return window->document(); }
    SuggestionsPanel *panel() { return window->suggestionsPanel(); }
    QTreeWidget *list() { return panel()->findChild<QTreeWidget *>(QStringLiteral("suggestionList")); }
    QSlider *slider() { return panel()->findChild<QSlider *>(QStringLiteral("granularitySlider")); }
    QPushButton *button(const char *name) { return panel()->findChild<QPushButton *>(QLatin1String(name)); }

    /** The real-size wall, its notes in no theme, with `rooms` rooms over `days` days. */
    void open(int rooms, int days, QSize size = {1366, 768})
    {
        window = std::make_unique<MainWindow>();
        window->setDocument(folder->newEvent());
        RealSizeOptions options;
        options.themes = false;
        options.rooms = rooms;
        options.days = days;
        QString error;
        QVERIFY2(fillRealSizeEvent(*document(), options, &error), qPrintable(error));
        document()->undoStack()->clear();
        window->resize(size);
        window->show();
        window->findChild<QDockWidget *>(QStringLiteral("suggestionsDock"))->raise();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    /** The number the panel's summary starts with ("8 suggestions. …"), or -1 when it states none. */
    int statedCount()
    {
        const QString text = panel()->findChild<QLabel *>(QStringLiteral("suggestionSummaryLabel"))->text();
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^(\\d+) suggestions?\\b")).match(text);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    QString summary() { return panel()->findChild<QLabel *>(QStringLiteral("suggestionSummaryLabel"))->text(); }

    /** Titles and notes of every row, as listed. */
    QStringList listed()
    {
        QStringList rows;
        for (int i = 0; i < list()->topLevelItemCount(); ++i) {
            QStringList notes;
            for (int c = 0; c < list()->topLevelItem(i)->childCount(); ++c)
                notes.append(list()->topLevelItem(i)->child(c)->text(0));
            rows.append(list()->topLevelItem(i)->text(0) + QLatin1String(": ") + notes.join(u'|'));
        }
        return rows;
    }

    /** The notes a row lists, found on the board by their text (every note of the wall differs). */
    QList<qint64> notesOfRow(int row)
    {
        // Each note row carries its note's id (two notes may say the same words).
        QList<qint64> ids;
        const QTreeWidgetItem *item = list()->topLevelItem(row);
        for (int c = 0; c < item->childCount(); ++c) {
            const QTreeWidgetItem *child = item->child(c);
            if (!child->text(0).startsWith(QStringLiteral("• ")))
                continue; // the row that says why
            const qint64 id = child->data(0, Qt::UserRole).toLongLong();
            const Note *note = document()->note(id);
            if (!note || note->text.simplified().left(160) != child->text(0).mid(2)) {
                QTest::qFail("a note row shows another note's text", __FILE__, __LINE__);
                return {};
            }
            ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    void clickRow(QTreeWidgetItem *item)
    {
        list()->scrollToItem(item);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualItemRect(item).center());
    }

    /** Whether every one of these notes is drawn inside the board's viewport. */
    bool allInSight(const QList<qint64> &ids)
    {
        BoardView *view = window->boardView();
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        return std::all_of(ids.cbegin(), ids.cend(), [&](qint64 id) {
            return visible.contains(view->boardScene()->itemForNote(id)->sceneBoundingRect());
        });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { folder = std::make_unique<TestFolder>(); }

    void cleanup()
    {
        window.reset();
        folder.reset();
    }

    // 320 notes and 4 rooms × 16 session slots: 8 suggestions to start with (it was 55).
    // The stated count, the rows and the slider's position always agree.
    void countRowsAndSliderAgree()
    {
        open(4, 2);
        QTest::mouseClick(button("suggestButton"), Qt::LeftButton);
        QCOMPARE(slider()->value(), 8);
        QCOMPARE(list()->topLevelItemCount(), 8);
        QCOMPARE(statedCount(), 8);
        QCOMPARE(document()->themeCount(), 0);
        const QStringList first = listed();

        // Away and back to the same position: the same list, not another count.
        QElapsedTimer timer;
        qint64 slowest = 0;
        for (int position : {slider()->minimum(), 12, slider()->maximum()}) {
            timer.start();
            slider()->setValue(position);
            slowest = std::max(slowest, timer.elapsed());
            QCOMPARE(statedCount(), list()->topLevelItemCount());
            if (position != slider()->maximum()) // the narrowest may leave a theme empty
                QCOMPARE(list()->topLevelItemCount(), position);
        }
        qInfo("slowest re-grouping of %d notes (K %d..%d): %lld ms", document()->noteCount(), slider()->minimum(),
              slider()->maximum(), slowest);
        slider()->setValue(8);
        QCOMPARE(listed(), first);
        QCOMPARE(statedCount(), 8);
        // From the keyboard too.
        slider()->setFocus();
        QTest::keyClick(slider(), Qt::Key_Right);
        QCOMPARE(list()->topLevelItemCount(), 9);
        QTest::keyClick(slider(), Qt::Key_Left);
        QCOMPARE(listed(), first);

        // Accepting one: a theme, and the count says what is left.
        const QList<qint64> accepted = notesOfRow(0);
        list()->setCurrentItem(list()->topLevelItem(0));
        QTest::mouseClick(button("acceptSuggestionButton"), Qt::LeftButton);
        QCOMPARE(document()->themeCount(), 1);
        QCOMPARE(list()->topLevelItemCount(), 7);
        QCOMPARE(statedCount(), 7);
        // Rejecting one.
        list()->setCurrentItem(list()->topLevelItem(0));
        QTest::mouseClick(button("rejectSuggestionButton"), Qt::LeftButton);
        QCOMPARE(list()->topLevelItemCount(), 6);
        QCOMPARE(statedCount(), 6);

        // The slider then groups the notes still outside a theme: the accepted ones are not offered again.
        slider()->setValue(10);
        QCOMPARE(list()->topLevelItemCount(), 10);
        QCOMPARE(statedCount(), 10);
        for (int row = 0; row < list()->topLevelItemCount(); ++row)
            for (qint64 id : notesOfRow(row))
                QVERIFY(!accepted.contains(id));

        // Rejecting every one leaves a sentence, not "0 suggestions".
        while (list()->topLevelItemCount() > 0) {
            list()->setCurrentItem(list()->topLevelItem(0));
            QTest::mouseClick(button("rejectSuggestionButton"), Qt::LeftButton);
        }
        QCOMPARE(statedCount(), -1);
        QVERIFY2(summary().startsWith(QLatin1String("No suggestions left")), qPrintable(summary()));
    }

    // With one room and one day the agenda has 4 session cells: 4 suggestions, and the CLI agrees (tst_suggestions).
    void countFollowsTheAgenda()
    {
        open(1, 1);
        QTest::mouseClick(button("suggestButton"), Qt::LeftButton);
        QCOMPARE(slider()->value(), 4);
        QCOMPARE(list()->topLevelItemCount(), 4);
        QCOMPARE(statedCount(), 4);
    }

    // Accept All: every suggestion a theme, with its (edited) title, in one undo step.
    void acceptAllIsOneStep()
    {
        open(4, 2);
        QTest::mouseClick(button("suggestButton"), Qt::LeftButton);
        const int count = list()->topLevelItemCount();
        QCOMPARE(count, 8);
        list()->topLevelItem(1)->setText(0, QStringLiteral("Renamed before accepting"));
        QList<QList<qint64>> expected;
        for (int row = 0; row < count; ++row)
            expected.append(notesOfRow(row));
        QPushButton *acceptAll = button("acceptAllSuggestionsButton");
        QVERIFY(acceptAll);
        QVERIFY(acceptAll->isEnabled());
        QTest::mouseClick(acceptAll, Qt::LeftButton);

        QCOMPARE(document()->themeCount(), count);
        QCOMPARE(document()->undoStack()->count(), 1);
        QList<QList<qint64>> made;
        for (qint64 theme : document()->themeIds()) {
            QList<qint64> ids = document()->notesInTheme(theme);
            std::sort(ids.begin(), ids.end());
            made.append(ids);
        }
        QCOMPARE(made, expected);
        QCOMPARE(document()->theme(document()->themeIds().at(1))->title, QStringLiteral("Renamed before accepting"));
        QCOMPARE(list()->topLevelItemCount(), 0);
        QCOMPARE(statedCount(), -1);
        QVERIFY2(summary().startsWith(QLatin1String("No suggestions left")), qPrintable(summary()));
        QVERIFY(!acceptAll->isEnabled());

        // One undo takes them all away.
        window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(document()->themeCount(), 0);
        for (qint64 id : document()->noteIds())
            QCOMPARE(document()->note(id)->themeId, 0);
    }

    // Choosing a suggestion selects exactly its notes on the board, all in sight; choosing
    // one of its notes selects that note. The list shows each note whole.
    void choosingASuggestionShowsItsNotes()
    {
        open(4, 2);
        BoardView *view = window->boardView();
        view->setZoom(1); // close up: the notes are not all in sight to begin with
        view->centerOn(0, 0);
        QTest::mouseClick(button("suggestButton"), Qt::LeftButton);
        for (int row : {2, 5}) {
            const QList<qint64> expected = notesOfRow(row);
            QVERIFY(expected.size() >= 2);
            clickRow(list()->topLevelItem(row));
            QList<qint64> selected = view->boardScene()->selectedNoteIds();
            std::sort(selected.begin(), selected.end());
            QCOMPARE(selected, expected);
            QVERIFY(allInSight(expected));
        }
        QTreeWidgetItem *suggestion = list()->topLevelItem(3);
        suggestion->setExpanded(true);
        // Every row shows its whole text, wrapped in the panel's width (they were cut with "…").
        const int margin = 2 * (list()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list()) + 1);
        for (int c = 0; c < suggestion->childCount(); ++c) {
            const QRect cell = list()->visualItemRect(suggestion->child(c));
            const QRect needed = QFontMetrics(suggestion->child(c)->font(0))
                                     .boundingRect(QRect(0, 0, cell.width() - margin, 10000), Qt::TextWordWrap,
                                                   suggestion->child(c)->text(0));
            QVERIFY2(cell.height() >= needed.height(), qPrintable(suggestion->child(c)->text(0)));
        }
        QTreeWidgetItem *noteRow = suggestion->child(suggestion->childCount() - 1);
        clickRow(noteRow);
        const QList<qint64> selected = view->boardScene()->selectedNoteIds();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(QStringLiteral("• ") + document()->note(selected.first())->text.simplified().left(160),
                 noteRow->text(0));
        QVERIFY(allInSight(selected));
        QCOMPARE(document()->undoStack()->count(), 0); // looking changes nothing
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the panel on the real-size wall
    // (default count and titles), with a suggestion chosen, and after Accept All.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(folderPath);
        const QList<QPair<QString, QSize>> shots{{QStringLiteral("en"), {1366, 768}},
                                                 {QStringLiteral("en"), {1920, 1080}},
                                                 {QStringLiteral("fr"), {1366, 768}},
                                                 {QStringLiteral("es"), {1366, 768}},
                                                 {QStringLiteral("pt_BR"), {1366, 768}}};
        for (const auto &[language, size] : shots) {
            // Titles follow the interface language, which the app sets as the default locale.
            QLocale::setDefault(QLocale(language));
            installTranslations(QLocale(language));
            folder = std::make_unique<TestFolder>();
            open(4, 2, size);
            const QString suffix = QStringLiteral("-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
            QTest::mouseClick(button("suggestButton"), Qt::LeftButton);
            window->boardView()->fitAll();
            QTest::qWait(50);
            QVERIFY(window->grab().save(folderPath + QStringLiteral("/suggestions") + suffix));
            clickRow(list()->topLevelItem(1));
            list()->topLevelItem(1)->setExpanded(true);
            QTest::qWait(50);

            QVERIFY(window->grab().save(folderPath + QStringLiteral("/suggestions-selected") + suffix));
            QTest::mouseClick(button("acceptAllSuggestionsButton"), Qt::LeftButton);
            window->boardView()->fitAll();
            QTest::qWait(50);
            QVERIFY(window->grab().save(folderPath + QStringLiteral("/suggestions-accepted") + suffix));
            window.reset();
        }
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestSuggestionsUi)
#include "tst_ui_suggestions.moc"
