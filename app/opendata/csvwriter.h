#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cabildo {

/**
 * RFC 4180 CSV (BUNDLE.md, "CSV"): a header row, CRLF, fields
 * quoted when they hold `,` `"` or a line break, inner quotes doubled, nothing trimmed,
 * text in NFC. Canonical tables have no BOM (datapackage-js breaks on one); the
 * spreadsheet copies have one, so Excel shows accents, and defuse formula-looking cells.
 */
namespace csvwriter {

enum class Flavour
{
    Canonical,
    Spreadsheet
};

QByteArray write(const QStringList &header, const QList<QStringList> &rows, Flavour flavour);
/** A spreadsheet-safe cell: `'` before a leading = + - @ (and tab or CR), so it cannot run as a formula. */
QString defuse(const QString &cell);

} // namespace csvwriter

} // namespace cabildo
