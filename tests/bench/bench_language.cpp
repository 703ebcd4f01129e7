// Measures the once-per-note language work (grouping/languagework) on SIB-200: the same
// 701 sentences in English, French, Spanish and Portuguese.
//   bench_language [DATA_DIR]   (default ../shared/data; reads clustering/sib200-*.csv in place)
// Prints detection accuracy (whole sentences and their first words, for several candidate
// sets), seconds per 1,000 notes for detection and translation, and the cross-language
// figures at K = 60 with and without the bridge. The grouping engine is not in the tree
// yet, so a plain TF-IDF + spherical k-means of this file stands in for it: the figures
// compare bridges, not engines.

#include "exchange/csvtable.h"
#include "grouping/languagework.h"
#include "grouping/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

using namespace cabildo;

namespace {

struct Item
{
    QString text;
    QString sentence;
    QString language;
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
        items.append({row.value(1), group.first, group.second});
    }
    return items;
}

// ---- a stand-in TF-IDF + spherical k-means ----------------------------------------------

using Sparse = std::vector<std::pair<int, float>>;

QStringList words(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList result;
    for (const QString &word : foldForSearch(text).split(split, Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            result << word.left(6);  // truncation: a crude stemmer that knows every language
    }
    return result;
}

std::vector<Sparse> tfidf(const QStringList &texts)
{
    QHash<QString, int> ids;
    std::vector<std::map<int, float>> counts(texts.size());
    std::vector<int> df;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (const QString &word : words(texts[i])) {
            auto it = ids.find(word);
            if (it == ids.end()) {
                it = ids.insert(word, int(df.size()));
                df.push_back(0);
            }
            if (counts[i][*it]++ == 0)
                ++df[*it];
        }
    }
    std::vector<Sparse> vectors(texts.size());
    const double n = double(texts.size());
    for (size_t i = 0; i < counts.size(); ++i) {
        double norm = 0;
        for (const auto &[id, count] : counts[i]) {
            if (df[id] < 2)
                continue;  // a word in one note links nothing
            const float w = float((1 + std::log(count)) * (std::log((1 + n) / (1 + df[id])) + 1));
            vectors[i].push_back({id, w});
            norm += double(w) * w;
        }
        for (auto &entry : vectors[i])
            entry.second = float(entry.second / std::sqrt(std::max(norm, 1e-12)));
    }
    return vectors;
}

std::vector<int> kmeans(const std::vector<Sparse> &docs, int k, unsigned seed)
{
    int dims = 0;
    for (const Sparse &doc : docs)
        for (const auto &e : doc)
            dims = std::max(dims, e.first + 1);
    std::mt19937 random(seed);
    const size_t n = docs.size();
    std::vector<std::vector<float>> centroids;
    auto dot = [](const Sparse &doc, const std::vector<float> &c) {
        double s = 0;
        for (const auto &[id, w] : doc)
            s += double(w) * c[id];
        return s;
    };
    auto dense = [dims](const Sparse &doc) {
        std::vector<float> c(dims, 0.0f);
        for (const auto &[id, w] : doc)
            c[id] = w;
        return c;
    };
    // k-means++ on cosine distance.
    centroids.push_back(dense(docs[random() % n]));
    std::vector<double> best(n, 2.0);
    while (int(centroids.size()) < k) {
        double total = 0;
        for (size_t i = 0; i < n; ++i) {
            best[i] = std::min(best[i], 1.0 - dot(docs[i], centroids.back()));
            total += best[i] * best[i];
        }
        double r = std::uniform_real_distribution<double>(0, total)(random);
        size_t pick = 0;
        for (; pick + 1 < n && (r -= best[pick] * best[pick]) > 0; ++pick) {}
        centroids.push_back(dense(docs[pick]));
    }
    std::vector<int> assign(n, -1);
    for (int iteration = 0; iteration < 50; ++iteration) {
        bool changed = false;
        for (size_t i = 0; i < n; ++i) {
            int arg = 0;
            double top = -1;
            for (int c = 0; c < k; ++c) {
                const double s = dot(docs[i], centroids[c]);
                if (s > top) {
                    top = s;
                    arg = c;
                }
            }
            changed |= assign[i] != arg;
            assign[i] = arg;
        }
        if (!changed)
            break;
        for (auto &c : centroids)
            std::fill(c.begin(), c.end(), 0.0f);
        for (size_t i = 0; i < n; ++i)
            for (const auto &[id, w] : docs[i])
                centroids[assign[i]][id] += w;
        for (auto &c : centroids) {
            double norm = 0;
            for (float v : c)
                norm += double(v) * v;
            if (norm > 0)
                for (float &v : c)
                    v = float(v / std::sqrt(norm));
        }
    }
    return assign;
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
    return ha + hb > 0 ? 100 * 2 * mi / (ha + hb) : 0;  // arithmetic mean, as scikit-learn
}

struct Figures
{
    double pairs = 0, languageNmi = 0, largest = 0, seconds = 0;
};

Figures crossLanguage(const QList<Item> &items, const QStringList &texts, int k, int seeds)
{
    Figures mean;
    QStringList languages;
    for (const Item &item : items)
        languages << item.language;
    QHash<QString, QList<int>> bySentence;
    for (qsizetype i = 0; i < items.size(); ++i)
        bySentence[items[i].sentence] << int(i);
    for (int seed = 0; seed < seeds; ++seed) {
        QElapsedTimer timer;
        timer.start();
        const std::vector<int> assign = kmeans(tfidf(texts), k, 1000 + seed);
        mean.seconds += timer.nsecsElapsed() / 1e9 / seeds;
        long together = 0, all = 0;
        for (const QList<int> &members : std::as_const(bySentence)) {
            for (qsizetype x = 0; x < members.size(); ++x)
                for (qsizetype y = x + 1; y < members.size(); ++y) {
                    ++all;
                    together += assign[members[x]] == assign[members[y]];
                }
        }
        std::vector<int> sizes(k, 0);
        for (int c : assign)
            ++sizes[c];
        mean.pairs += 100.0 * together / std::max(1L, all) / seeds;
        mean.languageNmi += nmi(assign, languages) / seeds;
        mean.largest += 100.0 * *std::max_element(sizes.begin(), sizes.end()) / assign.size() / seeds;
    }
    return mean;
}

void printFigures(const char *name, const Figures &f)
{
    std::printf("  %-34s pairs together %5.1f %%   NMI vs language %5.1f   largest theme %4.1f %%   (%.2f s)\n",
                name, f.pairs, f.languageNmi, f.largest, f.seconds);
}

QString firstWords(const QString &text, int count)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, count).join(QLatin1Char(' '));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QString dataDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/data");
    const QList<Item> items = readSib(dataDir);
    std::printf("SIB-200: %lld notes\n", qlonglong(items.size()));

    // ---- detection ------------------------------------------------------------------
    std::printf("\nLanguage detection (libexttextcat), accuracy on SIB-200:\n");
    QStringList everyFingerprint;
    for (const QString &file : QDir(LanguageResources().textcatDataDir).entryList({QStringLiteral("*.lm")}))
        everyFingerprint << file.chopped(3);
    const QList<QPair<const char *, QStringList>> candidateSets = {
        {"en fr es pt", {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")}},
        {"+ de it nl", {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt"),
                        QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("nl")}},
        {"+ ca gl it de nl", {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt"),
                              QStringLiteral("ca"), QStringLiteral("gl"), QStringLiteral("it"), QStringLiteral("de"),
                              QStringLiteral("nl")}},
        {"all fingerprints", everyFingerprint},
    };
    for (const auto &[name, candidates] : candidateSets) {
        LanguageResources resources;
        resources.candidateLanguages = candidates;
        LanguageWork work(resources);
        std::printf("  %-22s", name);
        for (int words : {0, 8, 4, 2}) {
            int right = 0;
            QElapsedTimer timer;
            timer.start();
            for (const Item &item : items)
                right += work.detect(words ? firstWords(item.text, words) : item.text) == item.language;
            const double seconds = timer.nsecsElapsed() / 1e9;
            if (words)
                std::printf("  first %d words %5.1f %%", words, 100.0 * right / items.size());
            else
                std::printf("  sentences %5.1f %% (%.3f s / 1,000)", 100.0 * right / items.size(),
                            seconds * 1000 / items.size());
        }
        std::printf("\n");
    }

    // ---- bridging ---------------------------------------------------------------------
    LanguageWork work;
    const LanguageAvailability availability = work.availability();
    std::printf("\nResources: detection %s, bridged to es: %s, missing: %s\n",
                availability.detection ? "yes" : "no", qPrintable(availability.bridgedLanguages.join(u' ')),
                availability.missingPackages.isEmpty() ? "none" : qPrintable(availability.missingPackages.join(u' ')));

    QList<QPair<QString, QString>> detectNotes, givenNotes;
    for (const Item &item : items) {
        detectNotes.append({item.text, QString()});
        givenNotes.append({item.text, item.language});
    }
    std::printf("\nLanguage work per 1,000 notes (seconds, Apertium batched: one process per pair):\n");
    const QList<QStringList> pivotSets = {{QStringLiteral("es")}, {QStringLiteral("en")}, LanguageWork::defaultPivots()};
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
                    qPrintable(pivots.join(u'+')), detected * 1000 / items.size(),
                    translated * 1000 / items.size(), 100.0 * same / items.size());
    }

    // ---- cross-language grouping --------------------------------------------------------
    const int k = 60;
    const int seeds = 3;
    std::printf("\nCross-language at K = %d (stand-in TF-IDF + k-means, mean of %d seeds; targets:"
                " pairs >= 80 %%, NMI vs language <= 10, largest <= 10 %%):\n", k, seeds);
    auto column = [&](auto make) {
        QStringList texts;
        for (qsizetype i = 0; i < items.size(); ++i)
            texts << make(i);
        return texts;
    };
    printFigures("no bridge (note text)", crossLanguage(items, column([&](qsizetype i) -> QString { return items[i].text; }), k, seeds));
    for (qsizetype p = 0; p < pivotSets.size(); ++p) {
        const QList<LanguageAnalysis> &a = analyses[p];
        auto bridged = [&](qsizetype i) -> QString {
            QStringList texts;
            for (const PivotText &pivot : a[i].pivots)
                texts << pivot.text;
            return a[i].pivots.isEmpty() ? items[i].text : texts.join(u' ');
        };
        const QByteArray name = "Apertium to " + pivotSets[p].join(u'+').toUtf8();
        printFigures(name.constData(), crossLanguage(items, column(bridged), k, seeds));
        const QByteArray both = name + " + note text";
        printFigures(both.constData(), crossLanguage(items, column([&](qsizetype i) -> QString {
            return bridged(i) + QLatin1Char(' ') + items[i].text;
        }), k, seeds));
    }
    return 0;
}
