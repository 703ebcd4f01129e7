#include "suggestionspanel.h"

#include "board/boardscene.h"
#include "document/eventdocument.h"
#include "grouping/notegrouping.h"
#include "model/notecolour.h"

#include <QApplication>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cabildo {

SuggestionsPanel::SuggestionsPanel(BoardScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_suggest(new QPushButton(this))
    , m_allNotes(new QCheckBox(this))
    , m_broad(new QLabel(this))
    , m_narrow(new QLabel(this))
    , m_granularity(new QSlider(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_stack(new QPushButton(this))
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    m_suggest->setObjectName(QStringLiteral("suggestButton"));
    m_allNotes->setObjectName(QStringLiteral("suggestAllNotesCheck"));
    m_granularity->setObjectName(QStringLiteral("granularitySlider"));
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestionButton"));
    m_stack->setObjectName(QStringLiteral("stackDuplicatesButton"));
    m_summary->setWordWrap(true);
    m_granularity->setRange(0, 100);
    m_granularity->setValue(50);
    m_granularity->setEnabled(false);
    // One column that wraps: a narrow side panel still shows whole titles and notes.
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);

    auto *slider = new QHBoxLayout;
    slider->addWidget(m_broad);
    slider->addWidget(m_granularity, 1);
    slider->addWidget(m_narrow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_suggest);
    layout->addWidget(m_allNotes);
    layout->addLayout(slider);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_stack);

    connect(m_suggest, &QPushButton::clicked, this, &SuggestionsPanel::suggest);
    connect(m_granularity, &QSlider::valueChanged, this, &SuggestionsPanel::regroup);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SuggestionsPanel::updateButtons);
    connect(m_stack, &QPushButton::clicked, this, &SuggestionsPanel::stackDuplicates);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            accept(m_list->indexOfTopLevelItem(item->parent() ? item->parent() : item));
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            reject(m_list->indexOfTopLevelItem(item->parent() ? item->parent() : item));
    });
    retranslate();
    updateButtons();
}

void SuggestionsPanel::suggest()
{
    EventDocument *document = m_scene->document();
    if (!document)
        return;
    // The language work is slow the first time (about 1.5 s per 1,000 notes), then stored.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_notice = notegrouping::prepare(*document, m_allNotes->isChecked());
    const QList<GroupingItem> items = notegrouping::items(*document, m_allNotes->isChecked());
    m_engine = std::make_unique<GroupingEngine>(notegrouping::options());
    m_engine->setItems(items);  // the text work, once; the slider only re-clusters
    QApplication::restoreOverrideCursor();
    m_granularity->setEnabled(!items.isEmpty());
    show(m_engine->suggest(0));
    const QSignalBlocker blocker(m_granularity);  // the automatic count sets the slider, it does not regroup
    m_granularity->setValue(50);
}

void SuggestionsPanel::regroup()
{
    if (m_engine)
        show(m_engine->suggestAtGranularity(m_granularity->value() / 100.0));
}

void SuggestionsPanel::show(const GroupingResult &result)
{
    EventDocument *document = m_scene->document();
    m_suggestions = result.suggestions;
    m_duplicates = result.nearDuplicates;
    m_list->clear();
    for (const Suggestion &suggestion : std::as_const(m_suggestions)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, suggestion.title);
        item->setFlags(item->flags() | Qt::ItemIsEditable);  // the title can be changed before accepting
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        //: Similarity of a suggested theme's notes, in percent
        const QString why = tr("%n note(s), %1 % alike", nullptr, int(suggestion.itemIds.size()))
                                .arg(qRound(suggestion.similarity * 100))
            + QStringLiteral(" · ") + tr("Shared terms: %1").arg(suggestion.sharedTerms.join(QStringLiteral(", ")));
        item->setToolTip(0, why);
        auto *reason = new QTreeWidgetItem(item);
        reason->setText(0, why);
        reason->setForeground(0, palette().placeholderText());
        reason->setFlags(Qt::ItemIsEnabled);
        for (qint64 id : suggestion.itemIds)
            if (const Note *note = document->note(id))
                (new QTreeWidgetItem(item))->setText(0, QStringLiteral("• ") + note->text.left(160));
    }
    QString summary = tr("%n suggestion(s). Nothing changes on the board until you accept one.", nullptr,
                         int(m_suggestions.size()));
    if (!result.nearDuplicates.isEmpty())
        summary += QLatin1Char(' ') + tr("%n group(s) of notes say the same thing.", nullptr, int(result.nearDuplicates.size()));
    if (!result.message.isEmpty())
        summary += QLatin1Char(' ') + result.message;
    if (!m_notice.isEmpty())
        summary += QLatin1Char(' ') + m_notice;
    m_summary->setText(summary);
    updateButtons();
}

void SuggestionsPanel::reset()
{
    m_engine.reset();
    m_suggestions.clear();
    m_duplicates.clear();
    m_list->clear();
    m_summary->clear();
    m_granularity->setEnabled(false);
    updateButtons();
}

int SuggestionsPanel::suggestionCount() const
{
    return int(m_suggestions.size());
}

bool SuggestionsPanel::accept(int index)
{
    EventDocument *document = m_scene->document();
    if (!document || index < 0 || index >= m_suggestions.size())
        return false;
    Suggestion suggestion = m_suggestions.at(index);
    // Notes deleted since the suggestion was made are left out.
    suggestion.itemIds.removeIf([&](qint64 id) { return !document->note(id); });
    if (suggestion.itemIds.isEmpty())
        return false;
    Theme theme;
    theme.title = m_list->topLevelItem(index)->text(0);
    theme.terms = suggestion.sharedTerms.join(QStringLiteral(", "));
    const QList<NoteColour> &palette = NoteColour::palette();
    theme.colour = palette.at(document->themeCount() % palette.size()).key;
    if (!document->createThemes({theme}, {suggestion.itemIds}))
        return false;
    reject(index);  // accepted: off the list
    return true;
}

void SuggestionsPanel::reject(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    m_suggestions.removeAt(index);
    delete m_list->takeTopLevelItem(index);
    updateButtons();
}

void SuggestionsPanel::updateButtons()
{
    const bool editable = m_scene->document() && !m_scene->document()->isReadOnly();
    const bool chosen = m_list->currentItem() != nullptr;
    m_suggest->setEnabled(editable);
    m_accept->setEnabled(editable && chosen);
    m_reject->setEnabled(chosen);
    m_stack->setEnabled(editable && !m_duplicates.isEmpty());
}

bool SuggestionsPanel::stackDuplicates()
{
    EventDocument *document = m_scene->document();
    if (!document || m_duplicates.isEmpty())
        return false;
    // Each group's notes go on top of its first one, a little offset so the stack shows.
    QHash<qint64, QPointF> positions;
    for (const QList<qint64> &group : std::as_const(m_duplicates)) {
        const Note *first = document->note(group.value(0));
        if (!first)
            continue;
        for (int i = 1; i < group.size(); ++i)
            if (document->note(group.at(i)))
                positions.insert(group.at(i), first->pos + QPointF(14 * i, 14 * i));
    }
    m_duplicates.clear();
    updateButtons();
    return document->moveNotes(positions);
}

void SuggestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SuggestionsPanel::retranslate()
{
    m_suggest->setText(tr("&Suggest Themes"));
    m_allNotes->setText(tr("Include notes already in a theme"));
    //: Slider end: few, broad suggested themes
    m_broad->setText(tr("Broad"));
    //: Slider end: many, narrow suggested themes
    m_narrow->setText(tr("Narrow"));
    m_granularity->setAccessibleName(tr("From few broad themes to many narrow ones"));
    m_accept->setText(tr("&Accept"));
    m_reject->setText(tr("&Reject"));
    m_stack->setText(tr("S&tack Notes That Say the Same Thing"));
    m_stack->setToolTip(tr("Put each group of notes that say the same thing on top of each other"));
}

} // namespace cabildo
