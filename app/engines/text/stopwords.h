#pragma once

#include <QString>

namespace cabildo {

/**
 * Function words ("the", "de", "los", "pour") that must not name a theme or be given as
 * its reason. The lists are Snowball's, taken at build time from Debian's
 * liblingua-stopwords-perl for English, French, Spanish and Portuguese.
 *
 * `word` is lower-case with its accents, as the tokenizer gives it. A `language` the lists
 * do not cover (or an empty one) checks the word against all four.
 */
bool isStopWord(const QString &word, const QString &language);

} // namespace cabildo
