#include "kmeans.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <thread>

namespace cabildo {

namespace {

constexpr int maximumIterations = 100;

double unit(std::mt19937 &random)
{
    return double(random()) / 4294967296.0;
}

/**
 * Squared distances of every point to every centre (n × k), through one matrix product;
 * with `split`, the two halves of the points apart, on two threads when there are two
 * (so the figures do not depend on the machine's cores).
 */
Eigen::MatrixXf squaredDistances(const PointMatrix &points, const Eigen::VectorXf &pointNorms,
                                 const PointMatrix &centres, bool split = false)
{
    const Eigen::Index n = points.rows();
    const Eigen::RowVectorXf centreNorms = centres.rowwise().squaredNorm().transpose();
    Eigen::MatrixXf distances(n, centres.rows());
    auto rows = [&](Eigen::Index begin, Eigen::Index end) {
        auto part = distances.middleRows(begin, end - begin);
        part.noalias() = -2.0f * (points.middleRows(begin, end - begin) * centres.transpose());
        part.colwise() += pointNorms.segment(begin, end - begin);
        part.rowwise() += centreNorms;
        part = part.cwiseMax(0.0f);
    };
    if (split && n >= 512) {
        if (std::thread::hardware_concurrency() >= 2) {
            std::thread other(rows, n / 2, n);
            rows(0, n / 2);
            other.join();
        } else {
            rows(0, n / 2);
            rows(n / 2, n);
        }
    } else {
        rows(0, n);
    }
    return distances;
}

PointMatrix seedCentres(const PointMatrix &points, const Eigen::VectorXf &norms, int k, std::mt19937 &random,
                        bool split)
{
    const Eigen::Index n = points.rows();
    PointMatrix centres(k, points.cols());
    centres.row(0) = points.row(Eigen::Index(unit(random) * double(n)));
    Eigen::VectorXf closest = squaredDistances(points, norms, centres.topRows(1)).col(0);
    std::vector<int> owner(n, 0); ///< each point's closest centre so far
    const int trials = 2 + int(std::log(double(k)));
    std::vector<double> cumulative(n);
    Eigen::MatrixXf distances(n, trials);
    for (int c = 1; c < k; ++c) {
        std::partial_sum(closest.data(), closest.data() + n, cumulative.begin());
        const double potential = cumulative.back();
        PointMatrix candidates(trials, points.cols());
        for (int t = 0; t < trials; ++t) {
            const double target = unit(random) * potential;
            const auto found = std::upper_bound(cumulative.begin(), cumulative.end(), target);
            candidates.row(t) = points.row(std::min<Eigen::Index>(found - cumulative.begin(), n - 1));
        }
        // A candidate at least twice as far from a point's centre as the point itself cannot
        // be closer to the point (triangle inequality): its distance is not computed, the
        // point keeps its own. Late in the seeding that is nearly every point.
        const Eigen::MatrixXf apart = squaredDistances(centres.topRows(c), centres.topRows(c).rowwise().squaredNorm(),
                                                       candidates); // c × trials
        const Eigen::RowVectorXf candidateNorms = candidates.rowwise().squaredNorm().transpose();
        auto rows = [&](Eigen::Index begin, Eigen::Index end) {
            for (Eigen::Index i = begin; i < end; ++i)
                for (int t = 0; t < trials; ++t) {
                    // d(c,t) ≥ 2 d(x,c) ⇔ d(c,t)² ≥ 4 d(x,c)², with room for rounding.
                    if (apart(owner[i], t) > 4.0f * closest(i) + 1e-4f)
                        distances(i, t) = closest(i);
                    else
                        distances(i, t) =
                            std::max(0.0f, norms(i) - 2.0f * points.row(i).dot(candidates.row(t)) + candidateNorms(t));
                }
        };
        if (split && n >= 512 && std::thread::hardware_concurrency() >= 2) {
            std::thread other(rows, n / 2, n);
            rows(0, n / 2);
            other.join();
        } else {
            rows(0, n);
        }
        int best = 0;
        double bestPotential = -1;
        for (int t = 0; t < trials; ++t) {
            const double candidatePotential = closest.cwiseMin(distances.col(t)).cast<double>().sum();
            if (bestPotential < 0 || candidatePotential < bestPotential) {
                best = t;
                bestPotential = candidatePotential;
            }
        }
        centres.row(c) = candidates.row(best);
        for (Eigen::Index i = 0; i < n; ++i)
            if (distances(i, best) < closest(i)) {
                closest(i) = distances(i, best);
                owner[i] = c;
            }
    }
    return centres;
}

/** Each point's nearest and second-nearest centre in one row of squared distances. */
struct Nearest
{
    int label = 0;
    float first = 0;  ///< squared distance to the nearest (the first of equals, as minCoeff)
    float second = 0; ///< to the next; infinite with one centre
};

Nearest nearestTwo(const Eigen::MatrixXf &distances, Eigen::Index row)
{
    Nearest found;
    found.first = distances(row, 0);
    found.second = std::numeric_limits<float>::infinity();
    for (Eigen::Index c = 1; c < distances.cols(); ++c) {
        const float d = distances(row, c);
        if (d < found.first) {
            found.second = found.first;
            found.first = d;
            found.label = int(c);
        } else if (d < found.second) {
            found.second = d;
        }
    }
    return found;
}

/**
 * Lloyd's iterations, with Hamerly's bounds (2010) to skip the points that cannot have
 * changed centre: each point keeps an upper bound on the distance to its centre and a
 * lower bound on the distance to any other, both moved by how far the centres moved.
 * Only the points whose bounds overlap get their distances computed; the others keep
 * their centre, as a full computation would give them. The bounds allow for float's
 * rounding of the distances (a margin far above it), so a point is skipped only where
 * no rounding could change its nearest centre: the same themes, a fraction of the work
 * once the centres settle.
 */
KMeansResult lloyd(const PointMatrix &points, const Eigen::VectorXf &norms, PointMatrix centres, bool split)
{
    const Eigen::Index n = points.rows();
    const int k = int(centres.rows());
    KMeansResult result;
    result.labels.assign(n, -1);
    // Squared distances are computed to within `slack`; bounds closer than `margin` are not trusted.
    const float scale = std::max(norms.maxCoeff(), 1e-12f);
    const float slack = 1e-4f * scale;
    const float margin = 0.02f * std::sqrt(scale);
    std::vector<float> upper(n), lower(n);
    bool bounded = false;
    std::vector<Eigen::Index> pending;
    pending.reserve(n);
    for (int iteration = 0; iteration < maximumIterations; ++iteration) {
        pending.clear();
        if (!bounded) {
            pending.resize(n); // every point, numbered below
        } else {
            // Half the distance from each centre to the nearest other: a point closer than
            // that to its own centre is closer to it than to any other.
            const Eigen::MatrixXf apart = squaredDistances(centres, centres.rowwise().squaredNorm(), centres);
            std::vector<float> half(k, std::numeric_limits<float>::infinity());
            for (int c = 0; c < k; ++c)
                for (int other = 0; other < k; ++other)
                    if (other != c)
                        half[c] = std::min(half[c], 0.5f * std::sqrt(std::max(0.0f, apart(c, other) - slack)));
            for (Eigen::Index i = 0; i < n; ++i)
                if (std::max(half[result.labels[i]], lower[i]) - upper[i] <= margin)
                    pending.push_back(i);
        }
        Eigen::Index changed = 0;
        auto assign = [&](const Eigen::MatrixXf &distances, Eigen::Index from) {
            for (Eigen::Index r = 0; r < distances.rows(); ++r) {
                const Eigen::Index i = pending[from + r];
                const Nearest found = nearestTwo(distances, r);
                upper[i] = std::sqrt(found.first + slack);
                lower[i] = std::sqrt(std::max(0.0f, found.second - slack));
                if (result.labels[i] != found.label) {
                    result.labels[i] = found.label;
                    ++changed;
                }
            }
        };
        if (2 * Eigen::Index(pending.size()) > n) {
            pending.resize(n);
            std::iota(pending.begin(), pending.end(), Eigen::Index(0));
            assign(squaredDistances(points, norms, centres, split), 0);
        } else {
            // The few points to look at, copied in blocks: little memory beside the points.
            constexpr Eigen::Index block = 2048;
            PointMatrix some;
            Eigen::VectorXf someNorms;
            for (Eigen::Index from = 0; from < Eigen::Index(pending.size()); from += block) {
                const Eigen::Index count = std::min(block, Eigen::Index(pending.size()) - from);
                some.resize(count, points.cols());
                someNorms.resize(count);
                for (Eigen::Index r = 0; r < count; ++r) {
                    some.row(r) = points.row(pending[from + r]);
                    someNorms(r) = norms(pending[from + r]);
                }
                assign(squaredDistances(some, someNorms, centres, split), from);
            }
        }
        // Converged when (almost) no note moves: the last moves barely change the themes.
        if (changed <= n / 2000)
            break;
        PointMatrix sums = PointMatrix::Zero(k, points.cols());
        std::vector<int> sizes(k, 0);
        for (Eigen::Index i = 0; i < n; ++i) {
            sums.row(result.labels[i]) += points.row(i);
            ++sizes[result.labels[i]];
        }
        const PointMatrix before = centres;
        Eigen::VectorXf nearest; // every point's distance to its centre: only for an empty cluster
        for (int c = 0; c < k; ++c) {
            if (sizes[c] > 0) {
                centres.row(c) = sums.row(c) / float(sizes[c]);
            } else {
                // An empty cluster takes the point worst served by its centre.
                if (nearest.size() == 0)
                    nearest = squaredDistances(points, norms, before, split).rowwise().minCoeff();
                Eigen::Index farthest;
                nearest.maxCoeff(&farthest);
                centres.row(c) = points.row(farthest);
                nearest(farthest) = 0;
            }
        }
        if (nearest.size() != 0) {
            bounded = false; // a point changed hands outside the bounds: all distances again
            continue;
        }
        // Each bound moves by as far as the centres it is about moved.
        std::vector<float> drift(k);
        int farthest = 0;
        for (int c = 0; c < k; ++c) {
            drift[c] = (centres.row(c) - before.row(c)).norm() * (1.0f + 1e-5f);
            if (drift[c] > drift[farthest])
                farthest = c;
        }
        float secondDrift = 0;
        for (int c = 0; c < k; ++c)
            if (c != farthest)
                secondDrift = std::max(secondDrift, drift[c]);
        for (Eigen::Index i = 0; i < n; ++i) {
            const int own = result.labels[i];
            upper[i] += drift[own];
            lower[i] -= own == farthest ? secondDrift : drift[farthest];
        }
        bounded = true;
    }
    const Eigen::MatrixXf distances = squaredDistances(points, norms, centres);
    result.inertia = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        result.inertia += double(distances(i, result.labels[i]));
    result.centres = std::move(centres);
    return result;
}

} // namespace

KMeansResult kMeans(const PointMatrix &points, int k, int restarts, unsigned seed)
{
    const Eigen::VectorXf norms = points.rowwise().squaredNorm();
    const int runs = std::max(1, restarts);
    std::vector<KMeansResult> results(runs);
    auto run = [&](int restart, bool split) {
        std::mt19937 random(seed + 7919u * unsigned(restart));
        results[restart] = lloyd(points, norms, seedCentres(points, norms, k, random, split), split);
    };
    // Restarts are independent: two threads share them in pairs, each result kept in its
    // own slot, and the choice below does not depend on which thread finished first. An
    // odd last restart has both threads to itself, each on half of the points.
    const bool twoThreads = std::thread::hardware_concurrency() >= 2;
    const int paired = runs - runs % 2;
    if (!twoThreads) {
        for (int restart = 0; restart < paired; ++restart)
            run(restart, false);
    } else if (paired > 0) {
        std::thread worker([&] {
            for (int restart = 1; restart < paired; restart += 2)
                run(restart, false);
        });
        for (int restart = 0; restart < paired; restart += 2)
            run(restart, false);
        worker.join();
    }
    for (int restart = paired; restart < runs; ++restart)
        run(restart, true);
    int best = 0;
    for (int restart = 1; restart < runs; ++restart)
        if (results[restart].inertia < results[best].inertia)
            best = restart;
    return std::move(results[best]);
}

} // namespace cabildo
