#include "kioskpindialog.h"

#include "kioskstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace cabildo {

using namespace kiosk;

namespace {
constexpr int idleMilliseconds = 60000;
} // namespace

KioskPinDialog::KioskPinDialog(const QFont &baseFont) : m_pinEdit(new QLineEdit), m_error(new QLabel)
{
    setObjectName(QStringLiteral("kioskPinDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Facilitator"));
    setAttribute(Qt::WA_WindowPropagation); // the kiosk's big type
    setFont(baseFont);
    setWindowModality(Qt::WindowModal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    auto *title = new QLabel(tr("Leave kiosk mode"));
    title->setFont(sized(baseFont, 26, QFont::Bold));
    layout->addWidget(title);
    auto *explanation = new QLabel(tr("Enter the facilitator PIN."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *pinEdit = m_pinEdit;
    pinEdit->setObjectName(QStringLiteral("kioskUnlockPinEdit"));
    pinEdit->setAccessibleName(tr("Facilitator PIN"));
    pinEdit->setEchoMode(QLineEdit::Password);
    pinEdit->setMaxLength(8);
    pinEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), pinEdit));
    pinEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    pinEdit->setAlignment(Qt::AlignCenter);
    pinEdit->setFont(sized(baseFont, 28));
    pinEdit->setMinimumHeight(64);
    layout->addWidget(pinEdit);

    QLabel *error = m_error;
    error->setObjectName(QStringLiteral("kioskUnlockError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #a11d1d; font-size: 20pt;")); // a style sheet sets the whole font
    QSizePolicy keepRoom = error->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    error->setSizePolicy(keepRoom);
    error->hide();
    layout->addWidget(error);

    // A keypad: a touch screen may have no keyboard, and the on-screen one varies.
    auto *keypad = new QGridLayout;
    keypad->setSpacing(8);
    auto addKey = [&](const QString &text, int row, int column, auto action) {
        auto *key = new QPushButton(text);
        key->setMinimumSize(88, 60);
        key->setFocusPolicy(Qt::NoFocus);
        key->setAutoDefault(false);
        connect(key, &QPushButton::clicked, this, action);
        keypad->addWidget(key, row, column);
        return key;
    };
    for (int digit = 1; digit <= 10; ++digit) {
        const QString text = QString::number(digit % 10);
        const int row = digit == 10 ? 3 : (digit - 1) / 3;
        const int column = digit == 10 ? 1 : (digit - 1) % 3;
        addKey(text, row, column, [pinEdit, text] { pinEdit->insert(text); });
    }
    //: Keypad key that empties the PIN field
    addKey(tr("Clear"), 3, 0, [pinEdit] { pinEdit->clear(); });
    QPushButton *back = addKey(QStringLiteral("⌫"), 3, 2, [pinEdit] { pinEdit->backspace(); });
    back->setAccessibleName(tr("Delete the last digit"));
    layout->addLayout(keypad);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("kioskUnlockCancel"));
    cancel->setMinimumHeight(touchTarget + 8);
    cancel->setAutoDefault(false);
    //: Button in the PIN this: closes kiosk mode and goes back to the main window
    auto *unlock = new QPushButton(tr("Leave kiosk"));
    unlock->setObjectName(QStringLiteral("kioskUnlockButton"));
    unlock->setMinimumHeight(touchTarget + 8);
    unlock->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(unlock);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto enter = [this] { emit pinEntered(m_pinEdit->text()); };
    connect(unlock, &QPushButton::clicked, this, enter);
    connect(pinEdit, &QLineEdit::returnPressed, this, enter);

    // Left open by a participant, it would hide the form: it closes itself after a minute.
    auto *idle = new QTimer(this);
    idle->setSingleShot(true);
    idle->setInterval(idleMilliseconds);
    connect(idle, &QTimer::timeout, this, &QDialog::reject);
    connect(pinEdit, &QLineEdit::textChanged, idle, qOverload<>(&QTimer::start));
    idle->start();
}

void KioskPinDialog::showWrongPin()
{
    m_error->setText(tr("That PIN is not right. The kiosk stays open."));
    m_error->show();
    m_pinEdit->clear();
    m_pinEdit->setFocus();
}

} // namespace cabildo
