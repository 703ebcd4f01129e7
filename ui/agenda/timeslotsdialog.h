#pragma once

#include "agendalistdialog.h"
#include "model/timeslot.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace cabildo {

/** One time slot: its day, start and end, what happens in it, and a label. */
class TimeSlotEditDialog : public QDialog
{
    Q_OBJECT

public:
    TimeSlotEditDialog(const TimeSlot &slot, QWidget *parent);
    TimeSlot timeSlot() const;

    static QString kindName(SlotKind kind);

private:
    TimeSlot m_slot;
    QDateEdit *m_day;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_kind;
    QLineEdit *m_label;
};

/** Event ▸ Time Slots: the rows of the agenda grid, day by day. */
class TimeSlotsDialog : public AgendaListDialog
{
    Q_OBJECT

public:
    TimeSlotsDialog(EventDocument *document, QWidget *parent);

protected:
    void fill() override;
    void addItem() override;
    void editItem(qint64 id) override;
    void removeItem(qint64 id) override;
};

} // namespace cabildo
