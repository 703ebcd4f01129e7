#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QScreen;
class QWidget;

namespace cabildo {

class BoardScene;

/**
 * Whether the room sees the main window (issue 14). On a single laptop the facilitator's
 * window is often the one on the projector, or mirrored to it: then the board draws the
 * notes the room may not read (face down, hidden) face down, as the room's screens do,
 * and holding F8 peeks at them. The window counts as seen when its screen is an external
 * output (a projector's HDMI, DisplayPort, VGA or DVI) or mirrors another screen (same
 * geometry); View ▸ This Screen Is Seen by the Room says otherwise for that screen, and
 * the choice holds while Cabildo runs. A hint in the status bar says what is hidden and
 * how to peek.
 */
class SeenByRoom : public QObject
{
    Q_OBJECT

public:
    SeenByRoom(QWidget *window, BoardScene *scene);

    /** View ▸ This Screen Is Seen by the Room (checkable: the window's screen, detected or chosen). */
    QAction *action() const { return m_action; }
    /** For the status bar: shown while the board hides notes from the room, and while peeking. */
    QLabel *hint() const { return m_hint; }
    bool isSeenByRoom() const;
    bool isPeeking() const { return m_peeking; }
    void retranslate();

    /** Whether the room is likely to see `screen`: an external output, or a mirror of another screen. */
    static bool looksSeenByRoom(const QScreen *screen);
    /** "HDMI-1", "DP-2", "DisplayPort-0", "VGA1", "DVI-I-1"…: a connector a projector plugs into. */
    static bool isExternalOutput(const QString &screenName);

signals:
    /** Seen or not, or peeking started or stopped: the board was told. */
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchScreens();
    void setPeeking(bool peeking);
    void update();

    QWidget *m_window;
    QPointer<BoardScene> m_scene; ///< the window's board (which may go first as the window closes)
    QAction *m_action;
    QLabel *m_hint;
    QHash<QString, bool> m_chosen; ///< by screen name: the facilitator's own answer
    QPointer<QScreen> m_screen;    ///< the window's screen, when last looked at
    bool m_peeking = false;
    bool m_watchingWindow = false;
};

} // namespace cabildo
