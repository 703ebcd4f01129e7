#include "kioskwidgets.h"

#include "kioskstyle.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTranslator>

namespace cabildo::kiosk {

/** The key of the note language that matches the interface, English otherwise. */
QString interfaceLanguageKey()
{
    const QLocale::Language language = QLocale().language();
    for (const NoteLanguage &entry : noteLanguages)
        if (entry.language == language)
            return QString::fromLatin1(entry.key);
    return QStringLiteral("en");
}

QString translate(const QTranslator *translator, const char *context, const QString &languageKey, const char *source,
                  const char *disambiguation, int n)
{
    QString text = translator ? translator->translate(context, source, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QLocale(languageKey).toString(n));
    return text;
}

QLineEdit *makeLineEdit(const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setMinimumHeight(inputHeight);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox *makeCombo(const char *objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(objectName));
    combo->setMinimumHeight(inputHeight);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

QLabel *makeFieldLabel(QWidget *buddy)
{
    auto *label = new QLabel;
    label->setBuddy(buddy);
    label->setWordWrap(true);
    return label;
}

} // namespace cabildo::kiosk
