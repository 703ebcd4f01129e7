#include "stemmer.h"

#include <libstemmer.h>

namespace cabildo {

Stemmer::~Stemmer()
{
    for (sb_stemmer *stemmer : std::as_const(m_stemmers))
        if (stemmer)
            sb_stemmer_delete(stemmer);
}

sb_stemmer *Stemmer::stemmerFor(const QString &language)
{
    const QString primary = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (primary.isEmpty())
        return nullptr;
    const auto found = m_stemmers.constFind(primary);
    if (found != m_stemmers.constEnd())
        return *found;
    // libstemmer accepts ISO 639 codes ("pt", "por") as well as names ("portuguese").
    sb_stemmer *stemmer = sb_stemmer_new(primary.toLatin1().constData(), "UTF_8");
    m_stemmers.insert(primary, stemmer);
    return stemmer;
}

bool Stemmer::knows(const QString &language)
{
    return stemmerFor(language) != nullptr;
}

QString Stemmer::stem(const QString &word, const QString &language)
{
    sb_stemmer *stemmer = stemmerFor(language);
    if (!stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return word; // out of memory inside libstemmer: the word itself is still useful
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer));
}

} // namespace cabildo
