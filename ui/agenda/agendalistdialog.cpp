#include "agendalistdialog.h"

#include "document/eventdocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cabildo {

AgendaListDialog::AgendaListDialog(EventDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_table(new QTableWidget(this)), m_problem(new QLabel(this)),
      m_extraButtons(new QHBoxLayout), m_close(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addLayout(m_extraButtons);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_close);
    resize(720, 460);

    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (selectedId())
            editItem(selectedId());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (selectedId())
            editItem(selectedId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (selectedId())
            removeItem(selectedId());
    });
    connect(m_close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AgendaListDialog::updateButtons);
    if (m_document)
        connect(m_document, &EventDocument::agendaChanged, this, &AgendaListDialog::refresh);
}

qint64 AgendaListDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void AgendaListDialog::selectId(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(row);
}

void AgendaListDialog::setColumns(const QStringList &headers)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
}

void AgendaListDialog::addRow(qint64 id, const QStringList &cells)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, id);
        m_table->setItem(row, column, item);
    }
}

void AgendaListDialog::report(const Outcome &outcome)
{
    m_problem->setText(outcome.error()); // done or unchanged: no problem to show
}

void AgendaListDialog::refresh()
{
    const qint64 selected = selectedId();
    m_table->setRowCount(0);
    if (m_document)
        fill();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    selectId(selected);
    updateButtons();
}

void AgendaListDialog::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && selectedId());
    m_remove->setEnabled(editable && selectedId());
}

} // namespace cabildo
