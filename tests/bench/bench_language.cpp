// Measures the once-per-note language work (grouping/languagework) on SIB-200: the same
// 701 sentences in English, French, Spanish and Portuguese.
//   bench_language [DATA_DIR] [speed [quick]]   (default ../shared/data; reads clustering/sib200-*.csv in place;
//                                        "speed": only the speed of the language work; "quick": without
//                                        the per-batch way in the worker's batches, 40 s under load)
// Prints detection accuracy (whole sentences and their first words, for several candidate
// sets), seconds per 1,000 notes for detection and translation, and the cross-language
// figures at K = 60 with and without the bridge, grouped by the app's GroupingEngine with
// each note's LanguageAnalysis::groupingWords() as its analysis.

#include "formats/csvtable.h"
#include "grouping/groupingengine.h"
#include "grouping/languagework.h"
#include "grouping/nullflushprocess.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <random>

using namespace cabildo;

namespace {

struct Item
{
    QString text;
    QString sentence;
    QString language;
    QString topic;
};

QList<Item> readSib(const QString &dir)
{
    auto read = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            std::exit(1);
        }
        return CsvTable::parse(file.readAll());
    };
    const CsvTable notes = read(dir + QStringLiteral("/clustering/sib200-train-en-fr-es-pt.csv"));
    const CsvTable groups = read(dir + QStringLiteral("/clustering/sib200-train-groups.csv"));
    QHash<QString, QPair<QString, QString>> byRef;
    for (const QStringList &row : groups.rows)
        byRef.insert(row.value(0), {row.value(1), row.value(2)});
    QList<Item> items;
    for (const QStringList &row : notes.rows) {
        const auto group = byRef.value(row.value(0));
        items.append({row.value(1), group.first, group.second, row.value(2)});
    }
    return items;
}

// ---- scores -----------------------------------------------------------------------------

double nmi(const std::vector<int> &a, const QStringList &labels)
{
    QHash<QString, int> ids;
    std::vector<int> b;
    for (const QString &l : labels)
        b.push_back(ids.contains(l) ? ids[l] : ids.insert(l, ids.size()).value());
    const double n = double(a.size());
    std::map<int, double> pa, pb;
    std::map<std::pair<int, int>, double> pab;
    for (size_t i = 0; i < a.size(); ++i) {
        pa[a[i]] += 1 / n;
        pb[b[i]] += 1 / n;
        pab[{a[i], b[i]}] += 1 / n;
    }
    double mi = 0, ha = 0, hb = 0;
    for (const auto &[key, p] : pab)
        mi += p * std::log(p / (pa[key.first] * pb[key.second]));
    for (const auto &[key, p] : pa)
        ha -= p * std::log(p);
    for (const auto &[key, p] : pb)
        hb -= p * std::log(p);
    return ha + hb > 0 ? 100 * 2 * mi / (ha + hb) : 0; // arithmetic mean, as scikit-learn
}

struct Figures
{
    double pairs = 0, languageNmi = 0, topicNmi = 0, largest = 0, seconds = 0;
};

/** Groups the notes with the app's engine at K and scores the result against SIB-200. */
Figures crossLanguage(const QList<Item> &items, const QList<GroupingItem> &input, int k, AnalysisUse use)
{
    GroupingOptions options;
    options.analysisUse = use;
    QElapsedTimer timer;
    timer.start();
    GroupingEngine engine(options);
    engine.setItems(input);
    const GroupingResult result = engine.suggest(k);
    Figures figures;
    figures.seconds = timer.nsecsElapsed() / 1e9;

    std::vector<int> assign(items.size(), -1); // ungrouped notes: a theme of their own each
    QHash<qint64, int> row;
    for (qsizetype i = 0; i < input.size(); ++i)
        row.insert(input[i].id, int(i));
    int next = 0;
    qsizetype largest = 0;
    for (const Suggestion &suggestion : result.suggestions) {
        for (qint64 id : suggestion.itemIds)
            assign[row.value(id)] = next;
        ++next;
        largest = std::max(largest, suggestion.itemIds.size());
    }
    for (int &c : assign)
        if (c < 0)
            c = next++;
    QStringList languages, topics;
    QHash<QString, QList<int>> bySentence;
    for (qsizetype i = 0; i < items.size(); ++i) {
        languages << items[i].language;
        topics << items[i].topic;
        bySentence[items[i].sentence] << int(i);
    }
    long together = 0, all = 0;
    for (const QList<int> &members : std::as_const(bySentence))
        for (qsizetype x = 0; x < members.size(); ++x)
            for (qsizetype y = x + 1; y < members.size(); ++y, ++all)
                together += assign[members[x]] == assign[members[y]];
    figures.pairs = 100.0 * together / std::max(1L, all);
    figures.languageNmi = nmi(assign, languages);
    figures.topicNmi = nmi(assign, topics);
    figures.largest = 100.0 * largest / items.size();
    return figures;
}

void printFigures(const char *name, const Figures &f)
{
    std::printf("  %-40s pairs together %5.1f %%   NMI vs language %5.1f   largest theme %4.1f %%"
                "   NMI vs topic %4.1f   (grouping %.2f s)\n",
                name, f.pairs, f.languageNmi, f.largest, f.topicNmi, f.seconds);
}

QString firstWords(const QString &text, int count)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, count).join(QLatin1Char(' '));
}

double secondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e9;
}

/** The median of three runs: on a machine shared with builds one run says little. */
double medianSecondsOf(const std::function<void()> &work)
{
    double runs[] = {secondsOf(work), secondsOf(work), secondsOf(work)};
    std::sort(std::begin(runs), std::end(runs));
    return runs[1];
}

/** A program's output for `input`, as the apertium script would run it. */
QByteArray filtered(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return process.readAllStandardOutput();
}

struct Alone
{
    double oneByOne = 0;   ///< one pair after another
    double sideBySide = 0; ///< every pair's pipeline at once
};

/**
 * Apertium alone: the seconds the modes' own pipelines take for the same lines (each ended by
 * a full stop as LanguageWork ends them), kept open in null-flush mode and warmed up, their
 * input deformatted beforehand by apertium-destxt (not timed): one pair after another, and
 * all at once (a bound LanguageWork cannot quite reach: its second step waits for the first).
 */
Alone apertiumAlone(const QList<QPair<QString, QStringList>> &batches)
{
    std::vector<std::unique_ptr<NullFlushProcess>> pipelines;
    QList<QByteArray> inputs;
    for (const auto &[mode, lines] : batches) {
        // The mode's pipeline as LanguageWork runs it (the apertium script's gawk wrapper
        // holds back the end of a large batch).
        const QByteArray commands = filtered(
            QStringLiteral("apertium-wblank-mode"),
            {QStringLiteral("-z"), QStringLiteral("/usr/share/apertium/modes/") + mode + QStringLiteral(".mode")}, {});
        pipelines.push_back(std::make_unique<NullFlushProcess>(
            QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QString::fromUtf8(commands),
                                                   QStringLiteral("apertium"), QStringLiteral("-n"), QString()}));
        QByteArray text;
        for (const QString &line : lines)
            text += line.toUtf8() + (!line.isEmpty() && QStringLiteral(".!?").contains(line.back()) ? "\n" : " .\n");
        inputs << filtered(QStringLiteral("apertium-destxt"), {}, text);
    }
    auto run = [&](const QList<qsizetype> &which, const QByteArray &warmUp) {
        NullFlushExchange exchange;
        bool failed = false;
        for (qsizetype i : which)
            exchange.send(pipelines[size_t(i)].get(), warmUp.isEmpty() ? inputs[i] : warmUp, 600000,
                          [&failed](std::optional<QByteArray> output, bool) { failed = failed || !output; });
        const double seconds = secondsOf([&] { exchange.run(); });
        if (failed)
            std::fprintf(stderr, "Apertium alone: a pipeline failed\n");
        return seconds;
    };
    QList<qsizetype> all(batches.size());
    std::iota(all.begin(), all.end(), 0);
    run(all, filtered(QStringLiteral("apertium-destxt"), {}, "warm up .\n"));
    // Medians of three, as for LanguageWork.
    Alone alone;
    double oneByOne[3] = {0, 0, 0};
    double sideBySide[3];
    for (int r = 0; r < 3; ++r) {
        for (qsizetype i : all)
            oneByOne[r] += run({i}, {});
        sideBySide[r] = run(all, {});
    }
    std::sort(std::begin(oneByOne), std::end(oneByOne));
    std::sort(std::begin(sideBySide), std::end(sideBySide));
    alone.oneByOne = oneByOne[1];
    alone.sideBySide = sideBySide[1];
    return alone;
}

/**
 * The speed of the language work on 1,000 notes of 3-20 words (SIB-200 sentences cut at a
 * seeded random length, every language detected): the per-batch way (processes started for
 * every batch) against the kept-open pipelines, in one batch and in the worker's batches,
 * and Apertium's own time on the same batch through one kept-open pipeline per pair.
 */
void speed(const QList<Item> &items, bool quick)
{
    std::mt19937 random(16);
    std::uniform_int_distribution<int> words(3, 20);
    QList<QPair<QString, QString>> notes;
    for (qsizetype i = 0; notes.size() < 1000; i = (i + 373) % items.size())
        notes.append({firstWords(items[i].text, words(random)), QString()});
    std::printf("\nSpeed of the language work on %lld notes of 3-20 words (detection + translation"
                " into es and en), seconds per 1,000 notes:\n",
                qlonglong(notes.size()));
    auto perThousand = [&](double seconds) { return seconds * 1000 / notes.size(); };
    auto inBatches = [&](LanguageWork &work, qsizetype size) {
        QList<LanguageAnalysis> all;
        for (qsizetype i = 0; i < notes.size(); i += size)
            all += work.analyse(notes.mid(i, size));
        return all;
    };
    LanguageResources perBatchResources;
    perBatchResources.keepApertiumOpen = false;
    LanguageWork perBatch(perBatchResources);
    QList<LanguageAnalysis> before, after;
    const double perBatchOne = secondsOf([&] { before = perBatch.analyse(notes); });
    // quick: the per-batch way in one batch only (the reference for the analyses), not in the worker's batches.
    const double perBatchWorker = quick ? 0 : secondsOf([&] { inBatches(perBatch, 600); });
    const double perBatchTyping = quick ? 0 : secondsOf([&] { inBatches(perBatch, 50); });
    LanguageWork kept;
    const double keptFirst = secondsOf([&] { after = kept.analyse(notes); });
    const double keptOne = medianSecondsOf([&] { kept.analyse(notes); });
    const double keptWorker = medianSecondsOf([&] { inBatches(kept, 600); });
    const double keptTyping = medianSecondsOf([&] { inBatches(kept, 50); });
    std::printf("  %-44s %6s %10s %10s\n", "", "1 batch", "600 each", "50 each");
    std::printf("  %-44s %6.2f s %8.2f s %8.2f s\n", "per batch (processes started every batch)",
                perThousand(perBatchOne), perThousand(perBatchWorker), perThousand(perBatchTyping));
    std::printf("  %-44s %6.2f s %8.2f s %8.2f s   (medians of 3; first batch, starting them: %.2f s)\n",
                "kept-open pipelines", perThousand(keptOne), perThousand(keptWorker), perThousand(keptTyping),
                perThousand(keptFirst));
    std::printf("  same analyses both ways: %s\n", before == after ? "yes" : "NO");
    QStringList texts;
    for (const auto &note : notes)
        texts << note.first;
    const double detection = medianSecondsOf([&] { kept.detectAll(texts); });
    QList<QPair<QString, QString>> given;
    for (qsizetype i = 0; i < notes.size(); ++i)
        given.append(
            {notes[i].first, after[i].detectedLanguage.isEmpty() ? QStringLiteral("und") : after[i].detectedLanguage});
    const double translation = medianSecondsOf([&] { kept.analyse(given); });
    std::printf("  of which detection (textcat, lt-proc kept open for short notes): %.2f s;"
                " translation alone (languages given): %.2f s\n",
                perThousand(detection), perThousand(translation));

    // Apertium alone, on the lines the kept-open run sent: each note into Spanish, then the
    // Spanish of every note not in English into English.
    QHash<QString, QStringList> toSpanish;
    QStringList spanishToEnglish;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString language = after[i].detectedLanguage;
        if (language != QLatin1String("es") && !after[i].pivotText(QStringLiteral("es")).isEmpty())
            toSpanish[language] << LanguageWork::oneLine(notes[i].first);
        if (language != QLatin1String("en") && !after[i].pivotText(QStringLiteral("es")).isEmpty())
            spanishToEnglish << after[i].pivotText(QStringLiteral("es"));
    }
    const QHash<QString, QString> modes = {{QStringLiteral("en"), QStringLiteral("eng-spa")},
                                           {QStringLiteral("fr"), QStringLiteral("fr-es")},
                                           {QStringLiteral("pt"), QStringLiteral("pt-es")}};
    QList<QPair<QString, QStringList>> batches;
    for (auto it = toSpanish.cbegin(); it != toSpanish.cend(); ++it)
        batches.append({modes.value(it.key()), it.value()});
    batches.append({QStringLiteral("spa-eng"), spanishToEnglish});
    const Alone alone = apertiumAlone(batches);
    std::printf("  Apertium alone (the same lines through one kept-open pipeline per pair): %.2f s one pair after"
                " another, %.2f s all pairs at once\n",
                perThousand(alone.oneByOne), perThousand(alone.sideBySide));
    std::printf("  kept-open / Apertium alone = %.2fx (one after another), %.2fx (all at once)\n",
                keptOne / alone.oneByOne, keptOne / alone.sideBySide);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QString dataDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/data");
    const QList<Item> items = readSib(dataDir);
    std::printf("SIB-200: %lld notes\n", qlonglong(items.size()));
    if (argc > 2 && QByteArray(argv[2]) == "speed") {
        speed(items, argc > 3 && QByteArray(argv[3]) == "quick");
        return 0;
    }

    // ---- detection ------------------------------------------------------------------
    std::printf("\nLanguage detection, accuracy on SIB-200 and on its sentences' first words"
                " (libexttextcat alone | detectAll: short notes settled by Apertium's dictionaries):\n");
    QStringList everyFingerprint;
    for (const QString &file : QDir(LanguageResources().textcatDataDir).entryList({QStringLiteral("*.lm")}))
        everyFingerprint << file.chopped(3);
    const QList<QPair<const char *, QStringList>> candidateSets = {
        {"en fr es pt", {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")}},
        {"+ de it nl",
         {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("de"),
          QStringLiteral("it"), QStringLiteral("nl")}},
        {"+ ca gl it de nl",
         {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("ca"),
          QStringLiteral("gl"), QStringLiteral("it"), QStringLiteral("de"), QStringLiteral("nl")}},
        {"all fingerprints", everyFingerprint},
    };
    for (const auto &[name, candidates] : candidateSets) {
        LanguageResources resources;
        resources.candidateLanguages = candidates;
        LanguageWork work(resources);
        std::printf("  %-22s", name);
        for (int words : {0, 8, 4, 2}) {
            QStringList texts;
            for (const Item &item : items)
                texts << (words ? firstWords(item.text, words) : item.text);
            int right = 0, rightAll = 0;
            QElapsedTimer timer;
            timer.start();
            for (qsizetype i = 0; i < items.size(); ++i)
                right += work.detect(texts[i]) == items[i].language;
            const double seconds = timer.nsecsElapsed() / 1e9;
            timer.restart();
            const QStringList all = work.detectAll(texts);
            const double secondsAll = timer.nsecsElapsed() / 1e9;
            for (qsizetype i = 0; i < items.size(); ++i)
                rightAll += all[i] == items[i].language;
            if (words)
                std::printf("  %d words %5.1f|%5.1f %%", words, 100.0 * right / items.size(),
                            100.0 * rightAll / items.size());
            else
                std::printf("  sentences %5.1f %% (%.3f|%.3f s / 1,000)", 100.0 * right / items.size(),
                            seconds * 1000 / items.size(), secondsAll * 1000 / items.size());
        }
        std::printf("\n");
    }

    // ---- bridging ---------------------------------------------------------------------
    LanguageWork work;
    const LanguageAvailability availability = work.availability();
    std::printf("\nResources: detection %s, bridged to es: %s, missing: %s\n", availability.detection ? "yes" : "no",
                qPrintable(availability.bridgedLanguages.join(u' ')),
                availability.missingPackages.isEmpty() ? "none" : qPrintable(availability.missingPackages.join(u' ')));

    QList<QPair<QString, QString>> detectNotes, givenNotes;
    for (const Item &item : items) {
        detectNotes.append({item.text, QString()});
        givenNotes.append({item.text, item.language});
    }
    std::printf("\nLanguage work per 1,000 notes (seconds, one batch; Apertium pipelines kept open):\n");
    const QList<QStringList> pivotSets = {
        {QStringLiteral("es")}, {QStringLiteral("en")}, LanguageWork::defaultPivots()};
    QList<QList<LanguageAnalysis>> analyses;
    for (const QStringList &pivots : pivotSets) {
        QElapsedTimer timer;
        timer.start();
        analyses << work.analyse(detectNotes, pivots);
        const double detected = timer.nsecsElapsed() / 1e9;
        timer.restart();
        const QList<LanguageAnalysis> given = work.analyse(givenNotes, pivots);
        const double translated = timer.nsecsElapsed() / 1e9;
        int same = 0;
        for (qsizetype i = 0; i < given.size(); ++i)
            same += given[i] == analyses.last()[i];
        std::printf("  pivot %-6s detection + translation %.2f s, translation alone %.2f s"
                    " (same result as with the true languages for %.1f %% of notes)\n",
                    qPrintable(pivots.join(u'+')), detected * 1000 / items.size(), translated * 1000 / items.size(),
                    100.0 * same / items.size());
    }

    // ---- cross-language grouping --------------------------------------------------------
    const int k = 60;
    std::printf("\nCross-language at K = %d, GroupingEngine (targets: pairs >= 80 %%, NMI vs language <= 10,"
                " largest <= 10 %%):\n",
                k);
    auto itemsWith = [&](auto analysisOf, bool withLanguage) {
        QList<GroupingItem> input;
        for (qsizetype i = 0; i < items.size(); ++i) {
            GroupingItem item;
            item.id = i + 1;
            item.ref = QString::number(i);
            item.text = items[i].text;
            item.language = withLanguage ? analyses[0][i].detectedLanguage : QString();
            item.analysis = analysisOf(i);
            input << item;
        }
        return input;
    };
    auto none = [](qsizetype) { return QString(); };
    printFigures("no bridge, no language", crossLanguage(items, itemsWith(none, false), k, AnalysisUse::Replace));
    printFigures("no bridge, detected language stems",
                 crossLanguage(items, itemsWith(none, true), k, AnalysisUse::Replace));
    for (qsizetype p = 0; p < pivotSets.size(); ++p) {
        QStringList words;
        QElapsedTimer timer;
        timer.start();
        for (const LanguageAnalysis &analysis : analyses[p])
            words << analysis.groupingWords();
        const double stemming = timer.nsecsElapsed() / 1e9;
        const QList<GroupingItem> input = itemsWith([&](qsizetype i) { return words[i]; }, true);
        const QByteArray name = "Apertium to " + pivotSets[p].join(u'+').toUtf8();
        printFigures(name.constData(), crossLanguage(items, input, k, AnalysisUse::Replace));
        const QByteArray both = name + " + note's own words";
        printFigures(both.constData(), crossLanguage(items, input, k, AnalysisUse::Add));
        std::printf("    (pivot stemming for the analysis: %.2f s / 1,000 notes)\n", stemming * 1000 / items.size());
    }
    speed(items, false);
    return 0;
}
