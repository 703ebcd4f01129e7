#pragma once

#include <QtGlobal>

// What Cabildo reads from a notes CSV or an event JSON, at most (README, "Limits"). Each
// limit admits far more than an event holds (200,000 notes of 500 characters fit) and
// keeps time and memory bounded for any file, however it was made: beyond them the file
// is refused at once with a message naming the limit and where it was passed.
namespace cabildo::limits {

/** A note of 10,000 characters is a long essay someone meant to paste; twice that is kept too. */
constexpr int noteCharacters = 20000;
/** Any other text of one item (author, ref, title, analysis…). */
constexpr int fieldCharacters = noteCharacters;
/** Notes in one CSV or event JSON; also the most items of any other list of an event JSON. */
constexpr int notes = 250000;

constexpr qint64 csvBytes = 128LL * 1024 * 1024;
/** Cells of a CSV (rows × columns): memory for empty cells too stays a few hundred MB. */
constexpr qint64 csvCells = 4000000;

constexpr qint64 eventJsonBytes = 512LL * 1024 * 1024;
/**
 * JSON objects in an event JSON, counted before it is parsed: a parsed object costs about
 * a kilobyte, so 1,000,000 notes took 3.9 GB. 250,000 notes are 500,000 (a note and its author).
 */
constexpr qint64 eventJsonObjects = 1000000;
/**
 * A note's picture in an event JSON, as base64 (issue 15): a straightened crop of a note
 * from a 50-megapixel photo is under 2 MB as JPEG; eight times that is still read.
 */
constexpr int notePictureCharacters = 16 * 1024 * 1024;
/** Rooms and time slots: a grid far beyond any venue, still scheduled in seconds. */
constexpr int rooms = 1000;
constexpr int timeSlots = 10000;
/** Theme UUIDs of one ballot, slots allowed to one session. */
constexpr int listedUuids = 1000;

} // namespace cabildo::limits
