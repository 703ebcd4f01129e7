#include "termmatrix.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace cabildo {

namespace {

/** Below this many documents every term is kept: a handful of notes may share nothing else. */
constexpr int minimumDocumentsForCutOff = 20;

} // namespace

TermMatrix TermMatrix::build(const std::vector<QStringList> &terms, const std::vector<QStringList> &surfaces)
{
    const int documents = int(terms.size());

    // Document frequency and written forms of every term (std::map: sorted by term).
    std::map<QString, int> frequency;
    QHash<QString, QHash<QString, int>> forms;
    for (int d = 0; d < documents; ++d) {
        QStringList unique = terms[d];
        for (qsizetype i = 0; i < terms[d].size(); ++i)
            ++forms[terms[d].at(i)][surfaces[d].at(i)];
        unique.sort();
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        for (const QString &term : std::as_const(unique))
            ++frequency[term];
    }

    TermMatrix matrix;
    const int minimumFrequency = documents >= minimumDocumentsForCutOff ? 2 : 1;
    QHash<QString, int> index;
    for (const auto &[term, df] : frequency) {
        if (df < minimumFrequency)
            continue;
        index.insert(term, int(matrix.vocabulary.size()));
        matrix.vocabulary.append(term);
        matrix.documentFrequency.push_back(df);
        // scikit-learn's smoothed idf, so figures compare with the reference runs.
        matrix.idf.push_back(std::log((1.0 + documents) / (1.0 + df)) + 1.0);
        // Most frequent written form; alphabetical among equals, for determinism.
        const QHash<QString, int> &written = forms[term];
        QString best;
        int bestCount = 0;
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        matrix.labels.append(best);
    }

    matrix.rows.resize(documents);
    for (int d = 0; d < documents; ++d) {
        std::map<int, int> counts;
        for (const QString &term : terms[d]) {
            const auto found = index.constFind(term);
            if (found != index.constEnd())
                ++counts[*found];
        }
        std::vector<TermWeight> &row = matrix.rows[d];
        double norm = 0;
        for (const auto &[term, count] : counts) {
            const double weight = (1.0 + std::log(double(count))) * matrix.idf[term];
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
