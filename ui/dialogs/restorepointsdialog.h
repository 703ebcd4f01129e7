#pragma once

#include "model/outcome.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;

namespace cabildo {

class EventDocument;

/**
 * File ▸ Restore Points…: the copies of the whole event kept inside its file (issue 14),
 * newest first, with when each was taken, what came next and how many notes, themes,
 * ballots and sessions it holds. Restore (after saying that the present is kept as a point
 * and the undo history cleared), Take Restore Point (asks for a label) and Delete. The
 * list follows the document, so a point taken by a bulk action meanwhile shows at once.
 * Opened window-modal and not blocking; every question is a box of its own, found by name.
 */
class RestorePointsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestorePointsDialog(EventDocument *document, QWidget *parent = nullptr);

    /** Adds "Restore Points…" to `menu` (the File menu) for the event `document()` returns; retranslates with `window`.
     */
    static QAction *addMenuAction(QMenu *menu, QWidget *window, std::function<EventDocument *()> document);

private:
    void reload();
    void updateButtons();
    qint64 currentId() const;
    void askRestore();
    void askLabel();
    void askDelete();
    /** Says why an action was refused, unless the window already reports it (a failed write). */
    void run(const QString &title, const std::function<Outcome()> &action);

    QPointer<EventDocument> m_document;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_take;
    QPushButton *m_delete;
};

} // namespace cabildo
