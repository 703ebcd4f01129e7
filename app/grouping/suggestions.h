#pragma once

#include "groupingengine.h"
#include "lsa.h"
#include "termmatrix.h"

#include <vector>

namespace cabildo {

/**
 * Turns cluster labels into suggestions people can judge: the title is the terms that
 * weigh most in the theme relative to the whole wall (class-based TF-IDF), the reason
 * is the terms most of its notes share and how close its notes are to its centre.
 * `documents[i]` is the row of point i in `matrix`; `ids[row]` the item id of a row.
 */
QList<Suggestion> describeClusters(const TermMatrix &matrix, const PointMatrix &points,
                                   const std::vector<int> &documents, const std::vector<int> &labels,
                                   int clusters, const QList<qint64> &ids);

/**
 * Notes with the same set of terms after stemming and folding ("open data portal",
 * "Open-data portals!"): groups of two or more, by item id.
 */
QList<QList<qint64>> nearDuplicateGroups(const std::vector<QStringList> &terms, const QList<qint64> &ids);

} // namespace cabildo
