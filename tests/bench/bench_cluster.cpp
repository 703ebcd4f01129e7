// `cabildo cluster` end to end against scikit-learn (issue 16), both in one run, on the
// labelled sets of 10,000 texts or more in ../shared/data/clustering (GoogleNews-T, 11,109
// texts with one empty; StackOverflow, 20,000). For each set:
//  - the event is prepared beforehand, as a facilitator's import leaves it: `cabildo new`,
//    then `cabildo import` of the set, which stores every note's language work (not timed
//    here: bench_language measures it);
//  - Cabildo: the whole `cabildo cluster COPY --clusters K --json` process on a fresh copy
//    of that event (open, group, store the themes and a restore point, print), wall time
//    and peak RSS (wait4), REPEATS times;
//  - scikit-learn (sklearn_pipeline.py, Debian's python3-sklearn): TfidfVectorizer
//    (sublinear_tf, min_df=2) → TruncatedSVD(100) → Normalizer → KMeans(n_init=5), seed 0,
//    the fit alone in a warm interpreter, REPEATS times;
// then the medians, NMI of both against the labels (K = the number of labels), and the
// ratio. Prints; never fails. Run:
//   build/tests/bench/bench_cluster ../shared/data/clustering [REPEATS] [set-name-filter]
// (CABILDO_BINARY=path/to/cabildo to measure another build of cabildo.)
#include "formats/notescsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace cabildo;

namespace {

struct LabelledSet
{
    const char *file;
    const char *name;
};

const LabelledSet sets[] = {
    {"googlenews-t.csv", "GoogleNews-T"},
    {"stackoverflow.csv", "StackOverflow"},
};

/** Normalised mutual information, arithmetic mean of the entropies (scikit-learn's default). */
double nmi(const std::vector<int> &a, const std::vector<int> &b)
{
    std::map<std::pair<int, int>, double> cells;
    std::map<int, double> rows, columns;
    for (size_t i = 0; i < a.size(); ++i) {
        ++cells[{a[i], b[i]}];
        ++rows[a[i]];
        ++columns[b[i]];
    }
    const double n = double(a.size());
    auto entropy = [n](const std::map<int, double> &counts) {
        double h = 0;
        for (const auto &[key, count] : counts)
            h -= count / n * std::log(count / n);
        return h;
    };
    double mi = 0;
    for (const auto &[cell, count] : cells)
        mi += count / n * std::log(count * n / (rows.at(cell.first) * columns.at(cell.second)));
    const double mean = (entropy(rows) + entropy(columns)) / 2;
    return mean > 0 ? mi / mean : 1.0;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t half = values.size() / 2;
    return values.size() % 2 ? values[half] : (values[half - 1] + values[half]) / 2;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("?");
}

struct Child
{
    int exitCode = -1;
    double seconds = 0;
    double peakMegabytes = 0;
};

/** Runs a program with stdout into `outPath`, timing it and reading its own peak RSS (not the bench's). */
Child spawn(const QStringList &arguments, const QString &outPath)
{
    std::vector<QByteArray> storage;
    for (const QString &argument : arguments)
        storage.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(outPath);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    Child child;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return child;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    child.seconds = timer.nsecsElapsed() / 1e9;
    posix_spawn_file_actions_destroy(&actions);
    child.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    child.peakMegabytes = double(usage.ru_maxrss) / 1024.0; // kB on Linux
    return child;
}

/** ref → theme from `cabildo cluster --json`; ungrouped notes share one cluster (-1). */
QHash<QString, int> themesOf(const QString &jsonPath)
{
    QFile file(jsonPath);
    QHash<QString, int> themeOf;
    if (!file.open(QIODevice::ReadOnly))
        return themeOf;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray themes = object.value(QStringLiteral("themes")).toArray();
    for (qsizetype t = 0; t < themes.size(); ++t)
        for (const QJsonValue &ref : themes.at(t).toObject().value(QStringLiteral("refs")).toArray())
            themeOf.insert(ref.toString(), int(t));
    for (const QJsonValue &ref : object.value(QStringLiteral("ungrouped")).toArray())
        themeOf.insert(ref.toString(), -1);
    return themeOf;
}

/** NMI against the labels over the refs `found` places. */
double score(const QHash<QString, QString> &labelOf, const QHash<QString, int> &found)
{
    QHash<QString, int> codes;
    std::vector<int> truth, clusters;
    for (auto it = labelOf.cbegin(); it != labelOf.cend(); ++it) {
        const auto at = found.constFind(it.key());
        if (at == found.cend())
            continue;
        truth.push_back(codes.contains(it.value()) ? codes.value(it.value())
                                                   : codes.insert(it.value(), int(codes.size())).value());
        clusters.push_back(*at);
    }
    return truth.empty() ? 0 : 100 * nmi(truth, clusters);
}

struct Prepared
{
    QString name, csv, event;
    int k = 0;
    qsizetype notes = 0;
    QHash<QString, QString> labelOf; ///< ref → label, notes with a text only
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_cluster DATA_FOLDER [REPEATS] [set-name-filter]\n");
        return 2;
    }
    const QDir data(QString::fromLocal8Bit(argv[1]));
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const QString filter = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    // CABILDO_BINARY=… measures another build (a "before" beside this "after").
    const QString cabildo = qEnvironmentVariable("CABILDO_BINARY", QStringLiteral(CABILDO_BINARY));
    const QString python = QStringLiteral("/usr/bin/python3"); // Debian's, where python3-sklearn is
    const QString script = QStringLiteral(SKLEARN_PIPELINE);
    // The command line in English, with no display: as a script runs it.
    qputenv("LANGUAGE", "");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");

    QTemporaryDir work;
    std::printf("machine: %s, %d cores; load at start %s; %d run(s) each, medians; %s\n", qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(loadAverage()), repeats, qPrintable(cabildo));

    // Preparation, not timed: an event per set with its notes and their language work.
    std::vector<Prepared> prepared;
    for (const LabelledSet &set : sets) {
        if (!filter.isEmpty() && !QString::fromLatin1(set.name).contains(filter, Qt::CaseInsensitive))
            continue;
        Prepared p;
        p.name = QString::fromLatin1(set.name);
        p.csv = data.filePath(QString::fromLatin1(set.file));
        p.event = work.filePath(p.name + QStringLiteral(".cabildo"));
        const NotesCsv csv = NotesCsv::readFile(p.csv);
        const qsizetype refAt = csv.table.header.indexOf(QStringLiteral("ref"));
        const qsizetype textAt = csv.table.header.indexOf(QStringLiteral("text"));
        const qsizetype labelAt = csv.table.header.indexOf(QStringLiteral("label"));
        QSet<QString> labels;
        for (const QStringList &row : csv.table.rows)
            if (!row.value(textAt).trimmed().isEmpty()) {
                p.labelOf.insert(row.value(refAt), row.value(labelAt));
                labels.insert(row.value(labelAt));
            }
        p.k = int(labels.size());
        p.notes = p.labelOf.size();
        QElapsedTimer timer;
        timer.start();
        const QString log = work.filePath(QStringLiteral("prepare.log"));
        const Child created = spawn({cabildo, QStringLiteral("new"), p.event, QStringLiteral("--title"), p.name}, log);
        const Child imported = spawn({cabildo, QStringLiteral("import"), p.event, p.csv}, log);
        if (created.exitCode != 0 || imported.exitCode != 0) {
            std::fprintf(stderr, "%s: could not prepare the event\n", qPrintable(p.name));
            continue;
        }
        std::printf("%s: event prepared (import with language work) in %.1f s\n", qPrintable(p.name),
                    timer.nsecsElapsed() / 1e9);
        std::fflush(stdout);
        prepared.push_back(p);
    }
    if (prepared.empty())
        return 1;

    // scikit-learn: one warm interpreter for every set.
    QStringList pythonArguments{script, QString::number(repeats)};
    for (const Prepared &p : prepared)
        pythonArguments.append(QString::number(p.k) + QLatin1Char(':') + p.csv);
    const QString sklearnOut = work.filePath(QStringLiteral("sklearn.jsonl"));
    const QString loadBefore = loadAverage();
    if (spawn(QStringList{python} + pythonArguments, sklearnOut).exitCode != 0)
        std::fprintf(stderr, "scikit-learn's run failed (is python3-sklearn installed?)\n");
    QHash<QString, QJsonObject> sklearn;
    QFile sklearnFile(sklearnOut);
    if (sklearnFile.open(QIODevice::ReadOnly))
        for (const QByteArray &line : sklearnFile.readAll().split('\n'))
            if (!line.trimmed().isEmpty()) {
                const QJsonObject object = QJsonDocument::fromJson(line).object();
                sklearn.insert(object.value(QStringLiteral("file")).toString(), object);
            }

    std::printf("%-14s %6s %4s | %-19s | %-27s | %s\n", "set", "notes", "K", "scikit-learn: s NMI",
                "cabildo cluster: s NMI MB", "sk-learn s / cabildo s");
    for (const Prepared &p : prepared) {
        const QJsonObject reference = sklearn.value(p.csv);
        std::vector<double> sklearnSeconds;
        for (const QJsonValue &s : reference.value(QStringLiteral("seconds")).toArray())
            sklearnSeconds.push_back(s.toDouble());
        QHash<QString, int> sklearnClusters;
        const QJsonArray refs = reference.value(QStringLiteral("refs")).toArray();
        const QJsonArray clusters = reference.value(QStringLiteral("labels")).toArray();
        for (qsizetype i = 0; i < refs.size() && i < clusters.size(); ++i)
            sklearnClusters.insert(refs.at(i).toString(), clusters.at(i).toInt());

        std::vector<double> seconds, megabytes;
        double cabildoNmi = 0;
        for (int run = 0; run < repeats; ++run) {
            const QString copy = work.filePath(QStringLiteral("run.cabildo"));
            QFile::remove(copy);
            QFile::copy(p.event, copy);
            const QString out = work.filePath(QStringLiteral("cluster.json"));
            const Child child = spawn({cabildo, QStringLiteral("cluster"), copy, QStringLiteral("--clusters"),
                                       QString::number(p.k), QStringLiteral("--json")},
                                      out);
            if (child.exitCode != 0) {
                std::fprintf(stderr, "%s: cabildo cluster failed (%d)\n", qPrintable(p.name), child.exitCode);
                break;
            }
            seconds.push_back(child.seconds);
            megabytes.push_back(child.peakMegabytes);
            cabildoNmi = score(p.labelOf, themesOf(out)); // the same every run: deterministic
        }
        const double sk = median(sklearnSeconds), ours = median(seconds);
        std::printf("%-14s %6lld %4d | %8.2f %5.1f      | %8.2f %5.1f %6.0f       | %5.2f×  %s\n", qPrintable(p.name),
                    qlonglong(p.notes), p.k, sk, score(p.labelOf, sklearnClusters), ours, cabildoNmi,
                    megabytes.empty() ? 0.0 : *std::max_element(megabytes.begin(), megabytes.end()),
                    ours > 0 ? sk / ours : 0.0, ours > 0 && sk / ours >= 3 ? "ok" : "target >= 3×");
        std::fflush(stdout);
    }
    std::printf("load before scikit-learn %s, at the end %s (1, 5, 15 min)\n", qPrintable(loadBefore),
                qPrintable(loadAverage()));
    return 0;
}
