#include "projectorwindow.h"

#include "agenda/agendagridmodel.h"
#include "agenda/presenterview.h"
#include "document/eventdocument.h"
#include "projectorstyle.h"
#include "roomtimerlabel.h"
#include "themesview.h"
#include "votes/voteresultschart.h"
#include "wallview.h"
#include "wholetextoverlay.h"

#include <QEvent>
#include <QKeyEvent>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cabildo {

ProjectorWindow::View ProjectorWindow::viewFor(Phase phase)
{
    switch (phase) {
    case Phase::Capture:
    case Phase::Group:
        return View::Wall;
    case Phase::Vote:
        return View::Results;
    case Phase::Agenda:
    case Phase::Publish:
        return View::Agenda;
    }
    return View::Wall;
}

ProjectorWindow::ProjectorWindow(EventDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_agendaModel(new AgendaGridModel(this)),
      m_timer(new RoomTimerLabel(document)), m_stack(new QStackedWidget), m_wall(new WallView(document)),
      m_themes(new ThemesView(document)), m_chart(new VoteResultsChart),
      m_presenter(new PresenterView(m_agendaModel, document ? document->event().title : QString()))
{
    setObjectName(QStringLiteral("projectorWindow"));
    m_stack->setObjectName(QStringLiteral("projectorStack"));
    setFocusPolicy(Qt::StrongFocus); // the clicker's and the facilitator's keys come here
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::black);
    colours.setColor(QPalette::WindowText, projector::ink);
    setPalette(colours);
    setAutoFillBackground(true);

    // In the order of View.
    m_stack->addWidget(m_wall);
    m_stack->addWidget(m_themes);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_presenter);
    m_agendaModel->setDocument(document);
    m_chart->setDocument(document);

    // The timer above whatever shows, at the right, only while one is set: nothing under it.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_timer, 0, Qt::AlignRight);
    layout->addWidget(m_stack, 1);
    // The window's size is the screen's: what it holds is sized to it, never the other way round.
    layout->setSizeConstraint(QLayout::SetNoConstraint);

    if (document) {
        m_phase = document->roomState().phase;
        connect(document, &EventDocument::roomStateChanged, this, &ProjectorWindow::followRoom);
        connect(document, &EventDocument::votesChanged, this, &ProjectorWindow::followRounds);
        connect(document, &EventDocument::eventChanged, this,
                [this] { m_presenter->setTitle(m_document->event().title); });
        // The open round first; else the newest (followRounds()).
        m_openRound = document->openRound() ? document->openRound()->id : 0;
        m_newestRound = document->roundIds().isEmpty() ? 0 : document->roundIds().constLast();
        m_round = m_openRound;
    }
    followRounds();
    applyView();
    retranslate();
    resize(1280, 720);
}

ProjectorWindow::View ProjectorWindow::view() const
{
    return View(m_stack->currentIndex());
}

void ProjectorWindow::showView(View view)
{
    m_chosen = view;
    applyView();
}

void ProjectorWindow::followPhase()
{
    m_chosen.reset();
    applyView();
}

void ProjectorWindow::followRoom()
{
    // A new phase: the room moved on, and so does the projector, whatever was chosen.
    const Phase phase = m_document->roomState().phase;
    if (phase == m_phase)
        return;
    m_phase = phase;
    m_chosen.reset();
    applyView();
}

void ProjectorWindow::applyView()
{
    const View shown = m_chosen.value_or(viewFor(m_phase));
    m_wall->setShowsThemes(m_phase != Phase::Capture || m_chosen.has_value());
    const bool changed = shown != view();
    m_stack->setCurrentIndex(int(shown));
    if (changed)
        emit viewChanged(shown);
}

void ProjectorWindow::showRound(qint64 roundId)
{
    if (m_document && m_document->round(roundId))
        m_round = roundId;
    followRounds();
}

void ProjectorWindow::followRounds()
{
    if (!m_document)
        return;
    // A round just created or opened is the one the room is about to vote in; otherwise
    // the one shown stays, or the newest when it went (undone, deleted).
    const qint64 newest = m_document->roundIds().isEmpty() ? 0 : m_document->roundIds().constLast();
    if (newest > m_newestRound)
        m_round = newest;
    m_newestRound = newest;
    const VoteRound *open = m_document->openRound();
    const qint64 openId = open ? open->id : 0;
    if (openId != 0 && openId != m_openRound)
        m_round = openId;
    m_openRound = openId;
    if (!m_document->round(m_round))
        m_round = openId ? openId : m_document->roundIds().isEmpty() ? 0 : m_document->roundIds().constLast();
    if (m_chart->roundId() != m_round)
        m_chart->setRound(m_round);
}

void ProjectorWindow::showOn(QScreen *screen)
{
    if (screen && screen != this->screen()) {
        if (isFullScreen())
            showNormal(); // a full-screen window moves only once it is a window again
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (view() == View::Agenda && m_presenter->handleKey(event->key()))
        return;
    switch (event->key()) {
    case Qt::Key_Escape:
        // A title shown whole first; then the projector.
        if (m_chart->overlay()->isVisible())
            m_chart->overlay()->hide();
        else
            close();
        return;
    case Qt::Key_F11:
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    m_timer->setPixelSize(std::max(24, height() / 13)); // 83 px at 1080
    QWidget::resizeEvent(event);
}

void ProjectorWindow::retranslate()
{
    setWindowTitle(tr("Projector"));
    setAccessibleName(tr("Projector, full screen"));
}

void ProjectorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cabildo
