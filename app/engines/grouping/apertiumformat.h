#pragma once

#include <QByteArray>

namespace cabildo {

/**
 * Apertium's plain-text deformatter and reformatter (apertium-destxt, apertium-retxt) done
 * in the app, for the text LanguageWork sends: UTF-8 lines without controls, runs of spaces
 * or empty lines, each ended by a newline. The tools' output on such text, byte for byte
 * (tst_core_languagework compares them), without two process starts per batch.
 */
namespace ApertiumFormat {

/**
 * As apertium-destxt: Apertium's markup characters ([ ] \ / @ < > ^ $ { }) escaped with a
 * backslash, every blank other than one space (newlines, '~') kept as a superblank in
 * brackets, and a full stop of its own (".[]") before the trailing blank.
 */
QByteArray deformat(const QByteArray &text);

/** As apertium-retxt: the escapes undone, superblanks' brackets and the deformatter's stops removed. */
QByteArray reformat(const QByteArray &stream);

} // namespace ApertiumFormat

} // namespace cabildo
