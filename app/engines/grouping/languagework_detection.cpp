#include "grouping/languagework_p.h"

#include <QRegularExpression>

#ifdef CABILDO_HAVE_TEXTCAT
#include <textcat.h>
#endif

#include <thread>

namespace cabildo {

using namespace languagework_detail;

QString LanguageWork::detect(const QString &text) const
{
    return d->ranked(text).value(0).first;
}

QList<QPair<QString, int>> LanguageWork::Private::ranked(const QString &text) const
{
    QList<QPair<QString, int>> result;
#ifndef CABILDO_HAVE_TEXTCAT
    Q_UNUSED(text)
#else
    if (!textcat)
        return result;
    // A few hundred bytes are enough for n-grams; a 10,000-character note costs no more.
    const QByteArray utf8 = oneLine(text).left(1000).toUtf8();
    if (utf8.isEmpty())
        return result;
    candidate_t *candidates = textcat_GetClassifyFullOutput(textcat);
    const int count = textcat_ClassifyFull(textcat, utf8.constData(), size_t(utf8.size()), candidates);
    for (int i = 0; i < count; ++i)
        result.append({QString::fromUtf8(candidates[i].name), candidates[i].score});
    textcat_ReleaseClassifyFullOutput(textcat, candidates);
    // The lowest out-of-place distance first; ties keep textcat's order, which depends only
    // on the text.
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
#endif
    return result;
}

QString LanguageWork::Private::analyser(const QString &language) const
{
    // Apertium's morphological analysers, one per language: a word it knows comes out as
    // ^word/lemma<tags>$, one it does not as ^word/*word$.
    static const QHash<QString, QString> analysers = {
        {QStringLiteral("en"), QStringLiteral("apertium-eng-spa/eng-spa.automorf.bin")},
        {QStringLiteral("es"), QStringLiteral("apertium-eng-spa/spa-eng.automorf.bin")},
        {QStringLiteral("fr"), QStringLiteral("apertium-fr-es/fr-es.automorf.bin")},
        {QStringLiteral("pt"), QStringLiteral("apertium-es-pt/pt-es.automorf.bin")},
    };
    const QString path = resources.apertiumDataDir + QLatin1Char('/') + analysers.value(language);
    if (ltProc.isEmpty() || !analysers.contains(language) || !QFileInfo::exists(path))
        return {};
    return path;
}

QByteArray LanguageWork::Private::analyserInput(const QStringList &lines) const
{
    // lt-proc reads Apertium's stream format, where these characters are markup; the
    // apertium script's deformatter escapes them, and so must we.
    static const QRegularExpression markup(QStringLiteral("([\\[\\]{}^$/\\\\@<>*#+~|])"));
    QByteArray input;
    for (const QString &line : lines)
        input += QString(line).replace(markup, QStringLiteral("\\\\1")).toUtf8() + " .\n";
    return input;
}

QList<int> LanguageWork::Private::countKnown(const QByteArray &raw, const QStringList &lines)
{
    QString output = QString::fromUtf8(raw);
    if (output.endsWith(QLatin1Char('\n')))
        output.chop(1);
    const QStringList out = output.split(QLatin1Char('\n'));
    if (out.size() != lines.size())
        return {};
    static const QRegularExpression known(QStringLiteral("\\^[^/$]*/[^*]"));
    QList<int> counts;
    for (const QString &line : out)
        counts << int(line.count(known));
    return counts;
}

NullFlushProcess *LanguageWork::Private::analyserProcess(const QString &language) const
{
    // The analyser stays loaded: detection of a few typed notes costs no process start.
    std::unique_ptr<NullFlushProcess> &process = keptOpen[QStringLiteral("lt-proc ") + language];
    if (!process)
        process = std::make_unique<NullFlushProcess>(
            ltProc, QStringList{QStringLiteral("-z"), QStringLiteral("-w"), analyser(language)});
    return process.get();
}

QList<int> LanguageWork::Private::knownWords(const QString &language, const QStringList &lines) const
{
    const QString path = analyser(language);
    if (path.isEmpty())
        return {};
    const QByteArray input = analyserInput(lines);
    const std::optional<QByteArray> raw = filter(ltProc, {QStringLiteral("-w"), path}, input, timeoutFor(input.size()));
    return raw ? countKnown(*raw, lines) : QList<int>();
}

QHash<QString, QList<int>> LanguageWork::Private::knownWordsEverywhere(const QStringList &lines) const
{
    QHash<QString, QList<int>> known;
    if (!resources.keepApertiumOpen) {
        for (const QString &language : std::as_const(resources.candidateLanguages)) {
            const QList<int> counts = knownWords(language, lines);
            if (!counts.isEmpty())
                known.insert(language, counts);
        }
        return known;
    }
    const QByteArray input = analyserInput(lines);
    NullFlushExchange exchange;
    for (const QString &language : std::as_const(resources.candidateLanguages)) {
        if (analyser(language).isEmpty())
            continue;
        exchange.send(analyserProcess(language), input, timeoutFor(input.size()),
                      [&known, &lines, language](std::optional<QByteArray> raw, bool) {
                          const QList<int> counts = raw ? countKnown(*raw, lines) : QList<int>();
                          if (!counts.isEmpty())
                              known.insert(language, counts);
                      });
    }
    exchange.run();
    return known;
}

QStringList LanguageWork::detectAll(const QStringList &texts) const
{
    QList<qsizetype> shortNotes;
    QStringList shortLines;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString line = oneLine(texts[i]);
        if (!line.isEmpty() && line.count(QLatin1Char(' ')) < shortWords) {
            shortNotes << i;
            shortLines << line;
        }
    }
    // Character n-grams say little about three words ("Precisamos de escolas melhores" reads
    // as Spanish), so short notes go to whichever language's dictionary knows most of their
    // words; textcat's order breaks ties. On SIB-200's first 2 / 4 / 8 words: 74 → 88 %,
    // 88 → 96.5 %, 97.6 → 99.3 % right. The analysers work on the other core while textcat
    // ranks every note on this one.
    QList<QList<QPair<QString, int>>> rankings;
    QHash<QString, QList<int>> known;
    {
        std::thread textcat([&] {
            for (const QString &text : texts)
                rankings << d->ranked(text);
        });
        if (!shortLines.isEmpty())
            known = d->knownWordsEverywhere(shortLines);
        textcat.join();
    }
    QStringList result;
    for (const auto &ranking : std::as_const(rankings))
        result << ranking.value(0).first;
    if (shortNotes.isEmpty() || rankings.isEmpty() || known.size() < 2)
        return result;
    for (qsizetype k = 0; k < shortNotes.size(); ++k) {
        const qsizetype i = shortNotes[k];
        int most = 0;
        for (const QList<int> &counts : std::as_const(known))
            most = std::max(most, counts[k]);
        if (most == 0)
            continue;
        QStringList tied;
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (it.value()[k] == most)
                tied << it.key();
        }
        QString choice;
        for (const auto &candidate : std::as_const(rankings[i])) {
            if (tied.contains(candidate.first)) {
                choice = candidate.first;
                break;
            }
        }
        if (choice.isEmpty()) {
            // None of the tied languages was in textcat's short list: the first by name.
            std::sort(tied.begin(), tied.end());
            choice = tied.first();
        }
        result[i] = choice;
    }
    return result;
}

} // namespace cabildo
