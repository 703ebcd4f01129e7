// The grouping engine (issue 4) on the labelled sets in ../shared/data/clustering: each
// file imported through NotesCsv, grouped with K = its number of labels and with K chosen
// automatically, scored with NMI, ARI and ACC (Hungarian matching by the agenda engine's
// minCostAssignment) beside the scikit-learn LSA + k-means reference NMI; then the
// cross-language figures on SIB-200 and the speed targets. Prints; never fails. Run (the filter "speed" gives the speed
// figures alone):
//   build/tests/bench/bench_grouping ../shared/data/clustering [set-name-filter]
#include "formats/notescsv.h"
#include "grouping/groupingengine.h"
#include "grouping/heapsettings.h"
#include "scheduling/roommatching.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

using namespace cabildo;

namespace {

struct LabelledSet
{
    const char *file;
    const char *name;
    double referenceNmi; ///< scikit-learn LSA + k-means, data README
};

const LabelledSet sets[] = {
    {"banking77-test.csv", "Banking77", 60.7},
    {"clinc150-test.csv", "CLINC150", 72.2},
    {"tweet.csv", "Tweet", 82.5},
    {"googlenews-t.csv", "GoogleNews-T", 81.4},
    {"stackoverflow.csv", "StackOverflow", 69.8},
};

/** Labels as dense integers in first-seen order. */
std::vector<int> encode(const QStringList &values, int *count = nullptr)
{
    QHash<QString, int> codes;
    std::vector<int> out;
    for (const QString &value : values)
        out.push_back(codes.contains(value) ? codes.value(value) : codes.insert(value, int(codes.size())).value());
    if (count)
        *count = int(codes.size());
    return out;
}

struct Contingency
{
    std::map<std::pair<int, int>, double> cells;
    std::map<int, double> rows, columns;
    double n = 0;
    Contingency(const std::vector<int> &a, const std::vector<int> &b)
    {
        for (size_t i = 0; i < a.size(); ++i) {
            ++cells[{a[i], b[i]}];
            ++rows[a[i]];
            ++columns[b[i]];
        }
        n = double(a.size());
    }
};

double entropy(const std::map<int, double> &counts, double n)
{
    double h = 0;
    for (const auto &[key, count] : counts)
        h -= count / n * std::log(count / n);
    return h;
}

/** Normalised mutual information, arithmetic mean of the entropies (scikit-learn's default). */
double nmi(const std::vector<int> &truth, const std::vector<int> &found)
{
    const Contingency t(truth, found);
    double mi = 0;
    for (const auto &[cell, count] : t.cells)
        mi += count / t.n * std::log(count * t.n / (t.rows.at(cell.first) * t.columns.at(cell.second)));
    const double mean = (entropy(t.rows, t.n) + entropy(t.columns, t.n)) / 2;
    return mean > 0 ? mi / mean : 1.0;
}

double ari(const std::vector<int> &truth, const std::vector<int> &found)
{
    const Contingency t(truth, found);
    auto pairs = [](double x) { return x * (x - 1) / 2; };
    double index = 0, rowPairs = 0, columnPairs = 0;
    for (const auto &[cell, count] : t.cells)
        index += pairs(count);
    for (const auto &[key, count] : t.rows)
        rowPairs += pairs(count);
    for (const auto &[key, count] : t.columns)
        columnPairs += pairs(count);
    const double expected = rowPairs * columnPairs / pairs(t.n);
    const double maximum = (rowPairs + columnPairs) / 2;
    return maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
}

/** Accuracy under the best one-to-one matching of clusters to labels (Hungarian). */
double acc(const std::vector<int> &truth, const std::vector<int> &found)
{
    const int size =
        std::max(*std::max_element(truth.begin(), truth.end()), *std::max_element(found.begin(), found.end())) + 1;
    // Most notes matched = least cost with each shared note costing −1.
    std::vector<std::vector<qint64>> cost(size, std::vector<qint64>(size, 0));
    for (size_t i = 0; i < truth.size(); ++i)
        --cost[found[i]][truth[i]];
    const std::vector<int> assignment = agenda::minCostAssignment(cost);
    qint64 matched = 0;
    for (int row = 0; row < size; ++row)
        matched -= cost[row][assignment[row]];
    return double(matched) / double(truth.size());
}

/** Cluster of each note (by index in `notes`); ungrouped notes get a cluster of their own. */
std::vector<int> clusterOf(const QList<Note> &notes, const GroupingResult &result)
{
    QHash<qint64, int> byId;
    for (qsizetype s = 0; s < result.suggestions.size(); ++s)
        for (qint64 id : result.suggestions.at(s).itemIds)
            byId.insert(id, int(s));
    std::vector<int> labels;
    for (const Note &note : notes)
        labels.push_back(byId.value(note.id, int(result.suggestions.size())));
    return labels;
}

QList<GroupingItem> itemsOf(const QList<Note> &notes)
{
    QList<GroupingItem> items;
    for (const Note &note : notes)
        items.append({note.id, note.ref, note.text, note.language, {}, {}});
    return items;
}

struct Imported
{
    QList<Note> notes;
    QHash<QString, QString> column; ///< ref → the value of a scoring column
    double seconds = 0;
};

/** The notes as `cabildo import` reads them (ids given in file order), and a scoring column. */
Imported import(const QString &path, const QString &scoringColumn, const QString &refColumn = QStringLiteral("ref"))
{
    Imported imported;
    QElapsedTimer timer;
    timer.start();
    NotesCsv csv = NotesCsv::readFile(path);
    imported.seconds = timer.nsecsElapsed() / 1e9;
    if (!csv.error.isEmpty() && csv.table.error.isEmpty()) {
        // An import refuses a file with an empty note (GoogleNews-T has one); score the
        // rest, rebuilt in memory — the data file itself is never changed or copied.
        const int textAt = int(csv.table.header.indexOf(QStringLiteral("text")));
        QByteArray kept = csv.table.header.join(QLatin1Char(',')).toUtf8() + '\n';
        int skipped = 0;
        for (const QStringList &row : std::as_const(csv.table.rows)) {
            if (textAt < 0 || row.value(textAt).trimmed().isEmpty()) {
                ++skipped;
                continue;
            }
            QStringList quoted;
            for (QString field : row)
                quoted.append(QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\""))
                              + QLatin1Char('"'));
            kept += quoted.join(QLatin1Char(',')).toUtf8() + '\n';
        }
        std::fprintf(stderr, "%s: %s — %d empty row(s) left out\n", qPrintable(path), qPrintable(csv.error), skipped);
        csv = NotesCsv::read(kept);
    }
    if (!csv.error.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(csv.error));
        return imported;
    }
    for (qsizetype i = 0; i < csv.notes.size(); ++i)
        csv.notes[i].id = i + 1;
    imported.notes = csv.notes;
    const int refAt = int(csv.table.header.indexOf(refColumn));
    const int valueAt = int(csv.table.header.indexOf(scoringColumn));
    for (const QStringList &row : std::as_const(csv.table.rows))
        if (refAt >= 0 && valueAt >= 0)
            imported.column.insert(row.value(refAt), row.value(valueAt));
    return imported;
}

/** ref → one column of a scoring file that is not a notes CSV (it has no text). */
QHash<QString, QString> scoringColumn(const QString &path, const QString &column)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const CsvTable table = CsvTable::parse(file.readAll());
    const qsizetype refAt = table.header.indexOf(QStringLiteral("ref"));
    const qsizetype valueAt = table.header.indexOf(column);
    QHash<QString, QString> values;
    for (const QStringList &row : table.rows)
        if (refAt >= 0 && valueAt >= 0)
            values.insert(row.value(refAt), row.value(valueAt));
    return values;
}

struct Scores
{
    double nmi, ari, acc, seconds;
    int clusters;
};

Scores score(const QList<Note> &notes, const std::vector<int> &truth, const GroupingEngine &engine, int k,
             double prepareSeconds)
{
    QElapsedTimer timer;
    timer.start();
    const GroupingResult result = engine.suggest(k);
    const double seconds = prepareSeconds + timer.nsecsElapsed() / 1e9;
    const std::vector<int> found = clusterOf(notes, result);
    return {100 * nmi(truth, found), 100 * ari(truth, found), 100 * acc(truth, found), seconds, result.clusters};
}

void labelledSets(const QDir &data, const QString &filter, const GroupingOptions &options)
{
    std::printf("%-14s %6s %5s | %-24s | %-28s | %6s %6s\n", "set", "notes", "K", "K given: NMI ARI ACC s",
                "K auto: K NMI ARI ACC s", "sk-LSA", "import");
    for (const LabelledSet &set : sets) {
        if (!filter.isEmpty() && !QString::fromLatin1(set.name).contains(filter, Qt::CaseInsensitive))
            continue;
        const Imported imported = import(data.filePath(QString::fromLatin1(set.file)), QStringLiteral("label"));
        QStringList labels;
        for (const Note &note : imported.notes)
            labels.append(imported.column.value(note.ref));
        int trueK = 0;
        const std::vector<int> truth = encode(labels, &trueK);

        QElapsedTimer timer;
        timer.start();
        GroupingEngine engine(options);
        engine.setItems(itemsOf(imported.notes));
        const double prepare = timer.nsecsElapsed() / 1e9;
        const Scores given = score(imported.notes, truth, engine, trueK, prepare);
        const Scores automatic = score(imported.notes, truth, engine, 0, prepare);
        std::printf(
            "%-14s %6lld %5d | %5.1f %5.1f %5.1f %6.2f | %4d %5.1f %5.1f %5.1f %6.2f | %6.1f %6.2f  %s\n", set.name,
            qlonglong(imported.notes.size()), trueK, given.nmi, given.ari, given.acc, given.seconds, automatic.clusters,
            automatic.nmi, automatic.ari, automatic.acc, automatic.seconds, set.referenceNmi, imported.seconds,
            given.nmi >= set.referenceNmi ? (automatic.nmi >= given.nmi - 5 ? "ok" : "auto LOW") : "BELOW reference");
        std::fflush(stdout);
    }
}

void crossLanguage(const QDir &data, const GroupingOptions &options)
{
    const Imported imported =
        import(data.filePath(QStringLiteral("sib200-train-en-fr-es-pt.csv")), QStringLiteral("label"));
    const QHash<QString, QString> groups =
        scoringColumn(data.filePath(QStringLiteral("sib200-train-groups.csv")), QStringLiteral("sentence"));
    const QHash<QString, QString> languages =
        scoringColumn(data.filePath(QStringLiteral("sib200-train-groups.csv")), QStringLiteral("language"));
    if (imported.notes.isEmpty())
        return;
    QStringList topics, languageOf;
    for (const Note &note : imported.notes) {
        topics.append(imported.column.value(note.ref));
        languageOf.append(languages.value(note.ref));
    }
    GroupingEngine engine(options);
    engine.setItems(itemsOf(imported.notes));
    int topicCount = 0;
    const std::vector<int> topicTruth = encode(topics, &topicCount);
    const std::vector<int> languageTruth = encode(languageOf);
    for (int k : {60, topicCount}) {
        const GroupingResult result = engine.suggest(k);
        const std::vector<int> found = clusterOf(imported.notes, result);
        QHash<QString, QList<int>> bySentence;
        for (qsizetype i = 0; i < imported.notes.size(); ++i)
            bySentence[groups.value(imported.notes.at(i).ref)].append(found[i]);
        long together = 0, pairs = 0;
        for (const QList<int> &clusters : std::as_const(bySentence))
            for (qsizetype a = 0; a < clusters.size(); ++a)
                for (qsizetype b = a + 1; b < clusters.size(); ++b, ++pairs)
                    together += clusters.at(a) == clusters.at(b);
        qsizetype largest = 0;
        for (const Suggestion &suggestion : result.suggestions)
            largest = std::max(largest, suggestion.itemIds.size());
        std::printf("SIB-200 K=%-3d translation pairs together %5.1f %% (target >= 80)  NMI vs language %5.1f "
                    "(target <= 10)  largest theme %5.1f %% (target <= 10)  NMI vs topic %5.1f\n",
                    k, 100.0 * double(together) / double(pairs), 100 * nmi(languageTruth, found),
                    100.0 * double(largest) / double(imported.notes.size()), 100 * nmi(topicTruth, found));
    }
}

void speed(const QDir &data, const GroupingOptions &options)
{
    const Imported banking = import(data.filePath(QStringLiteral("banking77-test.csv")), QStringLiteral("label"));
    for (int size : {2000, 500}) {
        const QList<GroupingItem> items = itemsOf(banking.notes.mid(0, size));
        QElapsedTimer timer;
        timer.start();
        GroupingEngine engine(options);
        engine.setItems(items);
        const double prepare = timer.nsecsElapsed() / 1e6;
        timer.restart();
        engine.suggest(size / 25);
        const double cluster = timer.nsecsElapsed() / 1e6;
        std::printf(
            "%d Banking77 notes: text work + LSA %.0f ms, k-means K=%d %.0f ms, total %.0f ms (target <= 150)\n", size,
            prepare, size / 25, cluster, prepare + cluster);
        if (size != 500)
            continue;
        double slowest = 0;
        for (double g = 0; g <= 1.0001; g += 0.1) {
            timer.restart();
            engine.suggestAtGranularity(g);
            slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
        }
        std::printf("500 notes: slowest slider re-grouping (granularity 0..1, K %d..%d) %.1f ms (target <= 50)\n",
                    engine.clustersAtGranularity(0), engine.clustersAtGranularity(1), slowest);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    prepareHeap(); // as the app's main() does
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_grouping DATA_FOLDER [set-name-filter | sib | speed]\n");
        return 2;
    }
    const QDir data(QString::fromLocal8Bit(argv[1]));
    const QString filter = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    GroupingOptions options;
    options.fallbackLanguage = QStringLiteral("en"); // the labelled sets are English, with no language column
    if (filter == QLatin1String("speed")) {          // the speed figures alone, e.g. under a profiler
        speed(data, options);
        return 0;
    }
    labelledSets(data, filter, options);
    if (filter.isEmpty() || filter == QLatin1String("sib")) {
        crossLanguage(data, GroupingOptions{}); // no language known: no stemming, no translation yet
        speed(data, options);
    }
    return 0;
}
