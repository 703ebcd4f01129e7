#pragma once

#include "grouping/groupingengine.h"

#include <QList>
#include <QString>

#include <functional>

namespace cabildo {

class EventDocument;

/**
 * What the suggestion panel and `cabildo cluster` share: the notes of an event as the
 * grouping engine sees them, with their language work done once and kept in the file.
 */
namespace notegrouping {

/** Called after each stored chunk of the language work: notes done so far, and of how many. */
using Progress = std::function<void(qsizetype done, qsizetype total)>;

/**
 * Runs the language work (detection, Apertium into Spanish and English) for the notes
 * that have none yet and stores it with them, so it is never done twice. Returns a notice
 * for the facilitator when resources are missing (cross-language grouping reduced), else
 * an empty string. A read-only event is analysed in memory only. The notes go in chunks of
 * `chunkSize`, each stored as it is done: an interrupted run keeps what it did.
 */
QString prepare(EventDocument &document, bool allNotes, const Progress &progress = {});
constexpr qsizetype chunkSize = 2000;

/** The notes not yet in a theme (all of them with `allNotes`), with their language words. */
QList<GroupingItem> items(const EventDocument &document, bool allNotes);

/** The engine's settings for notes that carry language work: their own words and the pivots'. */
GroupingOptions options();

/** The agenda's session cells: rooms × the slots that take sessions, over all days. */
int sessionCells(const EventDocument &document);

/**
 * The themes to suggest for `notes` notes of this event when the facilitator has not
 * chosen (suggestedThemeCount, capped by the agenda's session cells): the panel's first
 * slider position and `cabildo cluster` without --clusters.
 */
int defaultThemeCount(const EventDocument &document, int notes);

/** A suggestion's title, or "Theme 3" (`number`) when no word of its notes could name it. */
QString titleFor(const Suggestion &suggestion, int number);

} // namespace notegrouping
} // namespace cabildo
