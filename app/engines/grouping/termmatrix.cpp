#include "termmatrix.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace cabildo {

namespace {

/** Below this many documents every term is kept: a handful of notes may share nothing else. */
constexpr int minimumDocumentsForCutOff = 20;

} // namespace

TermMatrix TermMatrix::build(const std::vector<std::vector<int>> &documents, const QStringList &terms,
                             const QStringList &labels)
{
    const int count = int(documents.size());

    // Document frequency of every term id; each document's ids sorted once, reused below.
    std::vector<std::vector<int>> sorted(documents);
    std::vector<int> frequency(terms.size(), 0);
    for (std::vector<int> &ids : sorted) {
        std::sort(ids.begin(), ids.end());
        for (size_t i = 0; i < ids.size(); ++i)
            if (i == 0 || ids[i] != ids[i - 1])
                ++frequency[ids[i]];
    }

    // The kept terms in alphabetical order, so the matrix does not depend on the ids.
    TermMatrix matrix;
    const int minimumFrequency = count >= minimumDocumentsForCutOff ? 2 : 1;
    for (int id = 0; id < int(terms.size()); ++id)
        if (frequency[id] >= minimumFrequency)
            matrix.sources.push_back(id);
    std::sort(matrix.sources.begin(), matrix.sources.end(), [&](int a, int b) { return terms.at(a) < terms.at(b); });
    std::vector<int> index(terms.size(), -1);
    matrix.vocabulary.reserve(qsizetype(matrix.sources.size()));
    matrix.labels.reserve(qsizetype(matrix.sources.size()));
    for (int id : matrix.sources) {
        const int df = frequency[id];
        index[id] = int(matrix.vocabulary.size());
        matrix.vocabulary.append(terms.at(id));
        matrix.labels.append(labels.at(id));
        matrix.documentFrequency.push_back(df);
        // scikit-learn's smoothed idf, so figures compare with the reference runs.
        matrix.idf.push_back(std::log((1.0 + count) / (1.0 + df)) + 1.0);
    }

    matrix.rows.resize(count);
    std::vector<std::pair<int, int>> counts; // (term, occurrences), by term
    for (int d = 0; d < count; ++d) {
        counts.clear();
        for (int id : sorted[d])
            if (const int term = index[id]; term >= 0) {
                if (!counts.empty() && counts.back().first == term)
                    ++counts.back().second;
                else
                    counts.emplace_back(term, 1);
            }
        // Vocabulary order is not id order: by term, as the rows promise.
        std::sort(counts.begin(), counts.end());
        std::vector<TermWeight> &row = matrix.rows[d];
        row.reserve(counts.size());
        double norm = 0;
        for (const auto &[term, occurrences] : counts) {
            const double weight = (1.0 + std::log(double(occurrences))) * matrix.idf[term];
            row.push_back({term, float(weight)});
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (TermWeight &entry : row)
            entry.weight = float(entry.weight / norm);
    }
    return matrix;
}

} // namespace cabildo
