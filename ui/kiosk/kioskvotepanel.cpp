#include "kioskvotepanel.h"

#include "document/eventdocument.h"
#include "kioskstyle.h"
#include "kioskwidgets.h"
#include "model/notecolour.h"
#include "themetogglebutton.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStyle>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>

namespace cabildo {

using namespace kiosk;

namespace {
constexpr int messageMilliseconds = 5000;
/**
 * Beside the board (landscape) the list asks for the room of two rows only: it takes what
 * the form leaves and scrolls itself, rather than making the whole form scroll the button
 * away. Above the board (portrait) the form is as high as it asks, so it asks for its
 * themes, up to most of a tall screen.
 */
class ThemeListScroll : public QScrollArea
{
public:
    bool compact = true;
    QSize sizeHint() const override
    {
        int height = minimumHeight();
        if (!compact && widget())
            // Minus a little: the wrapped labels above are taller at the form's real width than
            // in its size hint, and the form must not scroll its button off the screen.
            height = std::clamp(widget()->heightForWidth(viewport()->width()) - 32, height, 1000);
        return {QScrollArea::sizeHint().width(), height};
    }
};

/** Two themes a row once there is room for it: fewer scrolls on a touch screen. */
constexpr int twoColumnWidth = 720;
} // namespace

KioskVotePanel::KioskVotePanel(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel), m_instructions(new QLabel), m_dots(new QLabel),
      m_votesLeft(new QLabel), m_empty(new QLabel), m_scroll(new ThemeListScroll), m_list(new QWidget),
      m_grid(new QGridLayout(m_list)), m_submit(new QPushButton), m_message(new QLabel)
{
    setObjectName(QStringLiteral("kioskVotePanel"));
    m_heading->setObjectName(QStringLiteral("kioskVoteHeading"));
    m_heading->setFont(sized(font(), headingPointSize, QFont::Bold));
    m_heading->setWordWrap(true);
    m_instructions->setObjectName(QStringLiteral("kioskVoteInstructions"));
    m_instructions->setWordWrap(true);

    // The dots left, drawn and in words: the drawing for a glance, the words for everyone.
    m_dots->setObjectName(QStringLiteral("kioskVoteDots"));
    m_dots->setFont(sized(font(), headingPointSize));
    m_dots->setAccessibleName(QStringLiteral(" ")); // decorative: the words say it
    m_votesLeft->setObjectName(QStringLiteral("kioskVotesLeft"));
    m_votesLeft->setFont(sized(font(), bodyPointSize + 2, QFont::Bold));
    m_votesLeft->setWordWrap(true);
    auto *dotsRow = new QHBoxLayout;
    dotsRow->setSpacing(16);
    dotsRow->addWidget(m_dots);
    dotsRow->addWidget(m_votesLeft, 1);

    m_list->setObjectName(QStringLiteral("kioskVoteList"));
    m_empty->setObjectName(QStringLiteral("kioskVoteEmpty"));
    m_empty->setWordWrap(true);
    m_grid->setContentsMargins(0, 0, 12, 0);
    m_grid->setSpacing(10);
    m_scroll->setObjectName(QStringLiteral("kioskVoteScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMinimumHeight(2 * (touchTarget + 16) + 10);
    m_scroll->setWidget(m_list);
    // A finger (or a mouse, as touch screens send) drags the list and flicks it; a tap
    // still chooses a theme at once, and a drag that started on a theme does not choose it.
    // The panel feeds the scroller itself (see eventFilter) rather than grabbing a gesture:
    // Qt's gesture delays each press and re-sends it to QApplication::widgetAt(), which
    // finds the wrong window where window positions are unknown (Wayland) or overlap.
    QScrollerProperties flick = QScroller::scroller(m_scroll->viewport())->scrollerProperties();
    flick.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy, QScrollerProperties::OvershootAlwaysOff);
    QScroller::scroller(m_scroll->viewport())->setScrollerProperties(flick);
    m_scroll->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);
    m_dragClock.start();

    m_submit->setObjectName(QStringLiteral("kioskVoteSubmit"));
    m_submit->setFont(sized(font(), 24, QFont::Bold));
    m_submit->setMinimumHeight(64);
    m_submit->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, &KioskVotePanel::submit);

    // Keeps its room when hidden: the buttons must not jump under a finger.
    m_message->setObjectName(QStringLiteral("kioskVoteConfirmation"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(touchTarget);
    QSizePolicy keepRoom = m_message->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(keepRoom);
    m_message->hide();
    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(messageMilliseconds);
    connect(&m_messageTimer, &QTimer::timeout, m_message, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_instructions);
    layout->addLayout(dotsRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_submit);
    layout->addWidget(m_message);

    if (document) {
        connect(document, &EventDocument::votesChanged, this, &KioskVotePanel::resync);
        connect(document, &EventDocument::themesAdded, this, &KioskVotePanel::resync);
        connect(document, &EventDocument::themesRemoved, this, &KioskVotePanel::resync);
        connect(document, &EventDocument::themesChanged, this, &KioskVotePanel::resync);
    }
    resync();
}

void KioskVotePanel::setLanguage(const QTranslator *translator, const QString &languageKey)
{
    m_translator = translator;
    m_language = languageKey;
    retranslate();
}

QString KioskVotePanel::ktr(const char *source, const char *disambiguation, int n) const
{
    // In this class's context, where lupdate files these strings.
    return kiosk::translate(m_translator, "cabildo::KioskVotePanel", m_language, source, disambiguation, n);
}

QList<qint64> KioskVotePanel::chosenThemes() const
{
    QList<qint64> chosen;
    for (qint64 id : m_order)
        if (m_buttons.value(id)->isChecked())
            chosen.append(id);
    return chosen;
}

int KioskVotePanel::votesLeft() const
{
    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    return round ? std::max(0, round->votesPerPerson - int(chosenThemes().size())) : 0;
}

void KioskVotePanel::reset()
{
    for (ThemeToggleButton *button : std::as_const(m_buttons)) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    m_message->hide();
    resync(); // full themes may become disabled again once no dot is on them
    // The next voter starts at the top of the list, as the first one did.
    QScroller::scroller(m_scroll->viewport())->stop();
    m_scroll->verticalScrollBar()->setValue(0);
}

void KioskVotePanel::resync()
{
    const VoteRound *open = m_document ? m_document->openRound() : nullptr;
    const qint64 roundId = open ? open->id : 0;
    if (roundId != m_roundId) {
        // A ballot belongs to one round: a newly opened round starts from an empty ballot.
        m_roundId = roundId;
        for (ThemeToggleButton *button : std::as_const(m_buttons)) {
            const QSignalBlocker blocker(button);
            button->setChecked(false);
        }
    }
    QList<qint64> themes = m_document ? m_document->themeIds() : QList<qint64>();
    if (themes != m_order)
        rebuildButtons();
    updateState();
    retranslate();
}

void KioskVotePanel::rebuildButtons()
{
    const QList<qint64> chosen = chosenThemes();
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_order = m_document ? m_document->themeIds() : QList<qint64>();
    for (int i = 0; i < m_order.size(); ++i) {
        auto *button = new ThemeToggleButton(m_order.at(i));
        button->installEventFilter(this); // a drag on a theme scrolls the list
        button->setFont(sized(font(), bodyPointSize));
        button->setChecked(chosen.contains(m_order.at(i))); // a theme's dot survives a rename
        connect(button, &QAbstractButton::toggled, this, [this, button](bool on) { themeToggled(button, on); });
        m_buttons.insert(m_order.at(i), button);
    }
    layOutButtons();
    // Keyboard order follows reading order.
    QWidget *previous = nullptr;
    for (qint64 id : std::as_const(m_order)) {
        if (previous)
            setTabOrder(previous, m_buttons.value(id));
        previous = m_buttons.value(id);
    }
    if (previous)
        setTabOrder(previous, m_submit);
}

void KioskVotePanel::setCompactList(bool compact)
{
    static_cast<ThemeListScroll *>(m_scroll)->compact = compact;
    m_scroll->updateGeometry();
}

void KioskVotePanel::layOutButtons()
{
    // One column on a narrow form, so long titles wrap over fewer lines; two when wide.
    m_columns = width() >= twoColumnWidth ? 2 : 1;
    for (qint64 id : std::as_const(m_order))
        m_grid->removeWidget(m_buttons.value(id));
    for (int i = 0; i < m_order.size(); ++i)
        m_grid->addWidget(m_buttons.value(m_order.at(i)), i / m_columns, i % m_columns);
    for (int column = 0; column < 2; ++column)
        m_grid->setColumnStretch(column, column < m_columns ? 1 : 0);
    // Room to spare goes below the last theme, not into taller buttons.
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    m_grid->setRowStretch((int(m_order.size()) + m_columns - 1) / m_columns, 1);
}

void KioskVotePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if ((width() >= twoColumnWidth ? 2 : 1) != m_columns)
        layOutButtons();
}

bool KioskVotePanel::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return QWidget::eventFilter(watched, event);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    QWidget *viewport = m_scroll->viewport();
    QScroller *scroller = QScroller::scroller(viewport);
    const QPointF at = viewport->mapFromGlobal(mouse->globalPosition());
    if (type == QEvent::MouseButtonPress) {
        if (mouse->button() != Qt::LeftButton)
            return false;
        // A tap on a list still flicking stops it, and chooses nothing.
        const bool wasMoving = scroller->state() == QScroller::Scrolling;
        m_dragging = false;
        m_swallowRelease = wasMoving;
        scroller->handleInput(QScroller::InputPress, at, m_dragClock.elapsed());
        return wasMoving;
    }
    if (type == QEvent::MouseMove) {
        if (!(mouse->buttons() & Qt::LeftButton))
            return false;
        scroller->handleInput(QScroller::InputMove, at, m_dragClock.elapsed());
        if (!m_dragging && scroller->state() == QScroller::Dragging) {
            // Far enough to be a drag: the theme under the finger lets go without a click.
            m_dragging = true;
            m_swallowRelease = true;
            if (auto *button = qobject_cast<QAbstractButton *>(watched))
                button->setDown(false);
        }
        return m_dragging;
    }
    if (mouse->button() != Qt::LeftButton)
        return false;
    scroller->handleInput(QScroller::InputRelease, at, m_dragClock.elapsed());
    const bool swallow = m_swallowRelease;
    if (auto *button = qobject_cast<QAbstractButton *>(watched); button && swallow)
        button->setDown(false);
    m_dragging = m_swallowRelease = false;
    return swallow;
}

void KioskVotePanel::themeToggled(ThemeToggleButton *button, bool chosen)
{
    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    if (chosen && (!round || int(chosenThemes().size()) > round->votesPerPerson)) {
        // No dot left: the tap is refused, and the participant is told how to change their mind.
        const QSignalBlocker blocker(button);
        button->setChecked(false);
        showMessage(ktr("You have used all your votes. Tap a chosen theme to take its vote back."), true);
    } else if (m_message->property("error").toBool()) {
        m_message->hide();
    }
    updateState();
    retranslate();
}

void KioskVotePanel::updateState()
{
    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    const bool writable = m_document && !m_document->isReadOnly() && round;
    for (ThemeToggleButton *button : std::as_const(m_buttons)) {
        const Theme *theme = m_document->theme(button->themeId());
        button->setText(theme->title);
        button->setThemeColour(NoteColour::byKey(theme->colour).fill);
        const bool full =
            round && round->capPerTheme > 0 && m_document->ballotVotes(m_roundId, theme->uuid) >= round->capPerTheme;
        //: Shown on a theme of the kiosk ballot that has all the votes the round allows
        button->setFull(full, ktr("Full"));
        button->setAccessibleDescription(full ? ktr("This theme has all the votes it can get.") : QString());
        if (!writable)
            button->setEnabled(false);
    }
    m_empty->setVisible(m_buttons.isEmpty());
    m_scroll->setVisible(!m_buttons.isEmpty());
    m_submit->setEnabled(writable && !chosenThemes().isEmpty());
}

void KioskVotePanel::retranslate()
{
    const VoteRound *round = m_document ? m_document->round(m_roundId) : nullptr;
    const int perPerson = round ? round->votesPerPerson : 0;
    const int left = votesLeft();
    //: Heading of the kiosk ballot
    m_heading->setText(ktr("Choose your themes"));
    //: %1 is the voting round's name
    m_instructions->setText(ktr("%1: tap up to %n theme(s), then cast your votes.", nullptr, perPerson)
                                .arg(round ? round->name : QString()));
    //: Under the kiosk ballot: how many of a participant's votes are not used yet
    m_votesLeft->setText(ktr("%n vote(s) left", nullptr, left));
    m_votesLeft->setProperty("votesLeft", left);
    // Filled dots for the votes left, hollow ones for those used.
    m_dots->setText(QString(left, QChar(0x25CF)) + QString(perPerson - left, QChar(0x25CB)));
    m_empty->setText(ktr("There are no themes to vote on yet."));
    //: Button that stores a participant's ballot
    m_submit->setText(ktr("Cast my votes"));
    m_scroll->setAccessibleName(ktr("Themes to vote on"));
}

void KioskVotePanel::submit()
{
    const QList<qint64> chosen = chosenThemes();
    if (!m_document || chosen.isEmpty())
        return;
    // A participant's ballot: stored and counted, but not the facilitator's undo step.
    if (!m_document->castBallot(m_roundId, chosen, EventDocument::Origin::Participant)) {
        // The choices stay: a theme that just became full shows as such, to choose again.
        resync();
        showMessage(ktr("Sorry, your votes could not be saved: a theme may have just become full, "
                        "or voting has closed. Please check your choices or ask the facilitator."),
                    true);
        return;
    }
    // Said in the voter's language, before the kiosk turns to the next person's.
    const QString thanks = ktr("Thank you! Your votes are counted.");
    reset();
    showMessage(thanks, false);
    emit ballotCast();
}

void KioskVotePanel::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("error", isError);
    m_message->style()->unpolish(m_message); // a dynamic property: restyle
    m_message->style()->polish(m_message);
    m_message->show();
    m_messageTimer.start();
}

} // namespace cabildo
