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
#include <thread>
#include <utility>
#include <vector>

namespace cabildo {

struct GroupingEngine::Prepared
{
    QList<qint64> ids; ///< item ids in the stable order
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

/** Same language, ignoring regions: "pt-BR" is Portuguese. */
QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

void appendTerms(QStringList &terms, const QString &text, const QString &language, Stemmer &stemmer)
{
    for (const Token &token : Tokenizer::tokens(text)) {
        // Stem before folding accents: the Snowball rules are written for accented words.
        const QString stem = token.stemmable ? stemmer.stem(token.text, language) : token.text;
        terms.append(foldForSearch(stem));
    }
}

/** (term, written form) as one key. */
quint64 formKey(int term, int form)
{
    return quint64(quint32(term)) << 32 | quint32(form);
}

/**
 * The text work of setItems: every word becomes a term id. A word is stemmed, folded and
 * looked up once per language however often it is written (a wall repeats its words), and
 * terms and written forms are counted by id, so no string is built, hashed or compared
 * per occurrence beyond the tokeniser's own.
 */
class TermCounter
{
public:
    explicit TermCounter(const QString &titleLanguage) : m_titleLanguage(titleLanguage) {}

    /** The words of a text in its language, appended to `document` as term ids. */
    void addText(std::vector<int> &document, const QString &text, const QString &language)
    {
        Memo &memo = memoFor(language);
        const bool inTitleLanguage = memo.inTitleLanguage;
        for (const Token &token : Tokenizer::tokens(text)) {
            auto &known = memo.words[token.stemmable ? 1 : 0];
            auto found = known.constFind(token.text);
            if (found == known.cend()) {
                // Stem before folding accents: the Snowball rules are written for accented words.
                const QString stem = token.stemmable ? m_stemmer.stem(token.text, language) : token.text;
                // Any language's list: the wall is read by people of all four ("sera" is French
                // even in a note detected as English, or next to the Spanish "ser").
                const Word word{termId(foldForSearch(stem)), formId(token.text),
                                token.stemmable && isStopWord(token.text, QString())};
                found = known.insert(token.text, word);
            }
            const Word &word = *found;
            document.push_back(word.term);
            ++m_forms[formKey(word.term, word.form)];
            ++m_occurrences[word.term];
            if (word.stop)
                ++m_stopOccurrences[word.term];
            if (inTitleLanguage)
                ++m_titleForms[formKey(word.term, word.form)];
        }
    }

    /** Words already stemmed by the language work: used as they are. */
    void addAnalysisWord(std::vector<int> &document, const QString &word)
    {
        auto found = m_analysis.constFind(word);
        if (found == m_analysis.cend())
            found = m_analysis.insert(word, Word{termId(foldForSearch(word)), formId(word), false});
        document.push_back(found->term);
        ++m_forms[formKey(found->term, found->form)];
    }

    const QStringList &terms() const { return m_terms; }

    /**
     * Takes in what `later` counted from the texts that come after this counter's, and
     * renumbers `documents` (later's) into this counter's ids. A term or written form new
     * to this counter gets the next id in the order `later` first met it: the ids, and so
     * every figure, are those one counter reading all the texts in order would give.
     */
    void append(const TermCounter &later, std::vector<std::vector<int>> &documents)
    {
        std::vector<int> term(later.m_terms.size()), form(later.m_formTexts.size());
        for (qsizetype id = 0; id < later.m_terms.size(); ++id)
            term[size_t(id)] = termId(later.m_terms.at(id));
        for (qsizetype id = 0; id < later.m_formTexts.size(); ++id)
            form[size_t(id)] = formId(later.m_formTexts.at(id));
        for (size_t id = 0; id < term.size(); ++id) {
            m_occurrences[size_t(term[id])] += later.m_occurrences[id];
            m_stopOccurrences[size_t(term[id])] += later.m_stopOccurrences[id];
        }
        auto add = [&](QHash<quint64, int> &into, const QHash<quint64, int> &from) {
            for (auto it = from.cbegin(); it != from.cend(); ++it)
                into[formKey(term[it.key() >> 32], form[it.key() & 0xffffffffu])] += it.value();
        };
        add(m_forms, later.m_forms);
        add(m_titleForms, later.m_titleForms);
        for (std::vector<int> &document : documents)
            for (int &id : document)
                id = term[size_t(id)];
    }

    /** Per term id, its most frequent written form (alphabetical among equals, for determinism). */
    QStringList labels() const { return mostFrequentForms(m_forms); }

    TitleWords titleWords(const TermMatrix &matrix) const
    {
        const QStringList titleForms = mostFrequentForms(m_titleForms);
        TitleWords words;
        words.stop.reserve(matrix.sources.size());
        for (int id : matrix.sources) {
            // A function word most of the times it is written ("a" in Spanish and Portuguese).
            words.stop.push_back(2 * m_stopOccurrences[id] > m_occurrences[id]);
            words.inTitleLanguage.append(titleForms.at(id));
        }
        return words;
    }

private:
    struct Word
    {
        int term = 0;
        int form = 0;
        bool stop = false; ///< a function word of any of the four languages, as written
    };
    struct Memo
    {
        QHash<QString, Word> words[2]; ///< by written word: [0] used as they are, [1] stemmed
        bool inTitleLanguage = false;
    };

    /** A language's memo, made the first time the language is seen (a tag is parsed once, not per text). */
    Memo &memoFor(const QString &language)
    {
        if (const auto found = m_memos.find(language); found != m_memos.end())
            return *found;
        Memo &memo = m_memos[language];
        memo.inTitleLanguage = !m_titleLanguage.isEmpty() && primaryLanguage(language) == m_titleLanguage;
        return memo;
    }

    int termId(const QString &term)
    {
        const auto found = m_termIds.constFind(term);
        if (found != m_termIds.cend())
            return *found;
        m_terms.append(term);
        m_occurrences.push_back(0);
        m_stopOccurrences.push_back(0);
        return *m_termIds.insert(term, int(m_terms.size() - 1));
    }
    int formId(const QString &form)
    {
        const auto found = m_formIds.constFind(form);
        if (found != m_formIds.cend())
            return *found;
        m_formTexts.append(form);
        return *m_formIds.insert(form, int(m_formTexts.size() - 1));
    }
    QStringList mostFrequentForms(const QHash<quint64, int> &counts) const
    {
        QStringList best(m_terms.size());
        std::vector<int> bestCount(m_terms.size(), 0);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const int term = int(it.key() >> 32);
            const QString &form = m_formTexts.at(qsizetype(it.key() & 0xffffffffu));
            if (it.value() > bestCount[term] || (it.value() == bestCount[term] && form < best.at(term))) {
                best[term] = form;
                bestCount[term] = it.value();
            }
        }
        return best;
    }

    QString m_titleLanguage;
    Stemmer m_stemmer;
    QHash<QString, Memo> m_memos; ///< by language tag as given
    QHash<QString, Word> m_analysis;
    QHash<QString, int> m_termIds;
    QStringList m_terms;
    QHash<QString, int> m_formIds;
    QStringList m_formTexts;
    std::vector<int> m_occurrences, m_stopOccurrences; ///< per term id
    QHash<quint64, int> m_forms;                       ///< (term, form) → occurrences, every text
    QHash<quint64, int> m_titleForms;                  ///< (term, form) → occurrences in the title language
};

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
    QStringList terms;
    appendTerms(terms, text, language, stemmer);
    return terms;
}

void GroupingEngine::setItems(const QList<GroupingItem> &input)
{
    // A stable order before anything random: the same notes in any order give the same themes.
    std::vector<const GroupingItem *> items;
    items.reserve(input.size());
    for (const GroupingItem &item : input)
        items.push_back(&item);
    std::sort(items.begin(), items.end(), [](const GroupingItem *a, const GroupingItem *b) {
        if (const int byText = a->text.compare(b->text); byText != 0)
            return byText < 0;
        if (const int byRef = a->ref.compare(b->ref); byRef != 0)
            return byRef < 0;
        return a->id < b->id;
    });

    auto prepared = std::make_unique<Prepared>();
    for (const GroupingItem *item : items)
        prepared->ids.append(item->id);
    std::vector<std::vector<int>> documents(items.size());
    auto count = [&](TermCounter &counter, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const GroupingItem &item = *items[i];
            std::vector<int> &terms = documents[i];
            const bool useOwn = item.analysis.isEmpty() || m_options.analysisUse == AnalysisUse::Add;
            if (useOwn)
                counter.addText(terms, item.text, item.language.isEmpty() ? m_options.fallbackLanguage : item.language);
            for (const auto &[language, text] : item.translations)
                counter.addText(terms, text, language);
            for (const QString &word : item.analysis.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                counter.addAnalysisWord(terms, word);
        }
    };
    // The text work (tokenising and stemming: a third of setItems for 20,000 notes) on two
    // threads when there are two, each with its own counter and stemmer on half of the
    // items; the second half is then renumbered as if one counter had read everything.
    TermCounter counter(primaryLanguage(m_options.titleLanguage));
    const size_t half = items.size() / 2;
    if (items.size() >= 1000 && std::thread::hardware_concurrency() >= 2) {
        TermCounter later(primaryLanguage(m_options.titleLanguage));
        std::thread other([&] { count(later, half, items.size()); });
        count(counter, 0, half);
        other.join();
        std::vector<std::vector<int>> laterDocuments(std::make_move_iterator(documents.begin() + qsizetype(half)),
                                                     std::make_move_iterator(documents.end()));
        counter.append(later, laterDocuments);
        std::move(laterDocuments.begin(), laterDocuments.end(), documents.begin() + qsizetype(half));
    } else {
        count(counter, 0, items.size());
    }
    prepared->nearDuplicates = nearDuplicateGroups(documents, prepared->ids);
    prepared->matrix = TermMatrix::build(documents, counter.terms(), counter.labels());
    documents = {};
    prepared->titleWords = counter.titleWords(prepared->matrix);
    for (int d = 0; d < prepared->matrix.documentCount(); ++d) {
        if (prepared->matrix.rows[d].empty())
            prepared->ungrouped.append(prepared->ids.at(d));
        else
            prepared->documents.push_back(d);
    }
    std::sort(prepared->ungrouped.begin(), prepared->ungrouped.end());
    prepared->distinct = countDistinctRows(prepared->matrix, prepared->documents);
    // Only the usable rows are projected.
    prepared->points = lsaPoints(prepared->matrix, prepared->documents, m_options.dimensions, m_options.seed);
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
    // (std::clamp would need 100 <= the directions there are, which a small wall does not have.)
    const int wanted = std::min(std::max(2 * k, 100), int(p.points.cols()));
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
