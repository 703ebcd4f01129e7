#pragma once

#include "changes.h"
#include "eventinfo.h"
#include "note.h"
#include "photonote.h"
#include "roomstate.h"
#include "theme.h"

#include <QList>

namespace cabildo {

/**
 * Everything an event holds, as plain values: what a backup writes and an import restores.
 * Row ids only link items inside one content (a note's themeId, a ballot's roundId, a
 * placement's session, slot and room); UUIDs are the lasting identities.
 */
struct EventContent
{
    EventInfo event;
    QList<Note> notes;
    QList<Theme> themes;
    AgendaChange agenda; ///< rooms, slots, sessions and placements (nothing removed)
    VoteChange votes;    ///< rounds, ballots and tallies (nothing removed)
    RoomState room;      ///< the phase, the timer, "Hide notes until revealed"
    /**
     * Notes' pictures (issue 15), only in a backup (EventDocument::backupContent()): never
     * in restore points, which find the pictures still in the file by the notes' UUIDs.
     */
    QList<NoteImage> noteImages;
};

} // namespace cabildo
