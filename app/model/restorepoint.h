#pragma once

#include <QDateTime>
#include <QString>

namespace cabildo {

/**
 * A copy of the whole event kept inside its file (issue 14): taken before every bulk
 * action, before restoring another point, and on demand. What the list shows of it; the
 * content itself is read back only to restore it (app/storage/FORMAT.md, "Restore points").
 */
struct RestorePoint
{
    qint64 id = 0;
    QDateTime takenAt; ///< UTC
    /** What came next: the bulk action it was taken before ("Generate agenda"), or the label given on demand. */
    QString nextStep;
    /** Taken on demand: kept until deleted. Automatic points are pruned (EventDocument::takeRestorePoint). */
    bool onDemand = false;
    int notes = 0;
    int themes = 0;
    int ballots = 0;
    int sessions = 0;

    bool operator==(const RestorePoint &) const = default;
};

} // namespace cabildo
