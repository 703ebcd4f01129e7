#include "roombar.h"

#include "countdowntext.h"
#include "document/eventdocument.h"
#include "document/roomclock.h"
#include "refusalmessage.h"
#include "roomchime.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <utility>

namespace cabildo {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr int defaultMinutes = 10;

int minutesOf(qint64 ms)
{
    return int((ms + minuteMs / 2) / minuteMs);
}

/** A property the style sheet reads changed: apply its rules again. */
void restyle(QWidget *widget, const char *property, const QVariant &value)
{
    if (widget->property(property) == value)
        return;
    widget->setProperty(property, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

RoomBar::RoomBar(QWidget *parent)
    : QToolBar(parent), m_menu(new QMenu(this)), m_timerOptionsMenu(new QMenu(this)), m_phases(new QActionGroup(this)),
      m_chime(new RoomChime(this))
{
    setObjectName(QStringLiteral("roomBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The phase in the room's colour, so which one it is shows from across the table.
    setStyleSheet(QStringLiteral(R"(
QToolButton[roomPhase="true"] { padding: 3px 10px; }
QToolButton[roomPhase="true"]:checked { background: #1f6f5c; color: #ffffff; border-radius: 4px; font-weight: 600; }
QLabel#roomTimerDisplay { padding: 2px 8px; border-radius: 4px; font-weight: 600; }
QLabel#roomTimerDisplay[timerState="running"] { background: #dff3e6; color: #14532d; }
QLabel#roomTimerDisplay[timerState="ended"] { background: #b3261e; color: #ffffff; }
)"));
    createActions();
    createBar();
    createMenu();
    retranslate();
    setDocument(nullptr);
}

QAction *RoomBar::phaseAction(Phase phase) const
{
    for (QAction *action : m_phases->actions())
        if (Phase(action->data().toInt()) == phase)
            return action;
    return nullptr;
}

void RoomBar::createActions()
{
    auto make = [this](const char *name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    for (Phase phase : allPhases) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("actionPhase_") + phaseKey(phase));
        action->setCheckable(true);
        action->setData(int(phase));
        m_phases->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, phase] { apply([phase](EventDocument &document) { return document.setPhase(phase); }); });
    }
    m_actions.startPause = make("actionTimerStartPause", &RoomBar::startOrPause);
    m_actions.startPause->setShortcut(Qt::Key_F9);
    m_actions.addMinute = make("actionTimerAddMinute", [this] { apply(&EventDocument::addTimerMinute); });
    m_actions.stop = make("actionTimerStop", [this] { apply(&EventDocument::stopTimer); });
    m_actions.setLength = make("actionTimerSetLength", [this] {
        m_minutes->setFocus(Qt::ShortcutFocusReason);
        m_minutes->selectAll();
    });
    m_actions.setLength->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_actions.closeRound =
        make("actionTimerCloseRound", [this](bool on) { setTimerOption(&RoomTimer::closeRoundAtEnd, on); });
    m_actions.sound = make("actionTimerSound", [this](bool on) { setTimerOption(&RoomTimer::soundAtEnd, on); });
    m_actions.hideNotes = make("actionHideNotesUntilRevealed", [this](bool on) {
        apply([on](EventDocument &document) { return document.setHideNotesUntilRevealed(on); });
    });
    m_actions.reveal = make("actionRevealNotes", [this] { apply(&EventDocument::revealNotes); });
    for (QAction *action : {m_actions.closeRound, m_actions.sound, m_actions.hideNotes})
        action->setCheckable(true);
}

QToolButton *RoomBar::button(QAction *action, const QString &objectName)
{
    addAction(action);
    auto *button = qobject_cast<QToolButton *>(widgetForAction(action));
    button->setObjectName(objectName);
    return button;
}

void RoomBar::createBar()
{
    m_phaseLabel = new QLabel;
    addWidget(m_phaseLabel);
    for (QAction *action : m_phases->actions())
        button(action, QStringLiteral("roomPhase_") + phaseKey(Phase(action->data().toInt())))
            ->setProperty("roomPhase", true);
    addSeparator();

    m_timerLabel = new QLabel;
    addWidget(m_timerLabel);
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(QStringLiteral("roomTimerMinutes"));
    m_minutes->setRange(1, int(RoomTimer::maxMs / minuteMs));
    m_minutes->setValue(defaultMinutes);
    m_minutes->setKeyboardTracking(false); // typing "90" is not a 9-minute timer on the way
    connect(m_minutes, &QSpinBox::valueChanged, this, &RoomBar::applyLength);
    addWidget(m_minutes);
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("roomTimerDisplay"));
    QFont digits = QFontDatabase::systemFont(QFontDatabase::FixedFont); // seconds that tick do not jiggle
    digits.setPointSizeF(font().pointSizeF() * 1.3);
    m_countdown->setFont(digits);
    addWidget(m_countdown);
    button(m_actions.startPause, QStringLiteral("roomTimerStartPause"));
    button(m_actions.addMinute, QStringLiteral("roomTimerAddMinute"));
    button(m_actions.stop, QStringLiteral("roomTimerStop"));
    m_timerOptionsMenu->addActions({m_actions.closeRound, m_actions.sound});
    m_timerOptions = new QToolButton;
    m_timerOptions->setObjectName(QStringLiteral("roomTimerOptions"));
    m_timerOptions->setMenu(m_timerOptionsMenu);
    m_timerOptions->setPopupMode(QToolButton::InstantPopup);
    addWidget(m_timerOptions);
    addSeparator();

    button(m_actions.hideNotes, QStringLiteral("roomHideNotes"));
    button(m_actions.reveal, QStringLiteral("roomReveal"));

    // Closing a round offers the next phase under the bar: no dialog to answer.
    auto *offer = new QWidget;
    offer->setObjectName(QStringLiteral("roomAgendaOffer"));
    offer->setAttribute(Qt::WA_StyledBackground);
    offer->setStyleSheet(QStringLiteral("#roomAgendaOffer { background: #fff4d6; border-radius: 6px; }"));
    auto *layout = new QHBoxLayout(offer);
    layout->setContentsMargins(8, 0, 2, 0);
    m_offerText = new QLabel;
    m_offerText->setObjectName(QStringLiteral("roomAgendaOfferText"));
    m_offerAccept = new QToolButton;
    m_offerAccept->setObjectName(QStringLiteral("roomAgendaOfferAccept"));
    m_offerDismiss = new QToolButton;
    m_offerDismiss->setObjectName(QStringLiteral("roomAgendaOfferDismiss"));
    layout->addWidget(m_offerText);
    layout->addWidget(m_offerAccept);
    layout->addWidget(m_offerDismiss);
    connect(m_offerAccept, &QToolButton::clicked, this, [this] {
        showAgendaOffer(0);
        apply([](EventDocument &document) { return document.setPhase(Phase::Agenda); });
    });
    connect(m_offerDismiss, &QToolButton::clicked, this, [this] { showAgendaOffer(0); });
    // A row of its own: the bar itself fills a laptop's width.
    m_offerBar = new QToolBar(parentWidget());
    m_offerBar->setObjectName(QStringLiteral("roomAgendaOfferBar"));
    m_offerBar->setMovable(false);
    m_offerBar->toggleViewAction()->setVisible(false); // it comes and goes by itself
    m_offerBar->addWidget(offer);
    m_offerBar->hide();
}

void RoomBar::createMenu()
{
    m_menu->setObjectName(QStringLiteral("menuRoom"));
    m_menu->addActions(m_phases->actions());
    m_menu->addSeparator();
    m_menu->addActions({m_actions.setLength, m_actions.startPause, m_actions.addMinute, m_actions.stop});
    m_menu->addActions({m_actions.closeRound, m_actions.sound});
    m_menu->addSeparator();
    m_menu->addActions({m_actions.hideNotes, m_actions.reveal});
}

void RoomBar::setDocument(EventDocument *document)
{
    if (m_document) {
        m_document->disconnect(this);
        m_document->roomClock()->disconnect(this);
    }
    m_document = document;
    showAgendaOffer(0);
    m_openRound = 0;
    if (document) {
        connect(document, &EventDocument::roomStateChanged, this, &RoomBar::sync);
        connect(document, &EventDocument::fileChanged, this, &RoomBar::sync); // read-only, or writable again
        connect(document, &EventDocument::fileChanged, this, &RoomBar::updateReveal);
        connect(document, &EventDocument::notesAdded, this, &RoomBar::updateReveal);
        connect(document, &EventDocument::notesRemoved, this, &RoomBar::updateReveal);
        connect(document, &EventDocument::notesChanged, this, &RoomBar::updateReveal);
        connect(document, &EventDocument::votesChanged, this, &RoomBar::votesChanged);
        connect(document->roomClock(), &RoomClock::changed, this, &RoomBar::sync);
        connect(document->roomClock(), &RoomClock::ended, this, &RoomBar::timeUp);
        m_openRound = document->openRound() ? document->openRound()->id : 0;
    }
    sync();
    updateReveal();
}

void RoomBar::retranslate()
{
    m_menu->setTitle(tr("&Room"));
    const std::pair<Phase, QString> phases[] = {
        //: A phase of the event, in the Room menu and bar: participants write notes
        {Phase::Capture, tr("&Capture")},
        //: A phase of the event: the facilitator groups the notes into themes
        {Phase::Group, tr("&Group")},
        //: A phase of the event: participants vote on the themes
        {Phase::Vote, tr("&Vote")},
        //: A phase of the event: the agenda is made
        {Phase::Agenda, tr("&Agenda")},
        //: A phase of the event: the final agenda is published
        {Phase::Publish, tr("&Publish")},
    };
    for (const auto &[phase, text] : phases) {
        phaseAction(phase)->setText(text);
        phaseAction(phase)->setStatusTip(tr("Tell the room's screens the event is in this phase"));
    }
    //: Label before the phase buttons in the room bar
    m_phaseLabel->setText(tr("Phase:"));
    //: Label before the timer's length in the room bar
    m_timerLabel->setText(tr("Timer:"));
    //: After the timer's length in minutes, e.g. "90 min"
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("The timer's length in minutes (90 minutes is 1:30:00)"));
    m_minutes->setAccessibleName(tr("Timer length in minutes"));
    m_countdown->setAccessibleName(tr("Time left"));
    m_timerOptions->setText(tr("At the End"));
    m_timerOptions->setToolTip(tr("What happens when the time is up"));
    m_actions.setLength->setText(tr("Timer &Length…"));
    m_actions.addMinute->setText(tr("Add a &Minute"));
    //: Short text of the room bar's "Add a Minute" button
    m_actions.addMinute->setIconText(tr("+1 min"));
    m_actions.stop->setText(tr("St&op Timer"));
    m_actions.stop->setIconText(tr("Stop"));
    m_actions.closeRound->setText(tr("Close the &Round When Time Is Up"));
    m_actions.sound->setText(tr("Sou&nd at the End"));
    m_actions.hideNotes->setText(tr("&Hide Notes Until Revealed"));
    const std::pair<QAction *, QString> descriptions[] = {
        {m_actions.setLength, tr("Type how many minutes the timer runs")},
        {m_actions.startPause, tr("Start the timer everyone sees, or pause it")},
        {m_actions.addMinute, tr("One more minute on the timer")},
        {m_actions.stop, tr("Stop the timer and set it back to its whole length")},
        {m_actions.closeRound, tr("When the time is up, close the open voting round")},
        {m_actions.sound, tr("Play a short sound when the time is up")},
        {m_actions.hideNotes, tr("New notes stay face down on the room's screens until you reveal them")},
        {m_actions.reveal, tr("Show every face-down note to the room at once (one undo step)")},
    };
    for (const auto &[action, description] : descriptions) {
        action->setStatusTip(description);
        action->setToolTip(description);
    }
    m_offerAccept->setText(tr("Move to Agenda"));
    m_offerDismiss->setText(tr("Not Now"));
    showAgendaOffer(m_offerRound);
    sync();
    updateReveal();
}

void RoomBar::sync()
{
    const EventDocument *document = m_document;
    const bool editable = document && !document->isReadOnly();
    const RoomState room = document ? document->roomState() : RoomState();
    const RoomTimer &timer = room.timer;
    for (QAction *action : m_phases->actions()) {
        action->setEnabled(editable);
        action->setChecked(document && Phase(action->data().toInt()) == room.phase);
    }
    if (room.phase >= Phase::Agenda)
        showAgendaOffer(0); // there already

    m_minutes->setEnabled(editable && !timer.isRunning()); // pause first: a running timer keeps its length
    if (timer.isSet() && minutesOf(timer.durationMs) != m_minutes->value()) {
        const QSignalBlocker quiet(m_minutes); // the document's length, not a new one typed
        m_minutes->setValue(minutesOf(timer.durationMs));
    }
    const bool ended = document && document->roomClock()->hasEnded();
    const bool counting = timer.isRunning() && !ended;
    m_actions.setLength->setEnabled(editable && !timer.isRunning());
    m_actions.startPause->setEnabled(editable);
    m_actions.startPause->setText(counting ? tr("Pa&use Timer") : ended ? tr("Re&start Timer") : tr("&Start Timer"));
    m_actions.startPause->setIconText(counting ? tr("Pause") : ended ? tr("Restart") : tr("Start"));
    m_actions.addMinute->setEnabled(editable);
    m_actions.stop->setEnabled(editable && timer.isSet()
                               && (timer.isRunning() || timer.remainingMs != timer.durationMs));
    m_actions.closeRound->setEnabled(editable);
    m_actions.closeRound->setChecked(timer.closeRoundAtEnd);
    m_actions.sound->setEnabled(editable);
    m_actions.sound->setChecked(timer.soundAtEnd);
    m_timerOptions->setEnabled(editable);
    m_actions.hideNotes->setEnabled(editable);
    m_actions.hideNotes->setChecked(room.hideNotesUntilRevealed);

    // The countdown as every screen shows it; before a timer is set, the length typed.
    const qint64 seconds = timer.isSet() ? document->roomClock()->secondsLeft() : m_minutes->value() * 60;
    m_countdown->setText(ended ? tr("Time is up") : countdownText(seconds));
    m_countdown->setEnabled(document != nullptr);
    restyle(m_countdown, "timerState", QString::fromLatin1(ended ? "ended" : counting ? "running" : "idle"));
}

void RoomBar::updateReveal()
{
    const int faceDown = m_document ? m_document->faceDownNoteCount() : 0;
    m_actions.reveal->setEnabled(m_document && !m_document->isReadOnly() && faceDown > 0);
    m_actions.reveal->setText(faceDown > 0 ? tr("R&eveal %n Note(s)", nullptr, faceDown) : tr("R&eveal Notes"));
    //: The room bar's Reveal button with how many notes are face down, e.g. "Reveal (12)"
    m_actions.reveal->setIconText(faceDown > 0 ? tr("Reveal (%1)").arg(faceDown) : tr("Reveal"));
}

void RoomBar::apply(const std::function<Outcome(EventDocument &)> &change)
{
    if (m_document)
        runShowingRefusal(m_document, this, tr("Cannot change the room"), [&] { return change(*m_document); });
    sync(); // a change refused leaves the buttons as the document is, not as they were clicked
}

void RoomBar::applyLength()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const RoomTimer &timer = m_document->roomState().timer;
    if (timer.isRunning() || (timer.isSet() && minutesOf(timer.durationMs) == m_minutes->value()))
        return;
    const qint64 length = m_minutes->value() * minuteMs;
    apply([length](EventDocument &document) { return document.setTimerLength(length); });
}

void RoomBar::startOrPause()
{
    if (!m_document)
        return;
    m_minutes->interpretText(); // a length typed and not yet confirmed is the one meant
    const RoomTimer &timer = m_document->roomState().timer;
    if (timer.isRunning() && !m_document->roomClock()->hasEnded()) {
        apply(&EventDocument::pauseTimer);
        return;
    }
    if (timer.isRunning())
        apply(&EventDocument::stopTimer); // the time was up: again from its whole length
    applyLength();
    apply(&EventDocument::startTimer);
}

void RoomBar::setTimerOption(bool RoomTimer::*option, bool on)
{
    apply([option, on](EventDocument &document) {
        RoomTimer timer = document.roomState().timer;
        timer.*option = on;
        return document.setTimer(timer);
    });
}

void RoomBar::timeUp()
{
    // Seen (the countdown turns red) and, unless turned off, heard; the taskbar asks too.
    if (m_document && m_document->roomState().timer.soundAtEnd)
        m_chime->play();
    QApplication::alert(window());
}

void RoomBar::votesChanged()
{
    // A round that was open is closed now (from the Votes menu, or when the time was up):
    // the room may move on. Undoing its opening makes it not started, which offers nothing.
    const VoteRound *open = m_document->openRound();
    const qint64 wasOpen = std::exchange(m_openRound, open ? open->id : 0);
    const VoteRound *closed = wasOpen && !open ? m_document->round(wasOpen) : nullptr;
    if (closed && closed->state == RoundState::Closed && m_document->roomState().phase < Phase::Agenda)
        showAgendaOffer(closed->id);
    else if (open)
        showAgendaOffer(0);
}

void RoomBar::showAgendaOffer(qint64 closedRound)
{
    const VoteRound *round = m_document && closedRound ? m_document->round(closedRound) : nullptr;
    m_offerRound = round ? closedRound : 0;
    if (round)
        //: In the room bar when a voting round closes; %1 is the round's name
        m_offerText->setText(tr("“%1” is closed.").arg(round->name));
    m_offerBar->setVisible(round != nullptr);
}

} // namespace cabildo
