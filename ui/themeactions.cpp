#include "themeactions.h"

#include "board/boardscene.h"
#include "board/themelayer.h"
#include "document/eventdocument.h"
#include "model/notecolour.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace cabildo {

ThemeActions::ThemeActions(BoardScene *scene, QWidget *window)
    : QObject(window), m_scene(scene), m_window(window), m_menu(new QMenu(window)), m_moveMenu(new QMenu(m_menu)),
      m_colourMenu(new QMenu(m_menu))
{
    m_menu->setObjectName(QStringLiteral("menuThemes"));
    m_moveMenu->setObjectName(QStringLiteral("menuMoveToTheme"));
    m_colourMenu->setObjectName(QStringLiteral("menuThemeColour"));
    auto make = [this](const char *name, QKeySequence shortcut, auto slot) {
        auto *action = new QAction(m_window);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_window->addAction(action);
        return action;
    };
    m_create = make("actionCreateTheme", QKeySequence(Qt::CTRL | Qt::Key_G), &ThemeActions::askCreate);
    m_removeFromTheme = make("actionRemoveFromTheme", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                             [this] { m_scene->document()->assignNotes(m_scene->selectedNoteIds(), 0); });
    m_rename = make("actionRenameTheme", QKeySequence(), &ThemeActions::askRename);
    m_collapse = make("actionCollapseTheme", QKeySequence(), &ThemeActions::toggleCollapsed);
    m_merge = make("actionMergeThemes", QKeySequence(), &ThemeActions::merge);
    m_dissolve = make("actionDissolveTheme", QKeySequence(), &ThemeActions::dissolve);
    m_tidyUp = make("tidyUpAction", QKeySequence(), [this] {
        if (EventDocument *document = m_scene->document())
            document->tidyUp();
    });

    m_menu->addAction(m_create);
    m_menu->addMenu(m_moveMenu);
    m_menu->addAction(m_removeFromTheme);
    m_menu->addSeparator();
    m_menu->addAction(m_rename);
    m_menu->addMenu(m_colourMenu);
    m_menu->addAction(m_collapse);
    m_menu->addAction(m_merge);
    m_menu->addAction(m_dissolve);
    m_menu->addSeparator();
    m_menu->addAction(m_tidyUp);
    for (const NoteColour &colour : NoteColour::palette()) {
        QAction *action = m_colourMenu->addAction(QString());
        action->setObjectName(QStringLiteral("actionThemeColour_") + colour.key);
        action->setData(colour.key);
        connect(action, &QAction::triggered, this, [this, key = colour.key] { recolour(key); });
    }
    connect(m_moveMenu, &QMenu::aboutToShow, this, &ThemeActions::fillMoveMenu);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ThemeActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void ThemeActions::retranslate()
{
    m_menu->setTitle(tr("&Themes"));
    m_create->setText(tr("&Create Theme from Selection…"));
    m_create->setStatusTip(tr("Group the selected notes into a new theme (from one theme: split it)"));
    m_moveMenu->setTitle(tr("&Move Selection to Theme"));
    m_removeFromTheme->setText(tr("&Take Selection out of Its Theme"));
    m_rename->setText(tr("&Rename Theme…"));
    m_colourMenu->setTitle(tr("Theme C&olour"));
    m_collapse->setText(tr("Colla&pse or Expand Theme"));
    m_collapse->setStatusTip(tr("Stack a theme's notes so a large board stays readable, or spread them again"));
    m_merge->setText(tr("&Merge Themes"));
    m_merge->setStatusTip(tr("Put the notes of the selected themes together in the oldest of them"));
    m_dissolve->setText(tr("&Dissolve Theme"));
    m_dissolve->setStatusTip(tr("Remove the theme; its notes stay on the board"));
    m_tidyUp->setText(tr("T&idy Up"));
    m_tidyUp->setStatusTip(tr("Arrange every theme and the loose notes in rows that fit the screen (one undo step)"));
    for (QAction *action : m_colourMenu->actions())
        action->setText(NoteColour::byKey(action->data().toString()).displayName());
}

QList<qint64> ThemeActions::targetThemes() const
{
    QList<qint64> ids = m_scene->themes()->selectedThemeIds();
    if (EventDocument *document = m_scene->document())
        for (qint64 noteId : m_scene->selectedNoteIds())
            if (const qint64 themeId = document->note(noteId)->themeId; themeId && !ids.contains(themeId))
                ids.append(themeId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ThemeActions::updateEnabled()
{
    const bool editable = m_scene->document() && !m_scene->document()->isReadOnly() && m_scene->isEditable();
    const bool notes = editable && !m_scene->selectedNoteIds().isEmpty();
    const int themes = editable ? int(targetThemes().size()) : 0;
    m_create->setEnabled(notes);
    m_moveMenu->setEnabled(notes && m_scene->document()->themeCount() > 0);
    m_removeFromTheme->setEnabled(notes && themes > 0);
    m_rename->setEnabled(themes == 1);
    m_colourMenu->setEnabled(themes >= 1);
    m_collapse->setEnabled(themes >= 1);
    m_merge->setEnabled(themes >= 2);
    m_dissolve->setEnabled(themes >= 1);
    m_tidyUp->setEnabled(editable); // on an empty board it does nothing
}

Outcome ThemeActions::createFromSelection(const QString &title)
{
    EventDocument *document = m_scene->document();
    // A new theme takes the next colour of the palette, so neighbours differ.
    const QList<NoteColour> &palette = NoteColour::palette();
    const QString colour = palette.at(document->themeCount() % palette.size()).key;
    return document->createTheme(title, colour, m_scene->selectedNoteIds());
}

bool ThemeActions::renameTarget(const QString &title)
{
    const QList<qint64> themes = targetThemes();
    if (themes.size() != 1)
        return false;
    Theme theme = *m_scene->document()->theme(themes.constFirst());
    theme.title = title;
    return m_scene->document()->updateTheme(theme).ok();
}

void ThemeActions::askCreate()
{
    bool ok = false;
    const QString title =
        QInputDialog::getText(m_window, tr("New theme"), tr("Name of the theme:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !title.trimmed().isEmpty())
        if (const Outcome created = createFromSelection(title); !created)
            showRefusal(tr("Cannot create the theme"), created);
}

void ThemeActions::askRename()
{
    const QList<qint64> themes = targetThemes();
    if (themes.size() != 1)
        return;
    bool ok = false;
    const QString title =
        QInputDialog::getText(m_window, tr("Rename theme"), tr("Name of the theme:"), QLineEdit::Normal,
                              m_scene->document()->theme(themes.constFirst())->title, &ok);
    if (ok)
        renameTarget(title);
}

void ThemeActions::fillMoveMenu()
{
    m_moveMenu->clear();
    EventDocument *document = m_scene->document();
    if (!document)
        return;
    for (qint64 id : document->themeIds()) {
        QAction *action = m_moveMenu->addAction(document->theme(id)->title);
        action->setObjectName(QStringLiteral("actionMoveToTheme_%1").arg(id));
        connect(action, &QAction::triggered, this,
                [this, id] { m_scene->document()->assignNotes(m_scene->selectedNoteIds(), id); });
    }
}

void ThemeActions::recolour(const QString &colourKey)
{
    for (qint64 id : targetThemes()) {
        Theme theme = *m_scene->document()->theme(id);
        theme.colour = colourKey;
        m_scene->document()->updateTheme(theme);
    }
}

void ThemeActions::toggleCollapsed()
{
    for (qint64 id : targetThemes()) {
        Theme theme = *m_scene->document()->theme(id);
        theme.collapsed = !theme.collapsed;
        m_scene->document()->updateTheme(theme);
    }
}

void ThemeActions::merge()
{
    QList<qint64> themes = targetThemes();
    if (themes.size() < 2)
        return;
    const qint64 keep = themes.takeFirst(); // the oldest keeps its name and colour
    if (const Outcome merged = m_scene->document()->mergeThemes(keep, themes); !merged)
        showRefusal(tr("Cannot merge the themes"), merged);
}

void ThemeActions::showRefusal(const QString &title, const Outcome &outcome)
{
    // The document says why (a voting round is open, say). A failed write is not a refusal:
    // the main window reports those from storageFailed. Not blocking, so tests can close it.
    EventDocument *document = m_scene->document();
    if (!document || !document->openRound() || outcome.error().isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, title, outcome.error(), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("themeRefusedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ThemeActions::dissolve()
{
    for (qint64 id : targetThemes())
        m_scene->document()->dissolveTheme(id);
}

} // namespace cabildo
