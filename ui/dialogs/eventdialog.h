#pragma once

#include "model/eventinfo.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cabildo {

class TimeZonePicker;

/**
 * The event's title, acronym and time zone: asked when creating an event and editable
 * later (Event ▸ Properties). The acronym follows the title until the user edits it, and
 * is lower-cased as it is typed. The zone is found by city or country (TimeZonePicker)
 * and changes only when the user picks a place.
 */
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Create,
        Edit
    };

    EventDialog(Purpose purpose, const EventInfo &event, QWidget *parent = nullptr);

    /** The event with the dialog's values; uuid, namespace and creation time kept. */
    EventInfo event() const;
    using QDialog::event; // QWidget's event(QEvent *) stays callable beside the event's information

protected:
    void showEvent(QShowEvent *event) override;

private:
    void titleEdited(const QString &title);
    void validate();
    void fitHeight();

    EventInfo m_event;
    QLineEdit *m_title;
    QLineEdit *m_acronym;
    TimeZonePicker *m_timeZone;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_acronymEdited = false;
};

} // namespace cabildo
