#include "notegrouping.h"

#include "document/eventdocument.h"
#include "grouping/languagework.h"
#include "grouping/themecount.h"

#include <QCoreApplication>
#include <QLocale>

namespace cabildo::notegrouping {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::NoteGrouping)
};

/**
 * Only notes the room may see are grouped: a pending or hidden note is in no suggestion;
 * nor is a note from a photo with no text yet (its words are still on its picture).
 */
bool wanted(const Note &note, bool allNotes)
{
    return note.isVisible() && !note.text.isEmpty() && (allNotes || note.themeId == 0);
}
} // namespace

QString prepare(EventDocument &document, bool allNotes, const Progress &progress)
{
    QList<qint64> ids;
    QList<QPair<QString, QString>> pending;
    for (qint64 id : document.noteIds())
        if (const Note *note = document.note(id); wanted(*note, allNotes) && note->analysis.isEmpty()) {
            ids.append(id);
            pending.append({note->text, note->language});
        }
    LanguageWork work;
    const LanguageAvailability availability = work.availability();
    // Chunks cost nothing in speed (the Apertium pipelines stay open from one to the next)
    // and bound the memory of the work in flight.
    for (qsizetype start = 0; start < pending.size(); start += chunkSize) {
        const QList<LanguageAnalysis> analyses = work.analyse(pending.mid(start, chunkSize));
        QHash<qint64, QPair<QString, QString>> stored;
        for (qsizetype i = 0; i < analyses.size(); ++i)
            stored.insert(ids.at(start + i), {analyses.at(i).detectedLanguage, analyses.at(i).toStorageString()});
        document.storeNoteAnalyses(stored);
        if (progress)
            progress(start + analyses.size(), pending.size());
    }
    if (availability.complete())
        return {};
    return Text::tr("Notes in different languages are grouped less well: install %1 to bring them together.")
        .arg(availability.missingPackages.join(QStringLiteral(", ")));
}

QList<GroupingItem> items(const EventDocument &document, bool allNotes)
{
    QList<GroupingItem> result;
    for (qint64 id : document.noteIds()) {
        const Note *note = document.note(id);
        if (!wanted(*note, allNotes))
            continue;
        const LanguageAnalysis analysis = LanguageAnalysis::fromStorageString(note->analysis);
        GroupingItem item{id, note->ref, note->text, note->language.isEmpty() ? note->analysisLanguage : note->language,
                          {}, {}};
        for (const PivotText &pivot : analysis.pivots)
            item.translations.append({pivot.language, pivot.text});
        result.append(item);
    }
    return result;
}

GroupingOptions options()
{
    GroupingOptions options;
    // Both: the pivots bring languages together (81.5 % of SIB-200 translation pairs at
    // K = 60 with Spanish and English), the note's own words keep titles readable.
    options.analysisUse = AnalysisUse::Add;
    // The interface's language: the app sets it as the default locale, the command line inherits the system's.
    // The C locale (a bare system) reads English.
    const QLocale interface;
    options.titleLanguage =
        interface.language() == QLocale::C ? QStringLiteral("en") : interface.name().section(QLatin1Char('_'), 0, 0);
    return options;
}

int sessionCells(const EventDocument &document)
{
    int sessionSlots = 0;
    for (qint64 id : document.slotIds())
        if (document.timeSlot(id)->kind == SlotKind::Sessions)
            ++sessionSlots;
    return sessionSlots * int(document.roomIds().size());
}

int defaultThemeCount(const EventDocument &document, int notes)
{
    return suggestedThemeCount(notes, sessionCells(document));
}

QString titleFor(const Suggestion &suggestion, int number)
{
    //: A suggested theme none of whose words is shared by enough of its notes; %1 is its number in the list
    return suggestion.title.isEmpty() ? Text::tr("Theme %1").arg(number) : suggestion.title;
}

} // namespace cabildo::notegrouping
