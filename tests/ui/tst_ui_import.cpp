// A long import in the window (issue 16): File ▸ Import Notes from CSV reads the file off
// the interface's thread with a progress dialog whose Cancel imports nothing, then waits
// for the notes' language work with the background worker, where Cancel keeps the notes
// and the worker translates them later. Apertium is a stand-in script that answers only
// once the test opens its gate, so each step is caught while it runs, never by timing.
#include "dialogs/importcsvdialog.h"
#include "document/eventdocument.h"
#include "mainwindow.h"
#include "testevent.h"

#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

#include <sys/stat.h>

using namespace cabildo;
using namespace cabildo::test;

namespace {

bool writeExecutable(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text);
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

/** A notes CSV of `count` short notes in four languages. */
QByteArray notesCsv(int count)
{
    const char *const texts[] = {"More bike lanes downtown", "Plus de pistes cyclables", "Más carriles bici",
                                 "Mais ciclovias no centro"};
    QByteArray csv("text,ref\n");
    for (int i = 0; i < count; ++i)
        csv += QByteArray(texts[i % 4]) + ' ' + QByteArray::number(i) + ",r" + QByteArray::number(i) + '\n';
    return csv;
}

} // namespace

class TestImportUi : public QObject
{
    Q_OBJECT

private:
    TestFolder folder;
    std::unique_ptr<MainWindow> window;
    QString gate; ///< the stand-in Apertium answers once this file exists

    EventDocument *document() { return window->document(); }

    /** Runs `step` every few milliseconds while the window's import runs, until it returns true. */
    void whileImporting(const QString &path, const std::function<bool()> &step)
    {
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (step())
                poll.stop();
        });
        poll.start();
        window->importCsv(path); // returns when the import is done or cancelled
        QVERIFY2(!poll.isActive(), "the import ended before the test could act");
    }

    /** The import dialog, once it shows with `maximum` (0: busy) and a Cancel button. */
    QProgressDialog *shownProgress(int maximum)
    {
        auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        if (!progress || !progress->isVisible() || progress->maximum() != maximum)
            return nullptr;
        return progress;
    }

    static bool clickCancel(QProgressDialog *progress)
    {
        auto *cancel = progress->findChild<QPushButton *>();
        if (!cancel || !cancel->isVisible())
            return false;
        QTest::mouseClick(cancel, Qt::LeftButton);
        return true;
    }

    /** Clicks Import in the preview, when it shows. */
    bool acceptPreview()
    {
        auto *preview = window->findChild<ImportCsvDialog *>(QStringLiteral("importCsvDialog"));
        if (!preview || !preview->isVisible())
            return false;
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        return true;
    }

    QList<qint64> notesWithoutLanguageWork()
    {
        QList<qint64> ids;
        for (qint64 id : document()->noteIds())
            if (document()->note(id)->analysis.isEmpty())
                ids << id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        // The stand-in: every pair's mode, cat as deformatter and reformatter, and an
        // apertium that waits for the gate, then gives each batch back as its translation.
        QDir(folder.path(QString())).mkpath(QStringLiteral("bin"));
        QDir(folder.path(QString())).mkpath(QStringLiteral("data/modes"));
        gate = folder.path(QStringLiteral("gate"));
        QVERIFY(writeExecutable(folder.path(QStringLiteral("bin/apertium")),
                                "#!/bin/sh\nwhile [ ! -e '" + QFile::encodeName(gate)
                                    + "' ]; do sleep 0.05; done\nexec cat\n"));
        QVERIFY(writeExecutable(folder.path(QStringLiteral("bin/apertium-destxt")), "#!/bin/sh\nexec cat\n"));
        QVERIFY(writeExecutable(folder.path(QStringLiteral("bin/apertium-retxt")), "#!/bin/sh\nexec cat\n"));
        for (const char *mode : {"eng-spa", "spa-eng", "fr-es", "es-fr", "pt-es", "es-pt"})
            QVERIFY(writeExecutable(folder.path(QStringLiteral("data/modes/%1.mode").arg(QLatin1String(mode))), ""));
        qputenv("CABILDO_APERTIUM", QFile::encodeName(folder.path(QStringLiteral("bin/apertium"))));
        qputenv("CABILDO_APERTIUM_DATA", QFile::encodeName(folder.path(QStringLiteral("data"))));
    }

    void init()
    {
        QFile::remove(gate);
        window = std::make_unique<MainWindow>();
        window->setDocument(
            folder.newEvent(QStringLiteral("import-%1.cabildo").arg(QLatin1String(QTest::currentTestFunction()))));
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        // The worker's batch waits for the stand-in: let it answer before the window goes.
        QFile gateFile(gate);
        QVERIFY(gateFile.open(QIODevice::WriteOnly));
        gateFile.close();
        window.reset();
    }

    // Cancel while the file is being read: nothing is imported, no preview shows, and the
    // reading, once it ends, is dropped. The file is a FIFO the test writes only after the
    // Cancel, so the reading is surely still running when Cancel is clicked.
    void cancelWhileReadingImportsNothing()
    {
        const QString fifo = folder.path(QStringLiteral("slow.csv"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        bool previewShown = false;
        whileImporting(fifo, [&] {
            previewShown = previewShown || window->findChild<ImportCsvDialog *>();
            QProgressDialog *progress = shownProgress(100);
            return progress && clickCancel(progress);
        });
        QVERIFY(!previewShown);
        QVERIFY(document()->noteIds().isEmpty());

        // The reading gets its file now, ends, and its notes go nowhere.
        QFile writer(fifo);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write(notesCsv(50));
        writer.close();
        QTest::qWait(300);
        QVERIFY(!window->findChild<ImportCsvDialog *>());
        QVERIFY(document()->noteIds().isEmpty());
        QCOMPARE(document()->undoStack()->count(), 0);
    }

    // Cancel while the language work runs: the notes stay (one undoable step), the window is
    // free again, and the background worker does their language work once Apertium answers.
    void cancelDuringLanguageWorkKeepsTheNotes()
    {
        const QString csv = folder.writeFile(QStringLiteral("notes.csv"), notesCsv(120));
        bool previewAccepted = false;
        int maximum = -1, value = -1;
        whileImporting(csv, [&] {
            if (!previewAccepted) {
                previewAccepted = acceptPreview();
                return false;
            }
            QProgressDialog *progress = shownProgress(120);
            if (!progress)
                return false;
            maximum = progress->maximum();
            value = progress->value();
            return clickCancel(progress);
        });
        QCOMPARE(maximum, 120);
        QCOMPARE(value, 0); // Apertium has not answered yet
        QCOMPARE(document()->noteIds().size(), 120);
        QCOMPARE(notesWithoutLanguageWork().size(), 120);
        QCOMPARE(document()->undoStack()->count(), 1);

        // Apertium answers: the worker stores every note's language work, unasked.
        QFile gateFile(gate);
        QVERIFY(gateFile.open(QIODevice::WriteOnly));
        gateFile.close();
        QTRY_VERIFY_WITH_TIMEOUT(notesWithoutLanguageWork().isEmpty(), 60000);
        // The stand-in gives each note back as its translation: the English note reached Spanish.
        bool bridged = false;
        for (qint64 id : document()->noteIds())
            bridged =
                bridged || document()->note(id)->analysis.contains(QLatin1String("\tes\tMore bike lanes downtown"));
        QVERIFY(bridged);
    }

    // Without Cancel the import waits for the language work and ends with every note done.
    void importWaitsForTheLanguageWork()
    {
        const QString csv = folder.writeFile(QStringLiteral("done.csv"), notesCsv(40));
        bool previewAccepted = false;
        bool progressShown = false;
        QTimer::singleShot(0, this, [this] {
            QFile gateFile(gate); // Apertium answers at once
            if (gateFile.open(QIODevice::WriteOnly))
                gateFile.close();
        });
        whileImporting(csv, [&] {
            previewAccepted = previewAccepted || acceptPreview();
            progressShown = progressShown || shownProgress(40);
            return previewAccepted;
        });
        QCOMPARE(document()->noteIds().size(), 40);
        QVERIFY(notesWithoutLanguageWork().isEmpty());
        QVERIFY(!window->findChild<QProgressDialog *>(QStringLiteral("importProgress"))); // gone with the import
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_ui_import.moc"
