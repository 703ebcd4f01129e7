#pragma once

#include "termmatrix.h"

#include <Eigen/Dense>

namespace cabildo {

/** Points to cluster: one row per document; single precision, twice as fast to cluster. */
using PointMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/**
 * Latent semantic analysis: the TF-IDF rows `documents` (one point each, in that order) projected on their `dimensions`
 * strongest singular directions, then scaled to unit length. Words that occur together collapse onto shared directions,
 * so two short notes can be close without sharing a word. The truncated SVD is the randomized one of Halko, Martinsson
 * and Tropp (2011), with a fixed seed, as scikit-learn's TruncatedSVD does.
 */
PointMatrix lsaPoints(const TermMatrix &matrix, const std::vector<int> &documents, int dimensions, unsigned seed);

} // namespace cabildo
