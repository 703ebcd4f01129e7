#include "eventdialog.h"

#include "dialogs/timezonepicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace cabildo {

EventDialog::EventDialog(Purpose purpose, const EventInfo &event, QWidget *parent)
    : QDialog(parent), m_event(event), m_title(new QLineEdit(event.title, this)),
      m_acronym(new QLineEdit(event.acronym, this)),
      m_timeZone(
          new TimeZonePicker(event.timeZone.isEmpty() ? QTimeZone::systemTimeZoneId() : event.timeZone.toUtf8(), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(purpose == Purpose::Create ? tr("New event") : tr("Event properties"));
    m_title->setObjectName(QStringLiteral("eventTitleEdit"));
    m_acronym->setObjectName(QStringLiteral("eventAcronymEdit"));
    m_title->setPlaceholderText(tr("e.g. Regional Open Government Meeting 2026"));
    m_acronym->setToolTip(tr("Used to name exported files: 4 to 32 lower-case letters or digits."));
    m_acronym->setMaxLength(64); // room to paste and trim; the rule says 32
    m_acronymEdited = purpose == Purpose::Edit;

    m_problem->setObjectName(QStringLiteral("eventProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    // Long in French and Spanish: the whole sentence wraps rather than running off the edge.
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Create ? tr("Create") : tr("Save"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    setMinimumWidth(600); // room for "San José del Cabo — Mexique (America/Mazatlan, UTC−07:00)"

    connect(m_title, &QLineEdit::textEdited, this, &EventDialog::titleEdited);
    connect(m_acronym, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_acronymEdited = true;
        // "OGF26" means ogf26: lower-case it as it is typed rather than refuse it.
        const QString lower = text.toLower();
        if (lower != text) {
            const int cursor = m_acronym->cursorPosition();
            m_acronym->setText(lower);
            m_acronym->setCursorPosition(std::min(cursor, int(lower.size())));
        }
        validate();
    });
    connect(m_timeZone, &TimeZonePicker::changed, this, &EventDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void EventDialog::titleEdited(const QString &title)
{
    if (!m_acronymEdited)
        m_acronym->setText(EventInfo::acronymFromTitle(title));
    validate();
}

void EventDialog::validate()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("The event needs a title.");
    else if (!EventInfo::isValidAcronym(m_acronym->text()))
        problem = tr("The acronym must be 4 to 32 lower-case letters or digits, like \"abrelatam2026\".");
    else if (!m_timeZone->problem().isEmpty())
        problem = m_timeZone->problem();
    else if (!QTimeZone(m_timeZone->zoneId()).isValid())
        problem = tr("Choose a time zone from the list, like Europe/Paris or America/Bogota.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    fitHeight();
}

void EventDialog::fitHeight()
{
    // A wrapped message, or the zone list opening and closing, changes the height the form
    // needs; a window does not follow its layout's height-for-width by itself.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed != height())
        resize(width(), std::max(needed, minimumHeight()));
}

void EventDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

EventInfo EventDialog::event() const
{
    EventInfo event = m_event;
    event.title = m_title->text().trimmed();
    event.acronym = m_acronym->text();
    event.timeZone = QString::fromUtf8(m_timeZone->zoneId()); // what was picked, never what is typed
    return event;
}

} // namespace cabildo
