#include "projectoractions.h"

#include "preferences.h"

#include "document/eventdocument.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QWidget>

namespace cabildo {

ProjectorActions::ProjectorActions(QWidget *window)
    : QObject(window), m_window(window), m_menu(new QMenu(window)), m_screenMenu(new QMenu(m_menu)),
      m_show(new QAction(this)), m_follow(new QAction(this)), m_viewGroup(new QActionGroup(this))
{
    m_screenName = preferences::projectorScreen(); // the venue's projector, as last chosen
    m_menu->setObjectName(QStringLiteral("menuProjector"));
    m_screenMenu->setObjectName(QStringLiteral("menuProjectorScreen"));
    m_show->setObjectName(QStringLiteral("actionShowProjector"));
    m_show->setCheckable(true);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_show, &QAction::triggered, this, [this](bool on) {
        if (on)
            present();
        else
            delete m_projector.data(); // gone now: its document may go next
        updateActions();
    });
    window->addAction(m_show);

    m_follow->setObjectName(QStringLiteral("actionProjectorFollowPhase"));
    m_follow->setCheckable(true);
    m_viewGroup->addAction(m_follow);
    connect(m_follow, &QAction::triggered, this, [this] {
        present();
        if (m_projector)
            m_projector->followPhase();
        updateActions();
    });
    for (const char *name :
         {"actionProjectorWall", "actionProjectorThemes", "actionProjectorResults", "actionProjectorAgenda"}) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        m_viewGroup->addAction(action);
        const View view = View(m_views.size());
        connect(action, &QAction::triggered, this, [this, view] { present(view); });
        m_views.append(action);
    }

    m_menu->addAction(m_show);
    m_menu->addSeparator();
    m_menu->addAction(m_follow);
    m_menu->addActions(m_views);
    m_menu->addSeparator();
    m_menu->addMenu(m_screenMenu);
    connect(m_screenMenu, &QMenu::aboutToShow, this, &ProjectorActions::fillScreenMenu);
    retranslate();
    updateActions();
}

ProjectorActions::~ProjectorActions()
{
    delete m_projector.data(); // a window of its own: not a child to go with us
}

void ProjectorActions::setDocument(EventDocument *document)
{
    // Gone now, not later: it shows the event before, and a present() that follows must
    // make a new one rather than show this one again just before it goes.
    delete m_projector.data();
    m_document = document;
    updateActions();
}

void ProjectorActions::present(std::optional<View> view)
{
    if (!m_document)
        return;
    if (!m_projector) {
        m_projector = new ProjectorWindow(m_document);
        m_projector->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_projector.data(), &ProjectorWindow::viewChanged, this, &ProjectorActions::updateActions);
        // Closed (Esc, or deleted with its event): the menu says so at once.
        connect(m_projector.data(), &QObject::destroyed, this, [this] {
            m_projector = nullptr;
            updateActions();
        });
    }
    if (view)
        m_projector->showView(*view);
    m_projector->showOn(projectorScreen());
    updateActions();
}

void ProjectorActions::showResults(qint64 roundId)
{
    present(View::Results);
    if (m_projector)
        m_projector->showRound(roundId);
}

QScreen *ProjectorActions::projectorScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens)
        if (!m_screenName.isEmpty() && screen->name() == m_screenName)
            return screen;
    for (QScreen *screen : screens)
        if (screen != m_window->screen())
            return screen;
    return m_window->screen();
}

void ProjectorActions::chooseScreen(const QString &name)
{
    m_screenName = name;
    preferences::setProjectorScreen(name);
    if (m_projector)
        m_projector->showOn(projectorScreen());
}

void ProjectorActions::fillScreenMenu()
{
    // Screens come and go (a projector plugged in): the list is made as the menu opens.
    m_screenMenu->clear();
    auto *group = new QActionGroup(m_screenMenu);
    auto add = [&](const QString &text, const QString &name) {
        QAction *action = m_screenMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == m_screenName);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { chooseScreen(name); });
        return action;
    };
    add(tr("&Automatic: Another Screen than This Window's"), QString())
        ->setObjectName(QStringLiteral("actionProjectorScreenAutomatic"));
    for (QScreen *screen : QGuiApplication::screens())
        //: A screen the projector can go to: its name and size in pixels
        add(tr("%1 (%2 × %3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height()),
            screen->name());
}

void ProjectorActions::updateActions()
{
    const bool open = m_projector != nullptr;
    m_show->setChecked(open);
    m_show->setEnabled(m_document != nullptr);
    for (QAction *action : m_viewGroup->actions())
        action->setEnabled(m_document != nullptr);
    if (open && !m_projector->followsPhase())
        m_views.at(int(m_projector->view()))->setChecked(true);
    else
        m_follow->setChecked(true);
}

void ProjectorActions::retranslate()
{
    m_menu->setTitle(tr("&Projector"));
    m_screenMenu->setTitle(tr("&Screen"));
    m_show->setText(tr("&Show Projector"));
    m_show->setStatusTip(tr("What the room sees, full screen on the projector: it follows the phase (Esc leaves)"));
    m_follow->setText(tr("&Follow the Phase"));
    m_follow->setStatusTip(
        tr("The wall while notes are written and grouped, the results in the vote, then the agenda"));
    const QString texts[] = {tr("&Wall of Notes"), tr("&Theme Cards"), tr("Vote &Results"), tr("&Agenda")};
    for (int i = 0; i < m_views.size(); ++i) {
        m_views.at(i)->setText(texts[i]);
        m_views.at(i)->setStatusTip(tr("Show this on the projector until the phase changes"));
    }
    m_screenMenu->menuAction()->setStatusTip(tr("The screen the projector window goes to"));
}

} // namespace cabildo
