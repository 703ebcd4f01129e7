#include "kmeans.h"

#include <algorithm>
#include <cmath>
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

/** Squared distances of every point to every centre (n × k), through one matrix product. */
Eigen::MatrixXf squaredDistances(const PointMatrix &points, const Eigen::VectorXf &pointNorms,
                                 const PointMatrix &centres)
{
    Eigen::MatrixXf distances = -2.0f * (points * centres.transpose());
    distances.colwise() += pointNorms;
    distances.rowwise() += centres.rowwise().squaredNorm().transpose();
    return distances.cwiseMax(0.0f);
}

PointMatrix seedCentres(const PointMatrix &points, const Eigen::VectorXf &norms, int k, std::mt19937 &random)
{
    const Eigen::Index n = points.rows();
    PointMatrix centres(k, points.cols());
    centres.row(0) = points.row(Eigen::Index(unit(random) * double(n)));
    Eigen::VectorXf closest = squaredDistances(points, norms, centres.topRows(1)).col(0);
    const int trials = 2 + int(std::log(double(k)));
    std::vector<double> cumulative(n);
    for (int c = 1; c < k; ++c) {
        std::partial_sum(closest.data(), closest.data() + n, cumulative.begin());
        const double potential = cumulative.back();
        PointMatrix candidates(trials, points.cols());
        for (int t = 0; t < trials; ++t) {
            const double target = unit(random) * potential;
            const auto found = std::upper_bound(cumulative.begin(), cumulative.end(), target);
            candidates.row(t) = points.row(std::min<Eigen::Index>(found - cumulative.begin(), n - 1));
        }
        const Eigen::MatrixXf distances = squaredDistances(points, norms, candidates);
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
        closest = closest.cwiseMin(distances.col(best));
    }
    return centres;
}

KMeansResult lloyd(const PointMatrix &points, const Eigen::VectorXf &norms, PointMatrix centres)
{
    const Eigen::Index n = points.rows();
    const int k = int(centres.rows());
    KMeansResult result;
    result.labels.assign(n, -1);
    Eigen::VectorXf nearest(n);
    for (int iteration = 0; iteration < maximumIterations; ++iteration) {
        const Eigen::MatrixXf distances = squaredDistances(points, norms, centres);
        Eigen::Index changed = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::Index label;
            nearest(i) = distances.row(i).minCoeff(&label);
            if (result.labels[i] != int(label)) {
                result.labels[i] = int(label);
                ++changed;
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
        for (int c = 0; c < k; ++c) {
            if (sizes[c] > 0) {
                centres.row(c) = sums.row(c) / float(sizes[c]);
            } else {
                // An empty cluster takes the point worst served by its centre.
                Eigen::Index farthest;
                nearest.maxCoeff(&farthest);
                centres.row(c) = points.row(farthest);
                nearest(farthest) = 0;
            }
        }
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
    auto run = [&](int restart) {
        std::mt19937 random(seed + 7919u * unsigned(restart));
        results[restart] = lloyd(points, norms, seedCentres(points, norms, k, random));
    };
    // Restarts are independent: two threads share them, each result kept in its own
    // slot, and the choice below does not depend on which thread finished first.
    const int threads = std::min({runs, std::max(1, int(std::thread::hardware_concurrency())), 2});
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (int restart = t; restart < runs; restart += threads)
                run(restart);
        });
    for (int restart = 0; restart < runs; restart += threads)
        run(restart);
    for (std::thread &worker : workers)
        worker.join();
    int best = 0;
    for (int restart = 1; restart < runs; ++restart)
        if (results[restart].inertia < results[best].inertia)
            best = restart;
    return std::move(results[best]);
}

} // namespace cabildo
