#include "roomsdialog.h"

#include "document/eventdocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cabildo {

RoomEditDialog::RoomEditDialog(const Room &room, QWidget *parent)
    : QDialog(parent), m_room(room), m_name(new QLineEdit(room.name, this)), m_capacity(new QSpinBox(this)),
      m_accessible(new QCheckBox(this)), m_notes(new QPlainTextEdit(room.notes, this))
{
    setObjectName(QStringLiteral("roomEditDialog"));
    setWindowTitle(room.id ? tr("Edit room") : tr("New room"));
    m_name->setObjectName(QStringLiteral("roomNameEdit"));
    m_capacity->setObjectName(QStringLiteral("roomCapacitySpin"));
    m_accessible->setObjectName(QStringLiteral("roomAccessibleCheck"));
    m_notes->setObjectName(QStringLiteral("roomNotesEdit"));
    m_capacity->setRange(0, 100000);
    m_capacity->setValue(room.capacity);
    m_capacity->setSpecialValueText(tr("Unknown"));
    m_accessible->setText(tr("Step-free: sessions that need an accessible room may go here"));
    m_accessible->setChecked(room.accessible);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Seats:"), m_capacity);
    form->addRow(QString(), m_accessible);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(buttons);
    setMinimumWidth(420);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Room RoomEditDialog::room() const
{
    Room room = m_room;
    room.name = m_name->text().trimmed();
    room.capacity = m_capacity->value();
    room.accessible = m_accessible->isChecked();
    room.notes = m_notes->toPlainText().trimmed();
    return room;
}

RoomsDialog::RoomsDialog(EventDocument *document, QWidget *parent) : AgendaListDialog(document, parent)
{
    setObjectName(QStringLiteral("roomsDialog"));
    setWindowTitle(tr("Rooms"));
    setColumns({tr("Room"), tr("Seats"), tr("Accessible"), tr("Notes")});
    m_add->setToolTip(tr("Add a room: a new column of the agenda"));
    refresh();
}

void RoomsDialog::fill()
{
    for (qint64 id : m_document->roomIds()) {
        const Room *room = m_document->room(id);
        addRow(id, {room->name, room->capacity > 0 ? QLocale().toString(room->capacity) : tr("Unknown"),
                    room->accessible ? tr("Yes") : tr("No"), room->notes.simplified()});
    }
}

void RoomsDialog::addItem()
{
    RoomEditDialog editor(Room{}, this);
    if (editor.exec() == QDialog::Accepted)
        report(m_document->addRoom(editor.room()));
}

void RoomsDialog::editItem(qint64 id)
{
    RoomEditDialog editor(*m_document->room(id), this);
    if (editor.exec() == QDialog::Accepted) {
        report(m_document->updateRoom(editor.room()));
    }
}

void RoomsDialog::removeItem(qint64 id)
{
    // Undoable, and its sessions only become unscheduled: no confirmation needed.
    report(m_document->removeRoom(id));
}

} // namespace cabildo
