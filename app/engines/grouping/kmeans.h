#pragma once

#include "lsa.h"

#include <vector>

namespace cabildo {

/** A partition of the points into k clusters. */
struct KMeansResult
{
    std::vector<int> labels; ///< cluster of each point, 0..k-1
    PointMatrix centres;     ///< k × dimensions
    double inertia = 0;      ///< sum of squared distances to the centres
};

/**
 * Which bounds k-means keeps to skip distances. Both skip only distances that cannot change
 * a point's nearest centre, so they give the same partition, but for points whose two
 * nearest centres are equal to within float's rounding (the two compute distances in a
 * different order).
 */
enum class KMeansBounds
{
    Automatic, ///< per centre while they fit in 16 MB, else per point
    PerCentre, ///< Elkan's: one lower bound per point and centre
    PerPoint   ///< Hamerly's: one lower bound per point
};

/**
 * Lloyd's k-means from greedy k-means++ seeds (Arthur and Vassilvitskii 2007, with
 * scikit-learn's 2 + log k candidates per seed), `restarts` times with seeds derived
 * from `seed`, keeping the lowest inertia (the earliest restart among equals). Same
 * points in the same order → same result, whatever the machine.
 */
KMeansResult kMeans(const PointMatrix &points, int k, int restarts, unsigned seed,
                    KMeansBounds bounds = KMeansBounds::Automatic);

} // namespace cabildo
