#include "sessionsdialog.h"

#include "document/eventdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cabildo {

SessionEditDialog::SessionEditDialog(const Session &session, const EventDocument &document, QWidget *parent)
    : QDialog(parent), m_session(session), m_title(new QLineEdit(session.title, this)),
      m_description(new QPlainTextEdit(session.description, this)), m_host(new QLineEdit(session.host, this)),
      m_hostNamed(new QCheckBox(this)), m_language(new QComboBox(this)), m_needsAccessible(new QCheckBox(this))
{
    setObjectName(QStringLiteral("sessionEditDialog"));
    setWindowTitle(session.id ? tr("Edit session") : tr("New session"));
    m_title->setObjectName(QStringLiteral("sessionTitleEdit"));
    m_description->setObjectName(QStringLiteral("sessionDescriptionEdit"));
    m_host->setObjectName(QStringLiteral("sessionHostEdit"));
    m_language->setObjectName(QStringLiteral("sessionLanguageCombo"));
    m_needsAccessible->setObjectName(QStringLiteral("sessionAccessibleCheck"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    m_host->setPlaceholderText(tr("Who runs it; one person cannot be in two places at once"));
    m_hostNamed->setObjectName(QStringLiteral("sessionHostNamedCheck"));
    m_hostNamed->setText(tr("The host agreed to be named in the published programme"));
    m_hostNamed->setToolTip(
        tr("Without this, the open-data export and the printed programme never show the host's name"));
    m_hostNamed->setChecked(session.hostNamed);
    // The interface's languages first; any other BCP 47 tag can be typed.
    m_language->setEditable(true);
    m_language->addItem(tr("Any"), QString());
    for (const char *tag : {"en", "fr", "es", "pt"})
        m_language->addItem(QLocale(QLatin1String(tag)).nativeLanguageName() + QStringLiteral(" (") + QLatin1String(tag)
                                + QLatin1Char(')'),
                            QLatin1String(tag));
    const int known = m_language->findData(session.language);
    if (known >= 0)
        m_language->setCurrentIndex(known);
    else
        m_language->setEditText(session.language);
    m_needsAccessible->setText(tr("Needs an accessible (step-free) room"));
    m_needsAccessible->setChecked(session.needsAccessibleRoom);

    auto *slotBox = new QGroupBox(tr("Time slots the host can make"), this);
    auto *slotLayout = new QVBoxLayout(slotBox);
    const QLocale locale;
    for (qint64 id : document.slotIds()) {
        const TimeSlot *slot = document.timeSlot(id);
        if (slot->kind != SlotKind::Sessions)
            continue;
        auto *check = new QCheckBox(locale.toString(slot->day, QLocale::ShortFormat) + QLatin1Char(' ')
                                        + slotTimeText(locale, slot->start) + QStringLiteral("–")
                                        + slotTimeText(locale, slot->end),
                                    slotBox);
        check->setObjectName(QStringLiteral("allowedSlot_%1").arg(id));
        check->setProperty("uuid", slot->uuid);
        check->setChecked(session.allowedSlots.isEmpty() || session.allowedSlots.contains(slot->uuid));
        slotLayout->addWidget(check);
        m_slotChecks.append(check);
    }
    if (m_slotChecks.isEmpty())
        slotLayout->addWidget(new QLabel(tr("No session slots yet: add them in Agenda ▸ Time Slots."), slotBox));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(QString(), m_hostNamed);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_needsAccessible);
    form->addRow(slotBox);
    form->addRow(buttons);
    setMinimumWidth(460);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, validate);
    // Consent belongs to a person: no host, nothing to agree to; another name, ask again.
    auto hostChanged = [this] {
        const QString host = m_host->text().trimmed();
        m_hostNamed->setEnabled(!host.isEmpty());
        if (host != m_session.host.trimmed())
            m_hostNamed->setChecked(false);
    };
    connect(m_host, &QLineEdit::textChanged, this, hostChanged);
    hostChanged();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Session SessionEditDialog::session() const
{
    Session session = m_session;
    session.title = m_title->text().trimmed();
    session.description = m_description->toPlainText().trimmed();
    session.host = m_host->text().trimmed();
    session.hostNamed = !session.host.isEmpty() && m_hostNamed->isChecked();
    const int index = m_language->findText(m_language->currentText());
    session.language = index >= 0 ? m_language->itemData(index).toString() : m_language->currentText().trimmed();
    session.needsAccessibleRoom = m_needsAccessible->isChecked();
    session.allowedSlots.clear();
    bool all = true;
    for (QCheckBox *check : m_slotChecks) {
        if (check->isChecked())
            session.allowedSlots.append(check->property("uuid").toUuid());
        else
            all = false;
    }
    if (all)
        session.allowedSlots.clear(); // every slot ticked: no constraint, and new slots are allowed too
    // Keep the slots the dialog did not show (a removed slot's UUID stays harmlessly).
    return session;
}

SessionsDialog::SessionsDialog(EventDocument *document, QWidget *parent)
    : AgendaListDialog(document, parent), m_fromThemes(new QPushButton(this))
{
    setObjectName(QStringLiteral("sessionsDialog"));
    setWindowTitle(tr("Sessions"));
    setColumns({tr("Session"), tr("Host"), tr("From theme"), tr("Scheduled")});
    m_fromThemes->setObjectName(QStringLiteral("createFromThemesButton"));
    m_fromThemes->setText(tr("Create from &Themes"));
    m_fromThemes->setToolTip(tr("One session for each theme that has none yet"));
    extraButtons()->addWidget(m_fromThemes);
    connect(m_fromThemes, &QPushButton::clicked, this, [this] { report(m_document->createSessionsFromThemes()); });
    refresh();
}

void SessionsDialog::fill()
{
    for (qint64 id : m_document->sessionIds()) {
        const Session *session = m_document->session(id);
        const Theme *theme = m_document->themeByUuid(session->theme);
        addRow(id, {session->title, session->host, theme ? theme->title : QString(),
                    m_document->placement(id) ? tr("Yes") : tr("No")});
    }
}

void SessionsDialog::addItem()
{
    SessionEditDialog editor(Session{}, *m_document, this);
    if (editor.exec() == QDialog::Accepted)
        report(m_document->addSession(editor.session()));
}

void SessionsDialog::editItem(qint64 id)
{
    SessionEditDialog editor(*m_document->session(id), *m_document, this);
    if (editor.exec() == QDialog::Accepted) {
        report(m_document->updateSession(editor.session()));
    }
}

void SessionsDialog::removeItem(qint64 id)
{
    report(m_document->removeSession(id));
}

} // namespace cabildo
