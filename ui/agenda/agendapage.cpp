#include "agendapage.h"

#include "agendageneration.h"
#include "agendagridmodel.h"
#include "agendagridview.h"
#include "agendasummary.h"
#include "document/eventdocument.h"
#include "roomsdialog.h"
#include "sessionmover.h"
#include "sessionsdialog.h"
#include "timeslotsdialog.h"
#include "unscheduledlist.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cabildo {

AgendaPage::AgendaPage(QWidget *parent)
    : QWidget(parent), m_model(new AgendaGridModel(this)), m_grid(new AgendaGridView(m_model)),
      m_list(new UnscheduledList), m_mover(new SessionMover(m_grid, m_list, this)), m_summary(new AgendaSummary),
      m_generation(new AgendaGeneration(this)), m_stack(new QStackedWidget), m_emptyText(new QLabel),
      m_templateButton(new QPushButton), m_roomsButton(new QPushButton), m_slotsButton(new QPushButton),
      m_unscheduledTitle(new QLabel), m_message(new QLabel), m_buttonRow(new QWidget), m_roundLabel(new QLabel),
      m_roundCombo(new QComboBox), m_menu(new QMenu(this)), m_moveMenu(new QMenu(m_menu))
{
    setObjectName(QStringLiteral("agendaPage"));
    m_menu->setObjectName(QStringLiteral("menuAgenda"));
    m_moveMenu->setObjectName(QStringLiteral("menuMoveSessionTo"));
    m_grid->setMover(m_mover);
    m_list->setMover(m_mover);
    m_stack->setObjectName(QStringLiteral("agendaStack"));
    m_emptyText->setObjectName(QStringLiteral("agendaEmptyLabel"));
    m_templateButton->setObjectName(QStringLiteral("agendaTemplateButton"));
    m_roomsButton->setObjectName(QStringLiteral("agendaRoomsButton"));
    m_slotsButton->setObjectName(QStringLiteral("agendaSlotsButton"));
    m_unscheduledTitle->setObjectName(QStringLiteral("unscheduledTitle"));
    m_message->setObjectName(QStringLiteral("agendaMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8c1d18; font-weight: bold"));
    createActions();

    // No rooms or no session slots yet: say what is missing and offer a way to start.
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_templateButton);
    emptyButtons->addWidget(m_roomsButton);
    emptyButtons->addWidget(m_slotsButton);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    connect(m_templateButton, &QPushButton::clicked, m_actions.applyTemplate, &QAction::trigger);
    connect(m_roomsButton, &QPushButton::clicked, m_actions.rooms, &QAction::trigger);
    connect(m_slotsButton, &QPushButton::clicked, m_actions.timeSlots, &QAction::trigger);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    QFont heading = m_unscheduledTitle->font();
    heading.setBold(true);
    m_unscheduledTitle->setFont(heading);
    m_unscheduledTitle->setBuddy(m_list);
    sideLayout->addWidget(m_unscheduledTitle);
    sideLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("agendaSplitter"));
    splitter->addWidget(m_grid);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_roundCombo->setObjectName(QStringLiteral("agendaRoundCombo"));
    m_roundCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roundLabel->setBuddy(m_roundCombo);
    connect(m_roundCombo, &QComboBox::activated, this,
            [this] { m_model->setRound(m_roundCombo->currentData().toLongLong()); });
    for (QAction *action : {m_actions.rooms, m_actions.timeSlots, m_actions.sessions, m_actions.sessionsFromThemes,
                            m_actions.generate, m_actions.present}) {
        if (action == m_actions.generate)
            buttons->addStretch(1);
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("button_") + action->objectName());
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_buttonRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);
    // The round picker sits with the score it changes, where the row has room to spare.
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_roundLabel);
    scoreRow->addWidget(m_roundCombo);
    scoreRow->addWidget(m_summary, 1);
    layout->addLayout(scoreRow);
    setTabOrder(m_grid, m_list);

    connect(m_mover, &SessionMover::message, this, &AgendaPage::showMessage);
    connect(m_mover, &SessionMover::holdChanged, m_grid->viewport(), qOverload<>(&QWidget::update));
    connect(m_list, &UnscheduledList::pickedUp, this, [this](qint64 session) {
        m_grid->setFocus();
        // Start from a cell that can take it: the first session slot, unless one is current.
        if (!m_model->isSessionSlot(m_grid->currentIndex().row()))
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->isSessionSlot(row)) {
                    m_grid->setCurrentIndex(m_model->index(row, 0));
                    break;
                }
        m_mover->hold(session);
    });
    connect(m_model, &AgendaGridModel::layoutRefreshed, this, &AgendaPage::refresh);
    connect(m_model, &AgendaGridModel::factsRefreshed, this, &AgendaPage::refresh);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgendaPage::updateActions);
    connect(m_list, &QListWidget::currentItemChanged, this, &AgendaPage::updateActions);
    connect(qApp, &QApplication::focusChanged, this, &AgendaPage::updateActions);
    connect(m_generation, &AgendaGeneration::finished, this, &AgendaPage::generationFinished);
    connect(m_generation, &AgendaGeneration::cancelled, this,
            [this] { showMessage(tr("Generation cancelled: the agenda is unchanged.")); });
    connect(m_generation, &AgendaGeneration::failed, this, &AgendaPage::showMessage);

    retranslate();
    setDocument(nullptr);
}

AgendaPage::~AgendaPage() = default;

void AgendaPage::createActions()
{
    auto make = [this](const char *name, QKeySequence shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        // Only while the agenda is on screen, so no other view's keys are taken.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_actions.show = new QAction(this);
    m_actions.show->setObjectName(QStringLiteral("actionShowAgenda"));
    m_actions.show->setCheckable(true);
    m_actions.show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_actions.rooms = make("actionRooms", QKeySequence(), &AgendaPage::editRooms);
    m_actions.timeSlots = make("actionTimeSlots", QKeySequence(), &AgendaPage::editTimeSlots);
    m_actions.applyTemplate = make("actionAgendaTemplate", QKeySequence(), &AgendaPage::askTemplate);
    m_actions.sessions = make("actionSessions", QKeySequence(), &AgendaPage::editSessions);
    m_actions.sessionsFromThemes = make("actionSessionsFromThemes", QKeySequence(), [this] {
        if (m_document)
            if (const Outcome made = m_document->createSessionsFromThemes(); !made)
                showMessage(made.error());
    });
    m_actions.addSession = make("actionAddSession", QKeySequence(), &AgendaPage::addSession);
    m_actions.editSession = make("actionEditSession", QKeySequence(Qt::Key_F2), &AgendaPage::editSession);
    m_actions.pin = make("actionPinSession", QKeySequence(Qt::Key_P), &AgendaPage::togglePin);
    m_actions.unschedule = make("actionUnscheduleSession", QKeySequence::Delete, &AgendaPage::unscheduleTarget);
    m_actions.generate =
        make("actionGenerateAgenda", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &AgendaPage::generate);
    m_actions.present = make("actionPresentAgenda", QKeySequence(Qt::Key_F5), &AgendaPage::presentRequested);

    m_menu->addAction(m_actions.show);
    m_menu->addSeparator();
    m_menu->addActions({m_actions.rooms, m_actions.timeSlots, m_actions.applyTemplate});
    m_menu->addSeparator();
    m_menu->addActions({m_actions.sessions, m_actions.sessionsFromThemes, m_actions.addSession, m_actions.editSession});
    m_menu->addSeparator();
    m_menu->addMenu(m_moveMenu);
    m_menu->addActions({m_actions.pin, m_actions.unschedule});
    m_menu->addSeparator();
    m_menu->addActions({m_actions.generate, m_actions.present});
    connect(m_moveMenu, &QMenu::aboutToShow, this, &AgendaPage::fillMoveMenu);

    // Right-click (or the Menu key) on a session offers the same.
    for (QWidget *view : {static_cast<QWidget *>(m_grid), static_cast<QWidget *>(m_list)})
        view->addActions({m_moveMenu->menuAction(), m_actions.pin, m_actions.unschedule, m_actions.editSession});
}

void AgendaPage::retranslate()
{
    m_menu->setTitle(tr("&Agenda"));
    m_moveMenu->setTitle(tr("&Move Session To"));
    m_actions.show->setText(tr("&Agenda"));
    m_actions.show->setStatusTip(tr("Show the agenda grid instead of the board"));
    m_actions.rooms->setText(tr("&Rooms…"));
    m_actions.rooms->setStatusTip(tr("Add, change or remove the rooms: the columns of the agenda"));
    m_actions.timeSlots->setText(tr("&Time Slots…"));
    m_actions.timeSlots->setStatusTip(
        tr("Add, change or remove the time slots, breaks and plenaries: the rows of the agenda"));
    m_actions.applyTemplate->setText(tr("Start from a One-Day Unconference &Template…"));
    m_actions.applyTemplate->setStatusTip(
        tr("Four rooms and a day from 9:00 to 17:00 with four session slots, to adjust"));
    m_actions.sessions->setText(tr("&Sessions…"));
    m_actions.sessions->setStatusTip(
        tr("The candidate sessions: titles, hosts, languages, the slots their hosts can make"));
    m_actions.sessionsFromThemes->setText(tr("Create Sessions from T&hemes"));
    m_actions.sessionsFromThemes->setStatusTip(tr("One session for each theme that has none yet"));
    m_actions.addSession->setText(tr("Add Session by &Hand…"));
    m_actions.editSession->setText(tr("&Edit Session…"));
    m_actions.pin->setText(tr("&Pin or Unpin Session"));
    m_actions.pin->setStatusTip(tr("A pinned session stays where it is when the agenda is generated"));
    m_actions.unschedule->setText(tr("&Unschedule Session"));
    m_actions.unschedule->setStatusTip(tr("Take the session off the grid, back to the unscheduled list"));
    m_actions.generate->setText(tr("&Generate Agenda"));
    m_actions.generate->setStatusTip(
        tr("Place the sessions so that people can attend as much of what they voted for as "
           "possible, popular sessions in big rooms; pins stay"));
    m_actions.present->setText(tr("P&resent Agenda"));
    m_actions.present->setStatusTip(tr("Show the agenda on the projector, full screen (Esc leaves)"));
    for (QAction *action :
         {m_actions.show, m_actions.rooms, m_actions.timeSlots, m_actions.applyTemplate, m_actions.sessions,
          m_actions.sessionsFromThemes, m_actions.pin, m_actions.unschedule, m_actions.generate, m_actions.present})
        action->setToolTip(action->statusTip());
    m_templateButton->setText(tr("Start from a one-day unconference template…"));
    m_roomsButton->setText(tr("Rooms…"));
    m_slotsButton->setText(tr("Time slots…"));
    m_roundLabel->setText(tr("&Votes from:"));
    m_roundCombo->setToolTip(tr("The voting round whose ballots the grid counts and Generate Agenda follows. "
                                "The current round is the open one, else the latest."));
    m_grid->setAccessibleName(tr("Agenda grid"));
    m_grid->setAccessibleDescription(
        tr("Time slots are rows and rooms are columns. Space picks up the session of the "
           "current cell, the arrow keys choose where it goes and Enter puts it there; Esc "
           "cancels. P pins or unpins it, Delete unschedules it."));
    m_list->setAccessibleName(tr("Unscheduled sessions"));
    m_list->setAccessibleDescription(tr("Space or Enter picks up the selected session to place it in the grid."));
    refresh();
}

void AgendaPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Switching to the agenda puts the keyboard in the grid (or on the way to start one).
    if (m_stack->currentIndex() == 1)
        m_grid->setFocus();
    else if (m_templateButton->isVisible())
        m_templateButton->setFocus();
}

void AgendaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setDocument(m_document); // the cells' and headers' words are made on demand: ask again
    }
    QWidget::changeEvent(event);
}

void AgendaPage::setDocument(EventDocument *document)
{
    if (m_generation->isRunning())
        m_generation->cancel();
    m_document = document;
    m_mover->setDocument(document);
    m_summary->clear();
    m_message->clear();
    m_actions.show->setChecked(false);
    m_model->setRound(0);           // another event: its own rounds
    m_model->setDocument(document); // refreshes the rest through layoutRefreshed
}

void AgendaPage::refresh()
{
    const bool open = m_document != nullptr;
    bool sessionSlots = false;
    if (open)
        for (qint64 id : m_document->slotIds())
            sessionSlots = sessionSlots || m_document->timeSlot(id)->kind == SlotKind::Sessions;
    const bool hasRooms = open && !m_document->roomIds().isEmpty();
    const bool blank = open && m_document->roomIds().isEmpty() && m_document->slotIds().isEmpty();
    m_stack->setCurrentIndex(hasRooms && sessionSlots ? 1 : 0);
    if (!hasRooms && !sessionSlots)
        m_emptyText->setText(
            tr("<h2>No agenda yet</h2><p>The agenda needs rooms (its columns) and time slots (its rows). "
               "Start from a template and adjust it, or add them yourself.</p>"));
    else if (!hasRooms)
        m_emptyText->setText(tr("<h2>No rooms yet</h2><p>Add the rooms sessions can take place in.</p>"));
    else
        m_emptyText->setText(tr("<h2>No session slots yet</h2><p>Add time slots of the kind “Sessions”.</p>"));
    m_templateButton->setVisible(blank);

    fillRounds();
    m_list->refresh(m_document, m_model->facts());
    m_unscheduledTitle->setText(tr("&Unscheduled sessions (%1)").arg(m_list->count()));
    if (m_document) {
        const AgendaInput input = agendaInput(*m_document, m_model->facts().roundId());
        QList<AgendaPlacement> current;
        for (const AgendaSession &session : input.problem.sessions)
            current.append({session.currentSlot, session.currentRoom});
        m_summary->showScore(scoreAgenda(input.problem, current), AgendaGeneration::problemKey(input.problem),
                             roundFacts(input.roundId));
    }
    m_summary->setVisible(open && hasRooms && sessionSlots);
    const bool pickRound = m_summary->isVisibleTo(this) && !m_document->roundIds().isEmpty();
    m_roundCombo->setVisible(pickRound);
    m_roundLabel->setVisible(pickRound);
    updateActions();
}

AgendaRoundFacts AgendaPage::roundFacts(qint64 roundId) const
{
    AgendaRoundFacts facts;
    if (const VoteRound *round = m_document->round(roundId)) {
        facts.name = round->name;
        facts.ballots = int(m_document->ballots(roundId).size());
    }
    if (facts.ballots == 0)
        for (qint64 id : m_document->roundIds())
            if (const int ballots = int(m_document->ballots(id).size());
                id != roundId && ballots > facts.fullerBallots) {
                facts.fullerName = m_document->round(id)->name;
                facts.fullerBallots = ballots;
            }
    return facts;
}

void AgendaPage::fillRounds()
{
    // The first entry follows the voting as it goes (the open round, else the latest);
    // the others hold one round, e.g. yesterday's, while today's is being voted.
    const QSignalBlocker quiet(m_roundCombo);
    m_roundCombo->clear();
    const QVariant automatic = qint64(0);
    m_roundCombo->addItem(tr("Current round"), automatic);
    if (m_document)
        for (qint64 id : m_document->roundIds())
            m_roundCombo->addItem(m_document->round(id)->name, id);
    const int chosen = m_roundCombo->findData(m_model->round());
    m_roundCombo->setCurrentIndex(std::max(0, chosen));
}

qint64 AgendaPage::targetSession() const
{
    if (m_list->hasFocus())
        return m_list->currentSession();
    if (const qint64 session = m_grid->currentSession())
        return session;
    return m_list->currentSession();
}

void AgendaPage::updateActions()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    const qint64 target = targetSession();
    const bool blank = open && m_document->roomIds().isEmpty() && m_document->slotIds().isEmpty();
    m_actions.show->setEnabled(open);
    for (QAction *action : {m_actions.rooms, m_actions.timeSlots, m_actions.sessions, m_actions.addSession})
        action->setEnabled(editable);
    m_actions.applyTemplate->setEnabled(editable && blank);
    m_actions.applyTemplate->setVisible(!open || blank); // only offered on a blank agenda
    m_actions.sessionsFromThemes->setEnabled(editable && m_document->themeCount() > 0);
    m_actions.editSession->setEnabled(editable && target);
    m_actions.pin->setEnabled(editable && target && m_document->placement(target));
    m_actions.unschedule->setEnabled(editable && target && m_document->placement(target));
    m_moveMenu->setEnabled(editable && target);
    m_actions.generate->setEnabled(editable && !m_document->sessionIds().isEmpty() && !m_generation->isRunning());
    m_actions.present->setEnabled(open && !m_document->roomIds().isEmpty());
}

void AgendaPage::showMessage(const QString &text)
{
    m_message->setText(text);
}

// ---- Rooms, slots and sessions ----------------------------------------------------------

void AgendaPage::editRooms()
{
    if (!m_document)
        return;
    RoomsDialog dialog(m_document, this);
    dialog.exec();
}

void AgendaPage::editTimeSlots()
{
    if (!m_document)
        return;
    TimeSlotsDialog dialog(m_document, this);
    dialog.exec();
}

bool AgendaPage::applyTemplate(const QDate &day)
{
    if (!m_document)
        return false;
    const Outcome applied = m_document->applyUnconferenceTemplate(day);
    showMessage(applied.error());
    return applied.ok();
}

void AgendaPage::askTemplate()
{
    if (!m_document)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("templateDialog"));
    dialog.setWindowTitle(tr("One-day unconference"));
    auto *day = new QDateEdit(QDate::currentDate(), &dialog);
    day->setObjectName(QStringLiteral("templateDayEdit"));
    day->setCalendarPopup(true);
    auto *text =
        new QLabel(tr("Four rooms (60, 40, 30 and 20 seats) and a day from 9:00 to 17:00: opening, four "
                      "session slots with coffee and lunch between them, closing. Change anything afterwards."),
                   &dialog);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(text);
    form->addRow(tr("&Day:"), day);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        applyTemplate(day->date());
}

void AgendaPage::editSessions()
{
    if (!m_document)
        return;
    SessionsDialog dialog(m_document, this);
    dialog.exec();
}

void AgendaPage::addSession()
{
    if (!m_document)
        return;
    SessionEditDialog editor(Session{}, *m_document, this);
    if (editor.exec() == QDialog::Accepted)
        if (const Outcome added = m_document->addSession(editor.session()); !added)
            showMessage(added.error());
}

void AgendaPage::editSession()
{
    const Session *session = m_document ? m_document->session(targetSession()) : nullptr;
    if (!session)
        return;
    SessionEditDialog editor(*session, *m_document, this);
    if (editor.exec() == QDialog::Accepted)
        if (const Outcome updated = m_document->updateSession(editor.session()); !updated.error().isEmpty())
            showMessage(updated.error());
}

// ---- Moving and pinning -----------------------------------------------------------------

void AgendaPage::togglePin()
{
    const qint64 session = targetSession();
    const Placement *placed = m_document ? m_document->placement(session) : nullptr;
    if (!placed) {
        showMessage(tr("Only a session on the grid can be pinned."));
        return;
    }
    if (const Outcome pinned = m_document->setPinned(session, !placed->pinned); !pinned)
        showMessage(pinned.error());
}

void AgendaPage::unscheduleTarget()
{
    if (const qint64 session = targetSession(); m_document && m_document->placement(session))
        m_mover->unschedule(session);
}

void AgendaPage::fillMoveMenu()
{
    // One submenu per session slot, one entry per room: "Room B (free)" or "Room B (swap with …)".
    m_moveMenu->clear();
    const qint64 session = targetSession();
    if (!m_document || !session)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isSessionSlot(row))
            continue;
        QMenu *slotMenu = m_moveMenu->addMenu(m_model->slotText(m_model->slotAt(row)));
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex cell = m_model->index(row, column);
            const qint64 occupant = cell.data(AgendaGridModel::SessionIdRole).toLongLong();
            const QString room = m_document->room(m_model->roomAt(column))->name;
            QString text = occupant == 0 ? tr("%1 (free)").arg(room)
                           : occupant == session
                               ? tr("%1 (here now)").arg(room)
                               : tr("%1 (swap with “%2”)").arg(room, m_document->session(occupant)->title);
            QAction *action = slotMenu->addAction(text);
            action->setObjectName(
                QStringLiteral("actionMoveTo_%1_%2").arg(m_model->slotAt(row)).arg(m_model->roomAt(column)));
            action->setEnabled(occupant != session);
            connect(action, &QAction::triggered, this, [this, session, cell] { m_mover->moveToCell(session, cell); });
        }
    }
    if (m_document->placement(session))
        m_moveMenu->addAction(m_actions.unschedule);
}

// ---- Generate ---------------------------------------------------------------------------

void AgendaPage::generate()
{
    if (!m_document || m_generation->isRunning())
        return;
    showMessage(QString());
    if (m_generation->start(m_document, m_model->facts().roundId()))
        updateActions();
}

void AgendaPage::generationFinished(const GenerationReport &report)
{
    m_summary->showGeneration(report);
    refresh();
}

} // namespace cabildo
