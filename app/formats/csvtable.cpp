#include "csvtable.h"

#include "inputlimits.h"
#include "textdecoding.h"

#include <QCoreApplication>

#include <csv.h>

#include <algorithm>
#include <utility>

namespace cabildo {

namespace {

constexpr qsizetype chunkBytes = 64 * 1024;

/** The delimiter that occurs most in the first line outside quotes; comma on a tie. */
QChar detectDelimiter(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            comma += c == QLatin1Char(','), semicolon += c == QLatin1Char(';'), tab += c == QLatin1Char('\t');
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool isBlank(const QStringList &row)
{
    for (const QString &field : row)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

struct ParseState
{
    QStringList currentRow;
    QList<QStringList> rows; ///< blank rows left out: a file of empty lines takes no memory
    QList<int> rowNumbers;
    int rowCount = 0; ///< blank rows included
    int lastTerminator = -1;
    qint64 cells = 0;
    QString error; ///< set by a callback: the first limit passed; later callbacks do nothing

    int rowNumber() const { return rowCount + 1; }
    /** The current field's column, by its header name once the header was read. */
    QString column() const
    {
        const qsizetype index = currentRow.size();
        const QString name = rows.isEmpty() ? QString() : rows.constFirst().value(index).trimmed();
        return name.isEmpty() ? QString::number(index + 1) : QLatin1Char('"') + name + QLatin1Char('"');
    }
};

void onField(void *data, size_t length, void *state)
{
    auto *parse = static_cast<ParseState *>(state);
    if (!parse->error.isEmpty())
        return;
    QString field = QString::fromUtf8(static_cast<const char *>(data), qsizetype(length));
    if (field.size() > limits::fieldCharacters) {
        parse->error = CsvTable::tr("Row %1, column %2: more than %L3 characters (a note or other field holds at most "
                                    "%L3).")
                           .arg(parse->rowNumber())
                           .arg(parse->column())
                           .arg(limits::fieldCharacters);
        return;
    }
    // Empty cells cost memory too: a line of commas must not grow into gigabytes.
    if (++parse->cells > limits::csvCells) {
        parse->error = CsvTable::tr("Row %1: the file has more than %L2 cells (rows × columns); Cabildo reads at most "
                                    "that many. Remove the columns it does not use, or split the file.")
                           .arg(parse->rowNumber())
                           .arg(limits::csvCells);
        return;
    }
    parse->currentRow.append(std::move(field));
}

void onRowEnd(int terminator, void *state)
{
    auto *parse = static_cast<ParseState *>(state);
    if (!parse->error.isEmpty())
        return;
    // CSV_REPALL_NL reports every line ending outside a record, so a blank line stays a
    // (blank) row and later rows keep the number a spreadsheet shows; but the LF of a
    // CRLF is the end of the line before, not a line of its own.
    const bool lfOfCrLf = parse->currentRow.isEmpty() && terminator == '\n' && parse->lastTerminator == '\r';
    parse->lastTerminator = terminator;
    if (lfOfCrLf)
        return;
    ++parse->rowCount;
    if (isBlank(parse->currentRow)) {
        parse->currentRow.clear();
        return;
    }
    // The header and then at most limits::notes rows of notes.
    if (parse->rows.size() > limits::notes) {
        parse->error = CsvTable::tr("Row %1: the file has more than %L2 rows of notes; Cabildo imports at most %L2 "
                                    "notes at a time (split the file).")
                           .arg(parse->rowCount)
                           .arg(limits::notes);
        return;
    }
    parse->rows.append(std::exchange(parse->currentRow, {}));
    parse->rowNumbers.append(parse->rowCount);
}

// libcsv trims "space" characters around unquoted fields; a tab can be the delimiter.
int isSpace(unsigned char c)
{
    return c == CSV_SPACE;
}

} // namespace

QString CsvTable::cancelledError()
{
    return tr("Reading was cancelled.");
}

CsvTable CsvTable::parse(const QByteArray &bytes, const Progress &progress)
{
    CsvTable table;
    if (bytes.isEmpty()) {
        table.error = tr("The file is empty.");
        return table;
    }
    DecodedText decoded = decodeText(bytes);
    if (!decoded.ok) {
        table.error = tr("This is not a text file (CSV): it looks like a binary file.");
        return table;
    }
    table.encoding = decoded.encoding;
    table.delimiter = detectDelimiter(decoded.text);

    // libcsv reads UTF-8: the file's own bytes when they are UTF-8, else the decoded text
    // re-encoded. The decoded copy goes before parsing, so memory stays a few times the file.
    QByteArray converted;
    QByteArrayView utf8(bytes);
    if (decoded.encoding == QLatin1String("UTF-8 (BOM)"))
        utf8 = utf8.sliced(3);
    else if (decoded.encoding != QLatin1String("UTF-8"))
        utf8 = converted = decoded.text.toUtf8();
    decoded.text = QString();

    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter.toLatin1()));
    csv_set_space_func(&parser, isSpace);
    csv_set_blk_size(&parser, chunkBytes);
    ParseState state;
    // In chunks, so that a field growing past its limit (a 50 MB line) is refused as soon
    // as it passes, not after it was read whole: a UTF-8 character is at most 4 bytes.
    bool failed = false;
    for (qsizetype at = 0; at < utf8.size() && !failed && state.error.isEmpty(); at += chunkBytes) {
        const QByteArrayView chunk = utf8.sliced(at, std::min<qsizetype>(chunkBytes, utf8.size() - at));
        failed =
            csv_parse(&parser, chunk.data(), size_t(chunk.size()), onField, onRowEnd, &state) != size_t(chunk.size());
        if (state.error.isEmpty() && csv_get_buffer_size(&parser) > size_t(4) * limits::fieldCharacters + chunkBytes)
            state.error = tr("Row %1: a field has more than %L2 characters (a note or other field holds at most %L2).")
                              .arg(state.rowNumber())
                              .arg(limits::fieldCharacters);
        if (progress && !progress(double(at + chunk.size()) / double(utf8.size())))
            state.error = cancelledError();
    }
    if (!failed && state.error.isEmpty())
        failed = csv_fini(&parser, onField, onRowEnd, &state) != 0;
    csv_free(&parser);
    if (!state.error.isEmpty()) {
        table.error = state.error;
        return table;
    }
    if (failed) {
        table.error = tr("Row %1: a quoted field is not closed properly (check the quotes).").arg(state.rowNumber());
        return table;
    }

    if (!state.rows.isEmpty()) {
        table.header = state.rows.takeFirst();
        state.rowNumbers.removeFirst();
        table.rows = std::move(state.rows);
        table.rowNumbers = std::move(state.rowNumbers);
    }
    if (table.header.isEmpty())
        table.error = tr("The file is empty.");
    return table;
}

QString CsvTable::delimiterName() const
{
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    return tr("comma");
}

} // namespace cabildo
