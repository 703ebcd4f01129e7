// The language work behind cross-language grouping is done once per note and kept in the
// event file; with it, the same idea written in four languages lands in one theme; without
// its resources, grouping still works and says what is missing.
#include "document/eventdocument.h"
#include "document/languageworker.h"
#include "document/notegrouping.h"
#include "sqlitepeek.h"
#include "testevent.h"

#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

class TestNoteGrouping : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EventDocument> twoIdeasEvent(TestFolder &folder)
    {
        auto document = folder.newEvent();
        QList<Note> notes;
        // Two ideas, each in English, French, Spanish and Portuguese; no language given.
        for (const char *text : {"The city needs more public libraries for children",
                                 "La ville a besoin de plus de bibliothèques publiques pour les enfants",
                                 "La ciudad necesita más bibliotecas públicas para los niños",
                                 "A cidade precisa de mais bibliotecas públicas para as crianças",
                                 "Farmers should sell their vegetables at the market",
                                 "Les agriculteurs devraient vendre leurs légumes au marché",
                                 "Los agricultores deberían vender sus verduras en el mercado",
                                 "Os agricultores deveriam vender seus legumes no mercado"})
            notes.append(EventDocument::makeNote(QString::fromUtf8(text), NoteSource::Typed));
        document->addNotes(notes);
        return document;
    }

private slots:
    // Notes get their language work in the background soon after they are added, without
    // anyone asking for themes; an edited note gets it again for its new text.
    void languageWorkIsDoneAsNotesArrive()
    {
        if (!LanguageWork::available().complete())
            QSKIP("language resources missing");
        TestFolder folder;
        auto document = twoIdeasEvent(folder);
        LanguageWorker worker(document.get());
        QSignalSpy idle(&worker, &LanguageWorker::idle);
        QVERIFY(worker.isBusy());
        QVERIFY(idle.wait(60000));
        QVERIFY(!worker.isBusy());
        for (qint64 id : document->noteIds())
            QVERIFY2(document->note(id)->analysis.contains(QLatin1String("\ten\t")),
                     qPrintable(document->note(id)->analysis));
        {
            RawDb raw(document->filePath(), true);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM note WHERE analysis = ''")).toInt(), 0);
        }

        // An edit drops the old text's work; the worker does it again.
        const qint64 edited = document->noteIds().constFirst();
        QVERIFY(document->editNoteText(edited, QStringLiteral("Bicycle lanes on every street")));
        QVERIFY(document->note(edited)->analysis.isEmpty());
        idle.clear();
        QVERIFY(idle.wait(60000));
        QVERIFY2(document->note(edited)->analysis.contains(QLatin1String("bicicleta")),
                 qPrintable(document->note(edited)->analysis));

        // A note removed while its batch runs is skipped, not written back.
        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("Más parques"), NoteSource::Typed)}));
        QTRY_VERIFY_WITH_TIMEOUT(worker.isBusy(), 5000);
        document->undoStack()->undo();
        idle.clear();
        QVERIFY(idle.wait(60000));
        QCOMPARE(document->noteIds().size(), 8);
    }

    void languageWorkIsStoredOnce()
    {
        TestFolder folder;
        auto document = twoIdeasEvent(folder);
        const QString notice = notegrouping::prepare(*document, false);
        if (!notice.isEmpty())
            QSKIP(qPrintable(QStringLiteral("language resources missing: ") + notice));
        QStringList stored;
        for (qint64 id : document->noteIds()) {
            QVERIFY(!document->note(id)->analysis.isEmpty());
            stored.append(document->note(id)->analysis);
        }
        QCOMPARE(document->note(document->noteIds().at(1))->analysisLanguage, QStringLiteral("fr"));
        QCOMPARE(document->note(document->noteIds().at(3))->analysisLanguage, QStringLiteral("pt"));
        // Kept in the file.
        const QString path = document->filePath();
        document.reset();
        FileCheck check;
        auto reopened = EventDocument::open(path, false, &check);
        QVERIFY(reopened);
        QStringList reread;
        for (qint64 id : reopened->noteIds())
            reread.append(reopened->note(id)->analysis);
        QCOMPARE(reread, stored);
        // Not redone: nothing left to analyse, nothing changes.
        QVERIFY(notegrouping::prepare(*reopened, false).isEmpty());
        QStringList again;
        for (qint64 id : reopened->noteIds())
            again.append(reopened->note(id)->analysis);
        QCOMPARE(again, stored);
    }

    void translationsLandTogether()
    {
        TestFolder folder;
        auto document = twoIdeasEvent(folder);
        if (!notegrouping::prepare(*document, false).isEmpty())
            QSKIP("language resources missing");
        GroupingEngine engine(notegrouping::options());
        engine.setItems(notegrouping::items(*document, false));
        const GroupingResult result = engine.suggest(2);
        QCOMPARE(result.suggestions.size(), 2);
        const QList<qint64> ids = document->noteIds();
        for (const Suggestion &suggestion : result.suggestions) {
            QCOMPARE(suggestion.itemIds.size(), 4);
            const bool libraries = suggestion.itemIds.contains(ids.at(0));
            for (qint64 id : suggestion.itemIds)
                QCOMPARE(ids.indexOf(id) < 4, libraries); // all four languages of one idea
        }
    }

    void withoutResourcesItStillGroupsAndSaysSo()
    {
        qputenv("CABILDO_APERTIUM", "/nonexistent/apertium");
        qputenv("CABILDO_TEXTCAT_DIR", "/nonexistent/textcat");
        TestFolder folder;
        auto document = twoIdeasEvent(folder);
        const QString notice = notegrouping::prepare(*document, false);
        qunsetenv("CABILDO_APERTIUM");
        qunsetenv("CABILDO_TEXTCAT_DIR");
        QVERIFY(notice.contains(QStringLiteral("apertium")));
        GroupingEngine engine(notegrouping::options());
        engine.setItems(notegrouping::items(*document, false));
        const GroupingResult result = engine.suggest(2);
        int grouped = 0;
        for (const Suggestion &suggestion : result.suggestions)
            grouped += int(suggestion.itemIds.size());
        QCOMPARE(grouped + int(result.ungrouped.size()), 8);
    }
};

QTEST_GUILESS_MAIN(TestNoteGrouping)
#include "tst_notegrouping.moc"
