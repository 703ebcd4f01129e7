#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

struct sb_stemmer;

namespace cabildo {

/**
 * Snowball stemmers (Debian libstemmer) by language tag: "pt-BR" uses the Portuguese
 * one, and a language Snowball does not know leaves words as they are. A libstemmer
 * stemmer is not thread-safe, so each Stemmer is used by one thread at a time.
 */
class Stemmer
{
public:
    Stemmer() = default;
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    /** The stem of a lower-case word, or the word itself when `language` has no stemmer. */
    QString stem(const QString &word, const QString &language);

    /** True when Snowball has a stemmer for this BCP 47 tag (its primary subtag). */
    bool knows(const QString &language);

private:
    sb_stemmer *stemmerFor(const QString &language);

    QHash<QString, sb_stemmer *> m_stemmers; ///< by primary subtag; nullptr when unknown
};

} // namespace cabildo
