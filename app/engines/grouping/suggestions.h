#pragma once

#include "groupingengine.h"
#include "lsa.h"
#include "termmatrix.h"

#include <vector>

namespace cabildo {

/** Per term of a TermMatrix, what decides whether and how it can title a theme. */
struct TitleWords
{
    std::vector<bool> stop;      ///< a function word ("the", "de", "los"): never a title or a reason
    QStringList inTitleLanguage; ///< its written form in the facilitator's language, or empty
};

/**
 * Turns cluster labels into suggestions people can judge: the title is the terms that
 * weigh most in the theme relative to the whole wall (class-based TF-IDF), the reason
 * is the terms most of its notes share and how close its notes are to its centre.
 * Titles use the facilitator's language where its words are among the theme's strongest.
 * A title word is never a number nor a function word of English, French, Spanish or
 * Portuguese; it is in at least a third of the theme's notes and, as a share of notes,
 * at least twice as common there as on the rest of the wall. A theme with no such word
 * gets an empty title (notegrouping::titleFor names it "Theme 3").
 * `documents[i]` is the row of point i in `matrix`; `ids[row]` the item id of a row.
 */
QList<Suggestion> describeClusters(const TermMatrix &matrix, const TitleWords &words, const PointMatrix &points,
                                   const std::vector<int> &documents, const std::vector<int> &labels, int clusters,
                                   const QList<qint64> &ids);

/**
 * Notes with the same set of terms after stemming and folding ("open data portal",
 * "Open-data portals!"): groups of two or more, by item id. `terms[i]` are item i's terms
 * as ids (one id per distinct term, repeats allowed).
 */
QList<QList<qint64>> nearDuplicateGroups(const std::vector<std::vector<int>> &terms, const QList<qint64> &ids);

} // namespace cabildo
