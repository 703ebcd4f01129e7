// The event's settings and the dialogs around them, as a facilitator meets them on a real-size
// event (issue 11, items 7 and 8): the time zone found by city or country and changed only
// when picked, the acronym lower-cased, errors that fit, export dialogs that start in a folder
// that exists and remember the last choices, the agenda's ballot count, the import preview.
// CABILDO_SCREENSHOT_DIR=DIR: `screenshots` saves the changed screens in four languages.
#include "agenda/agendapage.h"
#include "dialogs/eventdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importcsvdialog.h"
#include "dialogs/pdfexportdialog.h"
#include "document/eventdocument.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "preferences.h"
#include "realsizeevent.h"
#include "testevent.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace cabildo;
using namespace cabildo::test;

namespace {

const QString torontoLabel = QStringLiteral("Toronto — Canada (America/Toronto, UTC−05:00)");

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

/** Whether a label shows all its text: wrapped lines fit its height, a single line its width. */
bool textFits(const QLabel *label)
{
    const QRect room = label->contentsRect();
    if (label->wordWrap())
        return label->heightForWidth(room.width()) <= room.height();
    return label->fontMetrics().boundingRect(label->text()).width() <= room.width();
}

void switchLanguage(const QString &name)
{
    QLocale::setDefault(QLocale(name));
    installTranslations(QLocale(name));
}

/** The agenda page's score line on `document`, shown in a 1366×768 window. */
QString agendaScore(std::unique_ptr<EventDocument> document)
{
    MainWindow window;
    window.setDocument(std::move(document));
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return QStringLiteral("window not exposed");
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // the agenda
    auto *score = window.findChild<QLabel *>(QStringLiteral("agendaScoreLabel"));
    if (!score || !score->isVisible())
        return QStringLiteral("no score shown");
    return score->text();
}

} // namespace

class TestUiSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; ///< HOME for the whole test: settings and Documents are the test's own
    QByteArray m_realHome;

    /** Runs `inside` on the next modal dialog as soon as it shows (the action's exec()). */
    void onNextModal(std::function<void(QDialog *)> inside)
    {
        QTimer::singleShot(0, this, [this, inside] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                inside(dialog);
            else
                onNextModal(inside);
        });
    }

    std::unique_ptr<EventDocument> realSizeEvent(TestFolder &folder)
    {
        auto document = folder.newEvent(QStringLiteral("ogp.cabildo"), QStringLiteral("Open Gov Forum 2026"));
        QString error;
        if (!fillRealSizeEvent(*document, {}, &error))
            qWarning("fixture: %s", qPrintable(error));
        return document;
    }

    /** A notes CSV of the fixture's notes, with every column a form export has. */
    static QByteArray realSizeCsv()
    {
        QByteArray csv = "ref,text,language,colour,author,organisation,country,sector,tags\n";
        int n = 0;
        for (const auto &[text, language] : realSizeNoteTexts()) {
            QString quoted = text;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            csv += QStringLiteral("form-%1,\"%2\",%3,yellow,Participant %1,Ministry of Digital Affairs,Brazil,"
                                  "Government,open-data\n")
                       .arg(++n)
                       .arg(quoted, language)
                       .toUtf8();
        }
        return csv;
    }

private slots:
    void initTestCase()
    {
        // Exports default to Documents or home, and remember folders and choices: all of it
        // under a home of the test's own, never the developer's.
        QVERIFY(m_home.isValid());
        m_realHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_DOCUMENTS_DIR");
        qunsetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanupTestCase() { qputenv("HOME", m_realHome); }

    void init()
    {
        preferences::settings().remove(QStringLiteral("export"));
        QDir(m_home.filePath(QStringLiteral("Documents"))).removeRecursively();
    }

    void cleanup() { switchLanguage(QStringLiteral("en")); } // a failed language test leaves none behind

    // ---- Time zone -------------------------------------------------------------------

    void zoneChangesWhenPickedWithDownAndEnter()
    {
        TestFolder folder;
        MainWindow window;
        window.setDocument(folder.newEvent());
        EventInfo info = window.document()->event();
        info.timeZone = QStringLiteral("Europe/Paris");
        QVERIFY(window.document()->setEventInfo(info));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool checked = false;
        onNextModal([&](QDialog *dialog) {
            auto closeOnFailure = qScopeGuard([dialog] { dialog->reject(); }); // a failed check must not hang exec()
            auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("timeZoneMatches"));
            QVERIFY(search && list);
            QVERIFY2(search->text().contains(QStringLiteral("Europe/Paris")), qPrintable(search->text()));
            search->setFocus();
            search->selectAll();
            QTest::keyClicks(search, QStringLiteral("Toronto"));
            QVERIFY(list->isVisible());
            QCOMPARE(list->item(0)->text(), torontoLabel);
            QTest::keyClick(search, Qt::Key_Down);
            QCOMPARE(search->text(), QStringLiteral("Toronto")); // the arrow highlights; it changes nothing
            QCOMPARE(list->currentRow(), 0);
            QTest::keyClick(search, Qt::Key_Return);
            QVERIFY2(dialog->isVisible(), "Enter picks the zone; it does not close the dialog");
            QCOMPARE(search->text(), torontoLabel);
            QVERIFY(!list->isVisible());
            QVERIFY(okButton(*dialog)->isEnabled());
            checked = true;
            closeOnFailure.dismiss();
            okButton(*dialog)->click();
        });
        window.findChild<QAction *>(QStringLiteral("actionEventProperties"))->trigger();
        QVERIFY(checked);
        QCOMPARE(window.document()->event().timeZone, QStringLiteral("America/Toronto"));
    }

    void typingAndArrowsNeverChangeTheZone()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        EventInfo info = document->event();
        info.timeZone = QStringLiteral("Europe/Paris");

        { // Down only, then OK: the event keeps its zone, and the dialog said it would.
            EventDialog dialog(EventDialog::Purpose::Edit, info);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
            QVERIFY2(search, "no time-zone search box");
            search->setFocus();
            search->selectAll();
            QTest::keyClicks(search, QStringLiteral("Toronto"));
            QTest::keyClick(search, Qt::Key_Down);
            QTest::keyClick(search, Qt::Key_Down);
            QTest::keyClick(search, Qt::Key_Up);
            auto *hint = dialog.findChild<QLabel *>(QStringLiteral("timeZoneHint"));
            QVERIFY(hint->isVisible() && hint->text().contains(QStringLiteral("Europe/Paris")));
            QVERIFY(textFits(hint));
            QCOMPARE(dialog.event().timeZone, QStringLiteral("Europe/Paris"));
            okButton(dialog)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.event().timeZone, QStringLiteral("Europe/Paris"));
        }
        { // Escape goes back to the event's zone and keeps the dialog open; a second one closes it.
            EventDialog dialog(EventDialog::Purpose::Edit, info);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
            QVERIFY2(search, "no time-zone search box");
            const QString before = search->text();
            search->setFocus();
            search->selectAll();
            QTest::keyClicks(search, QStringLiteral("Toronto"));
            QTest::keyClick(search, Qt::Key_Down);
            QTest::keyClick(search, Qt::Key_Escape);
            QVERIFY(dialog.isVisible());
            QCOMPARE(search->text(), before);
            QCOMPARE(dialog.event().timeZone, QStringLiteral("Europe/Paris"));
            QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("timeZoneMatches"))->isVisible());
            QTest::keyClick(search, Qt::Key_Escape);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.isVisible());
        }
    }

    void clickingAPlaceFoundInFrenchPicksIt()
    {
        switchLanguage(QStringLiteral("fr"));
        EventInfo info;
        info.title = QStringLiteral("Forum");
        info.acronym = QStringLiteral("forum2026");
        info.timeZone = QStringLiteral("Europe/Paris");
        EventDialog dialog(EventDialog::Purpose::Edit, info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("timeZoneMatches"));
        QVERIFY2(search && list, "no time-zone search box");
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("montreal"));
        QVERIFY(list->count() > 0);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Montréal — Canada (America/Toronto")),
                 qPrintable(list->item(0)->text()));
        const QRect first = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(dialog.event().timeZone, QStringLiteral("America/Toronto"));
        // A country in French lists its zones.
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("Mexique"));
        QVERIFY(list->count() >= 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Mexique (America/Mexico_City")));
        QCOMPARE(dialog.event().timeZone, QStringLiteral("America/Toronto")); // still the one picked
        switchLanguage(QStringLiteral("en"));
    }

    void textThatMatchesNothingIsAnError()
    {
        EventInfo info;
        info.title = QStringLiteral("Forum");
        info.acronym = QStringLiteral("forum2026");
        info.timeZone = QStringLiteral("Europe/Paris");
        for (const QString &typed : {QStringLiteral("Zzzz"), QStringLiteral("Toronto/Toronto")}) {
            EventDialog dialog(EventDialog::Purpose::Edit, info);
            dialog.resize(600, 200);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
            auto *problem = dialog.findChild<QLabel *>(QStringLiteral("eventProblemLabel"));
            QVERIFY2(search && problem, "no time-zone search box");
            search->setFocus();
            search->selectAll();
            QTest::keyClicks(search, typed);
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(typed), qPrintable(problem->text()));
            QVERIFY2(textFits(problem), qPrintable(problem->text()));
            QTest::keyClick(search, Qt::Key_Down);
            QTest::keyClick(search, Qt::Key_Return); // nothing to pick, and never OK
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.event().timeZone, QStringLiteral("Europe/Paris"));
        }
    }

    // ---- Acronym ---------------------------------------------------------------------

    void acronymIsLowerCasedAsTyped()
    {
        EventInfo info;
        info.timeZone = QStringLiteral("America/Toronto");
        EventDialog dialog(EventDialog::Purpose::Create, info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("eventTitleEdit")),
                         QStringLiteral("Open Gov Forum"));
        auto *acronym = dialog.findChild<QLineEdit *>(QStringLiteral("eventAcronymEdit"));
        acronym->setFocus();
        acronym->selectAll();
        QTest::keyClicks(acronym, QStringLiteral("OGF26"));
        QCOMPARE(acronym->text(), QStringLiteral("ogf26"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.event().acronym, QStringLiteral("ogf26"));
    }

    void errorsFitTheDialogInEveryLanguage()
    {
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt_BR")}) {
            switchLanguage(language);
            EventInfo info;
            info.title = QStringLiteral("Open Gov Forum");
            info.acronym = QStringLiteral("ogf2026");
            info.timeZone = QStringLiteral("America/Toronto");
            EventDialog dialog(EventDialog::Purpose::Create, info);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *problem = dialog.findChild<QLabel *>(QStringLiteral("eventProblemLabel"));
            auto *acronym = dialog.findChild<QLineEdit *>(QStringLiteral("eventAcronymEdit"));
            acronym->setFocus();
            acronym->selectAll();
            QTest::keyClicks(acronym, QStringLiteral("o-g")); // too short, and a dash
            QCoreApplication::processEvents();
            QVERIFY(problem->isVisible());
            QVERIFY2(textFits(problem), qPrintable(language + QLatin1String(": ") + problem->text()));
            QVERIFY(dialog.rect().contains(problem->geometry()));
            QVERIFY2(dialog.frameGeometry().width() <= 1366 && dialog.frameGeometry().height() <= 768,
                     qPrintable(language));
        }
        switchLanguage(QStringLiteral("en"));
    }

    // ---- Export dialogs --------------------------------------------------------------

    void exportsDefaultToAFolderThatExists()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        const QString home = QDir::homePath();
        QCOMPARE(home, m_home.path());
        QVERIFY(!QFileInfo::exists(QDir(home).filePath(QStringLiteral("Documents")))); // a fresh system
        {
            ExportDialog dialog(document->content());
            QCOMPARE(QFileInfo(dialog.folder()).absolutePath(), home);
            dialog.show();
            dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
            const QString report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportReport"))->toPlainText();
            QVERIFY2(report.startsWith(QStringLiteral("Exported")), qPrintable(report));
            QDir(dialog.folder()).removeRecursively();
        }
        {
            PdfExportDialog dialog(document->content());
            QCOMPARE(QFileInfo(dialog.path()).absolutePath(), home);
        }
        preferences::settings().remove(QStringLiteral("export"));
        QVERIFY(QDir(home).mkdir(QStringLiteral("Documents"))); // where a desktop puts it
        ExportDialog dialog(document->content());
        QCOMPARE(QFileInfo(dialog.folder()).absolutePath(), QDir(home).filePath(QStringLiteral("Documents")));
        PdfExportDialog pdf(document->content());
        QCOMPARE(QFileInfo(pdf.path()).absolutePath(), QDir(home).filePath(QStringLiteral("Documents")));
    }

    void exportsRememberTheLastFolderAndChoices()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QTemporaryDir target;
        {
            ExportDialog dialog(document->content());
            dialog.setFolder(target.filePath(QStringLiteral("bundle")));
            auto *licence = dialog.findChild<QComboBox *>(QStringLiteral("exportLicence"));
            licence->setCurrentIndex(licence->findData(QStringLiteral("CC0-1.0")));
            dialog.findChild<QCheckBox *>(QStringLiteral("exportNotes"))->setChecked(true);
            auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("exportPaper"));
            paper->setCurrentIndex(paper->findData(int(PaperSize::Letter)));
            dialog.findChild<QLineEdit *>(QStringLiteral("exportQrUrl"))
                ->setText(QStringLiteral("https://example.org/ogf"));
            for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
                if (box->text() == QLatin1String("French"))
                    box->setChecked(false);
            QVERIFY(dialog.exportNow());
        }
        ExportDialog again(document->content());
        QCOMPARE(QFileInfo(again.folder()).absolutePath(), target.path());
        QCOMPARE(QFileInfo(again.folder()).fileName(), document->event().acronym + QStringLiteral("-open-data"));
        const ExportOptions remembered = again.options();
        QCOMPARE(remembered.licence, QStringLiteral("CC0-1.0"));
        QVERIFY(remembered.includeNotes);
        QCOMPARE(remembered.readmeLanguages, QStringList{QStringLiteral("en")});
        QCOMPARE(remembered.paper, PaperSize::Letter);
        QCOMPARE(remembered.qrUrl, QStringLiteral("https://example.org/ogf"));

        PdfExportDialog pdf(document->content());
        QCOMPARE(QFileInfo(pdf.path()).absolutePath(), target.path());
        QCOMPARE(pdf.options().paper, PaperSize::Letter);
        QCOMPARE(pdf.options().qrUrl, QStringLiteral("https://example.org/ogf"));
        pdf.findChild<QComboBox *>(QStringLiteral("pdfPaper"))->setCurrentIndex(0); // A4
        pdf.setPath(target.filePath(QStringLiteral("programme.pdf")));
        QVERIFY(pdf.save());
        QCOMPARE(ExportDialog(document->content()).options().paper, PaperSize::A4);

        // Another event keeps the licence and paper, but never the last event's personal data or URL.
        auto other = folder.newEvent(QStringLiteral("other.cabildo"), QStringLiteral("Another forum"));
        const ExportOptions fresh = ExportDialog(other->content()).options();
        QCOMPARE(fresh.licence, QStringLiteral("CC0-1.0"));
        QVERIFY(!fresh.includeNotes && !fresh.includeConsentedNames);
        QVERIFY(fresh.qrUrl.isEmpty());
    }

    // ---- Agenda and import -----------------------------------------------------------

    void agendaNeverSaysNoBallotsWhenThereAreSome()
    {
        { // 21 ballots in the closed round, sessions from every theme: the votes count.
            TestFolder folder;
            auto document = realSizeEvent(folder);
            QVERIFY(document->openRound() == nullptr);
            const QString text = agendaScore(std::move(document));
            QVERIFY2(text.startsWith(QStringLiteral("Ballot votes attendable:")), qPrintable(text));
        }
        { // 21 ballots, but no session made from the themes yet: say so, and what to do.
            TestFolder folder;
            auto document = folder.newEvent();
            RealSizeOptions options;
            options.sessions = false;
            QVERIFY(fillRealSizeEvent(*document, options));
            const QString text = agendaScore(std::move(document));
            QVERIFY2(!text.contains(QStringLiteral("No ballots")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("21"))
                         && text.contains(QStringLiteral("Create Sessions from Themes")),
                     qPrintable(text));
        }
        { // Day 1's 21 ballots, and an open Day 2 nobody voted in yet: say where the votes are.
            TestFolder folder;
            auto document = realSizeEvent(folder);
            QVERIFY(document->createRound(QStringLiteral("Day 2"), 3, 0, false));
            QVERIFY(document->openRound(document->roundIds().constLast()));
            const QString text = agendaScore(std::move(document));
            QVERIFY2(text.contains(QStringLiteral("Day 2")) && text.contains(QStringLiteral("“Day 1” has 21")),
                     qPrintable(text));
        }
    }

    void importPreviewGivesTheTextColumnTheRoom()
    {
        const NotesCsv csv = NotesCsv::read(realSizeCsv());
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        for (const QSize size : {QSize(), QSize(1366, 768)}) { // as it opens, and maximised on the laptop
            ImportCsvDialog dialog(QStringLiteral("form-answers.csv"), csv);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            if (size.isValid()) { // the whole window, frame included, fills the screen
                dialog.resize(size - (dialog.frameGeometry().size() - dialog.size()));
                QCoreApplication::processEvents();
            }
            QVERIFY2(dialog.frameGeometry().width() <= 1366, qPrintable(QStringLiteral("%1 px wide, at least %2")
                                                                            .arg(dialog.frameGeometry().width())
                                                                            .arg(dialog.minimumSizeHint().width())));
            auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
            QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("text"));
            const int text = table->columnWidth(1);
            for (int c = 0; c < table->columnCount(); ++c)
                if (c != 1)
                    QVERIFY2(text > table->columnWidth(c), qPrintable(QStringLiteral("text %1 px, %2 %3 px")
                                                                          .arg(text)
                                                                          .arg(table->horizontalHeaderItem(c)->text())
                                                                          .arg(table->columnWidth(c))));
            QVERIFY2(text >= table->viewport()->width() * 2 / 5, qPrintable(QString::number(text)));
            // The whole note is a hover away.
            QCOMPARE(table->item(0, 1)->toolTip(), realSizeNoteTexts().constFirst().first);
        }
    }

    // ---- Screenshots -----------------------------------------------------------------

    void screenshots();
};

void TestUiSettings::screenshots()
{
    const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
    if (folderPath.isEmpty())
        QSKIP("set CABILDO_SCREENSHOT_DIR to save the screenshots");
    QDir().mkpath(folderPath);
    TestFolder folder;
    auto document = realSizeEvent(folder);
    const NotesCsv csv = NotesCsv::read(realSizeCsv());
    struct Shot
    {
        QString language;
        QSize size;
    };
    const QList<Shot> shots{{QStringLiteral("en"), {1366, 768}},
                            {QStringLiteral("en"), {1920, 1080}},
                            {QStringLiteral("fr"), {1366, 768}},
                            {QStringLiteral("es"), {1366, 768}},
                            {QStringLiteral("pt_BR"), {1366, 768}}};
    auto save = [&](QWidget &widget, const QString &screen, const Shot &shot) {
        QCoreApplication::processEvents();
        const QString name =
            QStringLiteral("%1-%2-%3x%4.png").arg(screen, shot.language).arg(shot.size.width()).arg(shot.size.height());
        QVERIFY(widget.grab().save(QDir(folderPath).filePath(name)));
    };
    for (const Shot &shot : shots) {
        switchLanguage(shot.language);
        // The zone list open on a search in the interface's language.
        const QString query = shot.language == QLatin1String("pt_BR") ? QStringLiteral("São Paulo")
                              : shot.language == QLatin1String("es")  ? QStringLiteral("México")
                                                                      : QStringLiteral("Montréal");
        {
            EventDialog dialog(EventDialog::Purpose::Edit, document->event());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
            QVERIFY2(search, "no time-zone search box");
            search->setFocus();
            search->selectAll();
            search->insert(query); // as an input method types it (QTest::keyClicks is ASCII only)
            QTest::keyClick(search, Qt::Key_Down);
            save(dialog, QStringLiteral("event-timezone"), shot);
        }
        {
            EventDialog dialog(EventDialog::Purpose::Create, document->event());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *acronym = dialog.findChild<QLineEdit *>(QStringLiteral("eventAcronymEdit"));
            acronym->selectAll();
            QTest::keyClicks(acronym, QStringLiteral("o-g"));
            save(dialog, QStringLiteral("event-acronym-error"), shot);
        }
        {
            ExportDialog dialog(document->content());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, QStringLiteral("export-open-data"), shot);
        }
        {
            PdfExportDialog dialog(document->content());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, QStringLiteral("export-pdf"), shot);
        }
        {
            ImportCsvDialog dialog(QStringLiteral("form-answers.csv"), csv);
            // As it opens on that screen (the offscreen screen is smaller than the laptop's).
            dialog.resize(shot.size.width() > 1366 ? QSize(1200, 700) : QSize(1000, 560));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, QStringLiteral("import-preview"), shot);
        }
    }
    switchLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestUiSettings)
#include "tst_ui_settings.moc"
