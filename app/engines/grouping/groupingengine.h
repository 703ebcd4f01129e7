#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace cabildo {

/** A note as the grouping engine sees it: no storage, no board, just its words. */
struct GroupingItem
{
    qint64 id = 0;
    QString ref; ///< the note's own identifier; with the text, its stable sort key
    QString text;
    QString language; ///< BCP 47 tag, or empty when unknown
    /**
     * Optional words from the per-note language work, stored with the note: e.g. the
     * stems of its translation into a pivot language, separated by spaces. Used as they
     * are (no further stemming), instead of or beside the note's own words.
     */
    QString analysis;
    /**
     * The note carried into other languages by the language work, as (language, text):
     * stemmed in their own language and added to the note's words. Their written words
     * can also title a theme in the facilitator's language.
     */
    QList<QPair<QString, QString>> translations;
};

/** How an item's `analysis` words combine with the words of its own text. */
enum class AnalysisUse
{
    Replace,
    Add
};

struct GroupingOptions
{
    QString fallbackLanguage; ///< stems notes whose language is empty (e.g. the event's language)
    AnalysisUse analysisUse = AnalysisUse::Replace;
    QString titleLanguage; ///< titles in this language where its words allow (the interface's)
    int dimensions = 200;  ///< LSA dimensions
    int restarts = 5;      ///< k-means restarts, keeping the lowest inertia
    unsigned seed = 2026;
};

/** One proposed theme, with what it would be called and why its notes belong together. */
struct Suggestion
{
    QList<qint64> itemIds;   ///< ascending
    QString title;           ///< its most characteristic terms, e.g. "portal, open, data"; empty when none qualifies
    QStringList sharedTerms; ///< terms most of its notes contain: the reason
    double similarity = 0;   ///< mean cosine of its notes to the theme's centre, 0..1
};

/** What "Suggest themes" shows: nothing here changes an event until accepted. */
struct GroupingResult
{
    QList<Suggestion> suggestions;       ///< largest first
    QList<QList<qint64>> nearDuplicates; ///< notes saying the same thing, to stack
    QList<qint64> ungrouped;             ///< notes with no usable words (only punctuation…)
    int clusters = 0;                    ///< number of suggestions
    QString message;                     ///< for the facilitator, when something was adjusted
};

/**
 * The automatic grouping: TF-IDF over stemmed, accent-folded words, LSA, then k-means.
 * `setItems()` does the text work once; `suggest()` and `suggestAtGranularity()` then
 * only cluster, so a slider can re-group quickly. Deterministic: items are sorted by
 * text, ref and id before anything random, and every seed is fixed.
 */
class GroupingEngine
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::GroupingEngine)

public:
    explicit GroupingEngine(GroupingOptions options = {});
    ~GroupingEngine();

    void setItems(const QList<GroupingItem> &items);
    int itemCount() const;

    /** `clusters` themes (0 = chosen automatically), fewer when there are fewer distinct notes. */
    GroupingResult suggest(int clusters) const;

    /** From few broad themes (0) to many narrow ones (1). */
    GroupingResult suggestAtGranularity(double granularity) const;
    int clustersAtGranularity(double granularity) const;

    /** The number of themes the automatic choice would make. */
    int automaticClusterCount() const;

    /** The terms grouping uses for one text (tokenised, stemmed, folded): for tests. */
    static QStringList terms(const QString &text, const QString &language);

private:
    GroupingResult suggest(int clusters, int restarts) const;

    struct Prepared;
    GroupingOptions m_options;
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace cabildo
