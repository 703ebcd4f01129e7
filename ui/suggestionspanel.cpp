#include "suggestionspanel.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "document/eventdocument.h"
#include "document/notegrouping.h"
#include "model/notecolour.h"

#include <QApplication>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSlider>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cabildo {

namespace {

/**
 * Measures wrapped rows for the width they are drawn in. QTreeView (Qt 6.4) asks for a
 * row's height with no width at all, which the style takes as "do not wrap": every note
 * was measured as one line and drawn cut with "…". Rows are measured again when the
 * list changes width.
 */
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        QStyleOptionViewItem measured = option;
        measured.rect = QRect(0, 0, std::max(1, m_view->viewport()->width() - depth * m_view->indentation()), 1);
        return QStyledItemDelegate::sizeHint(measured, index);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize
            && static_cast<QResizeEvent *>(event)->size().width()
                   != static_cast<QResizeEvent *>(event)->oldSize().width())
            QTimer::singleShot(0, m_view, [view = m_view] { view->doItemsLayout(); });
        return QStyledItemDelegate::eventFilter(watched, event);
    }

private:
    QTreeView *m_view;
};

} // namespace

SuggestionsPanel::SuggestionsPanel(BoardScene *scene, QWidget *parent)
    : QWidget(parent), m_scene(scene), m_suggest(new QPushButton(this)), m_allNotes(new QCheckBox(this)),
      m_broad(new QLabel(this)), m_narrow(new QLabel(this)), m_granularity(new QSlider(Qt::Horizontal, this)),
      m_summary(new QLabel(this)), m_list(new QTreeWidget(this)), m_curtain(new QLabel(this)),
      m_accept(new QPushButton(this)), m_acceptAll(new QPushButton(this)), m_reject(new QPushButton(this)),
      m_stack(new QPushButton(this))
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    m_suggest->setObjectName(QStringLiteral("suggestButton"));
    m_allNotes->setObjectName(QStringLiteral("suggestAllNotesCheck"));
    m_granularity->setObjectName(QStringLiteral("granularitySlider"));
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_curtain->setObjectName(QStringLiteral("suggestionsCurtain"));
    m_curtain->setWordWrap(true);
    m_curtain->setAlignment(Qt::AlignCenter);
    m_curtain->hide();
    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAllSuggestionsButton"));
    m_summary->setObjectName(QStringLiteral("suggestionSummaryLabel"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestionButton"));
    m_stack->setObjectName(QStringLiteral("stackDuplicatesButton"));
    m_summary->setWordWrap(true);
    // Each position is a number of themes: the same position always gives the same list.
    m_granularity->setRange(1, 1);
    m_granularity->setEnabled(false);
    // One column that wraps: a narrow side panel still shows whole titles and notes.
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    // A scroll bar that comes and goes would change the width and so the rows' heights.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    auto *slider = new QHBoxLayout;
    slider->addWidget(m_broad);
    slider->addWidget(m_granularity, 1);
    slider->addWidget(m_narrow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_suggest);
    layout->addWidget(m_allNotes);
    layout->addLayout(slider);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_curtain, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_stack);

    connect(m_suggest, &QPushButton::clicked, this, &SuggestionsPanel::suggest);
    connect(m_granularity, &QSlider::valueChanged, this, &SuggestionsPanel::regroup);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SuggestionsPanel::updateButtons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SuggestionsPanel::showOnBoard);
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestionsPanel::acceptAll);
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
    m_engine = std::make_unique<GroupingEngine>(notegrouping::options());
    m_grouped.clear();
    const QList<GroupingItem> items = refreshItems(); // the text work, once; the slider only re-clusters
    QApplication::restoreOverrideCursor();
    {
        const QSignalBlocker blocker(m_granularity); // the slider is set, it does not regroup
        setSliderRange();
        m_granularity->setValue(notegrouping::defaultThemeCount(*document, int(items.size())));
    }
    regroup();
}

QList<GroupingItem> SuggestionsPanel::refreshItems()
{
    const QList<GroupingItem> items = notegrouping::items(*m_scene->document(), m_allNotes->isChecked());
    QList<qint64> ids;
    for (const GroupingItem &item : items)
        ids.append(item.id);
    std::sort(ids.begin(), ids.end());
    if (ids != m_grouped || ids.isEmpty()) {
        m_engine->setItems(items);
        m_grouped = ids;
    }
    return items;
}

void SuggestionsPanel::setSliderRange()
{
    // From two themes to the engine's narrowest (about 4√n), and always the default.
    const int notes = int(m_grouped.size());
    const int most =
        std::max(m_engine->clustersAtGranularity(1.0), notegrouping::defaultThemeCount(*m_scene->document(), notes));
    m_granularity->setRange(std::min(2, std::max(1, most)), std::max(1, most));
    m_granularity->setEnabled(most > 1);
}

void SuggestionsPanel::regroup()
{
    if (!m_engine || !m_scene->document())
        return;
    // Notes accepted into themes since the last grouping are not proposed again.
    const QList<qint64> before = m_grouped;
    refreshItems();
    if (m_grouped != before) {
        const QSignalBlocker blocker(m_granularity);
        setSliderRange();
    }
    show(m_engine->suggest(m_granularity->value()));
}

void SuggestionsPanel::show(const GroupingResult &result)
{
    EventDocument *document = m_scene->document();
    m_suggestions = result.suggestions;
    m_offered = int(m_suggestions.size());
    m_duplicates = result.nearDuplicates;
    m_message = result.message;
    m_list->clear();
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const Suggestion &suggestion = m_suggestions.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, notegrouping::titleFor(suggestion, i + 1));
        item->setFlags(item->flags() | Qt::ItemIsEditable); // the title can be changed before accepting
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        //: Similarity of a suggested theme's notes, in percent
        const QString why = tr("%n note(s), %1 % alike", nullptr, int(suggestion.itemIds.size()))
                                .arg(qRound(suggestion.similarity * 100))
                            + QStringLiteral(" · ")
                            + tr("Shared terms: %1").arg(suggestion.sharedTerms.join(QStringLiteral(", ")));
        item->setToolTip(0, why);
        auto *reason = new QTreeWidgetItem(item);
        reason->setText(0, why);
        reason->setForeground(0, palette().placeholderText());
        reason->setFlags(Qt::ItemIsEnabled);
        for (qint64 id : suggestion.itemIds)
            if (const Note *note = document->note(id)) {
                auto *row = new QTreeWidgetItem(item);
                // One paragraph: a line break in the note made the list cut the row short.
                row->setText(0, QStringLiteral("• ") + note->text.simplified().left(160));
                row->setData(0, Qt::UserRole, id); // choosing the row shows the note on the board
            }
    }
    updateSummary();
    updateButtons();
}

void SuggestionsPanel::updateSummary()
{
    // The count is always the rows listed, after accepting and rejecting too.
    QString summary;
    if (!m_suggestions.isEmpty())
        summary = tr("%n suggestion(s). Nothing changes on the board until you accept one.", nullptr,
                     int(m_suggestions.size()));
    else if (m_offered > 0)
        summary = tr("No suggestions left: each was accepted or rejected. Suggest Themes again to group the notes "
                     "still outside a theme.");
    QStringList parts{summary};
    if (!m_duplicates.isEmpty())
        parts.append(tr("%n group(s) of notes say the same thing.", nullptr, int(m_duplicates.size())));
    parts.append(m_message);
    parts.append(m_notice);
    parts.removeAll(QString());
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void SuggestionsPanel::setDocument(EventDocument *document)
{
    reset();
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = document;
    if (document) {
        connect(document, &EventDocument::roomStateChanged, this, &SuggestionsPanel::updateConcealment);
        connect(document, &EventDocument::notesAdded, this, &SuggestionsPanel::updateConcealment);
        connect(document, &EventDocument::notesChanged, this, &SuggestionsPanel::updateConcealment);
        connect(document, &EventDocument::notesRemoved, this, &SuggestionsPanel::updateConcealment);
    }
    updateConcealment();
}

void SuggestionsPanel::setSeenByRoom(bool seen)
{
    m_seenByRoom = seen;
    updateConcealment();
}

void SuggestionsPanel::updateConcealment()
{
    // Suggestions list notes' texts and the terms they share: while notes are face down, the
    // room must not read them here either.
    const bool concealed = m_seenByRoom && m_watched && m_watched->faceDownNoteCount() > 0;
    if (concealed == m_concealed)
        return;
    m_concealed = concealed;
    m_list->setVisible(!concealed);
    m_curtain->setVisible(concealed);
    updateButtons();
}

void SuggestionsPanel::reset()
{
    m_engine.reset();
    m_grouped.clear();
    m_suggestions.clear();
    m_offered = 0;
    m_duplicates.clear();
    m_message.clear();
    m_notice.clear();
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
    reject(index); // accepted: off the list
    return true;
}

bool SuggestionsPanel::acceptAll()
{
    EventDocument *document = m_scene->document();
    if (!document || m_suggestions.isEmpty())
        return false;
    QList<Theme> themes;
    QList<QList<qint64>> notesOf;
    const QList<NoteColour> &palette = NoteColour::palette();
    for (int i = 0; i < m_suggestions.size(); ++i) {
        QList<qint64> ids = m_suggestions.at(i).itemIds;
        ids.removeIf([&](qint64 id) { return !document->note(id); }); // deleted since
        if (ids.isEmpty())
            continue;
        Theme theme;
        theme.title = m_list->topLevelItem(i)->text(0); // as edited
        theme.terms = m_suggestions.at(i).sharedTerms.join(QStringLiteral(", "));
        theme.colour = palette.at((document->themeCount() + themes.size()) % palette.size()).key;
        themes.append(theme);
        notesOf.append(ids);
    }
    // One step: a single undo takes every theme away again.
    if (themes.isEmpty() || !document->createThemes(themes, notesOf))
        return false;
    m_suggestions.clear();
    m_list->clear();
    m_scene->clearSelection(); // the last suggestion looked at is no more special than the others
    updateSummary();
    updateButtons();
    return true;
}

void SuggestionsPanel::reject(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    m_suggestions.removeAt(index);
    delete m_list->takeTopLevelItem(index);
    updateSummary();
    updateButtons();
}

void SuggestionsPanel::showOnBoard(QTreeWidgetItem *item)
{
    if (!item)
        return;
    QList<qint64> ids;
    if (const qint64 note = item->data(0, Qt::UserRole).toLongLong())
        ids = {note};
    else if (const int index = m_list->indexOfTopLevelItem(item->parent() ? item->parent() : item);
             index >= 0 && index < m_suggestions.size())
        ids = m_suggestions.at(index).itemIds;
    // Selected rather than dimming the rest: the search box dims, and both at once would
    // mislead; a selection also lets the facilitator drag, colour or group them next.
    m_scene->selectNotes(ids);
    QRectF area;
    for (qint64 id : std::as_const(ids))
        if (const NoteItem *note = m_scene->itemForNote(id); note && note->isVisible())
            area |= note->sceneBoundingRect();
    if (area.isEmpty())
        return;
    for (QGraphicsView *graphicsView : m_scene->views()) {
        auto *view = qobject_cast<BoardView *>(graphicsView);
        if (!view || view->mapToScene(view->viewport()->rect()).boundingRect().contains(area))
            continue; // already in sight: the board does not jump
        // Zoom out only as far as needed to see them all, then centre them.
        const QRectF wanted = area.adjusted(-40, -40, 40, 40);
        const qreal fit =
            std::min(view->viewport()->width() / wanted.width(), view->viewport()->height() / wanted.height());
        view->setZoom(std::min(view->zoom(), fit));
        view->centerOn(area.center());
    }
}

void SuggestionsPanel::updateButtons()
{
    const bool editable = m_scene->document() && !m_scene->document()->isReadOnly();
    const bool chosen = !m_concealed && m_list->currentItem() != nullptr;
    m_suggest->setEnabled(editable);
    m_accept->setEnabled(editable && chosen);
    m_acceptAll->setEnabled(editable && !m_concealed && !m_suggestions.isEmpty());
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
    updateSummary();
    updateButtons();
    return document->moveNotes(positions).ok();
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
    m_curtain->setText(tr("The room sees this screen and notes are face down: suggestions are not shown here. "
                          "Hold F8 to read them."));
    m_allNotes->setText(tr("Include notes already in a theme"));
    //: Slider end: few, broad suggested themes
    m_broad->setText(tr("Broad"));
    //: Slider end: many, narrow suggested themes
    m_narrow->setText(tr("Narrow"));
    m_granularity->setAccessibleName(tr("From few broad themes to many narrow ones"));
    m_accept->setText(tr("&Accept"));
    m_acceptAll->setText(tr("Accept A&ll"));
    m_acceptAll->setToolTip(tr("Make every suggestion listed a theme, in one step"));
    m_reject->setText(tr("&Reject"));
    m_stack->setText(tr("S&tack Notes That Say the Same Thing"));
    m_stack->setToolTip(tr("Put each group of notes that say the same thing on top of each other"));
    updateSummary();
}

} // namespace cabildo
