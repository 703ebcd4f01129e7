#include "groupingengine.h"

#include "clustercount.h"
#include "kmeans.h"
#include "lsa.h"
#include "suggestions.h"
#include "termmatrix.h"
#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/textfold.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace cabildo {

struct GroupingEngine::Prepared
{
    QList<qint64> ids;              ///< item ids in the stable order
    std::vector<QStringList> terms; ///< per item, in the stable order
    TermMatrix matrix;
    TitleWords titleWords;
    std::vector<int> documents; ///< the items with usable terms (rows of `points`)
    PointMatrix points;
    QList<qint64> ungrouped;
    QList<QList<qint64>> nearDuplicates;
    int distinct = 0; ///< distinct term rows: more themes than this is impossible
    mutable std::optional<int> automatic;
};

namespace {

/** What titling needs to know of a term beyond the matrix: how it is written, and by whom. */
struct TermFacts
{
    int occurrences = 0;
    int stopOccurrences = 0;        ///< as a function word of any of the four languages
    QHash<QString, int> titleForms; ///< written forms in the title language, with counts
};

/** Same language, ignoring regions: "pt-BR" is Portuguese. */
QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

void appendTerms(QStringList &terms, QStringList &surfaces, const QString &text, const QString &language,
                 Stemmer &stemmer, QHash<QString, TermFacts> *facts = nullptr, const QString &titleLanguage = {})
{
    const bool inTitleLanguage = !titleLanguage.isEmpty() && primaryLanguage(language) == titleLanguage;
    for (const Token &token : Tokenizer::tokens(text)) {
        // Stem before folding accents: the Snowball rules are written for accented words.
        const QString stem = token.stemmable ? stemmer.stem(token.text, language) : token.text;
        const QString term = foldForSearch(stem);
        terms.append(term);
        surfaces.append(token.text);
        if (facts) {
            TermFacts &fact = (*facts)[term];
            ++fact.occurrences;
            // Any language's list: the wall is read by people of all four ("sera" is French
            // even in a note detected as English, or next to the Spanish "ser").
            if (token.stemmable && isStopWord(token.text, QString()))
                ++fact.stopOccurrences;
            if (inTitleLanguage)
                ++fact.titleForms[token.text];
        }
    }
}

/** The most frequent form, alphabetical among equals (for determinism). */
QString mostFrequent(const QHash<QString, int> &forms)
{
    QString best;
    int bestCount = 0;
    for (auto it = forms.cbegin(); it != forms.cend(); ++it)
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    return best;
}

TitleWords titleWordsFor(const TermMatrix &matrix, const QHash<QString, TermFacts> &facts)
{
    TitleWords words;
    words.stop.reserve(matrix.vocabulary.size());
    for (const QString &term : matrix.vocabulary) {
        const TermFacts fact = facts.value(term);
        // A function word most of the times it is written ("a" in Spanish and Portuguese).
        words.stop.push_back(2 * fact.stopOccurrences > fact.occurrences);
        words.inTitleLanguage.append(mostFrequent(fact.titleForms));
    }
    return words;
}

int countDistinctRows(const TermMatrix &matrix, const std::vector<int> &documents)
{
    // Equal rows are equal term by term and weight by weight: the same words, counted alike.
    std::set<std::vector<std::pair<int, float>>> seen;
    for (int document : documents) {
        std::vector<std::pair<int, float>> key;
        key.reserve(matrix.rows[document].size());
        for (const TermWeight &entry : matrix.rows[document])
            key.emplace_back(entry.term, entry.weight);
        seen.insert(std::move(key));
    }
    return int(seen.size());
}

} // namespace

GroupingEngine::GroupingEngine(GroupingOptions options) : m_options(std::move(options))
{
    setItems({});
}

GroupingEngine::~GroupingEngine() = default;

QStringList GroupingEngine::terms(const QString &text, const QString &language)
{
    Stemmer stemmer;
    QStringList terms, surfaces;
    appendTerms(terms, surfaces, text, language, stemmer);
    return terms;
}

void GroupingEngine::setItems(const QList<GroupingItem> &input)
{
    // A stable order before anything random: the same notes in any order give the same themes.
    QList<GroupingItem> items = input;
    std::sort(items.begin(), items.end(), [](const GroupingItem &a, const GroupingItem &b) {
        if (a.text != b.text)
            return a.text < b.text;
        if (a.ref != b.ref)
            return a.ref < b.ref;
        return a.id < b.id;
    });

    auto prepared = std::make_unique<Prepared>();
    Stemmer stemmer;
    QHash<QString, TermFacts> facts;
    const QString titleLanguage = primaryLanguage(m_options.titleLanguage);
    std::vector<QStringList> surfaces(items.size());
    prepared->terms.resize(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const GroupingItem &item = items.at(i);
        prepared->ids.append(item.id);
        QStringList &terms = prepared->terms[i];
        const bool useOwn = item.analysis.isEmpty() || m_options.analysisUse == AnalysisUse::Add;
        if (useOwn) {
            const QString language = item.language.isEmpty() ? m_options.fallbackLanguage : item.language;
            appendTerms(terms, surfaces[i], item.text, language, stemmer, &facts, titleLanguage);
        }
        for (const auto &[language, text] : item.translations)
            appendTerms(terms, surfaces[i], text, language, stemmer, &facts, titleLanguage);
        for (const QString &word : item.analysis.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            terms.append(foldForSearch(word));
            surfaces[i].append(word);
        }
    }
    prepared->nearDuplicates = nearDuplicateGroups(prepared->terms, prepared->ids);
    prepared->matrix = TermMatrix::build(prepared->terms, surfaces);
    prepared->titleWords = titleWordsFor(prepared->matrix, facts);
    for (int d = 0; d < prepared->matrix.documentCount(); ++d) {
        if (prepared->matrix.rows[d].empty())
            prepared->ungrouped.append(prepared->ids.at(d));
        else
            prepared->documents.push_back(d);
    }
    std::sort(prepared->ungrouped.begin(), prepared->ungrouped.end());
    prepared->distinct = countDistinctRows(prepared->matrix, prepared->documents);

    // Project the usable rows only (a TermMatrix of those rows, same vocabulary).
    TermMatrix usable = prepared->matrix;
    usable.rows.clear();
    for (int d : prepared->documents)
        usable.rows.push_back(prepared->matrix.rows[d]);
    prepared->points = lsaPoints(usable, m_options.dimensions, m_options.seed);
    m_prepared = std::move(prepared);
}

int GroupingEngine::itemCount() const
{
    return int(m_prepared->ids.size());
}

int GroupingEngine::automaticClusterCount() const
{
    const Prepared &p = *m_prepared;
    if (!p.automatic)
        p.automatic = p.distinct <= 2 ? p.distinct : chooseClusterCount(p.points, p.distinct, m_options.seed);
    return *p.automatic;
}

int GroupingEngine::clustersAtGranularity(double granularity) const
{
    // Geometric steps: going from 2 to 4 themes is as big a change as from 20 to 40.
    // At most a quarter of the notes and 4√n themes: past that, themes are pairs of notes.
    const int notes = int(m_prepared->documents.size());
    const int most = std::max(1, std::min({m_prepared->distinct, notes / 4, int(4 * std::sqrt(double(notes)))}));
    if (most <= 2)
        return most;
    const double g = std::clamp(granularity, 0.0, 1.0);
    return int(std::lround(std::exp(std::log(2.0) + g * (std::log(double(most)) - std::log(2.0)))));
}

GroupingResult GroupingEngine::suggestAtGranularity(double granularity) const
{
    // One restart per core: a slider must follow the hand; the button gets the full search.
    return suggest(clustersAtGranularity(granularity), 2);
}

GroupingResult GroupingEngine::suggest(int clusters) const
{
    return suggest(clusters, m_options.restarts);
}

GroupingResult GroupingEngine::suggest(int clusters, int restarts) const
{
    const Prepared &p = *m_prepared;
    GroupingResult result;
    result.nearDuplicates = p.nearDuplicates;
    result.ungrouped = p.ungrouped;
    QStringList messages;
    if (!p.ungrouped.isEmpty())
        messages.append(tr("%n note(s) have no words to group by (only punctuation or single letters).", "",
                           int(p.ungrouped.size())));
    if (p.documents.empty()) {
        messages.prepend(p.ids.isEmpty() ? tr("There are no notes to group.") : tr("No note has words to group by."));
        result.message = messages.join(QLatin1Char(' '));
        return result;
    }
    int k = clusters > 0 ? clusters : automaticClusterCount();
    if (k > p.distinct) {
        messages.append(tr("Only %n distinct note(s): that many themes instead of %1.", "", p.distinct).arg(k));
        k = p.distinct;
    }
    k = std::max(1, k);
    // Few themes are best told apart by the strongest directions only (measured: 100 for
    // 20 themes beats 200), many themes need more: about two directions per theme.
    const int wanted = std::clamp(2 * k, 100, int(p.points.cols()));
    PointMatrix points = p.points.rightCols(wanted); // eigenvalues ascend: strongest at the right
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        if (const float norm = points.row(i).norm(); norm > 0)
            points.row(i) /= norm;
    const KMeansResult clustering = kMeans(points, k, restarts, m_options.seed);
    result.suggestions = describeClusters(p.matrix, p.titleWords, points, p.documents, clustering.labels, k, p.ids);
    result.clusters = int(result.suggestions.size());
    result.message = messages.join(QLatin1Char(' '));
    return result;
}

} // namespace cabildo
