#pragma once

#include "openevent.h"
#include "projectorwindow.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QScreen;
class QWidget;

namespace cabildo {

/**
 * View ▸ Projector: shows the one projector window (ProjectorWindow) and chooses what it
 * shows — following the phase, or the wall, the themes, the results or the agenda — and
 * on which screen. Show Results and Present Agenda open it through here too. It owns the
 * window, which goes with the event it shows.
 */
class ProjectorActions : public QObject, public EventBorrower
{
    Q_OBJECT

public:
    using View = ProjectorWindow::View;

    explicit ProjectorActions(QWidget *window);
    ~ProjectorActions() override;

    QMenu *menu() const { return m_menu; }
    void setDocument(EventDocument *document) override;
    void retranslate();

    /** The projector window while it is open; null otherwise. */
    ProjectorWindow *projector() const { return m_projector; }
    /**
     * Opens the projector full screen on projectorScreen(), or brings it forward; `view`
     * shows until the phase changes (none: what it showed, or the phase's when new).
     */
    void present(std::optional<View> view = std::nullopt);
    /** The results of `roundId` on the projector (Votes ▸ Show Results). */
    void showResults(qint64 roundId);
    /**
     * Where the projector goes: the screen chosen in View ▸ Projector ▸ Screen while it is
     * connected; else a screen other than the main window's (the projector, usually); else
     * the main window's own.
     */
    QScreen *projectorScreen() const;
    /** Chooses the projector's screen by name (empty: automatic) and moves an open projector there. */
    void chooseScreen(const QString &name);

private:
    void fillScreenMenu();
    void updateActions();

    QWidget *m_window;
    QPointer<EventDocument> m_document;
    QPointer<ProjectorWindow> m_projector;
    QString m_screenName; ///< chosen in the menu (kept in the preferences); empty: automatic
    QMenu *m_menu;
    QMenu *m_screenMenu;
    QAction *m_show;
    QAction *m_follow;
    QList<QAction *> m_views; ///< by View
    QActionGroup *m_viewGroup;
};

} // namespace cabildo
