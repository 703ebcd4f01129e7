// The grouping engine (issue 4): the text pipeline (normalisation, accent and case folding,
// hashtags, URLs, emoji, numbers, Snowball stemming per language), determinism under a
// shuffled input, near-duplicates, and the edge cases the issue lists — each gives a
// sensible result or a clear message, never a crash or a hang.
#include "grouping/clustercount.h"
#include "grouping/groupingengine.h"
#include "grouping/kmeans.h"
#include "text/tokenizer.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace cabildo;

namespace {

QStringList words(const QString &text)
{
    QStringList out;
    for (const Token &token : Tokenizer::tokens(text))
        out.append(token.text);
    return out;
}

QList<GroupingItem> itemsFrom(const QStringList &texts, const QString &language = QStringLiteral("en"))
{
    QList<GroupingItem> items;
    for (qsizetype i = 0; i < texts.size(); ++i)
        items.append({i + 1, QStringLiteral("r%1").arg(i + 1), texts.at(i), language, {}, {}});
    return items;
}

/** A small wall with three clear themes, in English. */
QStringList threeThemes()
{
    return {QStringLiteral("open data portal for the city"),
            QStringLiteral("publish budget data on the portal"),
            QStringLiteral("the open data portal needs an API"),
            QStringLiteral("portal with open datasets"),
            QStringLiteral("bike lanes on every street"),
            QStringLiteral("safer bike lanes for children"),
            QStringLiteral("more bike parking near stations"),
            QStringLiteral("bike lanes separated from cars"),
            QStringLiteral("schools need more teachers"),
            QStringLiteral("teachers in rural schools"),
            QStringLiteral("pay teachers better in public schools"),
            QStringLiteral("schools and teachers training")};
}

QList<QList<qint64>> groupsOf(const GroupingResult &result)
{
    QList<QList<qint64>> groups;
    for (const Suggestion &suggestion : result.suggestions)
        groups.append(suggestion.itemIds);
    std::sort(groups.begin(), groups.end());
    return groups;
}

} // namespace

class TestGrouping : public QObject
{
    Q_OBJECT

private slots:
    void hashtagsSplitIntoWords()
    {
        QCOMPARE(words(QStringLiteral("#OpenData now")),
                 (QStringList{QStringLiteral("open"), QStringLiteral("data"), QStringLiteral("now")}));
        QCOMPARE(words(QStringLiteral("#open_gov #XMLParser #COVID19")),
                 (QStringList{QStringLiteral("open"), QStringLiteral("gov"), QStringLiteral("xml"),
                              QStringLiteral("parser"), QStringLiteral("covid"), QStringLiteral("19")}));
    }

    void urlsBecomeTheirHost()
    {
        QCOMPARE(words(QStringLiteral("see https://www.datos.gob.es/catalogo?q=1 and www.example.org/x.")),
                 (QStringList{QStringLiteral("see"), QStringLiteral("datos.gob.es"), QStringLiteral("and"),
                              QStringLiteral("example.org")}));
    }

    void emojiNumbersAndPunctuation()
    {
        // Each emoji is a word (skin tone and variation selector dropped); single digits,
        // single letters and punctuation are not words.
        QCOMPARE(
            words(QStringLiteral("👍🏽 great!!! 2030 plan, 3 ways; l'eau ❤️")),
            (QStringList{QStringLiteral("👍"), QStringLiteral("great"), QStringLiteral("2030"), QStringLiteral("plan"),
                         QStringLiteral("ways"), QStringLiteral("eau"), QStringLiteral("❤")}));
        QCOMPARE(words(QStringLiteral("open-data")), (QStringList{QStringLiteral("open"), QStringLiteral("data")}));
        QVERIFY(words(QStringLiteral("!!! ... ???")).isEmpty());
    }

    void foldsCaseAccentsAndNormalisation()
    {
        // Decomposed "é" (e + U+0301) and composed "é" give the same term, without accent.
        const QString decomposed = QStringLiteral("Participacio\u0301n");
        QVERIFY(decomposed != QStringLiteral("Participación"));
        QCOMPARE(GroupingEngine::terms(QStringLiteral("PARTICIPACIÓN"), {}),
                 GroupingEngine::terms(QStringLiteral("participación"), {}));
        QCOMPARE(GroupingEngine::terms(QStringLiteral("cafe\u0301"), {}), QStringList{QStringLiteral("cafe")});
        QCOMPARE(GroupingEngine::terms(QStringLiteral("Ação"), {}), QStringList{QStringLiteral("acao")});
        QCOMPARE(GroupingEngine::terms(decomposed, {}), QStringList{QStringLiteral("participacion")});
    }

    void stemsPerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("en") << "en"
                            << "portals"
                            << "portal";
        QTest::newRow("en connect") << "en"
                                    << "connections"
                                    << "connected";
        QTest::newRow("fr") << "fr"
                            << "données"
                            << "donnée";
        QTest::newRow("fr verbs") << "fr"
                                  << "participation"
                                  << "participations";
        QTest::newRow("es") << "es"
                            << "ciudadanas"
                            << "ciudadano";
        QTest::newRow("pt") << "pt"
                            << "transparência"
                            << "transparente";
        QTest::newRow("pt-BR") << "pt-BR"
                               << "governos"
                               << "governo";
    }

    void stemsPerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const QStringList a = GroupingEngine::terms(first, language);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a, GroupingEngine::terms(second, language));
        QVERIFY(a.first().size() < first.size()); // really stemmed
    }

    void unknownLanguageIsNotStemmed()
    {
        QCOMPARE(GroupingEngine::terms(QStringLiteral("portals"), QStringLiteral("tlh")),
                 QStringList{QStringLiteral("portals")});
        QCOMPARE(GroupingEngine::terms(QStringLiteral("portals"), {}), QStringList{QStringLiteral("portals")});
        GroupingEngine engine;
        engine.setItems(itemsFrom(threeThemes(), QStringLiteral("x-klingon")));
        QCOMPARE(engine.suggest(3).clusters, 3);
    }

    void findsClearThemesWithTitlesAndReasons()
    {
        GroupingEngine engine;
        engine.setItems(itemsFrom(threeThemes()));
        const GroupingResult result = engine.suggest(3);
        QCOMPARE(result.clusters, 3);
        QCOMPARE(groupsOf(result), (QList<QList<qint64>>{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}));
        for (const Suggestion &suggestion : result.suggestions) {
            QVERIFY(!suggestion.title.isEmpty());
            QVERIFY(!suggestion.sharedTerms.isEmpty());
            QVERIFY(suggestion.similarity > 0 && suggestion.similarity <= 1);
        }
        QVERIFY(result.message.isEmpty());
    }

    // Titles and reasons are content words, never "the", "de", "los", "pour".
    void titlesAndReasonsHaveNoFunctionWords()
    {
        const QStringList notes = {
            QStringLiteral("the portal of the data of the city"),    QStringLiteral("the data portal for the people"),
            QStringLiteral("a portal for the data of all"),          QStringLiteral("the portal and the data"),
            QStringLiteral("the bikes in the lanes of the city"),    QStringLiteral("the lanes for the bikes"),
            QStringLiteral("bikes and lanes for all of the people"), QStringLiteral("a lane for the bikes")};
        GroupingEngine engine;
        engine.setItems(itemsFrom(notes));
        const GroupingResult result = engine.suggest(2);
        QCOMPARE(result.clusters, 2);
        for (const Suggestion &suggestion : result.suggestions) {
            const QStringList titleWords = suggestion.title.split(QStringLiteral(", "));
            for (const char *function : {"the", "of", "for", "and", "a", "all"}) {
                QVERIFY2(!titleWords.contains(QLatin1String(function)), qPrintable(suggestion.title));
                QVERIFY2(!suggestion.sharedTerms.contains(QLatin1String(function)),
                         qPrintable(suggestion.sharedTerms.join(u',')));
            }
        }
        QCOMPARE(result.suggestions.at(0).title.split(QStringLiteral(", ")).mid(0, 2).size(), 2);
    }

    // A theme is titled in the facilitator's language when its notes, or their
    // translations, have words in it; otherwise in the notes' own words.
    void titlesFollowTheInterfaceLanguage()
    {
        QList<GroupingItem> items;
        const QStringList english = {QStringLiteral("open data portal"), QStringLiteral("the open data portal is slow"),
                                     QStringLiteral("search in the open data portal"),
                                     QStringLiteral("open data portal api")};
        const QStringList spanish = {QStringLiteral("portal de datos abiertos"),
                                     QStringLiteral("el portal de datos abiertos es lento"),
                                     QStringLiteral("buscar en el portal de datos abiertos"),
                                     QStringLiteral("api del portal de datos abiertos")};
        for (int i = 0; i < 4; ++i) {
            GroupingItem item{i + 1, QStringLiteral("en%1").arg(i), english.at(i), QStringLiteral("en"), {}, {}};
            item.translations = {{QStringLiteral("es"), spanish.at(i)}};
            items.append(item);
        }
        const auto titleIn = [&items](const QString &language) {
            GroupingOptions options;
            options.analysisUse = AnalysisUse::Add;
            options.titleLanguage = language;
            GroupingEngine engine(options);
            engine.setItems(items);
            const GroupingResult result = engine.suggest(1);
            return result.suggestions.value(0).title;
        };
        const QString inSpanish = titleIn(QStringLiteral("es"));
        QVERIFY2(inSpanish.contains(QLatin1String("datos")) && !inSpanish.contains(QLatin1String("data")),
                 qPrintable(inSpanish));
        const QString inEnglish = titleIn(QStringLiteral("en"));
        QVERIFY2(inEnglish.contains(QLatin1String("data")) && !inEnglish.contains(QLatin1String("datos")),
                 qPrintable(inEnglish));
        // French: no word of the theme is French, so its own words still name it.
        QVERIFY(!titleIn(QStringLiteral("fr")).isEmpty());
    }

    // The automatic count finds well-separated groups: k blobs of points give k themes.
    void automaticCountFindsSeparatedGroups_data()
    {
        QTest::addColumn<int>("groups");
        QTest::newRow("3") << 3;
        QTest::newRow("6") << 6;
        QTest::newRow("10") << 10;
    }
    void automaticCountFindsSeparatedGroups()
    {
        QFETCH(int, groups);
        constexpr int perGroup = 40, dimensions = 30;
        std::mt19937 random(7);
        std::normal_distribution<float> noise(0.0f, 0.15f);
        PointMatrix points(groups * perGroup, dimensions);
        for (int g = 0; g < groups; ++g)
            for (int i = 0; i < perGroup; ++i) {
                Eigen::RowVectorXf point = Eigen::RowVectorXf::Zero(dimensions);
                point(g) = 1.0f; // each group around its own axis
                for (int d = 0; d < dimensions; ++d)
                    point(d) += noise(random);
                points.row(g * perGroup + i) = point.normalized();
            }
        QCOMPARE(chooseClusterCount(points, groups * perGroup, 2026), groups);
    }

    void shuffledInputGivesIdenticalSuggestions()
    {
        QStringList texts = threeThemes();
        for (int i = 0; i < 30; ++i)
            texts.append(QStringLiteral("note %1 about topic %2 and %3").arg(i).arg(i % 4).arg(i % 7));
        const QList<GroupingItem> items = itemsFrom(texts);
        GroupingEngine engine;
        engine.setItems(items);
        const GroupingResult reference = engine.suggest(5);
        const GroupingResult referenceAuto = engine.suggest(0);
        QRandomGenerator random(7);
        for (int round = 0; round < 5; ++round) {
            QList<GroupingItem> shuffled = items;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            GroupingEngine other;
            other.setItems(shuffled);
            const GroupingResult result = other.suggest(5);
            QCOMPARE(result.suggestions.size(), reference.suggestions.size());
            for (qsizetype s = 0; s < result.suggestions.size(); ++s) {
                QCOMPARE(result.suggestions.at(s).itemIds, reference.suggestions.at(s).itemIds);
                QCOMPARE(result.suggestions.at(s).title, reference.suggestions.at(s).title);
                QCOMPARE(result.suggestions.at(s).sharedTerms, reference.suggestions.at(s).sharedTerms);
            }
            QCOMPARE(groupsOf(other.suggest(0)), groupsOf(referenceAuto));
        }
    }

    void largeWallGivesIdenticalSuggestionsEveryTime()
    {
        // Past 512 notes the LSA and k-means split their work across two threads, and past
        // 1,000 the text work: none of it may change a theme.
        const QStringList subjects{QStringLiteral("bike lanes"),    QStringLiteral("open data"),
                                   QStringLiteral("school meals"),  QStringLiteral("river park"),
                                   QStringLiteral("night buses"),   QStringLiteral("public library"),
                                   QStringLiteral("street trees"),  QStringLiteral("housing rents"),
                                   QStringLiteral("local markets"), QStringLiteral("youth sports")};
        QList<GroupingItem> items;
        for (int i = 0; i < 1200; ++i) {
            const QString text = QStringLiteral("%1 %2 near station %3 for group %4")
                                     .arg(subjects.at(i % subjects.size()), subjects.at(i * 7 % subjects.size()))
                                     .arg(i % 37)
                                     .arg(i % 11);
            GroupingItem item{i + 1, QStringLiteral("n%1").arg(i + 1), text, QStringLiteral("en"), {}, {}};
            item.translations.append(
                {QStringLiteral("es"), QStringLiteral("nota %1 sobre el tema %2").arg(i % 13).arg(i % 5)});
            items.append(item);
        }
        GroupingEngine engine;
        engine.setItems(items);
        const GroupingResult reference = engine.suggest(60);
        QCOMPARE(reference.clusters, 60);
        QRandomGenerator random(11);
        std::shuffle(items.begin(), items.end(), random);
        GroupingEngine other;
        other.setItems(items);
        const GroupingResult again = other.suggest(60);
        QCOMPARE(again.suggestions.size(), reference.suggestions.size());
        for (qsizetype s = 0; s < again.suggestions.size(); ++s) {
            QCOMPARE(again.suggestions.at(s).itemIds, reference.suggestions.at(s).itemIds);
            QCOMPARE(again.suggestions.at(s).title, reference.suggestions.at(s).title);
            QCOMPARE(again.suggestions.at(s).similarity, reference.suggestions.at(s).similarity);
        }
    }

    void largeWallKeepsEachThemesOwnWordsAsTitles()
    {
        // Titles use the notes' words as written, lower-cased. From 1,000 notes the text work runs in two halves, and
        // the second half's words are renumbered into the first's. A wrong renumbering shows in the titles: a theme of
        // the second half would be named with the first half's words, or lose its words in the interface language.
        // Sorted by text, the "alpha" notes are the first half and the "zulu" notes the second; only the second have
        // Spanish translations.
        QList<GroupingItem> items;
        for (int i = 0; i < 1200; ++i) {
            const bool first = i < 600;
            const QString text = first ? QStringLiteral("alpha %1 Bike Lanes on Main Street").arg(i)
                                       : QStringLiteral("zulu %1 River Park clean up").arg(i);
            GroupingItem item{i + 1, QStringLiteral("n%1").arg(i + 1), text, QStringLiteral("en"), {}, {}};
            if (!first)
                item.translations = {{QStringLiteral("es"), QStringLiteral("limpieza del parque fluvial")}};
            items.append(item);
        }
        GroupingOptions options;
        options.analysisUse = AnalysisUse::Add;
        options.titleLanguage = QStringLiteral("es");
        GroupingEngine engine(options);
        engine.setItems(items);
        const GroupingResult result = engine.suggest(2);
        QCOMPARE(result.clusters, 2);
        for (const Suggestion &suggestion : result.suggestions) {
            QCOMPARE(suggestion.itemIds.size(), 600);
            const bool firstHalf = suggestion.itemIds.constFirst() <= 600;
            if (firstHalf) {
                QVERIFY2(suggestion.title.contains(QLatin1String("bike"))
                             || suggestion.title.contains(QLatin1String("lanes")),
                         qPrintable(suggestion.title));
            } else {
                QVERIFY2(suggestion.title.contains(QLatin1String("parque")), qPrintable(suggestion.title));
                QVERIFY2(!suggestion.title.contains(QLatin1String("bike")), qPrintable(suggestion.title));
            }
        }
    }

    void flagsNearDuplicates()
    {
        GroupingEngine engine;
        engine.setItems(
            itemsFrom({QStringLiteral("open data portal"), QStringLiteral("Open-data portals!"),
                       QStringLiteral("bike lanes"), QStringLiteral("Bike lane"), QStringLiteral("teachers")}));
        QCOMPARE(engine.suggest(2).nearDuplicates, (QList<QList<qint64>>{{1, 2}, {3, 4}}));
    }

    void noNotes()
    {
        GroupingEngine engine;
        engine.setItems({});
        const GroupingResult result = engine.suggest(5);
        QVERIFY(result.suggestions.isEmpty());
        QVERIFY(!result.message.isEmpty());
        QVERIFY(engine.suggest(0).suggestions.isEmpty());
        QVERIFY(engine.suggestAtGranularity(0.5).suggestions.isEmpty());
    }

    void oneNote()
    {
        GroupingEngine engine;
        engine.setItems(itemsFrom({QStringLiteral("open data")}));
        for (int k : {0, 1, 3}) {
            const GroupingResult result = engine.suggest(k);
            QCOMPARE(result.suggestions.size(), 1);
            QCOMPARE(result.suggestions.first().itemIds, QList<qint64>{1});
        }
    }

    void moreThemesThanNotes()
    {
        GroupingEngine engine;
        engine.setItems(
            itemsFrom({QStringLiteral("open data"), QStringLiteral("bike lanes"), QStringLiteral("teachers")}));
        const GroupingResult result = engine.suggest(10);
        QCOMPARE(result.clusters, 3);
        QVERIFY(result.message.contains(QLatin1String("3")));
    }

    void notesWithOnlyEmojiUrlsNumbersOrCommonWords()
    {
        GroupingEngine engine;
        engine.setItems(itemsFrom({QStringLiteral("👍👍"), QStringLiteral("👍"), QStringLiteral("❤️"),
                                   QStringLiteral("https://example.org/a"), QStringLiteral("http://example.org/b"),
                                   QStringLiteral("2030"), QStringLiteral("2030 2030"), QStringLiteral("the and of"),
                                   QStringLiteral("of the"), QStringLiteral("?!"), QStringLiteral("...")}));
        const GroupingResult result = engine.suggest(0);
        QVERIFY(result.clusters >= 1);
        QCOMPARE(result.ungrouped, (QList<qint64>{10, 11}));
        QVERIFY(result.message.contains(QLatin1String("2")));
        // Five kinds of note: 👍, ❤, one host, one number, common words.
        const QList<QList<qint64>> five = groupsOf(engine.suggest(5));
        QCOMPARE(five, (QList<QList<qint64>>{{1, 2}, {3}, {4, 5}, {6, 7}, {8, 9}}));
    }

    void onlyPunctuation()
    {
        GroupingEngine engine;
        engine.setItems(itemsFrom({QStringLiteral("!!!"), QStringLiteral("-")}));
        const GroupingResult result = engine.suggest(0);
        QVERIFY(result.suggestions.isEmpty());
        QCOMPARE(result.ungrouped.size(), 2);
        QVERIFY(!result.message.isEmpty());
    }

    void thousandIdenticalNotes()
    {
        QStringList texts;
        for (int i = 0; i < 1000; ++i)
            texts.append(QStringLiteral("We need more open data"));
        GroupingEngine engine;
        engine.setItems(itemsFrom(texts));
        for (int k : {0, 1, 5}) {
            const GroupingResult result = engine.suggest(k);
            QCOMPARE(result.suggestions.size(), 1);
            QCOMPARE(result.suggestions.first().itemIds.size(), 1000);
        }
        QCOMPARE(engine.suggest(0).nearDuplicates.size(), 1);
    }

    void veryLongNote()
    {
        QString longText;
        QRandomGenerator random(3);
        while (longText.size() < 10000)
            longText += QStringLiteral("word%1 ").arg(random.bounded(3000));
        QStringList texts = threeThemes();
        texts.append(longText);
        GroupingEngine engine;
        engine.setItems(itemsFrom(texts));
        const GroupingResult result = engine.suggest(4);
        QCOMPARE(result.clusters, 4);
        QVERIFY(result.suggestions.last().title.size() < 200);
    }

    void kMeansEndsWithEveryPointAtItsNearestCentre()
    {
        // k-means skips the distances its bounds say cannot change a point's centre. A wrong
        // skip leaves a point with a centre that is not its nearest: with fewer than 2,000
        // points k-means stops when no point moves (or after 100 iterations, which these
        // points are far from needing), so at the end each must be with its nearest,
        // whichever bounds were kept, and both kinds must reach the same inertia. One and
        // three restarts run a restart split in halves over two threads, two do not.
        constexpr int n = 1500, dimensions = 40, k = 30;
        std::mt19937 random(7);
        std::normal_distribution<float> gauss(0.0f, 1.0f);
        PointMatrix middles(k, dimensions);
        for (Eigen::Index i = 0; i < middles.size(); ++i)
            middles.data()[i] = gauss(random);
        // Overlapping blobs on the unit sphere, as the LSA's points are: many points lie near
        // a boundary, where a wrong skip shows.
        PointMatrix points(n, dimensions);
        for (int i = 0; i < n; ++i) {
            for (int d = 0; d < dimensions; ++d)
                points(i, d) = middles(i % k, d) + 3.0f * gauss(random);
            points.row(i).normalize();
        }
        for (int restarts : {1, 2, 3}) {
            double inertia[2] = {};
            int slot = 0;
            for (KMeansBounds bounds : {KMeansBounds::PerCentre, KMeansBounds::PerPoint}) {
                const KMeansResult result = kMeans(points, k, restarts, 2026, bounds);
                QCOMPARE(int(result.labels.size()), n);
                int misplaced = 0;
                for (int i = 0; i < n; ++i) {
                    const float own = (points.row(i) - result.centres.row(result.labels[i])).squaredNorm();
                    for (int c = 0; c < k; ++c)
                        if ((points.row(i) - result.centres.row(c)).squaredNorm() < own - 1e-5f) {
                            ++misplaced;
                            break;
                        }
                }
                QCOMPARE(misplaced, 0);
                inertia[slot++] = result.inertia;
            }
            QVERIFY2(std::abs(inertia[0] - inertia[1]) <= 1e-4 * inertia[0],
                     qPrintable(QStringLiteral("%1 against %2").arg(inertia[0]).arg(inertia[1])));
        }
    }

    void granularityGoesFromBroadToNarrow()
    {
        QStringList texts;
        for (int i = 0; i < 200; ++i)
            texts.append(QStringLiteral("topic%1 detail%2 shared%3").arg(i % 20).arg(i).arg(i % 5));
        GroupingEngine engine;
        engine.setItems(itemsFrom(texts));
        QCOMPARE(engine.clustersAtGranularity(0), 2);
        QVERIFY(engine.clustersAtGranularity(0.5) > 2);
        QVERIFY(engine.clustersAtGranularity(1) > engine.clustersAtGranularity(0.5));
        QCOMPARE(engine.suggestAtGranularity(0).clusters, 2);
    }

    void analysisWordsBridgeLanguages()
    {
        // Pivot-language stems from the language work make translations share terms.
        QList<GroupingItem> items = itemsFrom(threeThemes());
        items.append({20,
                      QStringLiteral("fr1"),
                      QStringLiteral("portail de données ouvertes"),
                      QStringLiteral("fr"),
                      QStringLiteral("open data portal"),
                      {}});
        GroupingEngine engine;
        engine.setItems(items);
        for (const Suggestion &suggestion : engine.suggest(3).suggestions)
            if (suggestion.itemIds.contains(1))
                QVERIFY(suggestion.itemIds.contains(20));
    }
};

QTEST_GUILESS_MAIN(TestGrouping)
#include "tst_grouping.moc"
