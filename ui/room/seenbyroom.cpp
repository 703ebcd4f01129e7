#include "seenbyroom.h"

#include "board/boardscene.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace cabildo {

namespace {

constexpr Qt::Key peekKey = Qt::Key_F8; // free everywhere in Cabildo; Space already pans the board

} // namespace

SeenByRoom::SeenByRoom(QWidget *window, BoardScene *scene)
    : QObject(window), m_window(window), m_scene(scene), m_action(new QAction(this)), m_hint(new QLabel)
{
    m_action->setObjectName(QStringLiteral("actionScreenSeenByRoom"));
    m_action->setCheckable(true);
    m_hint->setObjectName(QStringLiteral("seenByRoomHint"));
    m_hint->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4300; padding: 0 6px; }"));
    m_hint->hide();
    connect(m_action, &QAction::triggered, this, [this](bool seen) {
        if (const QScreen *screen = m_window->screen())
            m_chosen.insert(screen->name(), seen);
        update();
    });
    // A projector plugged in or out, mirroring turned on or off.
    connect(qApp, &QGuiApplication::screenAdded, this, &SeenByRoom::watchScreens);
    connect(qApp, &QGuiApplication::screenRemoved, this, &SeenByRoom::update, Qt::QueuedConnection);
    m_window->installEventFilter(this);
    qApp->installEventFilter(this); // the peek key wherever the keyboard is in the window
    watchScreens();
    retranslate();
}

bool SeenByRoom::isSeenByRoom() const
{
    const QScreen *screen = m_window->screen();
    return screen && m_chosen.value(screen->name(), looksSeenByRoom(screen));
}

bool SeenByRoom::looksSeenByRoom(const QScreen *screen)
{
    if (!screen)
        return false;
    if (isExternalOutput(screen->name()))
        return true;
    const QList<QScreen *> screens = QGuiApplication::screens();
    return std::any_of(screens.cbegin(), screens.cend(), [screen](const QScreen *other) {
        return other != screen && other->geometry() == screen->geometry(); // mirrored
    });
}

bool SeenByRoom::isExternalOutput(const QString &screenName)
{
    // The connectors' names as X11 and Wayland give them; a laptop's own panel is eDP or LVDS.
    for (const char *connector : {"HDMI", "DP", "DisplayPort", "VGA", "DVI"})
        if (screenName.startsWith(QLatin1String(connector), Qt::CaseInsensitive))
            return true;
    return false;
}

void SeenByRoom::retranslate()
{
    m_action->setText(tr("This Screen Is Seen by the &Room"));
    m_action->setStatusTip(
        tr("Show face-down notes face down here too, as on the projector (on when this window is on the projector "
           "or mirrored to it); hold F8 to peek"));
    update();
}

void SeenByRoom::watchScreens()
{
    for (QScreen *screen : QGuiApplication::screens())
        connect(screen, &QScreen::geometryChanged, this, &SeenByRoom::update, Qt::UniqueConnection);
    update();
}

void SeenByRoom::setPeeking(bool peeking)
{
    if (peeking == m_peeking)
        return;
    m_peeking = peeking;
    update();
}

void SeenByRoom::update()
{
    const bool seen = isSeenByRoom();
    m_action->setChecked(seen);
    if (m_scene)
        m_scene->setSeenByRoom(seen && !m_peeking);
    m_hint->setVisible(seen);
    m_hint->setText(m_peeking ? tr("Peeking: the room sees these notes too")
                              : tr("Seen by the room: face-down notes are hidden here. Hold F8 to peek."));
    emit changed();
}

bool SeenByRoom::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        // Held, not toggled: letting go (or leaving the window) hides the notes again.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != peekKey || key->isAutoRepeat() || !watched->isWidgetType()
            || static_cast<QWidget *>(watched)->window() != m_window)
            break;
        setPeeking(event->type() == QEvent::KeyPress);
        return true;
    }
    case QEvent::WindowDeactivate:
        if (watched == m_window)
            setPeeking(false); // F8 may be let go in another window
        break;
    case QEvent::Show:
        // The window's own screen is known once it has a native window: follow it from then on.
        if (watched == m_window && !m_watchingWindow && m_window->windowHandle()) {
            m_watchingWindow = true;
            connect(m_window->windowHandle(), &QWindow::screenChanged, this, &SeenByRoom::update);
            update();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cabildo
