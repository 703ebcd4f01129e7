// File ▸ Restore Points in the real main window (issue 14): a point taken from the dialog
// with a label, the event changed, the point restored after the confirmation (the board and
// its theme frames follow, the undo history is cleared), and the restore undone by restoring
// the point it kept of the present; a point deleted; a read-only event only lists them.
#include "agenda/agendagridmodel.h"
#include "agenda/agendagridview.h"
#include "agenda/agendapage.h"
#include "agenda/unscheduledlist.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "board/themelayer.h"
#include "dialogs/restorepointsdialog.h"
#include "document/eventdocument.h"
#include "mainwindow.h"
#include "testevent.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace cabildo;
using namespace cabildo::test;

class TestRestorePointsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestFolder> folder;

    EventDocument *document() { return window->document(); }
    BoardScene *scene() { return window->boardView()->boardScene(); }

    RestorePointsDialog *openDialog()
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("actionRestorePoints"));
        if (!action)
            return nullptr;
        action->trigger();
        auto *dialog = window->findChild<RestorePointsDialog *>(QStringLiteral("restorePointsDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    QTreeWidget *list(RestorePointsDialog *dialog)
    {
        return dialog->findChild<QTreeWidget *>(QStringLiteral("restorePointList"));
    }

    QPushButton *button(RestorePointsDialog *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    /** Clicks `name` in the open message box `box`, then waits until it is gone. */
    bool answer(RestorePointsDialog *dialog, const char *box, const char *name)
    {
        auto *message = dialog->findChild<QMessageBox *>(QLatin1String(box));
        auto *confirm = message ? message->findChild<QPushButton *>(QLatin1String(name)) : nullptr;
        if (!confirm)
            return false;
        confirm->click();
        return QTest::qWaitFor([&] { return !dialog->findChild<QMessageBox *>(QLatin1String(box)); });
    }

    /** The notes as the facilitator sees them (the language worker may add its work at any time). */
    QStringList notes()
    {
        QStringList facts;
        for (qint64 id : document()->noteIds()) {
            const Note *note = document()->note(id);
            facts.append(QStringLiteral("%1 %2 %3 %4,%5")
                             .arg(id)
                             .arg(note->text)
                             .arg(note->themeId)
                             .arg(note->pos.x())
                             .arg(note->pos.y()));
        }
        return facts;
    }

    /** The board shows exactly the document's notes, with their text, and a frame for each theme. */
    bool boardInSync()
    {
        int items = 0;
        for (QGraphicsItem *item : scene()->items())
            items += dynamic_cast<NoteItem *>(item) != nullptr;
        if (items != document()->noteCount())
            return false;
        for (qint64 id : document()->noteIds())
            if (!scene()->itemForNote(id) || scene()->itemForNote(id)->text() != document()->note(id)->text)
                return false;
        for (qint64 id : document()->themeIds())
            if (!scene()->themes()->itemForTheme(id))
                return false;
        return true;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        folder = std::make_unique<TestFolder>();
        window = std::make_unique<MainWindow>();
        window->setDocument(folder->newEvent());
        QList<Note> added;
        for (const char *text : {"Open data portals", "Datos abiertos", "Privacy by design", "Protection des données"})
            added.append(EventDocument::makeNote(QString::fromUtf8(text), NoteSource::Typed));
        document()->addNotes(added);
        const QList<qint64> ids = document()->noteIds();
        document()->createTheme(QStringLiteral("Open data"), QStringLiteral("blue"), {ids.at(0), ids.at(1)});
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        folder.reset();
    }

    void takeChangeRestoreAndUndo()
    {
        RestorePointsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(list(dialog)->topLevelItemCount(), 0);
        QVERIFY(!button(dialog, "restoreButton")->isEnabled());

        // Take Restore Point asks for a label.
        button(dialog, "takeRestorePointButton")->click();
        auto *label = dialog->findChild<QInputDialog *>(QStringLiteral("restorePointLabelDialog"));
        QVERIFY(label);
        label->setTextValue(QStringLiteral("Before the vote"));
        label->accept();
        QCOMPARE(list(dialog)->topLevelItemCount(), 1);
        QCOMPARE(list(dialog)->topLevelItem(0)->text(1), QStringLiteral("Before the vote"));
        QCOMPARE(list(dialog)->topLevelItem(0)->text(2), QStringLiteral("4")); // notes
        QCOMPARE(list(dialog)->topLevelItem(0)->text(3), QStringLiteral("1")); // themes
        const QStringList before = notes();

        // The event changes: a note edited, one deleted, one added, the theme dissolved.
        const QList<qint64> ids = document()->noteIds();
        QVERIFY(document()->editNoteText(ids.at(2), QStringLiteral("Privacy, edited")));
        QVERIFY(document()->removeNotes({ids.at(3)}));
        QVERIFY(document()->addNotes({EventDocument::makeNote(QStringLiteral("Typed later"), NoteSource::Typed)}));
        const qint64 theme = document()->themeIds().constFirst();
        QVERIFY(document()->dissolveTheme(theme));
        QVERIFY(boardInSync());
        const QStringList changed = notes();
        QVERIFY(document()->undoStack()->canUndo());

        // Restore, after the confirmation.
        list(dialog)->setCurrentItem(list(dialog)->topLevelItem(0));
        QVERIFY(button(dialog, "restoreButton")->isEnabled());
        button(dialog, "restoreButton")->click();
        QVERIFY(answer(dialog, "restoreConfirmation", "confirmRestoreButton"));
        QCOMPARE(document()->notesInTheme(theme).size(), 2);
        QCOMPARE(document()->note(ids.at(2))->text, QStringLiteral("Privacy by design"));
        QVERIFY(document()->note(ids.at(3)));
        QCOMPARE(notes(), before);
        QVERIFY(boardInSync());
        QVERIFY(scene()->themes()->itemForTheme(theme));
        QVERIFY(!document()->undoStack()->canUndo()); // the history is cleared
        auto *undo = window->findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo && !undo->isEnabled());

        // The point of the present is listed first, chosen: restoring it undoes the restore.
        QCOMPARE(list(dialog)->topLevelItemCount(), 2);
        QCOMPARE(list(dialog)->currentItem(), list(dialog)->topLevelItem(0));
        QVERIFY(list(dialog)->topLevelItem(0)->text(1).startsWith(QLatin1String("Restore the point of ")));
        QCOMPARE(list(dialog)->topLevelItem(0)->text(2), QStringLiteral("4"));
        button(dialog, "restoreButton")->click();
        QVERIFY(answer(dialog, "restoreConfirmation", "confirmRestoreButton"));
        QCOMPARE(document()->noteCount(), 4);
        QCOMPARE(document()->note(ids.at(2))->text, QStringLiteral("Privacy, edited"));
        QVERIFY(!document()->note(ids.at(3)));
        QVERIFY(!document()->theme(theme));
        QCOMPARE(notes(), changed);
        QVERIFY(boardInSync());
        QVERIFY(!scene()->themes()->itemForTheme(theme));
        QCOMPARE(list(dialog)->topLevelItemCount(), 3);

        // Cancel changes nothing; Delete removes the chosen point after its question.
        button(dialog, "restoreButton")->click();
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("restoreConfirmation"));
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(list(dialog)->topLevelItemCount(), 3);
        list(dialog)->setCurrentItem(list(dialog)->topLevelItem(2));
        button(dialog, "deleteRestorePointButton")->click();
        QVERIFY(answer(dialog, "deleteRestorePointConfirmation", "confirmDeleteButton"));
        QCOMPARE(list(dialog)->topLevelItemCount(), 2);
        QCOMPARE(document()->restorePoints().size(), 2);
        dialog->reject();
    }

    // The agenda grid and the unscheduled list follow a restore too (from agendaChanged).
    void agendaFollowsARestore()
    {
        QVERIFY(document()->applyUnconferenceTemplate(QDate(2026, 5, 4)));
        QVERIFY(document()->createSessionsFromThemes());
        const qint64 session = document()->sessionIds().constFirst();
        qint64 slot = 0;
        for (qint64 id : document()->slotIds())
            if (!slot && document()->timeSlot(id)->kind == SlotKind::Sessions)
                slot = id;
        QVERIFY(document()->placeSession(session, slot, document()->roomIds().constFirst()));
        QVERIFY(document()->takeRestorePoint(QStringLiteral("Placed")));
        const qint64 point = document()->restorePoints().constFirst().id;
        QVERIFY(document()->unplaceSession(session));
        const auto inGrid = [&] {
            const QAbstractItemModel *model = window->agendaPage()->grid()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    if (model->data(model->index(row, column), AgendaGridModel::SessionIdRole).toLongLong() == session)
                        return true;
            return false;
        };
        QVERIFY(!inGrid());
        QCOMPARE(window->agendaPage()->unscheduledList()->count(), 1);
        QVERIFY(document()->restore(point));
        QVERIFY(inGrid());
        QCOMPARE(window->agendaPage()->unscheduledList()->count(), 0);
    }

    // A bulk action taken while the dialog is open shows in its list at once.
    void listFollowsBulkActions()
    {
        RestorePointsDialog *dialog = openDialog();
        QVERIFY(dialog);
        document()->setHideNotesUntilRevealed(true);
        document()->addNotes({EventDocument::makeNote(QStringLiteral("Face down"), NoteSource::Typed)});
        QVERIFY(document()->revealNotes());
        QCOMPARE(list(dialog)->topLevelItemCount(), 1);
        QCOMPARE(list(dialog)->topLevelItem(0)->text(1),
                 document()->undoStack()->text(document()->undoStack()->count() - 1));
        QCOMPARE(list(dialog)->topLevelItem(0)->text(6), QStringLiteral("automatic"));
        dialog->reject();
    }

    // A read-only event lists its points, and offers nothing that would change it.
    void readOnlyOnlyLists()
    {
        document()->takeRestorePoint(QStringLiteral("Kept"));
        const QString path = document()->filePath();
        window->setDocument(nullptr);
        FileCheck check;
        window->setDocument(EventDocument::open(path, true, &check));
        QVERIFY(document() && document()->isReadOnly());
        RestorePointsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(list(dialog)->topLevelItemCount(), 1);
        for (const char *name : {"restoreButton", "takeRestorePointButton", "deleteRestorePointButton"})
            QVERIFY2(!button(dialog, name)->isEnabled(), name);
        // Closing the event closes the dialog with it.
        window->setDocument(nullptr);
        QTRY_VERIFY(!window->findChild<RestorePointsDialog *>());
    }
};

QTEST_MAIN(TestRestorePointsUi)
#include "tst_ui_restorepoints.moc"
