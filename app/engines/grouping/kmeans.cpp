#include "kmeans.h"

#include "twohalves.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
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
 * How one restart uses the cores: whole, or in two halves of the points. Halves give the
 * same figures whether a second thread runs one of them or they run one after the other
 * (one core), so the themes do not depend on the machine.
 */
struct Lanes
{
    bool split = false;
    SecondThread *second = nullptr; ///< runs the second half, when there is a second core
};

/** work(begin, end, half) over the rows 0..n: whole (half 0), or in halves 0 and 1 as `lanes` says. */
template <typename Work> void inHalves(Eigen::Index n, const Lanes &lanes, const Work &work)
{
    if (!lanes.split || n < minimumRowsToShare)
        work(0, n, 0);
    else
        inTwoHalves(n, lanes.second, work);
}

/** Squared distances of every point to every centre (n × k), through one matrix product per half. */
Eigen::MatrixXf squaredDistances(const PointMatrix &points, const Eigen::VectorXf &pointNorms,
                                 const PointMatrix &centres, const Lanes &lanes = {})
{
    const Eigen::Index n = points.rows();
    const Eigen::RowVectorXf centreNorms = centres.rowwise().squaredNorm().transpose();
    Eigen::MatrixXf distances(n, centres.rows());
    inHalves(n, lanes, [&](Eigen::Index begin, Eigen::Index end, int) {
        auto part = distances.middleRows(begin, end - begin);
        part.noalias() = -2.0f * (points.middleRows(begin, end - begin) * centres.transpose());
        part.colwise() += pointNorms.segment(begin, end - begin);
        part.rowwise() += centreNorms;
        part = part.cwiseMax(0.0f);
    });
    return distances;
}

PointMatrix seedCentres(const PointMatrix &points, const Eigen::VectorXf &norms, int k, std::mt19937 &random,
                        const Lanes &lanes)
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
        // Every point's distance to every candidate, through one product per half: in the
        // LSA's 100-200 dimensions the triangle inequality rarely spares one, and a product
        // computes them faster than point-by-point dot products.
        const Eigen::MatrixXf distances = squaredDistances(points, norms, candidates, lanes); // n × trials
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
 * Elkan's bounds need one float per point and centre: past this many (16 MB, twice with
 * two restarts at once) Hamerly's single bound per point is used instead.
 */
constexpr Eigen::Index maximumPerCentreBounds = Eigen::Index(1) << 22;

/**
 * Lloyd's iterations, skipping the distances that cannot change a point's centre: each
 * point keeps an upper bound on the distance to its centre and lower bounds on the
 * distances to the others, all moved by how far the centres moved. With Elkan's bounds
 * (2003), one per point and centre, a point's distance to a centre is computed only when
 * its bounds overlap with that centre's; with Hamerly's (2010), one lower bound for all
 * other centres, a point is recomputed in full when they overlap. In the 100–200
 * dimensions of the LSA Hamerly's single bound rarely holds (at 80 themes most points
 * were recomputed every iteration); Elkan's skip most distances once centres settle.
 * The bounds allow for float's rounding of the distances (a margin far above it), so a
 * distance is skipped only where no rounding could change the nearest centre.
 */
KMeansResult lloyd(const PointMatrix &points, const Eigen::VectorXf &norms, PointMatrix centres, const Lanes &lanes,
                   KMeansBounds bounds)
{
    const Eigen::Index n = points.rows();
    const int k = int(centres.rows());
    const bool perCentre =
        bounds == KMeansBounds::Automatic ? n * k <= maximumPerCentreBounds : bounds == KMeansBounds::PerCentre;
    KMeansResult result;
    std::vector<int> &labels = result.labels;
    labels.assign(n, -1);
    // Squared distances are computed to within `slack`; bounds closer than `margin` are not trusted.
    const float scale = std::max(norms.maxCoeff(), 1e-12f);
    const float slack = 1e-4f * scale;
    const float margin = 0.02f * std::sqrt(scale);
    auto below = [slack](float squared) { return std::sqrt(std::max(0.0f, squared - slack)); };
    auto above = [slack](float squared) { return std::sqrt(squared + slack); };
    std::vector<float> upper(n);
    std::vector<float> lower(perCentre ? n * k : n); ///< Elkan: n × k, row by point; Hamerly: n
    int moved[2] = {};                               ///< points that changed centre, per half of the rows
    bool bounded = false;
    std::vector<Eigen::Index> pending;
    for (int iteration = 0; iteration < maximumIterations; ++iteration) {
        moved[0] = moved[1] = 0;
        auto setLabel = [&](Eigen::Index i, int label, int half) {
            if (labels[i] != label) {
                labels[i] = label;
                ++moved[half];
            }
        };
        // Every distance through one product; the bounds from them.
        auto assignAll = [&](const Eigen::MatrixXf &distances, const Eigen::Index *which) {
            inHalves(distances.rows(), lanes, [&](Eigen::Index begin, Eigen::Index end, int half) {
                for (Eigen::Index r = begin; r < end; ++r) {
                    const Eigen::Index i = which ? which[r] : r;
                    const Nearest found = nearestTwo(distances, r);
                    upper[i] = above(found.first);
                    if (perCentre) {
                        for (int c = 0; c < k; ++c)
                            lower[i * k + c] = below(distances(r, c));
                    } else {
                        lower[i] = below(found.second);
                    }
                    setLabel(i, found.label, half);
                }
            });
        };
        if (!bounded) {
            assignAll(squaredDistances(points, norms, centres, lanes), nullptr);
        } else {
            // Distances between centres: a point closer to its centre than half the way to
            // another is closer to its own.
            const Eigen::MatrixXf apart = squaredDistances(centres, centres.rowwise().squaredNorm(), centres);
            Eigen::MatrixXf halfApart(k, k);
            std::vector<float> halfToNearest(k, std::numeric_limits<float>::infinity());
            for (int c = 0; c < k; ++c)
                for (int other = 0; other < k; ++other) {
                    halfApart(other, c) = 0.5f * below(apart(other, c));
                    if (other != c)
                        halfToNearest[c] = std::min(halfToNearest[c], halfApart(other, c));
                }
            if (perCentre) {
                const Eigen::VectorXf centreNorms = centres.rowwise().squaredNorm();
                auto squared = [&](Eigen::Index i, int c) {
                    return std::max(0.0f, norms(i) - 2.0f * points.row(i).dot(centres.row(c)) + centreNorms(c));
                };
                inHalves(n, lanes, [&](Eigen::Index begin, Eigen::Index end, int half) {
                    for (Eigen::Index i = begin; i < end; ++i) {
                        int label = labels[i];
                        if (halfToNearest[label] - upper[i] > margin)
                            continue;
                        float *toCentre = &lower[i * k];
                        float own = -1; // squared distance to the centre, once computed
                        for (int c = 0; c < k; ++c) {
                            if (c == label || std::max(toCentre[c], halfApart(c, label)) - upper[i] > margin)
                                continue;
                            if (own < 0) {
                                own = squared(i, label);
                                upper[i] = above(own);
                                toCentre[label] = below(own);
                                if (std::max(toCentre[c], halfApart(c, label)) - upper[i] > margin)
                                    continue;
                            }
                            const float distance = squared(i, c);
                            toCentre[c] = below(distance);
                            // The first of equal centres, as a full computation would choose.
                            if (distance < own || (distance == own && c < label)) {
                                label = c;
                                own = distance;
                                upper[i] = above(own);
                            }
                        }
                        setLabel(i, label, half);
                    }
                });
            } else {
                pending.clear();
                for (Eigen::Index i = 0; i < n; ++i)
                    if (std::max(halfToNearest[labels[i]], lower[i]) - upper[i] <= margin)
                        pending.push_back(i);
                if (2 * Eigen::Index(pending.size()) > n) {
                    pending.clear(); // most points: every distance through one product
                    assignAll(squaredDistances(points, norms, centres, lanes), nullptr);
                }
                // Else the few points to look at, copied in blocks: little memory beside the points.
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
                    assignAll(squaredDistances(some, someNorms, centres, lanes), pending.data() + from);
                }
            }
        }
        // Converged when (almost) no note moves: the last moves barely change the themes.
        if (moved[0] + moved[1] <= n / 2000)
            break;
        PointMatrix sums = PointMatrix::Zero(k, points.cols());
        std::vector<int> sizes(k, 0);
        for (Eigen::Index i = 0; i < n; ++i) {
            sums.row(labels[i]) += points.row(i);
            ++sizes[labels[i]];
        }
        const PointMatrix before = centres;
        Eigen::VectorXf nearest; // every point's distance to its centre: only for an empty cluster
        for (int c = 0; c < k; ++c) {
            if (sizes[c] > 0) {
                centres.row(c) = sums.row(c) / float(sizes[c]);
            } else {
                // An empty cluster takes the point worst served by its centre.
                if (nearest.size() == 0)
                    nearest = squaredDistances(points, norms, before, lanes).rowwise().minCoeff();
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
            const int own = labels[i];
            upper[i] += drift[own];
            if (perCentre) {
                float *toCentre = &lower[i * k];
                for (int c = 0; c < k; ++c)
                    toCentre[c] -= drift[c];
            } else {
                lower[i] -= own == farthest ? secondDrift : drift[farthest];
            }
        }
        bounded = true;
    }
    result.inertia = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        result.inertia += double((points.row(i) - centres.row(labels[i])).squaredNorm());
    result.centres = std::move(centres);
    return result;
}

} // namespace

KMeansResult kMeans(const PointMatrix &points, int k, int restarts, unsigned seed, KMeansBounds bounds)
{
    const Eigen::VectorXf norms = points.rowwise().squaredNorm();
    const int runs = std::max(1, restarts);
    std::vector<KMeansResult> results(runs);
    auto run = [&](int restart, const Lanes &lanes) {
        std::mt19937 random(seed + 7919u * unsigned(restart));
        results[restart] = lloyd(points, norms, seedCentres(points, norms, k, random, lanes), lanes, bounds);
    };
    // Restarts are independent: two threads share them in pairs, each result kept in its
    // own slot, and the choice below does not depend on which thread finished first. An
    // odd last restart has both threads to itself, each on half of the points.
    const bool twoThreads = std::thread::hardware_concurrency() >= 2;
    const int paired = runs - runs % 2;
    if (!twoThreads) {
        for (int restart = 0; restart < paired; ++restart)
            run(restart, Lanes{});
    } else if (paired > 0) {
        std::thread worker([&] {
            for (int restart = 1; restart < paired; restart += 2)
                run(restart, Lanes{});
        });
        for (int restart = 0; restart < paired; restart += 2)
            run(restart, Lanes{});
        worker.join();
    }
    if (paired < runs) {
        std::optional<SecondThread> second;
        if (twoThreads && points.rows() >= minimumRowsToShare)
            second.emplace();
        run(paired, Lanes{true, second ? &*second : nullptr});
    }
    int best = 0;
    for (int restart = 1; restart < runs; ++restart)
        if (results[restart].inertia < results[best].inertia)
            best = restart;
    return std::move(results[best]);
}

} // namespace cabildo
