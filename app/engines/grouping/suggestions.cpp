#include "suggestions.h"

#include "text/stopwords.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace cabildo {

namespace {

constexpr int titleTerms = 3;
constexpr int reasonTerms = 5;

struct ScoredTerm
{
    int term;
    double score;
};

/** How a term is shown: in the facilitator's language when written in it, else as most often written. */
QString labelOf(int term, const TermMatrix &matrix, const TitleWords &words)
{
    const QString &own = words.inTitleLanguage.at(term);
    return own.isEmpty() ? matrix.labels.at(term) : own;
}

/**
 * Whether a word may be shown at all, as a title or a reason: not a number ("11",
 * "1995", "2.0"), and not a function word of any of the four languages. A French
 * facilitator reads the Spanish "ser" as the French "sera", so every list applies.
 */
bool showable(const QString &label)
{
    if (isStopWord(label.toLower(), QString()))
        return false;
    const QList<uint> codePoints = label.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return !QChar::isDigit(c) && !QChar::isPunct(c) && !QChar::isSpace(c); });
}

/**
 * The theme's strongest title words, best first, among those `qualifies` lets through.
 * Words the facilitator's language has for the theme come first as long as they are
 * not much weaker than the best: a Spanish speaker sees "datos, abiertos" for a theme
 * written mostly in English. Empty when no word qualifies: the caller names it neutrally.
 */
QString titleOf(const std::vector<ScoredTerm> &scored, const TermMatrix &matrix, const TitleWords &words,
                const std::function<bool(int)> &qualifies)
{
    std::vector<ScoredTerm> content;
    for (const ScoredTerm &entry : scored)
        if (!words.stop[entry.term] && showable(labelOf(entry.term, matrix, words)) && qualifies(entry.term))
            content.push_back(entry);
    QStringList title;
    auto add = [&](const ScoredTerm &entry) {
        const QString label = labelOf(entry.term, matrix, words);
        if (title.size() < titleTerms && !title.contains(label))
            title.append(label);
    };
    // The facilitator's words first: strong ones, then weaker ones, then any words at all.
    const double best = content.empty() ? 0 : content.front().score;
    for (double threshold : {best / 3, best / 10})
        for (const ScoredTerm &entry : content)
            if (entry.score >= threshold && !words.inTitleLanguage.at(entry.term).isEmpty())
                add(entry);
    for (const ScoredTerm &entry : content)
        add(entry);
    return title.join(QStringLiteral(", "));
}

} // namespace

QList<Suggestion> describeClusters(const TermMatrix &matrix, const TitleWords &words, const PointMatrix &points,
                                   const std::vector<int> &documents, const std::vector<int> &labels, int clusters,
                                   const QList<qint64> &ids)
{
    std::vector<std::vector<int>> members(clusters);
    for (size_t i = 0; i < documents.size(); ++i)
        members[labels[i]].push_back(int(i));

    // Share of the whole wall's weight each term carries: the background a theme's
    // terms must stand out from, so words common everywhere do not name every theme.
    std::vector<double> background(matrix.termCount(), 0.0);
    for (int document : documents)
        for (const TermWeight &entry : matrix.rows[document])
            background[entry.term] += entry.weight;
    double backgroundTotal = 0;
    for (double weight : background)
        backgroundTotal += weight;
    // How many notes of the wall carry each term (in their text or a stored translation).
    std::vector<int> wallContaining(matrix.termCount(), 0);
    for (int document : documents)
        for (const TermWeight &entry : matrix.rows[document])
            ++wallContaining[entry.term];
    const int wallSize = int(documents.size());

    // Per theme, each term's weight and notes, in arrays over the vocabulary cleared after
    // each theme (a map per theme took most of this function's time on 20,000 notes).
    std::vector<double> weight(matrix.termCount(), 0.0);
    std::vector<int> containing(matrix.termCount(), 0);
    std::vector<int> terms; ///< the theme's terms
    QList<Suggestion> suggestions;
    for (const std::vector<int> &cluster : members) {
        if (cluster.empty())
            continue;
        Suggestion suggestion;
        terms.clear();
        Eigen::RowVectorXf centre = Eigen::RowVectorXf::Zero(points.cols());
        for (int point : cluster) {
            suggestion.itemIds.append(ids.at(documents[point]));
            centre += points.row(point);
            for (const TermWeight &entry : matrix.rows[documents[point]]) {
                weight[entry.term] += entry.weight;
                if (containing[entry.term]++ == 0)
                    terms.push_back(entry.term);
            }
        }
        std::sort(suggestion.itemIds.begin(), suggestion.itemIds.end());
        std::sort(terms.begin(), terms.end()); // summed in term order, always the same

        double clusterTotal = 0;
        for (int term : terms)
            clusterTotal += weight[term];
        std::vector<ScoredTerm> scored;
        for (int term : terms) {
            // How much more of the theme than of the wall this term is, times its weight.
            const double w = weight[term];
            const double lift = (w / clusterTotal) / (background[term] / backgroundTotal);
            scored.push_back({term, w * std::log(1.0 + lift)});
        }
        std::sort(scored.begin(), scored.end(), [](const ScoredTerm &a, const ScoredTerm &b) {
            return a.score != b.score ? a.score > b.score : a.term < b.term;
        });
        // A title word is in at least a third of the theme's notes, and at least twice as
        // common there as on the rest of the wall: "people" or "also", written everywhere,
        // and a word one long note repeats, do not name a theme.
        const int size = int(cluster.size());
        const auto qualifies = [&](int term) {
            const int inside = containing[term];
            const int outside = wallContaining[term] - inside;
            const double restShare = wallSize > size ? double(outside) / (wallSize - size) : 0.0;
            return 3 * inside >= size && double(inside) / size >= 2 * restShare;
        };
        suggestion.title = titleOf(scored, matrix, words, qualifies);
        // The reason: terms in at least half of the notes (all of them for a pair).
        const int needed = std::max<int>(1, int((cluster.size() + 1) / 2));
        for (const ScoredTerm &entry : scored) {
            if (suggestion.sharedTerms.size() == reasonTerms)
                break;
            const QString label = labelOf(entry.term, matrix, words);
            if (words.stop[entry.term] || !showable(label))
                continue;
            if (containing[entry.term] >= needed && (cluster.size() == 1 || containing[entry.term] >= 2)
                && !suggestion.sharedTerms.contains(label))
                suggestion.sharedTerms.append(label);
        }
        const double centreNorm = double(centre.norm());
        if (centreNorm > 0) {
            double cosine = 0;
            for (int point : cluster)
                cosine += double(points.row(point).dot(centre)) / centreNorm;
            suggestion.similarity = std::clamp(cosine / double(cluster.size()), 0.0, 1.0);
        }
        for (int term : terms) {
            weight[term] = 0;
            containing[term] = 0;
        }
        suggestions.append(suggestion);
    }
    std::sort(suggestions.begin(), suggestions.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.itemIds.size() != b.itemIds.size() ? a.itemIds.size() > b.itemIds.size()
                                                    : a.itemIds.first() < b.itemIds.first();
    });
    return suggestions;
}

QList<QList<qint64>> nearDuplicateGroups(const std::vector<std::vector<int>> &terms, const QList<qint64> &ids)
{
    std::map<std::vector<int>, QList<qint64>> bySignature;
    for (size_t d = 0; d < terms.size(); ++d) {
        if (terms[d].empty())
            continue;
        std::vector<int> signature = terms[d];
        std::sort(signature.begin(), signature.end());
        signature.erase(std::unique(signature.begin(), signature.end()), signature.end());
        bySignature[signature].append(ids.at(qsizetype(d)));
    }
    QList<QList<qint64>> groups;
    for (auto &[signature, group] : bySignature)
        if (group.size() > 1) {
            std::sort(group.begin(), group.end());
            groups.append(group);
        }
    std::sort(groups.begin(), groups.end(),
              [](const QList<qint64> &a, const QList<qint64> &b) { return a.first() < b.first(); });
    return groups;
}

} // namespace cabildo
