#include "grouping/languagework.h"

#include "grouping/groupingengine.h"

#include <QDir>
#include <QElapsedTimer>
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
#include <climits>
#include <map>
#include <optional>

namespace cabildo {

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

/** Apertium modes between the app's languages, and the Debian package of each. */
struct Pair
{
    const char *from;
    const char *to;
    const char *mode;
    const char *package;
};
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

/** The steps from one language to another: direct, or through Spanish. Empty when none. */
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

} // namespace

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

namespace {

/** A program run over one batch (Apertium's deformatter, reformatter, an analyser); nothing when it fails. */
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

/**
 * A filter kept running in its null-flush mode (apertium -z, lt-proc -z): each input ended
 * by a NUL is answered by its output ended by a NUL, so a batch costs no process start and
 * no loading of transducers (0.1-0.7 s each). Started on first use, started again when it
 * died, killed when it takes longer than the batch may.
 */
class NullFlushProcess
{
public:
    NullFlushProcess(QString program, QStringList arguments)
        : m_program(std::move(program)), m_arguments(std::move(arguments))
    {
    }
    ~NullFlushProcess() { stop(); }

    /** Lets the process end with its input; finish() waits, so several end side by side. */
    void stop()
    {
        if (m_process)
            m_process->closeWriteChannel();
    }
    void finish()
    {
        if (m_process && !m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
        m_process.reset();
    }

    /** The output for `input` (without its NUL); nothing when the process failed or timed out. */
    std::optional<QByteArray> run(const QByteArray &input, int timeout, bool *timedOut)
    {
        *timedOut = false;
        if (m_process && m_process->state() != QProcess::Running)
            m_process.reset(); // died since the last batch: start afresh
        if (!m_process) {
            m_process = std::make_unique<QProcess>();
            m_process->setProcessEnvironment(utf8Environment());
            // Unread, a full stderr pipe would stall the pipeline.
            m_process->setStandardErrorFile(QProcess::nullDevice());
            m_process->start(m_program, m_arguments);
            if (!m_process->waitForStarted(10000)) {
                m_process.reset();
                return std::nullopt;
            }
        }
        // A NUL ends the batch; oneLine() keeps NULs out of notes.
        m_process->write(input + QByteArray(1, '\0'));
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        qsizetype end = -1;
        while ((end = output.indexOf('\0')) < 0) {
            const qint64 left = timeout - timer.elapsed();
            if (left <= 0 || (m_process->state() != QProcess::Running && m_process->bytesAvailable() == 0)) {
                *timedOut = left <= 0;
                m_process->kill();
                m_process->waitForFinished(1000);
                m_process.reset();
                return std::nullopt;
            }
            m_process->waitForReadyRead(int(std::min<qint64>(left, 1000)));
            output += m_process->readAllStandardOutput();
        }
        // Whatever follows the NUL would belong to no batch: a well-behaved filter sends none.
        output.truncate(end);
        return output;
    }

private:
    QString m_program;
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
};

} // namespace

struct LanguageWork::Private
{
    LanguageResources resources;
    void *textcat = nullptr;
    QString apertium;      ///< resolved program, empty when missing
    QString ltProc;        ///< Apertium's lexical processor (lttoolbox), for short notes' detection
    QString desTxt, reTxt; ///< Apertium's plain-text deformatter and reformatter; empty: per-batch way only
    QString wblankMode;    ///< writes a mode's pipeline in null-flush mode; empty: through the apertium script
    /** Kept-open apertium pipelines by mode, and lt-proc analysers by language ("lt-proc en"). */
    mutable std::map<QString, std::unique_ptr<NullFlushProcess>> keptOpen;

    /** Through the kept-open process `key` (made by `make` on first use); a dead one is started again once. */
    template <typename Make>
    std::optional<QByteArray> throughKeptOpen(const QString &key, Make make, const QByteArray &input, int timeout) const
    {
        std::unique_ptr<NullFlushProcess> &process = keptOpen[key];
        if (!process)
            process = make();
        bool timedOut = false;
        std::optional<QByteArray> output = process->run(input, timeout, &timedOut);
        // A process that died is started again once; a stuck one costs the batch its result.
        if (!output && !timedOut)
            output = process->run(input, timeout, &timedOut);
        return output;
    }

    QList<QPair<QString, int>> ranked(const QString &text) const;
    QList<int> knownWords(const QString &language, const QStringList &lines) const;

    bool hasMode(const Pair *pair) const
    {
        return !apertium.isEmpty()
               && QFileInfo::exists(resources.apertiumDataDir + QStringLiteral("/modes/") + QLatin1String(pair->mode)
                                    + QStringLiteral(".mode"));
    }
    bool canRoute(const QString &from, const QString &to) const
    {
        const QList<const Pair *> steps = route(from, to);
        return !steps.isEmpty()
               && std::all_of(steps.begin(), steps.end(), [this](const Pair *p) { return hasMode(p); });
    }
    QStringList runMode(const Pair *pair, const QStringList &lines) const;
    QStringList runModeOnce(const Pair *pair, const QStringList &lines, bool *aligned, bool *failed) const;
    std::optional<QByteArray> runKeptOpen(const Pair *pair, const QByteArray &input, int timeout) const;
    std::optional<QByteArray> runPerBatch(const Pair *pair, const QByteArray &input, int timeout) const;
};

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
        // The kept-open way needs the deformatter and reformatter the apertium script runs
        // around a pipeline; a stand-in apertium without them keeps the per-batch way.
        const QString dir = QFileInfo(d->apertium).absolutePath() + QLatin1Char('/');
        if (d->resources.keepApertiumOpen && QFileInfo(dir + QStringLiteral("apertium-destxt")).isExecutable()
            && QFileInfo(dir + QStringLiteral("apertium-retxt")).isExecutable()) {
            d->desTxt = dir + QStringLiteral("apertium-destxt");
            d->reTxt = dir + QStringLiteral("apertium-retxt");
            if (QFileInfo(dir + QStringLiteral("apertium-wblank-mode")).isExecutable())
                d->wblankMode = dir + QStringLiteral("apertium-wblank-mode");
        }
    }
}

LanguageWork::~LanguageWork()
{
    // A kept-open process ends once its input does: all are told first, then waited for.
    for (auto &[key, process] : d->keptOpen)
        process->stop();
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

QList<int> LanguageWork::Private::knownWords(const QString &language, const QStringList &lines) const
{
    // Apertium's morphological analysers, one per language: a word it knows comes out as
    // ^word/lemma<tags>$, one it does not as ^word/*word$.
    static const QHash<QString, QString> analysers = {
        {QStringLiteral("en"), QStringLiteral("apertium-eng-spa/eng-spa.automorf.bin")},
        {QStringLiteral("es"), QStringLiteral("apertium-eng-spa/spa-eng.automorf.bin")},
        {QStringLiteral("fr"), QStringLiteral("apertium-fr-es/fr-es.automorf.bin")},
        {QStringLiteral("pt"), QStringLiteral("apertium-es-pt/pt-es.automorf.bin")},
    };
    const QString analyser = resources.apertiumDataDir + QLatin1Char('/') + analysers.value(language);
    if (ltProc.isEmpty() || !analysers.contains(language) || !QFileInfo::exists(analyser))
        return {};
    // lt-proc reads Apertium's stream format, where these characters are markup; the
    // apertium script's deformatter escapes them, and so must we.
    static const QRegularExpression markup(QStringLiteral("([\\[\\]{}^$/\\\\@<>*#+~|])"));
    QByteArray input;
    for (const QString &line : lines)
        input += QString(line).replace(markup, QStringLiteral("\\\\1")).toUtf8() + " .\n";
    const int timeout = resources.apertiumTimeoutMs > 0 ? resources.apertiumTimeoutMs
                                                        : 60000 + int(std::min<qsizetype>(input.size() / 10, 600000));
    std::optional<QByteArray> raw;
    if (resources.keepApertiumOpen) {
        // The analyser stays loaded: detection of a few typed notes costs no process start.
        raw = throughKeptOpen(
            QStringLiteral("lt-proc ") + language,
            [&] {
                return std::make_unique<NullFlushProcess>(
                    ltProc, QStringList{QStringLiteral("-z"), QStringLiteral("-w"), analyser});
            },
            input, timeout);
    } else {
        raw = filter(ltProc, {QStringLiteral("-w"), analyser}, input, timeout);
    }
    if (!raw)
        return {};
    QString output = QString::fromUtf8(*raw);
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

QStringList LanguageWork::detectAll(const QStringList &texts) const
{
    QStringList result;
    QList<QList<QPair<QString, int>>> rankings;
    QList<qsizetype> shortNotes;
    QStringList shortLines;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        rankings << d->ranked(texts[i]);
        result << rankings.last().value(0).first;
        const QString line = oneLine(texts[i]);
        if (!line.isEmpty() && line.count(QLatin1Char(' ')) < shortWords) {
            shortNotes << i;
            shortLines << line;
        }
    }
    if (shortNotes.isEmpty() || rankings.isEmpty())
        return result;
    // Character n-grams say little about three words ("Precisamos de escolas melhores" reads
    // as Spanish), so short notes go to whichever language's dictionary knows most of their
    // words; textcat's order breaks ties. On SIB-200's first 2 / 4 / 8 words: 74 → 88 %,
    // 88 → 96.5 %, 97.6 → 99.3 % right.
    QHash<QString, QList<int>> known;
    for (const QString &language : std::as_const(d->resources.candidateLanguages)) {
        const QList<int> counts = d->knownWords(language, shortLines);
        if (!counts.isEmpty())
            known.insert(language, counts);
    }
    if (known.size() < 2)
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

std::optional<QByteArray> LanguageWork::Private::runPerBatch(const Pair *pair, const QByteArray &input,
                                                             int timeout) const
{
    // -u: unknown words (names, places) come out as they went in, without Apertium's '*'.
    return filter(apertium,
                  {QStringLiteral("-u"), QStringLiteral("-d"), resources.apertiumDataDir, QLatin1String(pair->mode)},
                  input, timeout);
}

std::optional<QByteArray> LanguageWork::Private::runKeptOpen(const Pair *pair, const QByteArray &input,
                                                             int timeout) const
{
    const std::optional<QByteArray> streamed = filter(desTxt, {}, input, timeout);
    if (!streamed)
        return std::nullopt;
    const QString mode = QLatin1String(pair->mode);
    const std::optional<QByteArray> output = throughKeptOpen(
        mode,
        [&] {
            // The mode's own pipeline in null-flush mode, as the apertium script builds it, but
            // run without the script's gawk wrapper: gawk holds back the end of a batch of more
            // than a few kilobytes (its record separator is a pattern) until more input comes.
            const std::optional<QByteArray> pipeline =
                wblankMode.isEmpty()
                    ? std::nullopt
                    : filter(wblankMode,
                             {QStringLiteral("-z"),
                              resources.apertiumDataDir + QStringLiteral("/modes/") + mode + QStringLiteral(".mode")},
                             {}, 10000);
            if (pipeline && !pipeline->trimmed().isEmpty())
                // $1 -n: unknown words without Apertium's '*' (apertium -u); $2: the tagger's default.
                return std::make_unique<NullFlushProcess>(
                    QStringLiteral("/bin/sh"),
                    QStringList{QStringLiteral("-c"), QString::fromUtf8(*pipeline), QStringLiteral("apertium"),
                                QStringLiteral("-n"), QString()});
            // -f none: the stream is deformatted per batch by destxt, as the apertium script does.
            return std::make_unique<NullFlushProcess>(
                apertium, QStringList{QStringLiteral("-z"), QStringLiteral("-u"), QStringLiteral("-f"),
                                      QStringLiteral("none"), QStringLiteral("-d"), resources.apertiumDataDir, mode});
        },
        *streamed, timeout);
    if (!output)
        return std::nullopt;
    return filter(reTxt, {}, *output, timeout);
}

QStringList LanguageWork::Private::runModeOnce(const Pair *pair, const QStringList &lines, bool *aligned,
                                               bool *failed) const
{
    *aligned = false;
    *failed = false;
    // Apertium's transfer rules and tagger see across line ends, so a note without a final
    // full stop would be translated differently depending on the note after it. A stop of our
    // own ends every note's sentence, and comes off again below.
    QByteArray input;
    QList<bool> stopped(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        stopped[i] = !line.isEmpty() && !QStringLiteral(".!?").contains(line.back());
        input += line.toUtf8() + (stopped[i] ? " .\n" : "\n");
    }
    // Generous: about a second per thousand short notes, so minutes mean a hang.
    const int timeout = resources.apertiumTimeoutMs > 0 ? resources.apertiumTimeoutMs
                                                        : 60000 + int(std::min<qsizetype>(input.size() / 10, 600000));
    const std::optional<QByteArray> raw =
        desTxt.isEmpty() ? runPerBatch(pair, input, timeout) : runKeptOpen(pair, input, timeout);
    if (!raw) {
        *failed = true;
        return {};
    }
    QString output = QString::fromUtf8(*raw);
    if (output.endsWith(QLatin1Char('\n')))
        output.chop(1);
    QStringList result = output.split(QLatin1Char('\n'));
    if (lines.size() == 1)
        result = QStringList{result.join(QLatin1Char(' '))};
    *aligned = result.size() == lines.size();
    static const QRegularExpression finalStop(QStringLiteral("\\s*\\.\\s*$"));
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (i < stopped.size() && stopped[i])
            result[i].remove(finalStop);
        result[i] = oneLine(result[i]);
    }
    return result;
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

    // Step 1: every bridgeable note into Spanish (or kept, when it is Spanish).
    QList<QString> spanishText(notes.size());
    QList<bool> inSpanish(notes.size(), false);
    for (const QString &language : std::as_const(languages)) {
        if (!bridgeable.contains(language) || (language != spanish && !d->canRoute(language, spanish)))
            continue;
        const QList<qsizetype> &indexes = byLanguage[language];
        QStringList texts;
        for (qsizetype i : indexes)
            texts << notes[i].first;
        const QStringList translated = translate(texts, language, spanish);
        for (qsizetype k = 0; k < indexes.size(); ++k) {
            spanishText[indexes[k]] = translated.value(k);
            // A failed translation of a non-empty note leaves no bridge rather than a false one.
            inSpanish[indexes[k]] = !translated.value(k).isEmpty() || oneLine(texts[k]).isEmpty();
        }
    }

    // Step 2: each pivot from the note itself when it is in that language, else from Spanish,
    // all notes in one batch per pivot.
    QHash<QString, QStringList> pivotTexts;
    QHash<QString, QList<bool>> reached;
    for (const QString &target : std::as_const(targets)) {
        QStringList &texts = pivotTexts[target];
        QList<bool> &done = reached[target];
        if (target == spanish) {
            texts = spanishText;
            done = inSpanish;
            continue;
        }
        texts = QStringList(notes.size(), QString());
        done = QList<bool>(notes.size(), false);
        QList<qsizetype> fromSpanish;
        QStringList batch;
        for (qsizetype i = 0; i < notes.size(); ++i) {
            if (result[i].detectedLanguage == target) {
                texts[i] = oneLine(notes[i].first);
                done[i] = true;
            } else if (inSpanish[i]) {
                fromSpanish << i;
                batch << spanishText[i];
            }
        }
        bool ok = false;
        const QStringList translated = translate(batch, spanish, target, &ok);
        for (qsizetype k = 0; ok && k < fromSpanish.size(); ++k) {
            texts[fromSpanish[k]] = translated.value(k);
            done[fromSpanish[k]] = !translated.value(k).isEmpty() || batch[k].isEmpty();
        }
    }

    for (qsizetype i = 0; i < notes.size(); ++i) {
        for (const QString &target : std::as_const(targets)) {
            if (reached[target][i])
                result[i].pivots.append({target, pivotTexts[target][i]});
        }
    }
    return result;
}

} // namespace cabildo
