#include "preferencesdialog.h"

#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace cabildo {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_highContrast(new QCheckBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("preferencesLanguageCombo"));
    m_highContrast->setObjectName(QStringLiteral("preferencesHighContrastCheck"));
    m_languageLabel->setBuddy(m_language);

    // Each language is named in itself, so whoever needs it can find it.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences::language())));
    m_highContrast->setChecked(preferences::highContrast());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *form = new QFormLayout(this);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_highContrast);
    form->addRow(buttons);
    setMinimumWidth(420);

    connect(m_language, &QComboBox::activated, this, [this] {
        preferences::setLanguage(m_language->currentData().toString());
        preferences::applyLanguage(); // every window gets QEvent::LanguageChange
    });
    connect(m_highContrast, &QCheckBox::toggled, this, [this](bool on) {
        preferences::setHighContrast(on);
        emit highContrastChanged(on);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    retranslate();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("Interface &language:"));
    //: %1 is the name of the system's language, e.g. "français"
    m_language->setItemText(0, tr("System language (%1)").arg(QLocale::system().nativeLanguageName()));
    m_highContrast->setText(tr("&High-contrast board (stronger colours and borders)"));
}

} // namespace cabildo
