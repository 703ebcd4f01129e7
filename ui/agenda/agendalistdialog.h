#pragma once

#include "model/outcome.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cabildo {

class EventDocument;

/**
 * What the Rooms, Time slots and Sessions dialogs share: a table of the items, Add, Edit
 * and Remove buttons, and a line for refusals. Every change is applied at once, as its
 * own undo step; the table re-syncs from the document's agendaChanged().
 */
class AgendaListDialog : public QDialog
{
    Q_OBJECT

public:
    AgendaListDialog(EventDocument *document, QWidget *parent);

    QTableWidget *table() const { return m_table; }
    /** The id of the item in the selected row, 0 for none. */
    qint64 selectedId() const;
    void selectId(qint64 id);

protected:
    /** Fills the table: one row per item, the id in the first cell's Qt::UserRole. */
    virtual void fill() = 0;
    virtual void addItem() = 0;
    virtual void editItem(qint64 id) = 0;
    virtual void removeItem(qint64 id) = 0;

    void setColumns(const QStringList &headers);
    void addRow(qint64 id, const QStringList &cells);
    /** After an action: shows the document's reason when it refused. */
    void report(const Outcome &outcome);
    void refresh();
    QHBoxLayout *extraButtons() const { return m_extraButtons; }

    QPointer<EventDocument> m_document;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;

private:
    void updateButtons();

    QTableWidget *m_table;
    QLabel *m_problem;
    QHBoxLayout *m_extraButtons;
    QDialogButtonBox *m_close;
};

} // namespace cabildo
