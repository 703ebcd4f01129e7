#pragma once

#include "note.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QUuid>

namespace cabildo {

/** A note found on a photo of a paper wall (issue 15), with the crop it was read from. */
struct PhotoNote
{
    Note note;
    QImage image;
};

/**
 * A note's picture as the file keeps it (schema 7, table note_image): the encoded bytes
 * (JPEG or PNG), keyed by the note's UUID so that a note an undo step or a restore point
 * brings back finds its picture again while the picture exists.
 */
struct NoteImage
{
    QUuid noteUuid;
    QByteArray bytes; ///< JPEG or PNG
    QString format;   ///< "jpeg" or "png"
    int width = 0;
    int height = 0;

    bool operator==(const NoteImage &) const = default;
    /** Encodes `image`: JPEG at quality 90 for photos; PNG when it has transparency. */
    static NoteImage encode(const QUuid &noteUuid, const QImage &image);
    /** The picture, or a null image when the bytes do not decode. */
    QImage decode() const;
};

} // namespace cabildo
