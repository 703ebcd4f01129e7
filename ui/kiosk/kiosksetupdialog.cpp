#include "kiosksetupdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QVBoxLayout>

namespace cabildo {

namespace {
constexpr int minPinLength = 4;
constexpr int maxPinLength = 8;

QLineEdit *makePinEdit(const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(maxPinLength);
    // ASCII digits only: "\d" would also let in digits of other scripts the kiosk keypad cannot type.
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}
} // namespace

KioskSetupDialog::KioskSetupDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("kioskSetupDialog"));
    setWindowTitle(tr("Start kiosk mode"));

    auto *intro = new QLabel(tr("The kiosk fills a screen with a form where participants add their priorities, "
                                "beside a live view of the board. They cannot change, move or delete notes. "
                                "To leave the kiosk, tap “Facilitator” and enter the PIN you choose here."));
    intro->setWordWrap(true);
    // The kiosk follows the voting round rather than asking here: opening or closing a round
    // in the Votes menu turns it to the ballot and back without leaving it.
    auto *votingNote = new QLabel(tr("While a voting round is open (Votes menu), the kiosk shows its ballot "
                                     "instead of the form, and turns back when the round closes."));
    votingNote->setObjectName(QStringLiteral("kioskVotingNote"));
    votingNote->setWordWrap(true);

    m_screenCombo = new QComboBox;
    m_screenCombo->setObjectName(QStringLiteral("kioskScreenCombo"));
    m_screenNote = new QLabel;
    m_screenNote->setObjectName(QStringLiteral("kioskScreenNote"));
    m_screenNote->setWordWrap(true);

    m_pinEdit = makePinEdit("kioskPinEdit");
    m_pinConfirmEdit = makePinEdit("kioskPinConfirmEdit");
    m_pinHint = new QLabel;
    m_pinHint->setObjectName(QStringLiteral("kioskPinHint"));
    m_pinHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    //: Which display the kiosk appears on
    form->addRow(tr("&Screen:"), m_screenCombo);
    form->addRow(QString(), m_screenNote);
    //: Label of the field where the facilitator chooses a PIN
    form->addRow(tr("&PIN:"), m_pinEdit);
    //: Label of the field where the facilitator types the PIN a second time
    form->addRow(tr("&Confirm PIN:"), m_pinConfirmEdit);
    form->addRow(QString(), m_pinHint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("kioskSetupButtons"));
    //: The OK button of the "Start kiosk mode" dialog
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Kiosk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(votingNote);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_pinEdit, &QLineEdit::textChanged, this, &KioskSetupDialog::validate);
    connect(m_pinConfirmEdit, &QLineEdit::textChanged, this, &KioskSetupDialog::validate);
    connect(m_screenCombo, &QComboBox::currentIndexChanged, this, &KioskSetupDialog::updateScreenNote);
    // A display plugged in or out while the dialog is open.
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &KioskSetupDialog::populateScreens);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &KioskSetupDialog::populateScreens,
            Qt::QueuedConnection); // queued: the removed screen is still listed during the signal

    populateScreens();
    validate();
    m_pinEdit->setFocus();
    setMinimumWidth(520);
}

QScreen *KioskSetupDialog::mainWindowScreen() const
{
    if (const QWidget *owner = parentWidget())
        return owner->window()->QWidget::screen();
    return QGuiApplication::primaryScreen();
}

void KioskSetupDialog::populateScreens()
{
    QScreen *previous = m_screens.value(m_screenCombo->currentIndex());
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *mainScreen = mainWindowScreen();
    QScreen *preferred = screens.value(0);
    // With two screens or more, the kiosk goes where the facilitator is not working.
    for (QScreen *candidate : screens) {
        if (candidate != mainScreen) {
            preferred = candidate;
            break;
        }
    }

    QSignalBlocker blocker(m_screenCombo);
    m_screenCombo->clear();
    m_screens.clear();
    for (QScreen *screen : screens) {
        const QSize pixels = screen->geometry().size() * screen->devicePixelRatio();
        //: A screen without a name of its own, numbered in the list of screens
        QString name = screen->name().isEmpty() ? tr("Screen %1").arg(m_screens.size() + 1) : screen->name();
        if (!screen->model().isEmpty() && !screen->name().isEmpty() && screen->model() != screen->name())
            name = tr("%1 (%2)", "screen model (connector name)").arg(screen->model(), screen->name());
        //: A screen in the list: its name, then its resolution in pixels
        QString text = tr("%1 — %2 × %3").arg(name).arg(pixels.width()).arg(pixels.height());
        if (screen == QGuiApplication::primaryScreen())
            //: Marks the primary screen in the list of screens
            text = tr("%1 (primary)").arg(text);
        m_screenCombo->addItem(text);
        m_screens.append(screen);
    }
    int index = previous ? int(screens.indexOf(previous)) : -1;
    if (index < 0)
        index = std::max(0, int(screens.indexOf(preferred)));
    m_screenCombo->setCurrentIndex(index);
    blocker.unblock();
    updateScreenNote();
}

void KioskSetupDialog::updateScreenNote()
{
    if (screen() == mainWindowScreen() && parentWidget())
        m_screenNote->setText(tr("The kiosk will cover this window until you leave it with your PIN."));
    else
        m_screenNote->setText(tr("You can keep working in this window while the kiosk is open."));
}

QScreen *KioskSetupDialog::screen() const
{
    if (QScreen *chosen = m_screens.value(m_screenCombo->currentIndex()))
        return chosen;
    return QGuiApplication::primaryScreen();
}

bool KioskSetupDialog::isPinValid() const
{
    const QString pin = m_pinEdit->text();
    return pin.size() >= minPinLength && pin.size() <= maxPinLength && pin == m_pinConfirmEdit->text();
}

QString KioskSetupDialog::pin() const
{
    return isPinValid() ? m_pinEdit->text() : QString();
}

void KioskSetupDialog::validate()
{
    const QString pin = m_pinEdit->text();
    const QString confirmation = m_pinConfirmEdit->text();
    QString hint;
    if (pin.size() < minPinLength)
        hint = tr("Choose a PIN of %1 to %2 digits. You will need it to leave the kiosk.")
                   .arg(minPinLength)
                   .arg(maxPinLength);
    else if (confirmation.isEmpty())
        hint = tr("Type the PIN again to confirm it.");
    else if (confirmation != pin)
        hint = tr("The two PINs do not match.");
    else
        hint = tr("Remember this PIN: you will need it to leave the kiosk.");
    m_pinHint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isPinValid());
}

} // namespace cabildo
