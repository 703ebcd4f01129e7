#pragma once

#include <QMenu>

namespace cabildo {

/**
 * File ▸ Open Recent: the last events opened, newest first, kept in the settings. Choosing
 * one emits openRequested(); the window decides what opening means.
 */
class RecentMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentMenu(QWidget *parent = nullptr);

    /** Puts `path` first (absolute, no duplicates, at most eight) and rebuilds the menu. */
    void remember(const QString &path);
    static QStringList files();
    void rebuild();

signals:
    void openRequested(const QString &path);
};

} // namespace cabildo
