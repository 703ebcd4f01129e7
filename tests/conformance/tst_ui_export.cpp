// The export dialog and the File menu's export actions, on the offscreen platform.
// CABILDO_SHOTS=DIR saves a screenshot of the dialog after an export there.
#include "exportfixtures.h"

#include "dialogs/exportdialog.h"
#include "dialogs/pdfexportdialog.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cabildo;

class TestUiExport : public QObject
{
    Q_OBJECT

    static void saveShot(QWidget &widget, const QString &name)
    {
        if (const QString shots = qEnvironmentVariable("CABILDO_SHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(widget.grab().save(QDir(shots).filePath(name)));
        }
    }

private slots:
    void initTestCase()
    {
        // The dialogs remember the last folder and choices: in a test settings file, never the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { preferences::settings().remove(QStringLiteral("export")); } // each test starts with none

    void defaultsPublishNoPersonalData()
    {
        ExportDialog dialog(test::richEvent());
        const ExportOptions options = dialog.options();
        QCOMPARE(options.licence, QStringLiteral("CC-BY-4.0"));
        QVERIFY(!options.includeNotes);
        QVERIFY(!options.includeConsentedNames);
        QCOMPARE(options.readmeLanguages, (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
        // Hosts' names may go without the notes; still off until the organiser ticks it.
        auto *names = dialog.findChild<QCheckBox *>(QStringLiteral("exportNames"));
        QVERIFY(names && names->isEnabled() && !names->isChecked());
        QVERIFY(dialog.folder().endsWith(QStringLiteral("cabildo2026-open-data")));
    }

    void exportsAndReports()
    {
        QTemporaryDir dir;
        ExportDialog dialog(test::richEvent());
        dialog.setFolder(dir.filePath(QStringLiteral("bundle")));
        dialog.findChild<QCheckBox *>(QStringLiteral("exportNotes"))->setChecked(true);
        auto *names = dialog.findChild<QCheckBox *>(QStringLiteral("exportNames"));
        QVERIFY(names->isEnabled());
        names->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("exportQrUrl"))
            ->setText(QStringLiteral("https://example.org/data"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *openFolder = dialog.findChild<QPushButton *>(QStringLiteral("exportOpenFolder"));
        QVERIFY(openFolder && !openFolder->isEnabled()); // nothing to open yet
        dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        QVERIFY(openFolder->isEnabled());
        const QString report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportReport"))->toPlainText();
        // Plural forms come from the catalogues (not loaded here): match the counts only.
        QVERIFY2(report.contains(QStringLiteral("2 e-mail")), qPrintable(report)); // a note and a description
        QVERIFY2(report.contains(QStringLiteral("2 phone")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("2 consented name")), qPrintable(report)); // Ana (author and host), Kim
        QVERIFY(report.contains(QStringLiteral("programme.pdf")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("bundle/data/notes.csv"))));
        if (const QString shots = qEnvironmentVariable("CABILDO_SHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("export-dialog.png"))));
        }
        // A second export into the same, now full, folder is refused and says so.
        QVERIFY(!dialog.exportNow());
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportReport"))
                    ->toPlainText()
                    .contains(QStringLiteral("not empty")));
    }

    void pdfDialogSavesLetterWithQrCode()
    {
        QTemporaryDir dir;
        PdfExportDialog dialog(test::richEvent());
        QVERIFY(dialog.path().endsWith(QStringLiteral("cabildo2026-programme.pdf")));
        const QString path = dir.filePath(QStringLiteral("programme")); // .pdf is added
        dialog.setPath(path);
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("pdfPaper"));
        paper->setCurrentIndex(paper->findData(int(PaperSize::Letter)));
        dialog.findChild<QLineEdit *>(QStringLiteral("pdfQrUrl"))
            ->setText(QStringLiteral("https://example.org/agenda"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveShot(dialog, QStringLiteral("pdf-dialog.png"));
        dialog.findChild<QPushButton *>(QStringLiteral("pdfSaveButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("programme.pdf")});

        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path + QStringLiteral(".pdf")});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("612 x 792 pts (letter)")));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                                  QStringLiteral("-singlefile"), path + QStringLiteral(".pdf"), path});
        QVERIFY(render.waitForFinished() && render.exitCode() == 0);
        QProcess decode;
        decode.start(QStringLiteral("zbarimg"),
                     {QStringLiteral("--raw"), QStringLiteral("-q"), path + QStringLiteral(".png")});
        QVERIFY(decode.waitForFinished());
        QCOMPARE(QString::fromUtf8(decode.readAllStandardOutput()).trimmed(),
                 QStringLiteral("https://example.org/agenda"));
    }

    void pdfDialogStaysOpenWhenItCannotWrite()
    {
        QTemporaryDir dir;
        PdfExportDialog dialog(test::richEvent());
        dialog.setPath(dir.filePath(QStringLiteral("no-such-folder/programme.pdf")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QPushButton *>(QStringLiteral("pdfSaveButton"))->click();
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("pdfError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("no-such-folder"))
                     && !error->text().contains(QStringLiteral(".part")),
                 qPrintable(error->text()));
        saveShot(dialog, QStringLiteral("pdf-dialog-error.png"));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void fileMenuHasTheExportActions()
    {
        MainWindow window;
        auto *bundle = window.findChild<QAction *>(QStringLiteral("actionExportOpenData"));
        auto *pdf = window.findChild<QAction *>(QStringLiteral("actionExportPdf"));
        QVERIFY(bundle && pdf);
        QCOMPARE(bundle->text(), QStringLiteral("Export &Open Data…"));
        QCOMPARE(pdf->text(), QStringLiteral("Export &PDF…"));
        // The same action in the Agenda menu, where the programme is made.
        QMenu *agenda = window.findChild<QMenu *>(QStringLiteral("menuAgenda"));
        QVERIFY2(agenda, "no Agenda menu");
        QVERIFY(agenda->actions().contains(pdf));
        emit agenda->aboutToShow(); // no event open: nothing to print
        QVERIFY(!pdf->isEnabled());
    }
};

QTEST_MAIN(TestUiExport)
#include "tst_ui_export.moc"
