#pragma once

#include "model/eventinfo.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cabildo {

/**
 * The event's title, acronym and time zone: asked when creating an event and editable
 * later (Event ▸ Properties). The acronym follows the title until the user edits it.
 */
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Create, Edit };

    EventDialog(Purpose purpose, const EventInfo &event, QWidget *parent = nullptr);

    /** The event with the dialog's values; uuid, namespace and creation time kept. */
    EventInfo event() const;

private:
    void titleEdited(const QString &title);
    void validate();

    EventInfo m_event;
    QLineEdit *m_title;
    QLineEdit *m_acronym;
    QComboBox *m_timeZone;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_acronymEdited = false;
};

} // namespace cabildo
