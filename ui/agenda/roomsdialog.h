#pragma once

#include "agendalistdialog.h"
#include "model/room.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cabildo {

/** One room's name, capacity, step-free access and notes. */
class RoomEditDialog : public QDialog
{
    Q_OBJECT

public:
    RoomEditDialog(const Room &room, QWidget *parent);
    Room room() const;

private:
    Room m_room;
    QLineEdit *m_name;
    QSpinBox *m_capacity;
    QCheckBox *m_accessible;
    QPlainTextEdit *m_notes;
};

/** Event ▸ Rooms: the venue's rooms, the columns of the agenda grid. */
class RoomsDialog : public AgendaListDialog
{
    Q_OBJECT

public:
    RoomsDialog(EventDocument *document, QWidget *parent);

protected:
    void fill() override;
    void addItem() override;
    void editItem(qint64 id) override;
    void removeItem(qint64 id) override;
};

} // namespace cabildo
