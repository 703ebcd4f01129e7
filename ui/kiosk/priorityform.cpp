#include "priorityform.h"

#include "document/eventdocument.h"
#include "i18n/countries.h"
#include "kioskstyle.h"
#include "kioskwidgets.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace cabildo {

using namespace kiosk;

namespace {

constexpr int messageMilliseconds = 5000;

} // namespace

PriorityForm::PriorityForm(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel), m_readOnlyNotice(new QLabel)
{
    setObjectName(QStringLiteral("kioskNotePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_heading->setObjectName(QStringLiteral("kioskHeading"));
    m_heading->setFont(sized(font(), headingPointSize, QFont::Bold));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_readOnlyNotice->setObjectName(QStringLiteral("kioskReadOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(createFields(), 1);
    setFocusProxy(m_textEdit);

    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(messageMilliseconds);
    connect(&m_messageTimer, &QTimer::timeout, this, &PriorityForm::hideMessage);
    if (document)
        connect(document, &EventDocument::fileChanged, this, &PriorityForm::updateState); // Save As: writable again

    retranslate();
    m_message->hide();
    updateState();
}

QWidget *PriorityForm::createFields()
{
    m_fields = new QWidget;
    auto *fields = new QVBoxLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->setSpacing(10);

    m_textEdit = new PriorityEdit;
    m_textEdit->setObjectName(QStringLiteral("kioskTextEdit"));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setMaximumHeight(320);
    m_textEdit->installEventFilter(this);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &PriorityForm::updateState);
    fields->addWidget(m_textEdit, 2);

    m_aboutYouLabel = new QLabel;
    m_aboutYouLabel->setObjectName(QStringLiteral("kioskAboutYou"));
    m_aboutYouLabel->setFont(sized(font(), bodyPointSize, QFont::DemiBold));
    m_aboutYouLabel->setWordWrap(true);
    fields->addWidget(m_aboutYouLabel);

    m_nameEdit = makeLineEdit("kioskNameEdit");
    m_nameLabel = makeFieldLabel(m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &PriorityForm::updateState);
    m_organisationEdit = makeLineEdit("kioskOrganisationEdit");
    m_organisationLabel = makeFieldLabel(m_organisationEdit);
    // The box alone, its words in a label beside it: a check box's text does not wrap, and
    // in French or Portuguese the sentence is wider than the form on a 1366-pixel screen.
    m_consentCheck = new QCheckBox;
    m_consentCheck->setObjectName(QStringLiteral("kioskConsentCheck"));
    m_consentCheck->setMinimumHeight(touchTarget);
    m_consentLabel = new QLabel;
    m_consentLabel->setObjectName(QStringLiteral("kioskConsentLabel"));
    m_consentLabel->setWordWrap(true);
    m_consentLabel->setBuddy(m_consentCheck);
    m_consentLabel->installEventFilter(this); // tapping the words ticks the box
    auto *consentRow = new QHBoxLayout;
    consentRow->setSpacing(14);
    consentRow->addWidget(m_consentCheck, 0, Qt::AlignTop);
    consentRow->addWidget(m_consentLabel, 1);

    // The country: typed in any case and any part of its name, in the form's language.
    m_countryCombo = makeCombo("kioskCountryCombo");
    m_countryLabel = makeFieldLabel(m_countryCombo);
    m_countryCombo->setEditable(true);
    m_countryCombo->setInsertPolicy(QComboBox::NoInsert);
    m_countryCombo->lineEdit()->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_countryCombo->model(), m_countryCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_countryCombo->setCompleter(completer);
    m_sectorCombo = makeCombo("kioskSectorCombo");
    m_sectorLabel = makeFieldLabel(m_sectorCombo);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_nameLabel, 0, 0);
    grid->addWidget(m_organisationLabel, 0, 1);
    grid->addWidget(m_nameEdit, 1, 0);
    grid->addWidget(m_organisationEdit, 1, 1);
    grid->addLayout(consentRow, 2, 0, 1, 2);
    grid->addWidget(m_countryLabel, 3, 0);
    grid->addWidget(m_sectorLabel, 3, 1);
    grid->addWidget(m_countryCombo, 4, 0);
    grid->addWidget(m_sectorCombo, 4, 1);
    grid->setRowMinimumHeight(2, touchTarget + 8);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    fields->addLayout(grid);

    m_submitButton = new QPushButton;
    m_submitButton->setObjectName(QStringLiteral("kioskSubmitButton"));
    m_submitButton->setFont(sized(font(), 24, QFont::Bold));
    m_submitButton->setMinimumHeight(64);
    m_submitButton->setAutoDefault(false);
    connect(m_submitButton, &QPushButton::clicked, this, &PriorityForm::submit);
    fields->addSpacing(4);
    fields->addWidget(m_submitButton);

    // Keeps its room when hidden: the form must not jump under a finger when it appears.
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("kioskConfirmation"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(touchTarget);
    QSizePolicy keepRoom = m_message->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(keepRoom);
    fields->addWidget(m_message);
    // Stretch 0: the text box grows first, up to its maximum; only then the space below.
    fields->addStretch(0);
    return m_fields;
}

void PriorityForm::setLanguage(const QTranslator *translator, const QString &languageKey)
{
    m_translator = translator;
    m_language = languageKey;
    retranslate();
    fillCountries();
}

QString PriorityForm::ktr(const char *source, const char *disambiguation, int n) const
{
    return kiosk::translate(m_translator, "cabildo::PriorityForm", m_language, source, disambiguation, n);
}

void PriorityForm::retranslate()
{
    m_heading->setText(ktr("Add your priority"));
    m_readOnlyNotice->setText(ktr("This event is open read-only: no priorities can be added here."));
    m_textEdit->setPlaceholderText(ktr("What should we talk about at this event? Write one priority."));
    m_textEdit->setAccessibleName(ktr("Your priority"));
    //: Heading over the optional name, organisation, country and sector fields
    m_aboutYouLabel->setText(ktr("About you (optional)"));
    //: A participant's own name
    m_nameLabel->setText(ktr("Name"));
    m_organisationLabel->setText(ktr("Organisation"));
    m_consentLabel->setText(ktr("Show my name in published results"));
    m_consentCheck->setAccessibleName(m_consentLabel->text());
    m_countryLabel->setText(ktr("Country"));
    m_countryCombo->lineEdit()->setPlaceholderText(ktr("Type to search"));
    //: Field: the kind of organisation a participant comes from (government, academia, ...)
    m_sectorLabel->setText(ktr("Sector"));
    fillSectors();
    //: Button that sends the participant's priority to the board
    m_submitButton->setText(ktr("Add my priority"));
}

void PriorityForm::fillCountries()
{
    // Named in the form's language; what is stored is the English name, the same for all.
    const QString typed = m_countryCombo->currentText();
    const QString english = m_countryCombo->currentData().toString();
    m_countryCombo->clear();
    for (const Country &country : countries(QLocale(m_language)))
        m_countryCombo->addItem(country.displayName, country.englishName);
    const int same = english.isEmpty() ? -1 : m_countryCombo->findData(english);
    if (same >= 0)
        m_countryCombo->setCurrentIndex(same);
    else {
        m_countryCombo->setCurrentIndex(-1);
        m_countryCombo->setEditText(typed);
    }
}

void PriorityForm::fillSectors()
{
    const int current = std::max(0, m_sectorCombo->currentIndex());
    m_sectorCombo->clear();
    //: Sector of a participant: they did not say
    m_sectorCombo->addItem(ktr("Not given"), int(Sector::Unspecified));
    m_sectorCombo->addItem(ktr("Government"), int(Sector::Government));
    m_sectorCombo->addItem(ktr("Civil society"), int(Sector::CivilSociety));
    m_sectorCombo->addItem(ktr("Academia"), int(Sector::Academia));
    m_sectorCombo->addItem(ktr("Private sector"), int(Sector::PrivateSector));
    m_sectorCombo->addItem(ktr("Media"), int(Sector::Media));
    //: Sector: organisations that fund projects (foundations, donors)
    m_sectorCombo->addItem(ktr("Funder"), int(Sector::Funder));
    //: Sector: none of the above
    m_sectorCombo->addItem(ktr("Other"), int(Sector::Other));
    m_sectorCombo->setCurrentIndex(current);
}

void PriorityForm::updateState()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_readOnlyNotice->setVisible(!writable);
    m_heading->setVisible(writable); // the notice takes its place: the form still fits the screen
    m_fields->setEnabled(writable);
    m_submitButton->setEnabled(writable && !m_textEdit->toPlainText().trimmed().isEmpty());
    const bool named = !m_nameEdit->text().trimmed().isEmpty();
    m_consentCheck->setEnabled(named);
    m_consentLabel->setEnabled(named);
    if (!named)
        m_consentCheck->setChecked(false); // consent is for a name: none given, none kept
}

bool PriorityForm::submit()
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const QString text = m_textEdit->toPlainText().trimmed();
    if (text.isEmpty())
        return false;

    Note note = EventDocument::makeNote(text, NoteSource::Kiosk);
    note.language = m_language;
    note.author.name = m_nameEdit->text().simplified();
    note.author.organisation = m_organisationEdit->text().simplified();
    // A country from the list (typed in any case, in the form's language) is stored by its
    // English name, so notes from all four forms agree; anything else as typed.
    QString country = m_countryCombo->currentText().simplified();
    if (const int known = m_countryCombo->findText(country, Qt::MatchFixedString); known >= 0)
        country = m_countryCombo->itemData(known).toString();
    note.author.country = country;
    note.author.sector = Sector(m_sectorCombo->currentData().toInt());
    note.author.showNameInResults = !note.author.name.isEmpty() && m_consentCheck->isChecked();

    // A participant's note: on the board, but not the facilitator's undo step.
    if (!m_document->addNotes({note}, EventDocument::Origin::Participant)) {
        // Keep what they wrote: it is not on the board, and they should not have to type it again.
        showMessage(ktr("Sorry, your priority could not be saved. Please ask the facilitator for help."), true);
        return false;
    }
    qint64 noteId = 0;
    const QList<qint64> &ids = m_document->noteIds();
    for (auto it = ids.crbegin(); it != ids.crend() && noteId == 0; ++it)
        if (m_document->note(*it)->uuid == note.uuid)
            noteId = *it;

    clear(); // the thank-you is then in the language the next person starts in
    showMessage(ktr("Thank you! Your priority is on the board."), false);
    emit submitted(noteId);
    return true;
}

void PriorityForm::clear()
{
    m_textEdit->clear();
    m_nameEdit->clear();
    m_organisationEdit->clear();
    m_countryCombo->setCurrentIndex(-1);
    m_countryCombo->clearEditText();
    m_sectorCombo->setCurrentIndex(0);
    emit cleared();
    m_consentCheck->setChecked(false);
    updateState();
    m_textEdit->setFocus();
}

void PriorityForm::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("error", isError);
    m_message->style()->unpolish(m_message); // a dynamic property: restyle
    m_message->style()->polish(m_message);
    m_message->show();
    m_messageTimer.start();
}

void PriorityForm::hideMessage()
{
    m_message->hide();
    emit messageHidden();
}

bool PriorityForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_consentLabel && event->type() == QEvent::MouseButtonRelease && m_consentCheck->isEnabled()) {
        m_consentCheck->toggle();
        return true;
    }
    if (watched == m_textEdit && event->type() == QEvent::KeyPress) {
        // Ctrl+Enter sends; Enter alone starts a new line, as people expect in a text box.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (m_submitButton->isEnabled())
                submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cabildo
