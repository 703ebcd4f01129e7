#include "eventdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace cabildo {

EventDialog::EventDialog(Purpose purpose, const EventInfo &event, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_title(new QLineEdit(event.title, this))
    , m_acronym(new QLineEdit(event.acronym, this))
    , m_timeZone(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(purpose == Purpose::Create ? tr("New event") : tr("Event properties"));
    m_title->setObjectName(QStringLiteral("eventTitleEdit"));
    m_acronym->setObjectName(QStringLiteral("eventAcronymEdit"));
    m_timeZone->setObjectName(QStringLiteral("eventTimeZoneCombo"));
    m_title->setPlaceholderText(tr("e.g. Regional Open Government Meeting 2026"));
    m_acronym->setToolTip(tr("Used to name exported files: 4 to 32 lower-case letters or digits."));
    m_acronymEdited = purpose == Purpose::Edit;

    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setCurrentText(event.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : event.timeZone);

    m_problem->setObjectName(QStringLiteral("eventProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Create ? tr("Create") : tr("Save"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    setMinimumWidth(460);

    connect(m_title, &QLineEdit::textEdited, this, &EventDialog::titleEdited);
    connect(m_acronym, &QLineEdit::textEdited, this, [this] {
        m_acronymEdited = true;
        validate();
    });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &EventDialog::validate);
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
    else if (!QTimeZone(m_timeZone->currentText().toUtf8()).isValid())
        problem = tr("Choose a time zone from the list, like Europe/Paris or America/Bogota.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

EventInfo EventDialog::event() const
{
    EventInfo event = m_event;
    event.title = m_title->text().trimmed();
    event.acronym = m_acronym->text();
    event.timeZone = m_timeZone->currentText();
    return event;
}

} // namespace cabildo
