// One owner for the open event (issue 12): the main window owns it, every part borrows it.
// Opening a second event while every part holds something of the first (a search position,
// the presenter view, suggestions, a voting round and its results, the kiosk) leaves no
// part on the first: each page then works on the second, and the first is untouched.
#include "agenda/agendapage.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "document/eventdocument.h"
#include "i18n/translations.h"
#include "kiosk/kioskwindow.h"
#include "mainwindow.h"
#include "projector/projectoractions.h"
#include "projector/projectorwindow.h"
#include "searchnavigator.h"
#include "suggestionspanel.h"
#include "testevent.h"
#include "votes/voteactions.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

class TestOpenEvent : public QObject
{
    Q_OBJECT

private:
    /** An event file of `texts`, closed again (so that the window can open it). */
    QString writeEvent(TestFolder &folder, const QString &fileName, const QString &title, const QStringList &texts)
    {
        auto document = folder.newEvent(fileName, title);
        QList<Note> notes;
        for (const QString &text : texts)
            notes.append(EventDocument::makeNote(text, NoteSource::Typed));
        if (!document || !document->addNotes(notes))
            qWarning("cannot write %s", qPrintable(fileName));
        return folder.path(fileName);
    }

    template <typename T> T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    /** Lets windows closed with deleteLater() go, as the event loop would. */
    static void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QLocale(QLocale::English)); // the English plurals: "3 matches"
    }

    void secondEventEveryPartLetsGoOfTheFirst()
    {
        TestFolder folder;
        const QString first = writeEvent(folder, QStringLiteral("first.cabildo"), QStringLiteral("First event"),
                                         {QStringLiteral("alpha one"), QStringLiteral("alpha two"),
                                          QStringLiteral("alpha three"), QStringLiteral("beta")});
        const QString second =
            writeEvent(folder, QStringLiteral("second.cabildo"), QStringLiteral("Second event"),
                       {QStringLiteral("alpha x"), QStringLiteral("alpha y"), QStringLiteral("alpha z")});
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(first));

        // Every part holds something of the first event.
        auto *search = child<QLineEdit>(&window, "searchEdit");
        auto *matches = child<QLabel>(&window, "searchMatchesLabel");
        search->setText(QStringLiteral("alpha"));
        QVERIFY(window.searchNavigator()->goToMatch(true));
        QVERIFY(window.searchNavigator()->goToMatch(true));
        QCOMPARE(matches->text(), QStringLiteral("2 of 3"));
        AgendaPage *agenda = window.agendaPage();
        QVERIFY(agenda->applyTemplate(QDate(2026, 11, 27)));
        child<QAction>(&window, "actionPresentAgenda")->trigger();
        QVERIFY(window.projector()->projector());
        window.suggestionsPanel()->suggest();
        QVERIFY(window.document()->createRound(QStringLiteral("Round of the first"), 3));
        QVERIFY(window.voteActions()->currentRound() != 0);
        child<QAction>(&window, "actionShowVoteResults")->trigger();
        QCOMPARE(window.projector()->projector()->view(), ProjectorWindow::View::Results);
        window.enterKiosk(QGuiApplication::primaryScreen(), QStringLiteral("2468"));
        QVERIFY(window.kioskWindow());

        QVERIFY(window.openFile(second));
        QCOMPARE(window.document()->event().title, QStringLiteral("Second event"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Second event")));
        // The kiosk was the first event's: gone with it, and the window takes input again.
        QVERIFY(!window.kioskWindow());
        QVERIFY(window.isEnabled());

        // Search: nothing gone to yet in this event, so F3 starts at its first match.
        QCOMPARE(search->text(), QStringLiteral("alpha"));
        QCOMPARE(matches->text(), QStringLiteral("3 matches"));
        QVERIFY(window.searchNavigator()->goToMatch(true));
        QCOMPARE(matches->text(), QStringLiteral("1 of 3"));
        BoardScene *scene = window.boardView()->boardScene();
        QCOMPARE(scene->document(), window.document());
        QCOMPARE(scene->selectedNoteIds(), QList<qint64>{scene->notesInReadingOrder().constFirst()});
        search->clear();

        // The projector was the first event's: gone with it. A new one, on this event, that stays.
        QVERIFY(!window.projector()->projector());
        window.projector()->present(ProjectorWindow::View::Agenda);
        settle();
        ProjectorWindow *projector = window.projector()->projector();
        QVERIFY(projector);
        QVERIFY(projector->isVisible());
        QCOMPARE(child<QLabel>(projector, "presenterTitle")->text(), QStringLiteral("Second event"));
        QCOMPARE(child<QLabel>(projector, "projectorWallTitle")->accessibleName(), QStringLiteral("Second event"));
        projector->close();
        settle();

        // Suggestions were for the first event's notes; rounds too.
        QCOMPARE(window.suggestionsPanel()->suggestionCount(), 0);
        QCOMPARE(window.voteActions()->currentRound(), 0);
        QVERIFY(window.document()->createRound(QStringLiteral("Round of the second"), 3));
        QCOMPARE(window.voteActions()->currentRound(), window.document()->roundIds().constLast());

        // The board page: a typed note goes into the second event, and undo takes it back.
        auto *capture = child<QLineEdit>(&window, "captureEdit");
        capture->setFocus();
        QTest::keyClicks(capture, QStringLiteral("typed into the second"));
        QTest::keyClick(capture, Qt::Key_Return);
        QCOMPARE(window.document()->noteCount(), 4);
        QCOMPARE(scene->noteCount(), 4);
        child<QAction>(&window, "actionUndo")->trigger();
        QCOMPARE(window.document()->noteCount(), 3);

        // The agenda page works on the second event.
        QVERIFY(agenda->applyTemplate(QDate(2026, 11, 28)));
        QVERIFY(!window.document()->roomIds().isEmpty());

        // A kiosk on the second event adds to it.
        window.enterKiosk(QGuiApplication::primaryScreen(), QStringLiteral("2468"));
        KioskWindow *kiosk = window.kioskWindow();
        QVERIFY(kiosk);
        QTest::keyClicks(child<QPlainTextEdit>(kiosk, "kioskTextEdit"), QStringLiteral("from the kiosk"));
        QTest::mouseClick(child<QPushButton>(kiosk, "kioskSubmitButton"), Qt::LeftButton);
        QCOMPARE(window.document()->noteCount(), 4);
        QCOMPARE(window.document()->note(window.document()->noteIds().constLast())->source, NoteSource::Kiosk);
        QVERIFY(kiosk->tryUnlock(QStringLiteral("2468")));
        QTRY_VERIFY(!window.kioskWindow());

        // Closing leaves nothing open; the first event is as it was left.
        child<QAction>(&window, "actionClose")->trigger();
        QVERIFY(!window.document());
        QVERIFY(!scene->document());
        QVERIFY(child<QLabel>(&window, "welcomeLabel")->isVisible());
        QVERIFY(window.openFile(first));
        QCOMPARE(window.document()->noteCount(), 4);
        QCOMPARE(window.document()->roundIds().size(), 1);
        QCOMPARE(window.document()->round(window.document()->roundIds().constFirst())->name,
                 QStringLiteral("Round of the first"));
        QCOMPARE(window.voteActions()->currentRound(), window.document()->roundIds().constFirst());
        settle();
    }
};

QTEST_MAIN(TestOpenEvent)
#include "tst_ui_openevent.moc"
