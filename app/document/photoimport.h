#pragma once
// The adapter between the photo engine (app/engines/photo) and the event (issue 15): the
// notes the engine found on one photo become notes of the event, with their pictures.

#include "model/photonote.h"
#include "photo/wallphoto.h"

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

#include <vector>

namespace cabildo {

class EventDocument;

/** The NoteColour key whose fill is nearest to a photographed paper's colour. */
QString nearestColourKey(const QColor &paper);

/**
 * One PhotoNote per found note: its picture, unchecked (textChecked false), source Photo,
 * empty text (the background OCR proposes one), in the colour of the paper, laid out as on
 * the wall: the photo's coordinates scaled so that no two notes overlap on the board, the
 * whole block placed in free space beside the notes already there.
 */
QList<PhotoNote> photoNotesFrom(const std::vector<photo::FoundNote> &found, const QSize &photoSize,
                                const EventDocument &document);

/**
 * For each found note, the id of a note already in the event (from an earlier photo) that
 * is likely the same paper note, else 0. Detections of one photo are never compared with
 * each other: two alike notes on one wall are two notes.
 */
QList<qint64> likelyDuplicates(const std::vector<photo::FoundNote> &found, const EventDocument &document);

} // namespace cabildo
