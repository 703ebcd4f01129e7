#pragma once

#include "lsa.h"

namespace cabildo {

/**
 * Chooses the number of themes when the facilitator does not: k-means for a geometric
 * range of k on a fixed sample of the points, keeping the k with the best mean
 * silhouette (Rousseeuw 1987) — how much closer each note is to its own theme than to
 * the next one — and of the candidates within 5 % of that best score, the fewest. The
 * range stops at a quarter of the sampled notes and 4√n, like the granularity slider's;
 * `largest` bounds it further (the number of distinct notes, say).
 */
int chooseClusterCount(const PointMatrix &points, int largest, unsigned seed);

} // namespace cabildo
