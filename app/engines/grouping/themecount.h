#pragma once

namespace cabildo {

/**
 * How many themes to suggest before the facilitator moves the slider, and what
 * `cabildo cluster` makes without --clusters: a number a facilitator can read through
 * and an agenda can hold. One theme per 50 notes, from 8 to 20 (100–1,000 notes); about
 * four notes a theme at least, so a small wall gets fewer; and never more than the
 * agenda's session cells (rooms × session slots) when it has any, since a theme beyond
 * those could not become a session. The statistical choice (chooseClusterCount) stays
 * for the benchmark: on a wall of 300 notes it proposed 55 themes.
 */
int suggestedThemeCount(int notes, int sessionCells);

} // namespace cabildo
