#pragma once

#include "grouping/groupingengine.h"

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
 * changes on the board until the facilitator accepts a suggestion (its title editable);
 * rejecting one just drops it. The slider goes from few broad themes to many narrow ones.
 */
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionsPanel(BoardScene *scene, QWidget *parent = nullptr);

    /** Computes suggestions for the notes not in a theme (all notes when "all" is ticked). */
    void suggest();
    /** Forgets the suggestions: another event was opened. */
    void reset();
    int suggestionCount() const;
    /** Accepts suggestion `index` (as shown) as a theme: one undoable step. */
    bool accept(int index);
    void reject(int index);
    /** Stacks each group of notes that say the same thing: one undoable move. */
    bool stackDuplicates();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void regroup();
    void show(const GroupingResult &result);
    void updateButtons();

    BoardScene *m_scene;
    std::unique_ptr<GroupingEngine> m_engine;
    QPushButton *m_suggest;
    QCheckBox *m_allNotes;
    QLabel *m_broad;
    QLabel *m_narrow;
    QSlider *m_granularity;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_stack;
    QList<Suggestion> m_suggestions;
    QList<QList<qint64>> m_duplicates;
    QString m_notice;  ///< what the language work lacks, if anything
};

} // namespace cabildo
