#include "clustercount.h"

#include "kmeans.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <utility>
#include <vector>

namespace cabildo {

namespace {

constexpr Eigen::Index sampleSize = 2000;

/** A fixed sample: the same points for the same input. */
PointMatrix samplePoints(const PointMatrix &points, unsigned seed)
{
    if (points.rows() <= sampleSize)
        return points;
    std::vector<Eigen::Index> order(points.rows());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(seed);
    for (Eigen::Index i = Eigen::Index(order.size()) - 1; i > 0; --i) // Fisher–Yates, portable
        std::swap(order[i], order[random() % (i + 1)]);
    order.resize(sampleSize);
    std::sort(order.begin(), order.end());
    PointMatrix sample(sampleSize, points.cols());
    for (Eigen::Index i = 0; i < sampleSize; ++i)
        sample.row(i) = points.row(order[i]);
    return sample;
}

double meanSilhouette(const Eigen::MatrixXf &distances, const std::vector<int> &labels, int k)
{
    const Eigen::Index n = distances.rows();
    std::vector<int> sizes(k, 0);
    for (int label : labels)
        ++sizes[label];
    double total = 0;
    std::vector<double> sums(k);
    for (Eigen::Index i = 0; i < n; ++i) {
        std::fill(sums.begin(), sums.end(), 0.0);
        for (Eigen::Index j = 0; j < n; ++j)
            sums[labels[j]] += distances(j, i);
        const int own = labels[i];
        if (sizes[own] <= 1)
            continue; // a lone point scores 0, as in the original definition
        const double a = sums[own] / (sizes[own] - 1);
        double b = std::numeric_limits<double>::max();
        for (int c = 0; c < k; ++c)
            if (c != own && sizes[c] > 0)
                b = std::min(b, sums[c] / sizes[c]);
        total += (b - a) / std::max(a, b);
    }
    return total / double(n);
}

/**
 * The fewest themes scoring within 5 % of the best: silhouette curves of text are flat
 * near their top, and fewer, broader themes are easier to read (StackOverflow: 29 → 23
 * themes, NMI 62.8 → 67.3 for 70.5 with its 20 labels given).
 */
int fewestNearBest(const std::map<int, double> &scores)
{
    double bestScore = -2;
    for (const auto &[k, score] : scores)
        bestScore = std::max(bestScore, score);
    for (const auto &[k, score] : scores)
        if (score >= bestScore - 0.05 * std::abs(bestScore))
            return k;
    return 2;
}

} // namespace

int chooseClusterCount(const PointMatrix &points, int largest, unsigned seed)
{
    const PointMatrix sample = samplePoints(points, seed);
    // The slider's range (GroupingEngine::clustersAtGranularity): at most a quarter of the
    // notes and 4√n themes. Past that a sample's themes hold a handful of notes each, and
    // such tiny themes score well on silhouette whatever the data (Banking77 and CLINC150
    // both chose 433 of 500).
    const int upper = std::min<int>({largest, int(sample.rows()) / 4, int(4 * std::sqrt(double(sample.rows())))});
    if (upper < 2)
        return std::max(1, std::min(largest, 1));
    // Euclidean distances between unit vectors, computed once for every candidate k.
    const Eigen::MatrixXf distances =
        (2.0f - 2.0f * (sample * sample.transpose()).array()).cwiseMax(0.0f).sqrt().matrix();
    std::map<int, double> scores; // k → mean silhouette
    auto score = [&](int k) {
        if (!scores.count(k))
            scores[k] = meanSilhouette(distances, kMeans(sample, k, 1, seed).labels, k);
    };
    for (double k = 2; k <= upper; k = std::max(k + 1, k * 1.25))
        score(int(k));
    // The geometric steps skip counts (…, 7, 9, 11, …): counts between the chosen one's
    // neighbours are tried too (every one for small counts, eight for large ones), so ten
    // clear groups give ten themes, not nine.
    const auto at = scores.find(fewestNearBest(scores));
    const int from = at == scores.begin() ? at->first : std::prev(at)->first;
    const int to = std::next(at) == scores.end() ? at->first : std::next(at)->first;
    const int step = std::max(1, (to - from) / 8);
    for (int k = from + step; k < to; k += step)
        score(k);
    return fewestNearBest(scores);
}

} // namespace cabildo
