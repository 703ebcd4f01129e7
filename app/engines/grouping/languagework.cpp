#include "grouping/languagework_p.h"

#include "grouping/apertiumformat.h"
#include "grouping/groupingengine.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#ifdef CABILDO_HAVE_TEXTCAT
#include <textcat.h>
#endif

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <optional>

namespace cabildo {

namespace languagework_detail {

namespace {

/**
 * Apertium's tools read and write UTF-8 only under a UTF-8 locale: under a locale that is
 * not installed (LANG=en_US.UTF-8 on a minimal system) they fall back to ASCII, lose
 * lines, and no note is translated. C.UTF-8 is always there.
 */
QProcessEnvironment utf8Environment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

const QString spanish = QStringLiteral("es");

constexpr Pair pairs[] = {
    {"en", "es", "eng-spa", "apertium-eng-spa"}, {"es", "en", "spa-eng", "apertium-eng-spa"},
    {"fr", "es", "fr-es", "apertium-fr-es"},     {"es", "fr", "es-fr", "apertium-fr-es"},
    {"pt", "es", "pt-es", "apertium-es-pt"},     {"es", "pt", "es-pt", "apertium-es-pt"},
};
// Every pair goes through Spanish, the one language all Debian's pairs share.
const QStringList bridgeable = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt")};

const Pair *findPair(const QString &from, const QString &to)
{
    for (const Pair &pair : pairs) {
        if (from == QLatin1String(pair.from) && to == QLatin1String(pair.to))
            return &pair;
    }
    return nullptr;
}

} // namespace

QList<const Pair *> route(const QString &from, const QString &to)
{
    if (const Pair *direct = findPair(from, to))
        return {direct};
    const Pair *first = findPair(from, spanish);
    const Pair *second = findPair(spanish, to);
    if (first && second)
        return {first, second};
    return {};
}

/** A program run over one batch (the apertium script, an analyser); nothing when it fails. */
std::optional<QByteArray> filter(const QString &program, const QStringList &arguments, const QByteArray &input,
                                 int timeout)
{
    QProcess process;
    process.setProcessEnvironment(utf8Environment());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeout)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

} // namespace languagework_detail

using namespace languagework_detail;

QString LanguageAnalysis::pivotText(const QString &language) const
{
    for (const PivotText &pivot : pivots) {
        if (pivot.language == language)
            return pivot.text;
    }
    return {};
}

QString LanguageAnalysis::groupingWords() const
{
    QStringList words;
    for (const PivotText &pivot : pivots)
        words += GroupingEngine::terms(pivot.text, pivot.language);
    return words.join(QLatin1Char(' '));
}

QString LanguageAnalysis::toStorageString() const
{
    // Pivot texts are one line and languages are tags, so tabs cannot occur inside the fields.
    // "und" (undetermined, BCP 47) for an unknown language: never empty, which means "not done yet".
    QString stored = detectedLanguage.isEmpty() ? QStringLiteral("und") : detectedLanguage;
    for (const PivotText &pivot : pivots)
        stored += QLatin1Char('\t') + pivot.language + QLatin1Char('\t') + pivot.text;
    return stored;
}

LanguageAnalysis LanguageAnalysis::fromStorageString(const QString &stored)
{
    const QStringList fields = stored.split(QLatin1Char('\t'));
    LanguageAnalysis analysis;
    analysis.detectedLanguage = fields.value(0) == QLatin1String("und") ? QString() : fields.value(0);
    for (qsizetype i = 1; i + 1 < fields.size(); i += 2)
        analysis.pivots.append({fields[i], fields[i + 1]});
    return analysis;
}

QStringList LanguageResources::defaultCandidates()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")};
}

LanguageResources LanguageResources::fromEnvironment()
{
    LanguageResources resources;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    resources.textcatDataDir = env.value(QStringLiteral("CABILDO_TEXTCAT_DIR"), resources.textcatDataDir);
    resources.apertiumProgram = env.value(QStringLiteral("CABILDO_APERTIUM"), resources.apertiumProgram);
    resources.apertiumDataDir = env.value(QStringLiteral("CABILDO_APERTIUM_DATA"), resources.apertiumDataDir);
    return resources;
}

LanguageWork::LanguageWork(LanguageResources resources) : d(std::make_unique<Private>())
{
    d->resources = std::move(resources);

    // A fingerprint configuration naming only the candidates, written for this instance:
    // libexttextcat reads its list of languages from a file and nothing else.
    const QDir dataDir(d->resources.textcatDataDir);
    QTemporaryFile conf;
    if (conf.open()) {
        QByteArray lines;
        for (const QString &language : std::as_const(d->resources.candidateLanguages)) {
            const QString file = language + QStringLiteral(".lm");
            if (dataDir.exists(file))
                lines += file.toUtf8() + ' ' + language.toUtf8() + '\n';
        }
        conf.write(lines);
        conf.close();
#ifdef CABILDO_HAVE_TEXTCAT
        if (!lines.isEmpty()) {
            const QByteArray prefix = QDir::cleanPath(dataDir.absolutePath()).toUtf8() + '/';
            d->textcat = special_textcat_Init(QFile::encodeName(conf.fileName()).constData(), prefix.constData());
        }
#endif
    }

    const QString &program = d->resources.apertiumProgram;
    if (program.contains(QLatin1Char('/')))
        d->apertium = QFileInfo(program).isExecutable() ? program : QString();
    else
        d->apertium = QStandardPaths::findExecutable(program);
    // lt-proc sits beside apertium (both from Debian's lttoolbox/apertium).
    if (!d->apertium.isEmpty()) {
        const QString beside = QFileInfo(d->apertium).absolutePath() + QStringLiteral("/lt-proc");
        d->ltProc =
            QFileInfo(beside).isExecutable() ? beside : QStandardPaths::findExecutable(QStringLiteral("lt-proc"));
        const QString wblank = QFileInfo(d->apertium).absolutePath() + QStringLiteral("/apertium-wblank-mode");
        if (QFileInfo(wblank).isExecutable())
            d->wblankMode = wblank;
    }
}

LanguageWork::~LanguageWork()
{
    // A kept-open process ends once its input does: all are told first, then waited for.
    for (auto &[key, process] : d->keptOpen)
        process->closeInput();
    for (auto &[key, process] : d->keptOpen)
        process->finish();
#ifdef CABILDO_HAVE_TEXTCAT
    if (d->textcat)
        textcat_Done(d->textcat);
#endif
}

LanguageAvailability LanguageWork::available(const QStringList &pivots)
{
    return LanguageWork().availability(pivots);
}

LanguageAvailability LanguageWork::availability(const QStringList &pivots) const
{
    LanguageAvailability result;
    result.detection = d->textcat != nullptr;
    if (!result.detection)
        result.missingPackages << QStringLiteral("libexttextcat-data");
    if (d->apertium.isEmpty())
        result.missingPackages << QStringLiteral("apertium");
    for (const QString &language : bridgeable) {
        bool everyPivot = true;
        for (const QString &pivot : pivots) {
            const QString target = primaryLanguage(pivot);
            if (language == target || d->canRoute(language, target))
                continue;
            everyPivot = false;
            for (const Pair *step : route(language, target)) {
                if (!d->hasMode(step) && !result.missingPackages.contains(QLatin1String(step->package)))
                    result.missingPackages << QLatin1String(step->package);
            }
        }
        if (everyPivot)
            result.bridgedLanguages << language;
    }
    return result;
}

QString LanguageWork::primaryLanguage(const QString &tag)
{
    const qsizetype end = tag.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    return tag.left(end).trimmed().toLower();
}

QString LanguageWork::oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        // Controls (newlines, tabs, NUL) would split or end a line in the translator's input.
        const bool blank = c.isSpace() || c.category() == QChar::Other_Control || c == QChar::LineSeparator
                           || c == QChar::ParagraphSeparator;
        if (blank) {
            space = !line.isEmpty();
            continue;
        }
        if (space)
            line += QLatin1Char(' ');
        space = false;
        line += c;
    }
    return line;
}

std::optional<QByteArray> LanguageWork::Private::runPerBatch(const Pair *pair, const QByteArray &input,
                                                             int timeout) const
{
    // -u: unknown words (names, places) come out as they went in, without Apertium's '*'.
    return filter(apertium,
                  {QStringLiteral("-u"), QStringLiteral("-d"), resources.apertiumDataDir, QLatin1String(pair->mode)},
                  input, timeout);
}

NullFlushProcess *LanguageWork::Private::pipeline(const Pair *pair) const
{
    const QString mode = QLatin1String(pair->mode);
    std::unique_ptr<NullFlushProcess> &process = keptOpen[mode];
    if (process)
        return process.get();
    // The mode's own pipeline in null-flush mode, as the apertium script builds it, but run
    // without the script's gawk wrapper: gawk holds back the end of a batch of more than a
    // few kilobytes (its record separator is a pattern) until more input comes.
    const std::optional<QByteArray> commands =
        wblankMode.isEmpty() ? std::nullopt
                             : filter(wblankMode,
                                      {QStringLiteral("-z"), resources.apertiumDataDir + QStringLiteral("/modes/")
                                                                 + mode + QStringLiteral(".mode")},
                                      {}, 10000);
    if (commands && !commands->trimmed().isEmpty())
        // $1 -n: unknown words without Apertium's '*' (apertium -u); $2: the tagger's default.
        process = std::make_unique<NullFlushProcess>(
            QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QString::fromUtf8(*commands),
                                                   QStringLiteral("apertium"), QStringLiteral("-n"), QString()});
    else
        // -f none: the stream is deformatted here (ApertiumFormat), as the apertium script does with destxt.
        process = std::make_unique<NullFlushProcess>(
            apertium, QStringList{QStringLiteral("-z"), QStringLiteral("-u"), QStringLiteral("-f"),
                                  QStringLiteral("none"), QStringLiteral("-d"), resources.apertiumDataDir, mode});
    return process.get();
}

PreparedBatch LanguageWork::Private::prepare(const QStringList &lines) const
{
    // Apertium's transfer rules and tagger see across line ends, so a note without a final
    // full stop would be translated differently depending on the note after it. A stop of our
    // own ends every note's sentence, and comes off again in finish().
    PreparedBatch batch;
    batch.stopped = QList<bool>(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        batch.stopped[i] = !line.isEmpty() && !QStringLiteral(".!?").contains(line.back());
        batch.input += line.toUtf8() + (batch.stopped[i] ? " .\n" : "\n");
    }
    batch.timeout = timeoutFor(batch.input.size());
    return batch;
}

QStringList LanguageWork::Private::finish(const PreparedBatch &batch, const QByteArray &raw, qsizetype lines,
                                          bool *aligned) const
{
    QString output = QString::fromUtf8(raw);
    if (output.endsWith(QLatin1Char('\n')))
        output.chop(1);
    QStringList result = output.split(QLatin1Char('\n'));
    if (lines == 1)
        result = QStringList{result.join(QLatin1Char(' '))};
    *aligned = result.size() == lines;
    static const QRegularExpression finalStop(QStringLiteral("\\s*\\.\\s*$"));
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (i < batch.stopped.size() && batch.stopped[i])
            result[i].remove(finalStop);
        result[i] = oneLine(result[i]);
    }
    return result;
}

QStringList LanguageWork::Private::runModeOnce(const Pair *pair, const QStringList &lines, bool *aligned,
                                               bool *failed) const
{
    *aligned = false;
    *failed = false;
    const PreparedBatch batch = prepare(lines);
    std::optional<QByteArray> raw;
    if (resources.keepApertiumOpen) {
        NullFlushExchange exchange;
        exchange.send(pipeline(pair), ApertiumFormat::deformat(batch.input), batch.timeout,
                      [&raw](std::optional<QByteArray> output, bool) {
                          if (output)
                              raw = ApertiumFormat::reformat(*output);
                      });
        exchange.run();
    } else {
        raw = runPerBatch(pair, batch.input, batch.timeout);
    }
    if (!raw) {
        *failed = true;
        return {};
    }
    return finish(batch, *raw, lines.size(), aligned);
}

QStringList LanguageWork::Private::runMode(const Pair *pair, const QStringList &lines) const
{
    if (lines.isEmpty())
        return {};
    bool aligned = false;
    bool failed = false;
    const QStringList result = runModeOnce(pair, lines, &aligned, &failed);
    if (aligned)
        return result;
    // A translator that failed or hung would fail again on every half: no translation.
    if (failed || lines.size() == 1)
        return QStringList(lines.size(), QString());
    // Should a note ever come back as two lines, halve the batch until the culprit is alone:
    // the others keep their translation and the order is never lost.
    const qsizetype half = lines.size() / 2;
    return runMode(pair, lines.mid(0, half)) + runMode(pair, lines.mid(half));
}

void LanguageWork::Private::runJobs(std::deque<PairJob> &jobs) const
{
    if (!resources.keepApertiumOpen) {
        while (!jobs.empty()) {
            PairJob job = std::move(jobs.front());
            jobs.pop_front();
            job.then(runMode(job.pair, job.lines));
        }
        return;
    }
    // Every pair's pipeline at once, each job sent as soon as it is known (`then` adds the
    // next step's jobs): the two cores translate side by side.
    while (!jobs.empty()) {
        NullFlushExchange exchange;
        std::deque<PairJob> misaligned;
        std::function<void()> sendAll = [&] {
            while (!jobs.empty()) {
                auto job = std::make_shared<PairJob>(std::move(jobs.front()));
                jobs.pop_front();
                // A line that occurs twice is translated once: each note's line is translated
                // on its own (it ends its sentence), so the copy would come out the same.
                QStringList unique;
                QList<qsizetype> slot;
                QHash<QString, qsizetype> seen;
                for (const QString &line : std::as_const(job->lines)) {
                    auto it = seen.constFind(line);
                    if (it == seen.cend()) {
                        it = seen.insert(line, unique.size());
                        unique << line;
                    }
                    slot << it.value();
                }
                auto batch = std::make_shared<PreparedBatch>(prepare(unique));
                exchange.send(pipeline(job->pair), ApertiumFormat::deformat(batch->input), batch->timeout,
                              [&, job, batch, slot, count = unique.size()](std::optional<QByteArray> output, bool) {
                                  bool aligned = false;
                                  const QStringList translated =
                                      output ? finish(*batch, ApertiumFormat::reformat(*output), count, &aligned)
                                             : QStringList(count, QString());
                                  if (output && !aligned) {
                                      misaligned.push_back(std::move(*job)); // halved one by one below
                                      return;
                                  }
                                  QStringList result;
                                  for (qsizetype k : slot)
                                      result << translated.value(k);
                                  job->then(result);
                                  sendAll();
                              });
            }
        };
        sendAll();
        exchange.run();
        for (PairJob &job : misaligned) {
            const qsizetype half = job.lines.size() / 2;
            job.then(runMode(job.pair, job.lines.mid(0, half)) + runMode(job.pair, job.lines.mid(half)));
        }
    }
}

QStringList LanguageWork::translate(const QStringList &texts, const QString &from, const QString &to, bool *ok) const
{
    const QString source = primaryLanguage(from);
    const QString target = primaryLanguage(to);
    QStringList lines;
    lines.reserve(texts.size());
    for (const QString &text : texts)
        lines << oneLine(text);
    if (ok)
        *ok = source == target || d->canRoute(source, target);
    if (source == target)
        return lines;
    if (!d->canRoute(source, target))
        return QStringList(texts.size(), QString());

    // Empty notes stay out of the translator: nothing to carry, and one line less to align.
    QList<qsizetype> nonEmpty;
    QStringList batch;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].isEmpty()) {
            nonEmpty << i;
            batch << lines[i];
        }
    }
    for (const Pair *step : route(source, target))
        batch = d->runMode(step, batch);
    QStringList result(texts.size(), QString());
    for (qsizetype i = 0; i < nonEmpty.size(); ++i)
        result[nonEmpty[i]] = batch.value(i);
    return result;
}

QStringList LanguageWork::defaultPivots()
{
    return {QStringLiteral("es"), QStringLiteral("en")};
}

QList<LanguageAnalysis> LanguageWork::analyse(const QList<QPair<QString, QString>> &notes, const QStringList &pivots)
{
    QList<LanguageAnalysis> result(notes.size());
    QStringList targets;
    for (const QString &pivot : pivots) {
        const QString target = primaryLanguage(pivot);
        if (!target.isEmpty() && !targets.contains(target))
            targets << target;
    }

    // Notes grouped by language, in input order, so each pair runs once for the whole batch.
    QHash<QString, QList<qsizetype>> byLanguage;
    QStringList languages;
    QList<qsizetype> unknown;
    QStringList unknownTexts;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (primaryLanguage(notes[i].second).isEmpty()) {
            unknown << i;
            unknownTexts << notes[i].first;
        }
    }
    const QStringList detected = detectAll(unknownTexts);
    for (qsizetype k = 0; k < unknown.size(); ++k)
        result[unknown[k]].detectedLanguage = detected.value(k);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString given = primaryLanguage(notes[i].second);
        const QString language = given.isEmpty() ? result[i].detectedLanguage : given;
        result[i].detectedLanguage = language;
        if (!byLanguage.contains(language))
            languages << language;
        byLanguage[language] << i;
    }
    std::sort(languages.begin(), languages.end());
    // Every bridgeable note into Spanish (or kept, when it is Spanish), then each other pivot
    // from the note itself when it is in that language, else from its Spanish. With the
    // pipelines kept open, each language's notes go on from Spanish as soon as they reach
    // it, while the other pairs still translate; else all notes in one batch per pivot.
    QList<QString> spanishText(notes.size());
    QList<bool> inSpanish(notes.size(), false);
    QHash<QString, QStringList> pivotTexts;
    QHash<QString, QList<bool>> reached;
    QStringList onward;
    for (const QString &target : std::as_const(targets)) {
        if (target == spanish)
            continue;
        QStringList &texts = pivotTexts[target];
        QList<bool> &done = reached[target];
        texts = QStringList(notes.size(), QString());
        done = QList<bool>(notes.size(), false);
        for (qsizetype i = 0; i < notes.size(); ++i) {
            if (result[i].detectedLanguage == target) {
                texts[i] = oneLine(notes[i].first);
                done[i] = true;
            }
        }
        const Pair *pair = findPair(spanish, target);
        if (pair && d->hasMode(pair))
            onward << target;
    }
    std::deque<PairJob> jobs;
    auto fromSpanish = [&](const QList<qsizetype> &indexes) {
        for (const QString &target : std::as_const(onward)) {
            QList<qsizetype> lineOf;
            QStringList lines;
            for (qsizetype i : indexes) {
                if (result[i].detectedLanguage == target || !inSpanish[i])
                    continue;
                if (spanishText[i].isEmpty()) {
                    reached[target][i] = true; // an empty note is trivially bridged
                } else {
                    lineOf << i;
                    lines << spanishText[i];
                }
            }
            if (lines.isEmpty())
                continue;
            jobs.push_back({findPair(spanish, target), lines, [&, target, lineOf](const QStringList &translated) {
                                for (qsizetype k = 0; k < lineOf.size(); ++k) {
                                    pivotTexts[target][lineOf[k]] = translated.value(k);
                                    reached[target][lineOf[k]] = !translated.value(k).isEmpty();
                                }
                            }});
        }
    };
    const bool sideBySide = d->resources.keepApertiumOpen;
    for (const QString &language : std::as_const(languages)) {
        if (!bridgeable.contains(language) || (language != spanish && !d->canRoute(language, spanish)))
            continue;
        const QList<qsizetype> &indexes = byLanguage[language];
        QList<qsizetype> lineOf;
        QStringList lines;
        for (qsizetype i : indexes) {
            const QString line = oneLine(notes[i].first);
            spanishText[i] = language == spanish ? line : QString();
            inSpanish[i] = language == spanish || line.isEmpty();
            if (language != spanish && !line.isEmpty()) {
                lineOf << i;
                lines << line;
            }
        }
        if (lines.isEmpty()) {
            if (sideBySide)
                fromSpanish(indexes);
            continue;
        }
        jobs.push_back({findPair(language, spanish), lines, [&, indexes, lineOf](const QStringList &translated) {
                            for (qsizetype k = 0; k < lineOf.size(); ++k) {
                                spanishText[lineOf[k]] = translated.value(k);
                                // A failed translation leaves no bridge rather than a false one.
                                inSpanish[lineOf[k]] = !translated.value(k).isEmpty();
                            }
                            if (sideBySide)
                                fromSpanish(indexes);
                        }});
    }
    d->runJobs(jobs);
    if (!sideBySide) {
        QList<qsizetype> all(notes.size());
        std::iota(all.begin(), all.end(), 0);
        fromSpanish(all);
        d->runJobs(jobs);
    }
    pivotTexts[spanish] = spanishText;
    reached[spanish] = inSpanish;

    for (qsizetype i = 0; i < notes.size(); ++i) {
        for (const QString &target : std::as_const(targets)) {
            if (reached[target][i])
                result[i].pivots.append({target, pivotTexts[target][i]});
        }
    }
    return result;
}

} // namespace cabildo
