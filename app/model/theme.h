#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace cabildo {

/**
 * A theme: a named, coloured group of notes on the board (a note belongs to at most
 * one, Note::themeId). Made by hand or from an accepted suggestion, whose terms it keeps.
 */
struct Theme
{
    qint64 id = 0;
    QUuid uuid;
    QString title;
    QString colour;         ///< a NoteColour key
    bool collapsed = false; ///< its notes stacked, so a board of hundreds stays readable
    QString terms;          ///< the shared terms of the suggestion it came from, comma-separated
    QDateTime createdAt;

    bool operator==(const Theme &) const = default;
};

} // namespace cabildo
