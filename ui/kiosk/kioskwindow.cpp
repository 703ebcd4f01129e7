#include "kioskwindow.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/notedetails.h"
#include "board/noteitem.h"
#include "document/eventdocument.h"
#include "document/roomclock.h"
#include "kioskagenda.h"
#include "kiosknotecard.h"
#include "kioskpindialog.h"
#include "kioskstyle.h"
#include "kioskvotepanel.h"
#include "kioskwidgets.h"
#include "priorityform.h"
#include "room/countdowntext.h"

#include <QApplication>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTranslator>

#include <algorithm>

namespace cabildo {

using namespace kiosk;

namespace {

constexpr int maxFormWidth = 760;
constexpr int idleResetMilliseconds = 3 * 60 * 1000;

/**
 * A page of the kiosk's stack that does not trade height for width: its wrapped text would
 * make the whole stack do so, and the note form then asked for more height than 768 pixels.
 */
class MessagePage : public QWidget
{
public:
    bool hasHeightForWidth() const override { return false; }
};

} // namespace

KioskWindow::KioskWindow(EventDocument *document, const QString &pin, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_pin(pin)
{
    setObjectName(QStringLiteral("kioskWindow"));
    // On a single screen the kiosk covers the main window: keep it above, so that a
    // participant cannot bring the facilitator's window forward.
    setWindowFlag(Qt::WindowStaysOnTopHint);
    setFont(sized(font(), bodyPointSize));

    m_scene = new BoardScene(this);
    m_scene->setEditable(false);
    m_scene->setRoomView(true); // the room sees no note the facilitator hid
    m_scene->setDocument(document);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 12, 24, 12);
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->setSpacing(28);
    m_body->addWidget(createFormColumn(), 1);
    m_body->addWidget(createBoardColumn(), 1);
    outer->addLayout(m_body);

    // A participant who walks away mid-form must not leave their name for the next one.
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleResetMilliseconds);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_form->clear();
        m_votePanel->reset(); // nor their half-made ballot
        m_noteCard->hide();   // nor the note they were reading
    });
    qApp->installEventFilter(this);

    // Several notes can land at once (a paste in the main window): fit the board once.
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, m_board, &BoardView::fitAll);

    if (document) {
        auto refresh = [this] {
            updateBoardCaption();
            m_fitTimer.start();
        };
        connect(document, &EventDocument::notesAdded, this, refresh);
        connect(document, &EventDocument::notesRemoved, this, refresh);
        connect(document, &EventDocument::notesChanged, this, refresh); // approving or hiding changes the count
        connect(document, &EventDocument::eventChanged, this, &KioskWindow::retranslateUi);
        connect(document, &EventDocument::fileChanged, this, &KioskWindow::updateMode);
        // Opening or closing a round in the main window turns the kiosk to the ballot and back,
        // and the phase decides the rest.
        connect(document, &EventDocument::votesChanged, this, &KioskWindow::updateMode);
        connect(document, &EventDocument::roomStateChanged, this, &KioskWindow::updateMode);
        connect(document, &EventDocument::roomStateChanged, this, &KioskWindow::updateTimer);
        connect(document->roomClock(), &RoomClock::changed, this, &KioskWindow::updateTimer);
        connect(document, &QObject::destroyed, this, &KioskWindow::documentDestroyed);
    }

    // A tap on a note shows it whole, read-only: on a touch screen there is no hover.
    m_noteCard = new KioskNoteCard(this);
    connect(m_board, &BoardView::noteTapped, this, &KioskWindow::showNote);

    applyStyle();
    retranslateUi();
    m_form->clear(); // and in the room's language
    updateMode();
}

KioskWindow::~KioskWindow()
{
    // The scene is a child and goes with us; it must not keep listening to the document.
    m_scene->setDocument(nullptr);
}

QWidget *KioskWindow::createFormColumn()
{
    auto *card = m_formCard = new QFrame;
    card->setObjectName(QStringLiteral("kioskFormCard"));
    card->setMaximumWidth(maxFormWidth);
    card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setSpacing(10);

    // Four big buttons, each language named in itself: a participant taps theirs, the
    // form (or the ballot) speaks it, and the note records it.
    auto *languages = new QHBoxLayout;
    languages->setSpacing(8);
    m_languageButtons = new QButtonGroup(this);
    for (const NoteLanguage &entry : noteLanguages) {
        auto *button = new QPushButton(QString::fromUtf16(entry.name));
        button->setObjectName(QStringLiteral("kioskLanguage_") + QLatin1String(entry.key));
        button->setProperty("languageKey", QString::fromLatin1(entry.key));
        button->setProperty("kioskLanguage", true);
        button->setCheckable(true);
        button->setMinimumHeight(touchTarget + 8);
        button->setAutoDefault(false);
        // Four in a row must fit the narrowest form: they share the width, whatever it is.
        button->setFont(sized(font(), bodyPointSize - 3));
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        m_languageButtons->addButton(button);
        languages->addWidget(button);
    }
    connect(m_languageButtons, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton *button) { setFormLanguage(button->property("languageKey").toString()); });
    layout->addLayout(languages);

    // Below the language buttons: the priority form, or the ballot while a round is open.
    m_modes = new QStackedWidget;
    m_modes->setObjectName(QStringLiteral("kioskModes"));
    m_form = new PriorityForm(m_document, this);
    // The next person starts in the room's language.
    connect(m_form, &PriorityForm::cleared, this, [this] {
        if (m_formLanguage != interfaceLanguageKey())
            setFormLanguage(interfaceLanguageKey());
    });
    connect(m_form, &PriorityForm::submitted, this, [this](qint64 noteId) {
        setHighlightedNote(noteId);
        emit noteSubmitted(noteId);
    });
    connect(m_form, &PriorityForm::messageHidden, this, [this] { setHighlightedNote(0); });
    m_votePanel = new KioskVotePanel(m_document);
    connect(m_votePanel, &KioskVotePanel::ballotCast, this, [this] {
        // The next voter starts in the room's language; the thank-you stays in this one's.
        if (m_formLanguage != interfaceLanguageKey())
            setFormLanguage(interfaceLanguageKey());
        emit ballotCast();
    });
    // Between the phases where participants write and vote: what happens meanwhile.
    m_waitPage = new MessagePage;
    m_waitPage->setObjectName(QStringLiteral("kioskWaitPage"));
    auto *waitLayout = new QVBoxLayout(m_waitPage);
    waitLayout->setContentsMargins(0, 24, 0, 0);
    waitLayout->setSpacing(16);
    m_waitHeading = new QLabel;
    m_waitHeading->setObjectName(QStringLiteral("kioskWaitHeading"));
    m_waitHeading->setFont(sized(font(), headingPointSize, QFont::Bold));
    m_waitHeading->setWordWrap(true);
    m_waitText = new QLabel;
    m_waitText->setObjectName(QStringLiteral("kioskWaitText"));
    m_waitText->setWordWrap(true);
    waitLayout->addWidget(m_waitHeading);
    waitLayout->addWidget(m_waitText);
    waitLayout->addStretch(1);
    m_agenda = new KioskAgenda(m_document);
    m_modes->addWidget(m_form);
    m_modes->addWidget(m_votePanel);
    m_modes->addWidget(m_waitPage);
    m_modes->addWidget(m_agenda);
    layout->addWidget(m_modes, 1);

    // Centred with a maximum width, and it scrolls rather than clips on a small screen.
    auto *column = new QWidget;
    column->setObjectName(QStringLiteral("kioskFormColumn"));
    auto *columnLayout = new QHBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addStretch(1);
    columnLayout->addWidget(card, 1000);
    columnLayout->addStretch(1);

    m_formScroll = new FormScrollArea;
    m_formScroll->setObjectName(QStringLiteral("kioskFormScroll"));
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setWidget(column);
    return m_formScroll;
}

QWidget *KioskWindow::createBoardColumn()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_eventTitle = new QLabel;
    m_eventTitle->setObjectName(QStringLiteral("kioskEventTitle"));
    m_eventTitle->setFont(sized(font(), 26, QFont::Bold));
    m_eventTitle->setWordWrap(true);
    // The room's timer, big enough to read from the back, counting what the laptop says.
    m_timer = new QLabel;
    m_timer->setObjectName(QStringLiteral("kioskTimer"));
    m_timer->setFont(sized(font(), 40, QFont::Bold));
    m_timer->setAlignment(Qt::AlignCenter);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_eventTitle, 1);
    heading->addWidget(m_timer, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(heading);

    m_board = new BoardView(m_scene);
    m_board->setObjectName(QStringLiteral("kioskBoard"));
    m_board->setFrameShape(QFrame::NoFrame);
    m_board->setMinimumSize(320, 240);
    m_board->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_board->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_board, 1);

    auto *footer = new QHBoxLayout;
    m_boardCaption = new QLabel;
    m_boardCaption->setObjectName(QStringLiteral("kioskBoardCaption"));
    m_boardCaption->setWordWrap(true);
    footer->addWidget(m_boardCaption, 1);
    // Small and out of the way, yet still a comfortable touch target for the facilitator.
    m_exitButton = new QPushButton;
    m_exitButton->setObjectName(QStringLiteral("kioskExitButton"));
    m_exitButton->setFont(sized(font(), 15));
    m_exitButton->setMinimumSize(132, touchTarget);
    m_exitButton->setAutoDefault(false);
    m_exitButton->setFocusPolicy(Qt::NoFocus);
    connect(m_exitButton, &QPushButton::clicked, this, &KioskWindow::askForPin);
    footer->addWidget(m_exitButton, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(footer);
    return column;
}

void KioskWindow::applyStyle()
{
    // Scoped by object name: the inputs keep the platform style, only the frame around
    // them, the main button and the messages get the kiosk's own look.
    setStyleSheet(QStringLiteral(R"(
#kioskWindow { background: #e9e4d8; }
#kioskFormScroll, #kioskFormColumn { background: transparent; }
#kioskFormCard { background: #ffffff; border-radius: 18px; }
#kioskHeading { color: #1d2b28; }
#kioskEventTitle { color: #1d2b28; }
#kioskBoardCaption { color: #4a5652; }
#kioskAboutYou { color: #4a5652; }
#kioskAboutYou:disabled { color: #b4b4b4; }
#kioskReadOnlyNotice { background: #fff4d6; color: #5c4300; border-radius: 10px; padding: 10px 14px; }
#kioskBoard { border: 1px solid #d5cebf; border-radius: 12px; }
QPushButton[kioskLanguage="true"] { background: #f1ede4; color: #1d2b28; border: 2px solid #d5cebf; border-radius: 12px; padding: 6px 4px; }
QPushButton[kioskLanguage="true"]:checked { background: #1f6f5c; color: #ffffff; border-color: #1f6f5c; font-weight: 600; }
QPushButton[kioskLanguage="true"]:focus { border: 3px solid #0d3a30; }
QCheckBox#kioskConsentCheck { spacing: 0px; }
QLabel#kioskConsentLabel:disabled { color: #b4b4b4; }
QCheckBox#kioskConsentCheck::indicator { width: 30px; height: 30px; }
QPushButton#kioskSubmitButton, QPushButton#kioskVoteSubmit { background: #1f6f5c; color: #ffffff; border: none; border-radius: 14px; padding: 12px 28px; }
QPushButton#kioskSubmitButton:pressed, QPushButton#kioskVoteSubmit:pressed { background: #154d40; }
QPushButton#kioskSubmitButton:disabled, QPushButton#kioskVoteSubmit:disabled { background: #b8c7c2; color: #f3f6f5; }
QPushButton#kioskSubmitButton:focus, QPushButton#kioskVoteSubmit:focus { border: 3px solid #0d3a30; }
#kioskVoteHeading { color: #1d2b28; }
#kioskWaitHeading, #kioskAgendaHeading, #kioskAgendaDay, #kioskAgendaSlot { color: #1d2b28; }
#kioskWaitText, #kioskAgendaRoom { color: #4a5652; }
#kioskAgendaScroll, #kioskAgendaList { background: transparent; }
QLabel#kioskTimer { color: #1d2b28; border-radius: 12px; padding: 0 16px; }
QLabel#kioskTimer[ended="true"] { background: #b3261e; color: #ffffff; }
#kioskVoteScroll, #kioskVoteList { background: transparent; }
/* The ballot's scrollbar wide enough for a mouse to hit (a finger drags the list itself). */
#kioskVoteScroll QScrollBar:vertical { width: 28px; background: #f1ede4; border-radius: 14px; margin: 0; }
#kioskVoteScroll QScrollBar::handle:vertical { background: #8a9a94; border-radius: 11px; min-height: 64px; margin: 3px; }
#kioskVoteScroll QScrollBar::add-line:vertical, #kioskVoteScroll QScrollBar::sub-line:vertical { height: 0; border: none; }
#kioskVoteScroll QScrollBar::add-page:vertical, #kioskVoteScroll QScrollBar::sub-page:vertical { background: none; }
#kioskVoteDots { color: #1f6f5c; }
#kioskVotesLeft { color: #1d2b28; }
QLabel#kioskConfirmation, QLabel#kioskVoteConfirmation { border-radius: 12px; padding: 4px 16px; font-size: 20pt; font-weight: 600; }
QLabel#kioskConfirmation[error="false"], QLabel#kioskVoteConfirmation[error="false"] { background: #dff3e6; color: #14532d; }
QLabel#kioskConfirmation[error="true"], QLabel#kioskVoteConfirmation[error="true"] { background: #fde2e2; color: #8a1c1c; }
)"));
}

void KioskWindow::retranslateUi()
{
    setWindowTitle(tr("Cabildo kiosk"));
    //: Tooltip of the four language buttons at the top of the kiosk form
    for (QAbstractButton *button : m_languageButtons->buttons())
        button->setToolTip(ktr("The language you write in"));
    //: Button for the event's facilitator (the person running it) to leave the kiosk
    m_exitButton->setText(tr("Facilitator"));
    m_exitButton->setAccessibleName(tr("Facilitator: leave kiosk mode"));
    m_board->setAccessibleName(ktr("Board with everyone's priorities"));
    m_eventTitle->setText(m_document ? m_document->event().title : QString());
    m_timer->setAccessibleName(ktr("Time left"));
    updateBoardCaption();
    updateWaitPage();
    updateTimer();
}

void KioskWindow::setFormLanguage(const QString &key)
{
    m_formLanguage = key;
    for (QAbstractButton *button : m_languageButtons->buttons())
        button->setChecked(button->property("languageKey").toString() == key);
    // The form's own translator: the facilitator's window keeps the interface language.
    m_formTranslator = std::make_unique<QTranslator>();
    if (!m_formTranslator->load(QLocale(key), QStringLiteral("cabildo"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        m_formTranslator.reset();
    m_form->setLanguage(m_formTranslator.get(), key);
    m_votePanel->setLanguage(m_formTranslator.get(), key);
    m_agenda->setLanguage(m_formTranslator.get(), key);
    retranslateUi();
}

QString KioskWindow::ktr(const char *source, const char *disambiguation, int n) const
{
    return kiosk::translate(m_formTranslator.get(), "cabildo::KioskWindow", m_formLanguage, source, disambiguation, n);
}

void KioskWindow::showNote(qint64 noteId)
{
    const Note *note = m_document ? m_document->note(noteId) : nullptr;
    if (!note || !note->isReadableByRoom()) // a face-down card stays face down
        return;
    //: On the card a tap on a note opens; %1 is a language's own name, e.g. "français"
    const NoteDetailsText labels{ktr("Language: %1"), ktr("Language: %1 (detected)"),
                                 //: A translation stored with a note: %1 is the language's own name, %2 the text
                                 ktr("In %1: %2"),
                                 QString()}; // whether the facilitator checked an OCR text is theirs to know
    //: Closes the card that shows a whole note
    m_noteCard->showNote(noteDetails(*note, labels), ktr("Close"));
}

void KioskWindow::updateBoardCaption()
{
    // What the room sees: notes waiting for approval or hidden by the facilitator do not count.
    const int count = m_document ? m_document->visibleNoteCount() : 0;
    m_boardCaption->setText(ktr("%n priorities on the board", nullptr, count));
}

void KioskWindow::setHighlightedNote(qint64 noteId)
{
    // The participant's own note stands out while the thank-you shows, to see it land.
    if (NoteItem *previous = m_scene->itemForNote(m_highlightedNote))
        previous->setSearchState(false, false);
    m_highlightedNote = noteId;
    if (NoteItem *item = m_scene->itemForNote(noteId))
        item->setSearchState(false, true);
}

bool KioskWindow::isVoting() const
{
    return m_modes->currentWidget() == m_votePanel;
}

QWidget *KioskWindow::currentPage() const
{
    return m_modes->currentWidget();
}

QWidget *KioskWindow::pageForRoom() const
{
    // Following the room rather than a choice made at start: the facilitator changes the
    // phase and opens and closes voting from the main window, and a kiosk on the shared
    // screen follows without being left and set up again. An open round always shows its
    // ballot; a read-only event cannot take ballots.
    if (!m_document)
        return m_form;
    if (!m_document->isReadOnly() && m_document->openRound())
        return m_votePanel;
    switch (m_document->roomState().phase) {
    case Phase::Capture:
        return m_form;
    case Phase::Group:
    case Phase::Vote:
        return m_waitPage;
    case Phase::Agenda:
    case Phase::Publish:
        return m_agenda;
    }
    return m_form;
}

void KioskWindow::updateMode()
{
    m_agenda->setFinal(m_document && m_document->roomState().phase == Phase::Publish);
    updateWaitPage();
    QWidget *page = pageForRoom();
    if (m_modes->currentWidget() == page)
        return;
    m_votePanel->reset();
    m_noteCard->hide(); // a note being read gives way to the ballot (and back)
    m_modes->setCurrentWidget(page);
    updateOrientation(); // the ballot and the agenda are wider than the note form
    m_fitTimer.start();  // and the board beside them narrower
    if (page == m_votePanel)
        m_votePanel->setFocus();
    else
        m_form->setFocus();
}

void KioskWindow::updateWaitPage()
{
    if (!m_document)
        return;
    if (m_document->roomState().phase == Phase::Group) {
        m_waitHeading->setText(ktr("The facilitator is grouping the notes"));
        m_waitText->setText(ktr("Watch the board: notes that belong together are gathered into themes. Voting on the "
                                "themes comes next."));
        return;
    }
    // In the Vote phase with no round open: before the first, or after the last.
    const QList<qint64> rounds = m_document->roundIds();
    const VoteRound *latest = rounds.isEmpty() ? nullptr : m_document->round(rounds.constLast());
    if (latest && latest->state == RoundState::Closed) {
        m_waitHeading->setText(ktr("Voting is closed"));
        m_waitText->setText(ktr("Thank you for voting. The agenda is made from the votes."));
    } else {
        m_waitHeading->setText(ktr("Voting has not started"));
        m_waitText->setText(ktr("The ballot shows here as soon as the facilitator opens the vote."));
    }
}

void KioskWindow::updateTimer()
{
    const RoomTimer timer = m_document ? m_document->roomState().timer : RoomTimer();
    m_timer->setVisible(timer.isSet());
    if (!timer.isSet())
        return;
    // The laptop's count, as every screen shows it; red once the time is up.
    const RoomClock *clock = m_document->roomClock();
    const bool ended = clock->hasEnded();
    m_timer->setText(ended ? ktr("Time is up") : countdownText(clock->secondsLeft()));
    if (m_timer->property("ended").toBool() != ended) {
        m_timer->setProperty("ended", ended);
        m_timer->style()->unpolish(m_timer); // a dynamic property: restyle
        m_timer->style()->polish(m_timer);
    }
}

void KioskWindow::updateOrientation()
{
    // Landscape: the form beside the board, sharing the width until the form is as wide
    // as it reads well. Portrait (a rotated touch screen): the form above, as high as it
    // needs, and the board below. Only maximum sizes: a rotation must never be refused.
    // While voting, the ballot takes two thirds of a landscape screen: its themes go in two
    // columns, twice as many in sight as at the note form's width (a dozen themes or more
    // is usual), and the board beside it matters less while people choose. So does the
    // agenda, whose titles are long.
    const bool landscape = width() >= height();
    const bool wide = landscape && (isVoting() || m_modes->currentWidget() == m_agenda);
    const int formWidth = wide ? 2 * maxFormWidth : maxFormWidth;
    m_body->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_body->setStretchFactor(m_formScroll, landscape ? (wide ? 2 : 1) : 0);
    m_formCard->setMaximumWidth(formWidth);
    m_formScroll->setMaximumWidth(landscape ? formWidth + 40 : QWIDGETSIZE_MAX);
    m_votePanel->setCompactList(landscape);
}

void KioskWindow::showOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    // Screen and geometry first: the window manager puts a full-screen window on the
    // screen it starts on.
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    m_form->setFocus();
    m_fitTimer.start();
}

void KioskWindow::setHighContrast(bool on)
{
    m_scene->setHighContrast(on);
}

bool KioskWindow::tryUnlock(const QString &pin)
{
    if (m_pin.isEmpty() || pin != m_pin)
        return false;
    m_mayClose = true;
    if (m_pinDialog)
        m_pinDialog->close();
    close();
    return true;
}

void KioskWindow::forceClose()
{
    m_mayClose = true;
    if (m_pinDialog)
        m_pinDialog->close();
    close();
}

void KioskWindow::documentDestroyed()
{
    m_scene->setDocument(nullptr);
    m_form->updateState();
    forceClose();
}

void KioskWindow::askForPin()
{
    if (m_pinDialog) {
        m_pinDialog->raise();
        m_pinDialog->activateWindow();
        return;
    }
    // Built first, then given to the kiosk: children added to a dialog that the kiosk's
    // style sheet already polished would keep the application's small font.
    auto *dialog = new KioskPinDialog(font());
    m_pinDialog = dialog;
    dialog->installEventFilter(this); // no application shortcut here either
    connect(dialog, &KioskPinDialog::pinEntered, this, [this, dialog](const QString &pin) {
        if (tryUnlock(pin))
            dialog->accept();
        else
            dialog->showWrongPin();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_form->setFocus(); });
    dialog->setParent(this, dialog->windowFlags());
    dialog->open();
    dialog->findChild<QLineEdit *>(QStringLiteral("kioskUnlockPinEdit"))->setFocus();
}

bool KioskWindow::event(QEvent *event)
{
    // No shortcut of the application fires in the kiosk (Undo, Delete, Close...): the key
    // then arrives as an ordinary key press, which the focused input uses or we swallow.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    // Whatever no input used (Esc, F2, Delete on the board, Alt+F4 under some window
    // managers...) stops here.
    event->accept();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (!m_mayClose) {
        event->ignore();
        return;
    }
    event->accept();
    if (!m_exitedEmitted) {
        m_exitedEmitted = true;
        emit exited();
    }
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateOrientation();
    m_fitTimer.start();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Any touch, click or key inside the kiosk counts as someone still writing.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
        if (watched->isWidgetType() && static_cast<QWidget *>(watched)->window() == this)
            m_idleTimer.start();
        break;
    default:
        break;
    }
    // The type first: comparing with the QPointer casts to QDialog, which is undefined for
    // a dialog being destroyed (its ChildRemoved events come through here; UBSan saw it).
    if (event->type() == QEvent::ShortcutOverride && watched == m_pinDialog) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cabildo
