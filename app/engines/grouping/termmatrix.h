#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cabildo {

/** A weighted term in one document's row. */
struct TermWeight
{
    int term = 0;
    float weight = 0;
};

/**
 * Documents as TF-IDF rows (sublinear tf, smoothed idf, unit length), the representation
 * every later step shares. Terms are numbered in alphabetical order so the matrix does
 * not depend on the order documents arrive in. Terms seen in only one document cannot
 * relate two notes and are dropped once there are enough documents.
 */
struct TermMatrix
{
    QStringList vocabulary;                    ///< sorted terms (stems, accent-folded)
    QStringList labels;                        ///< per term, its most frequent written form
    std::vector<int> sources;                  ///< per term, its id in the input to build()
    std::vector<double> idf;                   ///< per term
    std::vector<int> documentFrequency;        ///< per term
    std::vector<std::vector<TermWeight>> rows; ///< per document, sorted by term

    /**
     * `documents[i]` are document i's terms as ids into `terms` (each id as often as the
     * term occurs, in any order); `labels[id]` is how that term is shown to people. Terms
     * come in as ids so that no string is hashed or compared per occurrence.
     */
    static TermMatrix build(const std::vector<std::vector<int>> &documents, const QStringList &terms,
                            const QStringList &labels);

    int documentCount() const { return int(rows.size()); }
    int termCount() const { return int(vocabulary.size()); }
};

} // namespace cabildo
