#pragma once

#include "grouping/groupingengine.h"
#include "openevent.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace cabildo {

class BoardScene;

/**
 * "Suggest themes": the grouping engine's proposals in a side panel, each with its
 * title, its notes and why they belong together (shared terms, similarity). Nothing
 * changes on the board until the facilitator accepts a suggestion (its title editable),
 * or all of them at once; rejecting one just drops it. The slider's position is the
 * number of themes, from few broad ones to many narrow ones; it starts at the number a
 * facilitator can use (notegrouping::defaultThemeCount). Choosing a suggestion selects
 * its notes on the board and brings them into view.
 */
class SuggestionsPanel : public QWidget, public EventBorrower
{
    Q_OBJECT

public:
    explicit SuggestionsPanel(BoardScene *scene, QWidget *parent = nullptr);

    /** Computes suggestions for the notes not in a theme (all notes when "all" is ticked). */
    void suggest();
    /** Forgets the suggestions. */
    void reset();
    /** Another event (or none): the suggestions were for the notes of the one before. It reads the notes through the
     * board. */
    void setDocument(EventDocument *document) override;
    int suggestionCount() const;
    /** Accepts suggestion `index` (as shown) as a theme: one undoable step. */
    bool accept(int index);
    /** Accepts every suggestion listed, each as a theme: one undoable step. */
    bool acceptAll();
    void reject(int index);
    /** The room sees this window (issue 14): while notes are face down, the suggestions
     *  (their notes' texts and shared terms) give way to a line saying so until the
     *  facilitator peeks (F8). */
    void setSeenByRoom(bool seen);
    bool isConcealed() const { return m_concealed; }
    /** Stacks each group of notes that say the same thing: one undoable move. */
    bool stackDuplicates();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void regroup();
    /** The notes to group now, and the engine's words for them when they changed (accepted, added, deleted). */
    QList<GroupingItem> refreshItems();
    void setSliderRange();
    void show(const GroupingResult &result);
    void updateSummary();
    void updateButtons();
    void updateConcealment();
    /** Selects the notes of a suggestion (or the one note of a note row) on the board and brings them into view. */
    void showOnBoard(QTreeWidgetItem *item);

    BoardScene *m_scene;
    std::unique_ptr<GroupingEngine> m_engine;
    QPushButton *m_suggest;
    QCheckBox *m_allNotes;
    QLabel *m_broad;
    QLabel *m_narrow;
    QSlider *m_granularity;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_curtain;
    QPushButton *m_accept;
    QPushButton *m_acceptAll;
    QPushButton *m_reject;
    QPushButton *m_stack;
    QList<qint64> m_grouped; ///< the notes the engine holds, ascending
    QList<Suggestion> m_suggestions;
    int m_offered = 0; ///< how many the last grouping proposed: "none left" once all are handled
    QList<QList<qint64>> m_duplicates;
    QString m_message;                 ///< what the engine adjusted, if anything
    QString m_notice;                  ///< what the language work lacks, if anything
    QPointer<EventDocument> m_watched; ///< whose face-down notes decide the curtain
    bool m_seenByRoom = false;
    bool m_concealed = false;
};

} // namespace cabildo
