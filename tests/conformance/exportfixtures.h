#pragma once
// Test events for the open-data export: built as plain content, so a test can write them
// as an event JSON for the real binary (`cabildo import`) or export them in-process.

#include "model/eventcontent.h"

namespace cabildo::test {

/**
 * The hard one: America/New_York across the end of daylight saving time (2026-11-01), a
 * session from 23:30 to 00:30 (crossing local midnight), a day with a break, an empty room, titles
 * with accents, emoji, quotes, commas, a line break, `<`, `&`, right-to-left text and
 * formula-looking starts (= + - @), notes with an e-mail address and phone numbers, one
 * consented name and one withheld, ballots and a paper tally, one unscheduled session.
 */
EventContent richEvent();
/** An event with nothing but its properties: no agenda, no votes, no notes. */
EventContent bareEvent();
/** Rooms, slots and placed sessions, but no votes and no notes. */
EventContent agendaWithoutVotes();
/** A slot from 23:30 to 00:30 the next day, in Berlin the night before clocks go forward. */
EventContent midnightEvent();
/** A big venue over three days: twelve rooms (two named alike), each with a session on the first morning whose title
 * has long words. */
EventContent manyRoomsEvent();

} // namespace cabildo::test
