#include "recentmenu.h"

#include "preferences.h"

#include <QFileInfo>
#include <QSettings>

namespace cabildo {

namespace {

constexpr int maxRecentFiles = 8;
const QString recentFilesKey = QStringLiteral("recentFiles");

} // namespace

RecentMenu::RecentMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("menuRecent"));
    rebuild();
}

void RecentMenu::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = files();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    preferences::settings().setValue(recentFilesKey, QStringList(recent.mid(0, maxRecentFiles)));
    rebuild();
}

QStringList RecentMenu::files()
{
    return preferences::settings().value(recentFilesKey).toStringList();
}

void RecentMenu::rebuild()
{
    clear();
    for (const QString &path : files()) {
        QAction *action = addAction(QFileInfo(path).fileName(), this, [this, path] { emit openRequested(path); });
        action->setToolTip(path);
    }
    setEnabled(!isEmpty());
}

} // namespace cabildo
