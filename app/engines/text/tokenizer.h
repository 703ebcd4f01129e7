#pragma once

#include <QList>
#include <QString>

namespace cabildo {

/** One word of a note as the grouping sees it, before stemming. */
struct Token
{
    QString text;          ///< lower-case NFC, accents kept (the stemmers need them)
    bool stemmable = true; ///< false for URL hosts, numbers and emoji: used as they are
};

/**
 * Splits a note into the words that grouping compares. Sticky notes are short and
 * informal, so the rules follow what people type: "#OpenData" gives "open" and "data",
 * a URL gives its host ("https://www.datos.gob.es/x" → "datos.gob.es"), "l'eau" and
 * "open-data" split at the apostrophe and hyphen, each emoji is a word of its own
 * (skin tones and joiners dropped), numbers of two or more digits are kept, and single
 * letters are dropped. No stop-word list: weighting by document frequency does that job.
 */
class Tokenizer
{
public:
    static QList<Token> tokens(const QString &text);
};

} // namespace cabildo
