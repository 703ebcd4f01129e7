#include "timeslotsdialog.h"

#include "document/eventdocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace cabildo {

QString TimeSlotEditDialog::kindName(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Sessions:
        return tr("Sessions");
    case SlotKind::Break:
        return tr("Break");
    case SlotKind::Plenary:
        return tr("Plenary");
    }
    return {};
}

TimeSlotEditDialog::TimeSlotEditDialog(const TimeSlot &slot, QWidget *parent)
    : QDialog(parent), m_slot(slot), m_day(new QDateEdit(slot.day, this)), m_start(new QTimeEdit(slot.start, this)),
      m_end(new QTimeEdit(slot.end, this)), m_kind(new QComboBox(this)), m_label(new QLineEdit(slot.label, this))
{
    setObjectName(QStringLiteral("timeSlotEditDialog"));
    setWindowTitle(slot.id ? tr("Edit time slot") : tr("New time slot"));
    m_day->setObjectName(QStringLiteral("slotDayEdit"));
    m_start->setObjectName(QStringLiteral("slotStartEdit"));
    m_end->setObjectName(QStringLiteral("slotEndEdit"));
    m_kind->setObjectName(QStringLiteral("slotKindCombo"));
    m_label->setObjectName(QStringLiteral("slotLabelEdit"));
    m_day->setCalendarPopup(true);
    for (SlotKind kind : {SlotKind::Sessions, SlotKind::Break, SlotKind::Plenary})
        m_kind->addItem(kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(slot.kind)));
    m_label->setPlaceholderText(tr("e.g. Lunch, Opening"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&What happens:"), m_kind);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(buttons);
    setMinimumWidth(380);
    // An end before the start is the next day: an evening slot may run past midnight.
    auto *nextDay = new QLabel(tr("Ends the next day."), this);
    nextDay->setObjectName(QStringLiteral("slotNextDayLabel"));
    form->insertRow(3, QString(), nextDay);
    auto validate = [this, buttons, nextDay] {
        const TimeSlot slot = timeSlot();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(slot.isValid());
        nextDay->setVisible(slot.isValid() && slot.crossesMidnight());
    };
    connect(m_start, &QTimeEdit::timeChanged, this, validate);
    connect(m_end, &QTimeEdit::timeChanged, this, validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

TimeSlot TimeSlotEditDialog::timeSlot() const
{
    TimeSlot slot = m_slot;
    slot.day = m_day->date();
    slot.start = m_start->time();
    slot.end = m_end->time();
    slot.kind = SlotKind(m_kind->currentData().toInt());
    slot.label = m_label->text().trimmed();
    return slot;
}

TimeSlotsDialog::TimeSlotsDialog(EventDocument *document, QWidget *parent) : AgendaListDialog(document, parent)
{
    setObjectName(QStringLiteral("timeSlotsDialog"));
    setWindowTitle(tr("Time slots"));
    setColumns({tr("Day"), tr("Starts"), tr("Ends"), tr("What happens"), tr("Label")});
    refresh();
}

void TimeSlotsDialog::fill()
{
    const QLocale locale;
    for (qint64 id : m_document->slotIds()) {
        const TimeSlot *slot = m_document->timeSlot(id);
        const QString end = slotTimeText(locale, slot->end);
        addRow(id, {locale.toString(slot->day, QLocale::ShortFormat), slotTimeText(locale, slot->start),
                    slot->crossesMidnight() ? tr("%1 (next day)").arg(end) : end,
                    TimeSlotEditDialog::kindName(slot->kind), slot->label});
    }
}

void TimeSlotsDialog::addItem()
{
    // A new slot follows the last one, an hour long, on the same day.
    TimeSlot slot;
    slot.day = QDate::currentDate();
    slot.start = QTime(9, 0);
    if (!m_document->slotIds().isEmpty()) {
        const TimeSlot *last = m_document->timeSlot(m_document->slotIds().constLast());
        slot.day = last->crossesMidnight() ? last->day.addDays(1) : last->day;
        slot.start = last->end;
    }
    slot.end = slot.start.addSecs(3600); // past midnight it ends the next day
    TimeSlotEditDialog editor(slot, this);
    if (editor.exec() == QDialog::Accepted)
        report(m_document->addSlot(editor.timeSlot()));
}

void TimeSlotsDialog::editItem(qint64 id)
{
    TimeSlotEditDialog editor(*m_document->timeSlot(id), this);
    if (editor.exec() == QDialog::Accepted) {
        report(m_document->updateSlot(editor.timeSlot()));
    }
}

void TimeSlotsDialog::removeItem(qint64 id)
{
    report(m_document->removeSlot(id));
}

} // namespace cabildo
