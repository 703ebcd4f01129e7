#pragma once

// Inside the language work, shared by languagework.cpp (translation) and
// languagework_detection.cpp (detection): the pairs, the private data, the helpers.

#include "grouping/languagework.h"
#include "grouping/nullflushprocess.h"

#include <QByteArray>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace cabildo {

namespace languagework_detail {

/** Apertium modes between the app's languages, and the Debian package of each. */
struct Pair
{
    const char *from;
    const char *to;
    const char *mode;
    const char *package;
};

/** The steps from one language to another: direct, or through Spanish. Empty when none. */
QList<const Pair *> route(const QString &from, const QString &to);

/** A program run over one batch (the apertium script, an analyser); nothing when it fails. */
std::optional<QByteArray> filter(const QString &program, const QStringList &arguments, const QByteArray &input,
                                 int timeout);

/** One batch of notes through one pair: the lines as sent, and which got a stop of ours. */
struct PreparedBatch
{
    QByteArray input;
    QList<bool> stopped;
    int timeout = 0;
};

/** Lines (none empty) to carry through one pair; `then` gets one output per line, empty where it failed. */
struct PairJob
{
    const Pair *pair;
    QStringList lines;
    std::function<void(const QStringList &)> then;
};

} // namespace languagework_detail

struct LanguageWork::Private
{
    using Pair = languagework_detail::Pair;
    using PreparedBatch = languagework_detail::PreparedBatch;
    using PairJob = languagework_detail::PairJob;

    LanguageResources resources;
    void *textcat = nullptr;
    QString apertium;   ///< resolved program, empty when missing
    QString ltProc;     ///< Apertium's lexical processor (lttoolbox), for short notes' detection
    QString wblankMode; ///< writes a mode's pipeline in null-flush mode; empty: through the apertium script
    /** Kept-open apertium pipelines by mode, and lt-proc analysers by language ("lt-proc en"). */
    mutable std::map<QString, std::unique_ptr<NullFlushProcess>> keptOpen;

    QList<QPair<QString, int>> ranked(const QString &text) const;
    QString analyser(const QString &language) const;
    QByteArray analyserInput(const QStringList &lines) const;
    QList<int> knownWords(const QString &language, const QStringList &lines) const;
    static QList<int> countKnown(const QByteArray &raw, const QStringList &lines);
    /** Per language, how many words of each line its analyser knows: all analysers side by side. */
    QHash<QString, QList<int>> knownWordsEverywhere(const QStringList &lines) const;
    NullFlushProcess *analyserProcess(const QString &language) const;

    bool hasMode(const Pair *pair) const
    {
        return !apertium.isEmpty()
               && QFileInfo::exists(resources.apertiumDataDir + QStringLiteral("/modes/") + QLatin1String(pair->mode)
                                    + QStringLiteral(".mode"));
    }
    bool canRoute(const QString &from, const QString &to) const
    {
        const QList<const Pair *> steps = languagework_detail::route(from, to);
        return !steps.isEmpty()
               && std::all_of(steps.begin(), steps.end(), [this](const Pair *p) { return hasMode(p); });
    }
    int timeoutFor(qsizetype bytes) const
    {
        // Generous: about a second per thousand short notes, so minutes mean a hang.
        return resources.apertiumTimeoutMs > 0 ? resources.apertiumTimeoutMs
                                               : 60000 + int(std::min<qsizetype>(bytes / 10, 600000));
    }
    NullFlushProcess *pipeline(const Pair *pair) const;
    PreparedBatch prepare(const QStringList &lines) const;
    QStringList finish(const PreparedBatch &batch, const QByteArray &raw, qsizetype lines, bool *aligned) const;
    QStringList runMode(const Pair *pair, const QStringList &lines) const;
    QStringList runModeOnce(const Pair *pair, const QStringList &lines, bool *aligned, bool *failed) const;
    std::optional<QByteArray> runPerBatch(const Pair *pair, const QByteArray &input, int timeout) const;
    void runJobs(std::deque<PairJob> &jobs) const;
};

} // namespace cabildo
