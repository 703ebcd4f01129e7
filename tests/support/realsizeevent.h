#pragma once

#include "document/eventdocument.h"

#include <QStringList>

namespace cabildo::test {

/**
 * What a real-size event should hold. The defaults are a multilingual conference as a
 * facilitator tried it: 320 notes in English, French, Spanish and Portuguese, 16 themes
 * with long titles in each language, 4 rooms, 2 days, a closed round of 21 ballots.
 */
struct RealSizeOptions
{
    int notesPerTopicAndLanguage = 5; ///< 16 topics × 4 languages × this = the notes
    bool themes = true;               ///< group each topic's notes into a theme (long titles)
    int rooms = 4;                    ///< 1–12; capacities fall from 120 to 15 seats
    int days = 2;                     ///< each: opening, 4 session slots, coffee, lunch, closing
    bool sessions = true;             ///< a session per theme, placed in the grid in theme order
    int voters = 21;                  ///< ballots of 3 themes each in a closed round "Day 1"
};

/**
 * Fills an empty event with a real-size wall, deterministically (the same event every
 * run). Topic words repeat across each topic's notes, in all four languages, so the
 * grouping finds the topics; some notes are long, and some have a line break.
 * Returns false (with a test failure message in `error`) when the document refused a step.
 */
bool fillRealSizeEvent(EventDocument &document, const RealSizeOptions &options = {}, QString *error = nullptr);

/** The 16 long theme titles the fixture uses, in the fixture's theme order. */
QStringList realSizeThemeTitles();

/** The notes' texts as fillRealSizeEvent adds them (in order), for CSV and CLI tests. */
QList<QPair<QString, QString>> realSizeNoteTexts(int notesPerTopicAndLanguage = 5); ///< (text, language)

} // namespace cabildo::test
