#pragma once

#include <QByteArray>
#include <QString>

namespace cabildo {

/** Bytes of a text file turned into text, with the encoding that was recognised. */
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    bool ok = true;   ///< false for a binary file
};

/**
 * Recognises what spreadsheets and forms write: UTF-8 with or without a BOM, UTF-16
 * with a BOM, and Windows-1252 (Excel's "CSV" in many locales) when the bytes are not
 * valid UTF-8. A NUL byte outside UTF-16 means a binary file.
 */
DecodedText decodeText(const QByteArray &bytes);

} // namespace cabildo
