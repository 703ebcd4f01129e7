#include "timezonepicker.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace cabildo {

namespace {
constexpr int visibleRows = 7;
}

TimeZonePicker::TimeZonePicker(const QByteArray &zoneId, QWidget *parent)
    : QWidget(parent), m_finder(QLocale()) // the interface language: "Mexique" in French, "México" in Spanish
      ,
      m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("timeZonePicker"));
    m_search->setObjectName(QStringLiteral("timeZoneSearch"));
    m_list->setObjectName(QStringLiteral("timeZoneMatches"));
    m_hint->setObjectName(QStringLiteral("timeZoneHint"));
    m_search->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the box; Up and Down move the highlight
    m_list->hide();
    m_hint->setWordWrap(true);
    m_hint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);

    setFocusProxy(m_search); // the form label's mnemonic and Tab land in the box
    m_search->installEventFilter(this);
    // textChanged, not textEdited: the clear button empties the box without the latter.
    connect(m_search, &QLineEdit::textChanged, this, &TimeZonePicker::search);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { pick(m_list->row(item)); });
    retranslate();
    showChosen(m_finder.describe(zoneId));
}

bool TimeZonePicker::pending() const
{
    return m_search->text() != m_chosenText;
}

QString TimeZonePicker::problem() const
{
    const QString typed = m_search->text().trimmed();
    if (!pending() || typed.isEmpty() || !m_matches.isEmpty())
        return {};
    return tr("No city, country or time zone is called “%1”. Try another spelling, the country, or a bigger city "
              "nearby.")
        .arg(typed);
}

void TimeZonePicker::search(const QString &text)
{
    m_matches = pending() && !text.trimmed().isEmpty() ? m_finder.find(text) : QList<TimeZoneMatch>();
    m_list->clear();
    for (const TimeZoneMatch &match : std::as_const(m_matches)) {
        auto *item = new QListWidgetItem(m_finder.label(match), m_list);
        item->setToolTip(item->text());
    }
    m_list->setCurrentRow(-1); // nothing highlighted: only the user's arrows or click choose
    // As tall as the matches, up to seven rows; the rest scrolls.
    const int rowHeight =
        m_list->count() > 0 ? std::max(m_list->sizeHintForRow(0), 1) : m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(rowHeight * std::clamp(int(m_list->count()), 1, visibleRows) + 2 * m_list->frameWidth());
    m_list->setVisible(!m_matches.isEmpty());
    // A search under way, or an emptied box, leaves the zone as it is, and says so.
    m_hint->setText(tr("The time zone stays %1 until you pick a place in the list (click it, or highlight it "
                       "with the arrow keys and press Enter).")
                        .arg(m_chosenText));
    m_hint->setVisible(pending() && problem().isEmpty());
    emit changed();
}

void TimeZonePicker::pick(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    showChosen(m_matches.at(row));
}

void TimeZonePicker::showChosen(const TimeZoneMatch &match)
{
    m_zone = match.zoneId;
    m_chosenText = m_finder.label(match);
    m_search->setText(m_chosenText);
    m_search->setCursorPosition(0);
    search(m_chosenText); // not pending: hides the list and the hint
}

void TimeZonePicker::moveHighlight(int step)
{
    if (m_list->count() == 0)
        return;
    const int row = m_list->currentRow() < 0 ? (step > 0 ? 0 : m_list->count() - 1)
                                             : std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1);
    m_list->setCurrentRow(row);
    m_list->scrollToItem(m_list->currentItem());
}

bool TimeZonePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Down:
        moveHighlight(1); // never a zone of its own accord: the arrows only move the highlight
        return true;
    case Qt::Key_Up:
        moveHighlight(-1);
        return true;
    case Qt::Key_PageDown:
        moveHighlight(visibleRows);
        return true;
    case Qt::Key_PageUp:
        moveHighlight(-visibleRows);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter picks what is highlighted, else the best match, shown first. With a search
        // under way and nothing to pick, it must not press OK either.
        if (m_list->count() > 0) {
            pick(std::max(0, m_list->currentRow()));
            return true; // picked: not OK yet, the facilitator sees the zone first
        }
        return pending();
    case Qt::Key_Escape:
        if (!pending())
            return false;                // the dialog's Escape
        m_search->setText(m_chosenText); // back to the zone chosen, as it was shown
        m_search->setCursorPosition(0);
        return true;
    default:
        return false;
    }
}

void TimeZonePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimeZonePicker::retranslate()
{
    m_search->setPlaceholderText(tr("Type a city or a country, e.g. Montréal or Mexico"));
    m_search->setToolTip(tr("Where the event takes place: a city, a country or a time zone such as "
                            "America/Toronto. Pick an entry in the list to change the time zone."));
    m_list->setAccessibleName(tr("Matching places"));
}

} // namespace cabildo
