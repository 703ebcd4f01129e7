#pragma once
// Small pieces the kiosk's notes form is built from: the languages it offers, and input
// widgets sized for a touch screen (kioskstyle.h holds the sizes).

#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QTranslator;

namespace cabildo::kiosk {

/** The note languages the kiosk offers, each named in its own language. */
struct NoteLanguage
{
    const char16_t *name;
    const char *key;
    QLocale::Language language;
};
inline constexpr NoteLanguage noteLanguages[] = {
    {u"English", "en", QLocale::English},
    {u"Français", "fr", QLocale::French},
    {u"Español", "es", QLocale::Spanish},
    {u"Português", "pt", QLocale::Portuguese},
};

/** The key of the note language that matches the interface, English otherwise. */
QString interfaceLanguageKey();

/**
 * A text the participant reads, in the language they chose: `translator`'s translation in
 * `context` (the class lupdate files it under), the English source without one, and %n
 * written in that language (QTranslator picks the plural form but does not fill it in).
 */
QString translate(const QTranslator *translator, const char *context, const QString &languageKey, const char *source,
                  const char *disambiguation, int n);

QLineEdit *makeLineEdit(const char *objectName);
QComboBox *makeCombo(const char *objectName);
QLabel *makeFieldLabel(QWidget *buddy);

/** Asks for the room of about four lines, not QPlainTextEdit's 192 px: the form must fit 768 px. */
class PriorityEdit : public QPlainTextEdit
{
public:
    QSize sizeHint() const override { return {360, 116}; }
    QSize minimumSizeHint() const override { return {200, 104}; }
};

/** As high as the form it holds, so that above a board (portrait) it takes no more. */
class FormScrollArea : public QScrollArea
{
public:
    QSize sizeHint() const override
    {
        return widget() ? widget()->sizeHint() + QSize(frameWidth() * 2, frameWidth() * 2) : QScrollArea::sizeHint();
    }
};

} // namespace cabildo::kiosk
