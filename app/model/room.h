#pragma once

#include <QString>
#include <QUuid>

namespace cabildo {

/** A room of the venue: a column of the agenda grid. */
struct Room
{
    qint64 id = 0;
    QUuid uuid;
    QString name;
    int capacity = 0;        ///< seats; 0 when unknown
    bool accessible = false; ///< step-free: sessions that need it may only go here
    QString notes;
    int position = 0; ///< column order in the grid (ties: creation order)

    bool operator==(const Room &) const = default;
};

} // namespace cabildo
