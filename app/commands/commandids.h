#pragma once

namespace cabildo {

/** Merge ids for QUndoCommand::id(), in one place so they never collide (Tiled's undocommands.h). */
enum CommandId
{
    CommandNudgeNotes = 1, ///< arrow-key moves of the same notes merge into one step
};

} // namespace cabildo
