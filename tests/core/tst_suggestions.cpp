// Suggested themes sized for a facilitator (issue 11, item 4): how many themes are
// suggested before anyone moves the slider, in the panel and in `cabildo cluster`, and
// titles a room can read — no numbers ("11, 30, 41"), no function word of any of the
// four languages ("sera"), no word the whole wall uses ("also", "people") nor one a
// couple of notes repeat ("separate, precisely").
#include "clirun.h"
#include "document/eventdocument.h"
#include "document/notegrouping.h"
#include "grouping/groupingengine.h"
#include "grouping/languagework.h"
#include "grouping/themecount.h"
#include "realsizeevent.h"
#include "testevent.h"
#include "text/stopwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

const QStringList fourLanguages{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")};

/** Words that occur once on the whole wall: the engine drops them, so a note is its topic's words. */
QString uniqueWord(int i)
{
    static const QStringList words =
        QStringLiteral(
            "apple river cloud stone piano tiger lemon candle forest mirror garden rocket violin island "
            "pepper saddle marble thunder velvet harbor lantern meadow orchid pebble quartz raven sapphire "
            "tulip walnut zephyr anchor blossom cactus dolphin ember falcon glacier hazel iris jasmine kettle "
            "lilac mango nectar olive pumpkin quill rhubarb sequoia thistle umber vanilla willow yarrow")
            .split(QLatin1Char(' '));
    return words.at(i % words.size());
}

QList<GroupingItem> itemsOf(const QList<QPair<QString, QString>> &texts)
{
    QList<GroupingItem> items;
    for (qsizetype i = 0; i < texts.size(); ++i)
        items.append({i + 1, QStringLiteral("r%1").arg(i + 1), texts.at(i).first, texts.at(i).second, {}, {}});
    return items;
}

QStringList titleWords(const QString &title)
{
    return title.split(QStringLiteral(", "), Qt::SkipEmptyParts);
}

bool digitsOnly(const QString &word)
{
    return QRegularExpression(QStringLiteral("^(?=.*\\d)[\\d\\W]+$")).match(word).hasMatch();
}

/** Each suggestion's notes all come from one topic (item ids `topicSize` at a time). */
bool oneTopicEach(const GroupingResult &result, int topicSize)
{
    for (const Suggestion &suggestion : result.suggestions)
        for (qint64 id : suggestion.itemIds)
            if ((id - 1) / topicSize != (suggestion.itemIds.first() - 1) / topicSize)
                return false;
    return true;
}

/** A note's words as grouping reads them: its text in its language and each stored translation in theirs. */
QSet<QString> termsOfNote(const Note &note)
{
    QSet<QString> terms;
    const QString language = note.language.isEmpty() ? note.analysisLanguage : note.language;
    for (const QString &term : GroupingEngine::terms(note.text, language))
        terms.insert(term);
    for (const PivotText &pivot : LanguageAnalysis::fromStorageString(note.analysis).pivots)
        for (const QString &term : GroupingEngine::terms(pivot.text, pivot.language))
            terms.insert(term);
    return terms;
}

} // namespace

class TestSuggestions : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFolder> realSizeFolder;
    std::unique_ptr<EventDocument> realSize; ///< the real-size wall with its language work

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cabildoBinary()).isExecutable(), "CABILDO_BINARY names the cabildo executable");
    }

    // One theme per 50 notes, 8 to 20; about four notes a theme at least; never more
    // than the agenda's session cells.
    void themeCountRule_data()
    {
        QTest::addColumn<int>("notes");
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("themes");
        QTest::newRow("no notes") << 0 << 0 << 0;
        QTest::newRow("3 notes") << 3 << 0 << 1;
        QTest::newRow("12 notes") << 12 << 0 << 3;
        QTest::newRow("40 notes") << 40 << 0 << 8;
        QTest::newRow("100 notes") << 100 << 0 << 8;
        QTest::newRow("300 notes") << 300 << 0 << 8;
        QTest::newRow("500 notes") << 500 << 0 << 10;
        QTest::newRow("1000 notes") << 1000 << 0 << 20;
        QTest::newRow("5000 notes") << 5000 << 0 << 20;
        QTest::newRow("300 notes, 32 cells") << 300 << 32 << 8;
        QTest::newRow("300 notes, 4 cells") << 300 << 4 << 4;
        QTest::newRow("1000 notes, 16 cells") << 1000 << 16 << 16;
        QTest::newRow("12 notes, 32 cells") << 12 << 32 << 3;
    }

    void themeCountRule()
    {
        QFETCH(int, notes);
        QFETCH(int, cells);
        QFETCH(int, themes);
        QCOMPARE(suggestedThemeCount(notes, cells), themes);
    }

    // The event's agenda caps the count: rooms × session slots over every day (breaks and
    // plenaries take no session).
    void themeCountFollowsTheAgenda_data()
    {
        QTest::addColumn<int>("rooms");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("themes");
        QTest::newRow("no agenda") << 0 << 0 << 0 << 8;
        QTest::newRow("1 room, 1 day") << 1 << 1 << 4 << 4;
        QTest::newRow("4 rooms, 2 days") << 4 << 2 << 32 << 8;
    }

    void themeCountFollowsTheAgenda()
    {
        QFETCH(int, rooms);
        QFETCH(int, days);
        QFETCH(int, cells);
        QFETCH(int, themes);
        TestFolder folder;
        auto document = folder.newEvent();
        RealSizeOptions options;
        options.themes = false;
        options.rooms = rooms;
        options.days = days;
        QString error;
        QVERIFY2(fillRealSizeEvent(*document, options, &error), qPrintable(error));
        QCOMPARE(notegrouping::sessionCells(*document), cells);
        QCOMPARE(notegrouping::defaultThemeCount(*document, document->noteCount()), themes);
    }

    // `cabildo cluster` without --clusters makes as many themes as the panel first
    // suggests (it used to choose 55 for 300 notes).
    void clusterWithoutCountFollowsTheRule_data()
    {
        QTest::addColumn<int>("rooms");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("themes");
        QTest::newRow("no agenda") << 0 << 0 << 8;
        QTest::newRow("1 room, 1 day") << 1 << 1 << 4;
    }

    void clusterWithoutCountFollowsTheRule()
    {
        QFETCH(int, rooms);
        QFETCH(int, days);
        QFETCH(int, themes);
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        {
            auto document = folder.newEvent();
            RealSizeOptions options;
            options.themes = false;
            options.rooms = rooms;
            options.days = days;
            QString error;
            QVERIFY2(fillRealSizeEvent(*document, options, &error), qPrintable(error));
        }
        const Run run = runCabildo({QStringLiteral("cluster"), path, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errLines.join(u'\n')));
        const QJsonArray made =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("themes")).toArray();
        QCOMPARE(made.size(), themes);
        for (const QJsonValue &theme : made)
            QVERIFY(!theme.toObject().value(QStringLiteral("title")).toString().isEmpty());
    }

    // The titles the issue saw, each on a wall built so the old titling would pick them:
    // route numbers every note of a theme carries, a year, filler every note of the wall
    // has ("people also"), and two words only two notes of a theme repeat.
    void titlesHaveNoNumbersNorFiller()
    {
        QList<QPair<QString, QString>> texts;
        int unique = 0;
        const QStringList topics{QStringLiteral("bus route 11 30 41 56"), QStringLiteral("travellers"),
                                 QStringLiteral("bike lanes"), QStringLiteral("access law 1995")};
        for (const QString &topic : topics)
            for (int i = 0; i < 8; ++i) {
                QString text = topic + QLatin1Char(' ') + uniqueWord(unique++) + QStringLiteral(" people also");
                if (topic.startsWith(QLatin1String("bike")) && i < 2)
                    text += QStringLiteral(" separate precisely");
                texts.append({text, QStringLiteral("en")});
            }
        GroupingEngine engine;
        engine.setItems(itemsOf(texts));
        const GroupingResult result = engine.suggest(4);
        QCOMPARE(result.suggestions.size(), 4);
        QVERIFY(oneTopicEach(result, 8));
        const QSet<QString> filler{QStringLiteral("people"), QStringLiteral("also"), QStringLiteral("separate"),
                                   QStringLiteral("precisely")};
        for (const Suggestion &suggestion : result.suggestions) {
            QVERIFY2(!suggestion.title.isEmpty(), "each topic has a word all its notes share");
            for (const QString &word : titleWords(suggestion.title)) {
                QVERIFY2(!digitsOnly(word), qPrintable(suggestion.title));
                QVERIFY2(!filler.contains(word), qPrintable(suggestion.title));
            }
        }
        // The reasons show no numbers either.
        for (const Suggestion &suggestion : result.suggestions)
            for (const QString &term : suggestion.sharedTerms)
                QVERIFY2(!digitsOnly(term), qPrintable(suggestion.sharedTerms.join(u',')));
    }

    // "sera" is on the French stop list; the Spanish "ser" has the same stem, and a
    // French interface showed the French form.
    void titlesHaveNoStopWordOfAnyLanguage()
    {
        QList<QPair<QString, QString>> texts;
        int unique = 0;
        // Two topics, each in French and Spanish, brought together by what both write alike.
        for (int i = 0; i < 6; ++i) {
            texts.append({QStringLiteral("internet sera gratuit %1").arg(uniqueWord(unique++)), QStringLiteral("fr")});
            texts.append(
                {QStringLiteral("internet gratis puede ser %1").arg(uniqueWord(unique++)), QStringLiteral("es")});
        }
        for (int i = 0; i < 6; ++i) {
            texts.append(
                {QStringLiteral("2030 les écoles ferment %1").arg(uniqueWord(unique++)), QStringLiteral("fr")});
            texts.append(
                {QStringLiteral("2030 las escuelas cierran %1").arg(uniqueWord(unique++)), QStringLiteral("es")});
        }
        GroupingOptions options;
        options.titleLanguage = QStringLiteral("fr");
        GroupingEngine engine(options);
        engine.setItems(itemsOf(texts));
        const GroupingResult result = engine.suggest(2);
        QCOMPARE(result.suggestions.size(), 2);
        QVERIFY(oneTopicEach(result, 12));
        for (const Suggestion &suggestion : result.suggestions) {
            QVERIFY(!suggestion.title.isEmpty());
            for (const QString &word : titleWords(suggestion.title))
                QVERIFY2(!isStopWord(word, QString()), qPrintable(suggestion.title));
            for (const QString &term : suggestion.sharedTerms)
                QVERIFY2(!isStopWord(term, QString()), qPrintable(suggestion.sharedTerms.join(u',')));
        }
    }

    // A theme whose notes share no word gets a neutral name, numbered as listed.
    void themeWithoutTitleIsNamedNeutrally()
    {
        Suggestion suggestion;
        QCOMPARE(notegrouping::titleFor(suggestion, 3), QStringLiteral("Theme 3"));
        suggestion.title = QStringLiteral("bike, lanes");
        QCOMPARE(notegrouping::titleFor(suggestion, 3), QStringLiteral("bike, lanes"));
    }

    // On the real-size wall (320 notes in four languages, with their stored
    // translations), at the default count and narrower, every title word is in at least
    // a third of its theme's notes and, as a share of notes, at least twice as common
    // there as on the rest of the wall; none is a number or a function word.
    void realSizeTitlesAreCharacteristic_data()
    {
        QTest::addColumn<int>("themes");
        QTest::newRow("default") << 8;
        QTest::newRow("one per topic") << 16;
        QTest::newRow("narrow") << 30;
    }

    void realSizeTitlesAreCharacteristic()
    {
        QFETCH(int, themes);
        if (!realSize) { // the language work once for every row: Apertium takes a while
            realSizeFolder = std::make_unique<TestFolder>();
            realSize = realSizeFolder->newEvent();
            RealSizeOptions options;
            options.themes = false;
            options.rooms = 0;
            options.days = 0;
            QString error;
            QVERIFY2(fillRealSizeEvent(*realSize, options, &error), qPrintable(error));
            notegrouping::prepare(*realSize, false);
        }
        EventDocument *document = realSize.get();
        QCOMPARE(notegrouping::defaultThemeCount(*document, document->noteCount()), 8);
        GroupingEngine engine(notegrouping::options());
        engine.setItems(notegrouping::items(*document, false));
        const GroupingResult result = engine.suggest(themes);
        QCOMPARE(result.suggestions.size(), themes);

        QHash<qint64, QSet<QString>> termsOf;
        for (qint64 id : document->noteIds())
            termsOf.insert(id, termsOfNote(*document->note(id)));
        const int wall = document->noteCount();
        int titled = 0;
        for (const Suggestion &suggestion : result.suggestions) {
            if (!suggestion.title.isEmpty())
                ++titled;
            const QSet<qint64> inTheme(suggestion.itemIds.cbegin(), suggestion.itemIds.cend());
            for (const QString &word : titleWords(suggestion.title)) {
                QVERIFY2(!digitsOnly(word), qPrintable(suggestion.title));
                QVERIFY2(!isStopWord(word, QString()), qPrintable(suggestion.title));
                // The word as each language stems it: the one it was written in is among them.
                bool holds = false;
                QString counts;
                for (const QString &language : fourLanguages) {
                    const QString term = GroupingEngine::terms(word, language).value(0);
                    int inside = 0, outside = 0;
                    for (auto it = termsOf.cbegin(); it != termsOf.cend(); ++it)
                        if (it.value().contains(term))
                            ++(inTheme.contains(it.key()) ? inside : outside);
                    const double share = double(inside) / inTheme.size();
                    const double rest = double(outside) / (wall - inTheme.size());
                    counts += QStringLiteral(" %1:%2/%3,%4/%5")
                                  .arg(language)
                                  .arg(inside)
                                  .arg(inTheme.size())
                                  .arg(outside)
                                  .arg(wall - inTheme.size());
                    holds = holds || (3 * inside >= inTheme.size() && share >= 2 * rest);
                }
                QVERIFY2(holds, qPrintable(suggestion.title + QLatin1String(": ") + word + counts));
            }
        }
        // Neutral names are the exception: most themes of this wall have words of their own.
        QVERIFY2(titled >= themes * 3 / 4, qPrintable(QString::number(titled)));
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
