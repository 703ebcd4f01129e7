#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace cabildo {

/** A candidate session of the agenda: from a theme (one per theme by default) or added by hand. */
struct Session
{
    qint64 id = 0;
    QUuid uuid;
    QString title;
    QString description;
    QString host;
    bool hostNamed = false; ///< the host agreed to be named in what the organisers publish
    QString language;       ///< BCP 47 or empty
    bool needsAccessibleRoom = false;
    QList<QUuid> allowedSlots; ///< the slots the host can make, by slot UUID; empty: any
    QUuid theme;               ///< the theme it comes from; null when added by hand
    QString ref;               ///< a script's own identifier, echoed back

    bool operator==(const Session &) const = default;
};

/** Where a session runs: one cell (slot × room) of the grid. At most one session per cell. */
struct Placement
{
    qint64 sessionId = 0;
    qint64 slotId = 0;
    qint64 roomId = 0;
    bool pinned = false; ///< the generator leaves pinned sessions where they are

    bool operator==(const Placement &) const = default;
};

} // namespace cabildo
