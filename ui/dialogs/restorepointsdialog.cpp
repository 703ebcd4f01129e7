#include "restorepointsdialog.h"

#include "document/eventdocument.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cabildo {

namespace {

enum Column
{
    When,
    NextStep,
    Notes,
    Themes,
    Ballots,
    Sessions,
    Kind,
    ColumnCount
};

/** Local date and time to the second: two points a few seconds apart must not look alike. */
QString whenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + local.time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

RestorePointsDialog::RestorePointsDialog(EventDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_list(new QTreeWidget), m_summary(new QLabel), m_status(new QLabel),
      m_restore(new QPushButton(tr("&Restore…"))), m_take(new QPushButton(tr("&Take Restore Point…"))),
      m_delete(new QPushButton(tr("&Delete…")))
{
    setObjectName(QStringLiteral("restorePointsDialog"));
    setWindowTitle(tr("Restore Points"));

    auto *intro = new QLabel(
        tr("A restore point is a copy of the whole event, kept in its file before every bulk action (accepting "
           "several suggestions, grouping, generating the agenda, importing notes, deleting a voting round, "
           "revealing notes) and whenever you take one. Restoring one keeps the notes and ballots participants sent "
           "after it."));
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("restorePointList"));
    m_list->setAccessibleName(tr("Restore points"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(ColumnCount);
    //: Columns of File ▸ Restore Points: when it was taken, the action it was taken before, what it holds
    m_list->setHeaderLabels(
        {tr("When"), tr("What came next"), tr("Notes"), tr("Themes"), tr("Ballots"), tr("Sessions"), tr("Kept")});
    m_list->header()->setSectionResizeMode(NextStep, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_summary->setObjectName(QStringLiteral("restorePointsSummary"));
    m_status->setObjectName(QStringLiteral("restoreStatusLabel"));
    m_status->setWordWrap(true);

    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_take->setObjectName(QStringLiteral("takeRestorePointButton"));
    m_delete->setObjectName(QStringLiteral("deleteRestorePointButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_take, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : {m_restore, m_take, m_delete})
        button->setAutoDefault(false); // Enter in the list must not restore or delete anything

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestorePointsDialog::askRestore);
    connect(m_take, &QPushButton::clicked, this, &RestorePointsDialog::askLabel);
    connect(m_delete, &QPushButton::clicked, this, &RestorePointsDialog::askDelete);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestorePointsDialog::updateButtons);
    if (document) {
        connect(document, &EventDocument::restorePointsChanged, this, &RestorePointsDialog::reload);
        connect(document, &QObject::destroyed, this, &QDialog::reject); // the event was closed
    }
    reload();
    resize(860, 440);
}

void RestorePointsDialog::reload()
{
    const qint64 current = currentId();
    m_list->clear();
    if (!m_document)
        return;
    const QList<RestorePoint> points = m_document->restorePoints();
    for (const RestorePoint &point : points) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(When, Qt::UserRole, point.id);
        item->setText(When, whenText(point.takenAt));
        item->setText(NextStep, point.nextStep);
        item->setToolTip(NextStep, point.nextStep);
        for (auto [column, count] : {std::pair{Notes, point.notes}, std::pair{Themes, point.themes},
                                     std::pair{Ballots, point.ballots}, std::pair{Sessions, point.sessions}}) {
            item->setText(column, QLocale().toString(count));
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        //: How a restore point is kept: taken on demand (stays until deleted) or automatically (the oldest go)
        item->setText(Kind, point.onDemand ? tr("until deleted") : tr("automatic"));
        if (point.id == current)
            m_list->setCurrentItem(item);
    }
    for (int column = 0; column < ColumnCount; ++column)
        if (column != NextStep)
            m_list->resizeColumnToContents(column);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_summary->setText(tr("%n restore point(s), %1 in the event file", nullptr, int(points.size()))
                           .arg(QLocale().formattedDataSize(m_document->restorePointBytes())));
    updateButtons();
}

void RestorePointsDialog::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const bool chosen = currentId() != 0;
    m_restore->setEnabled(editable && chosen);
    m_delete->setEnabled(editable && chosen);
    m_take->setEnabled(editable);
    if (m_document && m_document->isReadOnly())
        m_status->setText(tr("This event is open read-only: its restore points can be looked at, not used."));
}

qint64 RestorePointsDialog::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(When, Qt::UserRole).toLongLong() : 0;
}

void RestorePointsDialog::askRestore()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_document || !item)
        return;
    const qint64 id = currentId();
    const QString when = item->text(When);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore"),
                                tr("Put the event back as it was on %1, before “%2”?").arg(when, item->text(NextStep)),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("restoreConfirmation"));
    box->setInformativeText(tr("Cabildo first keeps a restore point of the event as it is now, so restoring that one "
                               "comes back here. The undo history is cleared. Notes and ballots participants sent "
                               "after %1 stay; the phase and the timer stay as they are.")
                                .arg(when));
    QPushButton *confirm = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmRestoreButton"));
    box->setDefaultButton(confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, id, when](QAbstractButton *clicked) {
        if (clicked != confirm || !m_document)
            return;
        run(tr("Cannot restore"), [&] { return m_document->restore(id); });
        if (m_document && m_list->topLevelItemCount() > 0 && m_status->text().isEmpty()) {
            // The point of the present is the newest: choosing it again undoes the restore.
            m_list->setCurrentItem(m_list->topLevelItem(0));
            m_status->setText(tr("Restored as it was on %1. To go back, restore the newest point.").arg(when));
        }
    });
    box->open();
}

void RestorePointsDialog::askLabel()
{
    if (!m_document)
        return;
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("restorePointLabelDialog"));
    input->setWindowTitle(tr("Take Restore Point"));
    input->setLabelText(tr("A label, to know this point again (what comes next, for instance):"));
    //: The label a restore point taken on demand gets unless the facilitator types another
    input->setTextValue(tr("Taken by hand"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &label) {
        if (!m_document)
            return;
        const QString text = label.simplified().isEmpty() ? tr("Taken by hand") : label;
        run(tr("Cannot take a restore point"), [&] { return m_document->takeRestorePoint(text, true); });
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    });
    input->open();
}

void RestorePointsDialog::askDelete()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_document || !item)
        return;
    const qint64 id = currentId();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Restore Point"),
                                tr("Delete the restore point of %1, before “%2”? This cannot be undone.")
                                    .arg(item->text(When), item->text(NextStep)),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteRestorePointConfirmation"));
    QPushButton *confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, id](QAbstractButton *clicked) {
        if (clicked == confirm && m_document)
            run(tr("Cannot delete the restore point"), [&] { return m_document->deleteRestorePoint(id); });
    });
    box->open();
}

void RestorePointsDialog::run(const QString &title, const std::function<Outcome()> &action)
{
    m_status->clear();
    bool writeFailed = false;
    const auto watch = connect(m_document, &EventDocument::storageFailed, this, [&writeFailed] { writeFailed = true; });
    const Outcome outcome = action();
    disconnect(watch);
    if (outcome || outcome.error().isEmpty())
        return;
    m_status->setText(outcome.error());
    if (writeFailed)
        return; // the main window says it, as for every write that failed
    auto *box = new QMessageBox(QMessageBox::Warning, title, outcome.error(), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("restoreRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

namespace {

/** The File menu's action; follows the window's language changes. */
class RestorePointsAction : public QObject
{
public:
    RestorePointsAction(QMenu *menu, QWidget *window, std::function<EventDocument *()> document)
        : QObject(window), m_document(std::move(document)), m_action(menu->addAction(QString()))
    {
        m_action->setObjectName(QStringLiteral("actionRestorePoints"));
        connect(m_action, &QAction::triggered, window, [this, window] {
            if (EventDocument *event = m_document()) {
                auto *dialog = new RestorePointsDialog(event, window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            }
        });
        connect(menu, &QMenu::aboutToShow, this, [this] { m_action->setEnabled(m_document() != nullptr); });
        window->installEventFilter(this);
        retranslate();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

    QAction *action() const { return m_action; }

private:
    void retranslate()
    {
        m_action->setText(RestorePointsDialog::tr("Restore &Points…"));
        const QString tip =
            RestorePointsDialog::tr("Go back to a copy of the whole event kept before a bulk action, or keep one now");
        m_action->setStatusTip(tip);
        m_action->setToolTip(tip);
    }

    std::function<EventDocument *()> m_document;
    QAction *m_action;
};

} // namespace

QAction *RestorePointsDialog::addMenuAction(QMenu *menu, QWidget *window, std::function<EventDocument *()> document)
{
    return (new RestorePointsAction(menu, window, std::move(document)))->action();
}

} // namespace cabildo
