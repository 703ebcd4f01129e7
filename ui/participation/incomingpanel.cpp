#include "incomingpanel.h"

#include "document/eventdocument.h"
#include "refusalmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace cabildo {

namespace {

constexpr int noteIdRole = Qt::UserRole;

} // namespace

IncomingPanel::IncomingPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_list(new QListWidget), m_curtain(new QLabel),
      m_approve(new QPushButton), m_approveAll(new QPushButton), m_hide(new QPushButton)
{
    setObjectName(QStringLiteral("incomingPanel"));
    m_summary->setObjectName(QStringLiteral("incomingSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("incomingList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_curtain->setObjectName(QStringLiteral("incomingCurtain"));
    m_curtain->setWordWrap(true);
    m_curtain->setAlignment(Qt::AlignCenter);
    m_curtain->hide();
    m_approve->setObjectName(QStringLiteral("approveNoteButton"));
    m_approveAll->setObjectName(QStringLiteral("approveAllButton"));
    m_hide->setObjectName(QStringLiteral("hideNoteButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_hide);
    buttons->addStretch(1);
    buttons->addWidget(m_approveAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_curtain, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &IncomingPanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &IncomingPanel::approveSelected);
    connect(m_approveAll, &QPushButton::clicked, this, &IncomingPanel::approveAll);
    connect(m_hide, &QPushButton::clicked, this, &IncomingPanel::hideSelected);
    retranslate();
    setDocument(nullptr);
}

void IncomingPanel::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_list->clear();
    if (document) {
        // A note waits from when a phone sends it until it is approved, hidden or deleted.
        connect(document, &EventDocument::notesAdded, this, &IncomingPanel::sync);
        connect(document, &EventDocument::notesRemoved, this, &IncomingPanel::sync);
        connect(document, &EventDocument::notesChanged, this, [this](const QList<qint64> &ids) {
            sync();
            updateTexts(ids);
        });
        connect(document, &EventDocument::devicesChanged, this, [this] { updateTexts(listedNoteIds()); });
        connect(document, &EventDocument::fileChanged, this, &IncomingPanel::updateButtons);
    }
    sync();
}

void IncomingPanel::setSeenByRoom(bool seen)
{
    m_seenByRoom = seen;
    m_list->setVisible(!seen);
    m_curtain->setVisible(seen);
    updateButtons();
}

QList<qint64> IncomingPanel::listedNoteIds() const
{
    QList<qint64> ids;
    ids.reserve(m_list->count());
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(noteIdRole).toLongLong());
    return ids;
}

int IncomingPanel::waitingCount() const
{
    return m_list->count();
}

void IncomingPanel::selectNotes(const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    m_list->clearSelection();
    for (int row = 0; row < m_list->count(); ++row)
        if (wanted.contains(m_list->item(row)->data(noteIdRole).toLongLong())) {
            m_list->item(row)->setSelected(true);
            m_list->setCurrentRow(row, QItemSelectionModel::Current);
        }
}

QString IncomingPanel::itemText(qint64 id) const
{
    const Note *note = m_document->note(id);
    if (!note)
        return {};
    QString from;
    if (const StoredDevice *device = m_document->device(note->deviceId))
        //: Who sent a waiting note: the phone's number in joining order
        from = tr("Phone %1").arg(device->number);
    if (!note->author.name.isEmpty())
        from = from.isEmpty() ? note->author.name : tr("%1, %2", "author name, phone").arg(note->author.name, from);
    const QString when = QLocale().toString(note->createdAt.toLocalTime().time(), QLocale::ShortFormat);
    // An item's text is plain text: a phone's markup shows as typed.
    //: Under a waiting note: who sent it (a name, a phone) and when
    const QString sent = from.isEmpty() ? tr("— %1").arg(when) : tr("— %1 · %2").arg(from, when);
    return note->text + QLatin1Char('\n') + sent;
}

QListWidgetItem *IncomingPanel::makeItem(qint64 id) const
{
    auto *item = new QListWidgetItem(itemText(id));
    item->setData(noteIdRole, id);
    item->setToolTip(m_document->note(id) ? m_document->note(id)->text : QString());
    return item;
}

void IncomingPanel::sync()
{
    const QList<qint64> waiting = m_document ? m_document->pendingNoteIds() : QList<qint64>();
    const QSet<qint64> stillWaiting(waiting.cbegin(), waiting.cend());
    const int currentRow = m_list->currentRow();
    const bool hadSelection = !m_list->selectedItems().isEmpty();
    {
        const QSignalBlocker blocker(m_list);
        // Notes leave (approved, hidden, deleted) and new ones come last, oldest first: the
        // list changes in place, so a long Incoming list is not rebuilt for every phone's note.
        for (int row = m_list->count() - 1; row >= 0; --row)
            if (!stillWaiting.contains(m_list->item(row)->data(noteIdRole).toLongLong()))
                delete m_list->takeItem(row);
        const QList<qint64> kept = listedNoteIds();
        if (waiting.mid(0, kept.size()) != kept) {
            m_list->clear(); // another order (an undo brought an older note back): built anew
            for (qint64 id : waiting)
                m_list->addItem(makeItem(id));
        } else {
            for (qint64 id : waiting.mid(kept.size()))
                m_list->addItem(makeItem(id));
        }
        // After Approve or Hide, the next note is chosen: the facilitator goes on down the list.
        if (hadSelection && m_list->selectedItems().isEmpty() && m_list->count() > 0) {
            const int row = std::clamp(currentRow, 0, m_list->count() - 1);
            m_list->setCurrentRow(row);
        }
    }
    updateSummary();
    updateButtons();
    if (const int count = m_list->count(); count != m_waiting) {
        m_waiting = count;
        emit waitingCountChanged(count);
    }
}

void IncomingPanel::updateSummary()
{
    const int count = m_list->count();
    m_summary->setText(count == 0 ? tr("No note is waiting for approval.")
                                  : tr("%n note(s) from phones waiting for approval, oldest first.", nullptr, count));
}

void IncomingPanel::updateTexts(const QList<qint64> &ids)
{
    const QSet<qint64> changed(ids.cbegin(), ids.cend());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const qint64 id = item->data(noteIdRole).toLongLong();
        if (changed.contains(id))
            item->setText(itemText(id));
    }
}

QList<qint64> IncomingPanel::selectedNoteIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->isSelected())
            ids.append(m_list->item(row)->data(noteIdRole).toLongLong());
    return ids;
}

void IncomingPanel::approveSelected()
{
    if (!m_document)
        return;
    const QList<qint64> ids = selectedNoteIds();
    runShowingRefusal(m_document, this, tr("Cannot approve"), [&] { return m_document->approveNotes(ids); });
}

void IncomingPanel::approveAll()
{
    if (!m_document)
        return;
    const QList<qint64> ids = listedNoteIds();
    runShowingRefusal(m_document, this, tr("Cannot approve"), [&] { return m_document->approveNotes(ids); });
}

void IncomingPanel::hideSelected()
{
    if (!m_document)
        return;
    const QList<qint64> ids = selectedNoteIds();
    runShowingRefusal(m_document, this, tr("Cannot hide"), [&] { return m_document->hideNotes(ids); });
}

void IncomingPanel::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    // What the room cannot see, the facilitator cannot have chosen: Approve All still works.
    const bool selection = editable && !m_seenByRoom && !m_list->selectedItems().isEmpty();
    m_approve->setEnabled(selection);
    m_hide->setEnabled(selection);
    m_approveAll->setEnabled(editable && m_list->count() > 0);
}

void IncomingPanel::retranslate()
{
    m_curtain->setText(tr("The room sees this screen: waiting notes are not shown here. Hold F8 to read them."));
    m_approve->setText(tr("A&pprove"));
    m_approve->setToolTip(tr("Put the selected notes on the board"));
    m_hide->setText(tr("&Hide"));
    m_hide->setToolTip(tr("Keep the selected notes off the board; the phone shows them as not shown"));
    m_approveAll->setText(tr("Approve A&ll"));
    m_approveAll->setToolTip(tr("Put every waiting note on the board"));
    m_list->setAccessibleName(tr("Notes waiting for approval"));
    updateSummary();
    if (m_document)
        updateTexts(listedNoteIds()); // "Phone 17" in the new language
}

void IncomingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cabildo
