#include "notedetails.h"

#include "grouping/languagework.h"
#include "model/note.h"

#include <QCoreApplication>
#include <QLocale>

namespace cabildo {

namespace {
struct NoteText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::NoteItem)
};

QString escapedWithBreaks(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

/** The language in its own name ("français"), which every participant reads; the tag when Qt has none. */
QString languageName(const QString &tag)
{
    const QLocale locale(tag);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return tag;
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? tag : name;
}
} // namespace

NoteDetailsText NoteDetailsText::forInterface()
{
    //: %1 is a language's own name, e.g. "français"
    return {NoteText::tr("Language: %1"), NoteText::tr("Language: %1 (detected)"),
            //: A translation stored with a note: %1 is the language's own name, %2 the translated text
            NoteText::tr("In %1: %2"),
            //: Under a note's text read from a photo by OCR, until someone checks it
            NoteText::tr("Read from the photo, not checked yet")};
}

QString noteDetails(const Note &note, const NoteDetailsText &text)
{
    QString html = QStringLiteral("<p>%1</p>").arg(escapedWithBreaks(note.text));
    if (!note.textChecked && !text.unchecked.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(text.unchecked.toHtmlEscaped());
    const LanguageAnalysis analysis = LanguageAnalysis::fromStorageString(note.analysis);
    const QString language =
        LanguageWork::primaryLanguage(note.language.isEmpty() ? analysis.detectedLanguage : note.language);
    if (!language.isEmpty()) {
        const QString line =
            (note.language.isEmpty() ? text.detectedLanguage : text.language).arg(languageName(language));
        html += QStringLiteral("<p><i>%1</i></p>").arg(line.toHtmlEscaped());
    }
    if (!note.analysis.isEmpty())
        for (const PivotText &pivot : analysis.pivots)
            if (pivot.language != language && !pivot.text.trimmed().isEmpty())
                html += QStringLiteral("<p>%1</p>")
                            .arg(text.translation.arg(languageName(pivot.language), pivot.text).toHtmlEscaped());
    return html;
}

} // namespace cabildo
