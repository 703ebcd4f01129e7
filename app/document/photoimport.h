#pragma once
// The adapter between the photo engine (app/engines/photo) and the event (issue 15): the
// notes the engine found on one photo become notes of the event, with their pictures.

#include "model/photonote.h"
#include "photo/wallphoto.h"

#include <QColor>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

#include <atomic>
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

/** How the notes of earlier photos that still have their picture look: id and look. */
using EarlierLooks = QList<QPair<qint64, photo::NoteLook>>;
/** Read on the document's thread (the pictures come from the file)... */
EarlierLooks earlierLooks(const EventDocument &document);
/**
 * ...so that the comparison, the slow part (every found note with every earlier one), can
 * run on another: the check dialog's detection thread does it, the window stays responsive.
 * The same answer as likelyDuplicates(found, document). Empty when `cancel` is set meanwhile.
 */
QList<qint64> likelyDuplicates(const std::vector<photo::FoundNote> &found, const EarlierLooks &earlier,
                               const std::atomic<bool> *cancel = nullptr);

} // namespace cabildo
