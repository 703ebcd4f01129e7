#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace cabildo {

/** A note carried into one pivot language. */
struct PivotText
{
    QString language; ///< "es", "en"
    QString text;     ///< on one line; the note itself when it is already in that language

    bool operator==(const PivotText &) const = default;
};

/**
 * What the language work found for one note, computed once when the note is added and
 * stored with it, so that grouping never waits for a translator.
 *
 * `pivots` holds the pivot languages the note could be carried into, in the order asked;
 * it is empty when the note's language is unknown or not bridgeable, or the translator is
 * not installed, and grouping then falls back to the note's own text.
 */
struct LanguageAnalysis
{
    QString detectedLanguage; ///< the note's language: the one given, else detected; empty when unknown
    QList<PivotText> pivots;

    bool operator==(const LanguageAnalysis &) const = default;

    /** The note in `language`, or empty when it was not carried there. */
    QString pivotText(const QString &language) const;

    /**
     * The words the grouping engine takes as GroupingItem::analysis: each pivot text
     * tokenised and stemmed in its own language (GroupingEngine::terms), space-separated;
     * empty when the note reached no pivot, so the engine falls back to the note's text.
     */
    QString groupingWords() const;

    /** One plain string for the event file: "language<TAB>pivot<TAB>text<TAB>pivot<TAB>text...". */
    QString toStorageString() const;
    static LanguageAnalysis fromStorageString(const QString &stored);
};

/** Where the Debian resources live. Tests point these at missing paths. */
struct LanguageResources
{
    QString textcatDataDir = QStringLiteral("/usr/share/libexttextcat"); ///< libexttextcat-data
    QString apertiumProgram = QStringLiteral("apertium");                ///< a name in PATH or a path
    QString apertiumDataDir = QStringLiteral("/usr/share/apertium");     ///< holds modes/*.mode
    /**
     * Languages the detector chooses between: the app's four by default. Short notes are
     * misread when more fingerprints compete (on SIB-200's first four words: 88 % right
     * with these four, 84 % with German, Italian and Dutch added, 62 % with all 160), and
     * a note in another language gains little from any of the bridges anyway.
     */
    QStringList candidateLanguages = defaultCandidates();
    /**
     * One apertium pipeline per language pair, and one lt-proc analyser per language for short
     * notes' detection, kept running for the life of the LanguageWork and fed batch after batch
     * in their null-flush mode (-z), instead of processes per batch: loading a pair's
     * transducers takes 0.4-0.7 s. The pairs and the analysers run side by side, and the
     * deformatting is done in the app (ApertiumFormat). Off: the per-batch way, one pair after
     * another through the apertium script (same output).
     */
    bool keepApertiumOpen = true;
    /** The longest a kept-open pipeline may take per batch before it is killed; 0: by batch size. */
    int apertiumTimeoutMs = 0;

    static QStringList defaultCandidates();
    /** Defaults, overridden by CABILDO_TEXTCAT_DIR, CABILDO_APERTIUM, CABILDO_APERTIUM_DATA. */
    static LanguageResources fromEnvironment();
};

/** Which parts of the language work this machine can do, and what to install for the rest. */
struct LanguageAvailability
{
    bool detection = false;       ///< libexttextcat fingerprints found
    QStringList bridgedLanguages; ///< of en, es, fr, pt: those that reach every pivot
    QStringList missingPackages;  ///< Debian packages that would complete the work

    bool complete() const { return missingPackages.isEmpty(); }
};

/**
 * The slow, once-per-note language work behind cross-language grouping: detect the language
 * of notes that do not give one (libexttextcat among a few candidates; Apertium's
 * dictionaries for short notes) and carry every note into the pivot languages (Spanish and
 * English) with Apertium, so that notes about the same thing in English, French, Spanish
 * and Portuguese share words. Many notes go through one apertium pipeline per language pair
 * (one note per line), never one process per note, and the pipelines stay running from batch
 * to batch (LanguageResources::keepApertiumOpen).
 *
 * Apertium rather than FreeDict: word-by-word FreeDict lookups into English (fra-eng,
 * por-eng, spa-eng: 4,500–10,600 headwords, no inflected forms) brought 11 % of SIB-200
 * translation pairs together where Apertium to English brought 67 %, through the same engine.
 *
 * Works without its resources: no fingerprints → empty language; no apertium or pair →
 * no pivot for the notes it cannot carry. Output depends only on the input and the
 * installed data. Not thread-safe: one instance per thread.
 */
class LanguageWork
{
public:
    explicit LanguageWork(LanguageResources resources = LanguageResources::fromEnvironment());
    ~LanguageWork();
    LanguageWork(const LanguageWork &) = delete;
    LanguageWork &operator=(const LanguageWork &) = delete;

    /** What the default resources allow, for the app to say what cross-language grouping lacks. */
    static LanguageAvailability available(const QStringList &pivots = defaultPivots());
    LanguageAvailability availability(const QStringList &pivots = defaultPivots()) const;

    /** The note's language among the candidates ("en", "fr", ...) by libexttextcat alone, or empty when unable. */
    QString detect(const QString &text) const;

    /**
     * The languages of many notes, in order. Notes of fewer than `shortWords` words are
     * settled by Apertium's dictionaries (the candidate whose analyser knows most of their
     * words) when they are installed, libexttextcat breaking ties; longer ones by
     * libexttextcat alone. One lt-proc process per language for the whole batch.
     */
    QStringList detectAll(const QStringList &texts) const;
    static constexpr int shortWords = 10;

    /**
     * Spanish and English. On SIB-200 (stand-in TF-IDF + k-means, K = 60) translation pairs
     * land together 72 % of the time through Spanish alone, 75 % through English alone and
     * 79 % through both: each translator misses words the other gets.
     */
    static QStringList defaultPivots();

    /**
     * One analysis per (text, language) pair, in order. An empty language is detected;
     * a given one ("pt-BR", "en_GB") is kept as its primary subtag. Every route goes through
     * Spanish (the language all of Debian's Apertium pairs share), so each note is translated
     * into Spanish once and, for other pivots, on from there in one more batch.
     */
    QList<LanguageAnalysis> analyse(const QList<QPair<QString, QString>> &notes,
                                    const QStringList &pivots = defaultPivots());

    /**
     * Texts carried from one language to another (directly, or through Spanish), one output
     * per input in order; an empty string where the translator failed. `ok` tells whether
     * a route exists and ran.
     */
    QStringList translate(const QStringList &texts, const QString &from, const QString &to, bool *ok = nullptr) const;

    /** "pt-BR" → "pt", "EN_gb" → "en". */
    static QString primaryLanguage(const QString &tag);
    /** A note's text on one line as the translator sees it: controls and runs of spaces become one space. */
    static QString oneLine(const QString &text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cabildo
