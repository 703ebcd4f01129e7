#pragma once

#include <QString>

namespace cabildo {

/** True when `source` is a photo for `cabildo import`: a .jpg, .jpeg or .png, or JPEG or PNG bytes not named .csv or
 * .json. */
bool isPhotoSource(const QString &source);

/**
 * `cabildo import FILE PHOTO.jpg [--keep-duplicates]` (issue 15): every note found on the
 * photo becomes an unchecked note with its picture and OCR's text, all in one step or none.
 * Likely duplicates of notes from an earlier photo are left out and named on stderr, unless
 * `keepDuplicates`. A photo with no notes, or a file that is not a photo, changes nothing.
 * Returns the exit code (0, or 1 for a runtime error).
 */
int importPhoto(const QString &path, const QString &source, bool keepDuplicates);

} // namespace cabildo
