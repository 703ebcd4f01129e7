#pragma once

#include <QString>

namespace cabildo {

struct Note;

/** The labels of noteDetails(), already translated: "%1" formats. */
struct NoteDetailsText
{
    QString language;         ///< "Language: %1"
    QString detectedLanguage; ///< "Language: %1 (detected)"
    QString translation;      ///< "In %1: %2"
    QString unchecked;        ///< a photo note's text nobody has checked yet (issue 15)

    /** In the interface language. */
    static NoteDetailsText forInterface();
};

/**
 * A note in full, as rich text for a tooltip or a label: its whole text (line breaks
 * kept), its language (the given one, else the detected one), and the translations the
 * grouping stored with it (Note::analysis), in the languages other than its own.
 */
QString noteDetails(const Note &note, const NoteDetailsText &text = NoteDetailsText::forInterface());

} // namespace cabildo
