#pragma once

#include "model/outcome.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace cabildo {

class BoardScene;

/**
 * The Themes menu: grouping by hand, from the mouse or the keyboard alone. The actions
 * work on the selected notes and frames: create a theme from the selection (Ctrl+G; a
 * split when the notes came from one theme), move the selection to a theme or out of
 * any, rename, recolour, collapse, merge, dissolve; and Tidy Up, which arranges every
 * frame and the loose notes in rows (one step).
 */
class ThemeActions : public QObject
{
    Q_OBJECT

public:
    ThemeActions(BoardScene *scene, QWidget *window);

    QMenu *menu() const { return m_menu; }
    void retranslate();
    void updateEnabled();

    /** The themes the actions apply to: selected frames and the themes of selected notes. */
    QList<qint64> targetThemes() const;

    // The work behind the actions, without their dialogs (tests call these).
    Outcome createFromSelection(const QString &title);
    bool renameTarget(const QString &title);

private:
    void askCreate();
    void askRename();
    void fillMoveMenu();
    void recolour(const QString &colourKey);
    void toggleCollapsed();
    void merge();
    void dissolve();
    /** Shows why the document refused a merge or split (a voting round is open). */
    void showRefusal(const QString &title, const Outcome &outcome);

    BoardScene *m_scene;
    QWidget *m_window;
    QMenu *m_menu;
    QMenu *m_moveMenu;
    QMenu *m_colourMenu;
    QAction *m_create;
    QAction *m_removeFromTheme;
    QAction *m_rename;
    QAction *m_collapse;
    QAction *m_merge;
    QAction *m_dissolve;
    QAction *m_tidyUp;
};

} // namespace cabildo
