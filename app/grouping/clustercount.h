#pragma once

#include "lsa.h"

namespace cabildo {

/**
 * Chooses the number of themes when the facilitator does not: k-means for a geometric
 * range of k on a fixed sample of the points, keeping the k with the best mean
 * silhouette (Rousseeuw 1987) — how much closer each note is to its own theme than to
 * the next one. `largest` bounds the range (the number of distinct notes, say).
 */
int chooseClusterCount(const PointMatrix &points, int largest, unsigned seed);

} // namespace cabildo
