#include "csvtable.h"

#include "textdecoding.h"

#include <QCoreApplication>

#include <csv.h>

namespace cabildo {

namespace {

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

struct ParseState
{
    QStringList currentRow;
    QList<QStringList> rows;
    int lastTerminator = -1;
};

void onField(void *data, size_t length, void *state)
{
    static_cast<ParseState *>(state)->currentRow.append(
        QString::fromUtf8(static_cast<const char *>(data), qsizetype(length)));
}

void onRowEnd(int terminator, void *state)
{
    auto *parse = static_cast<ParseState *>(state);
    // CSV_REPALL_NL reports every line ending outside a record, so a blank line stays a
    // (blank) row and later rows keep the number a spreadsheet shows; but the LF of a
    // CRLF is the end of the line before, not a line of its own.
    const bool lfOfCrLf = parse->currentRow.isEmpty() && terminator == '\n' && parse->lastTerminator == '\r';
    parse->lastTerminator = terminator;
    if (lfOfCrLf)
        return;
    parse->rows.append(parse->currentRow);
    parse->currentRow.clear();
}

// libcsv trims "space" characters around unquoted fields; a tab can be the delimiter.
int isSpace(unsigned char c)
{
    return c == CSV_SPACE;
}

bool isBlank(const QStringList &row)
{
    for (const QString &field : row)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

CsvTable CsvTable::parse(const QByteArray &bytes)
{
    CsvTable table;
    if (bytes.isEmpty()) {
        table.error = tr("The file is empty.");
        return table;
    }
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok) {
        table.error = tr("This is not a text file (CSV): it looks like a binary file.");
        return table;
    }
    table.encoding = decoded.encoding;
    table.delimiter = detectDelimiter(decoded.text);

    const QByteArray utf8 = decoded.text.toUtf8();
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter.toLatin1()));
    csv_set_space_func(&parser, isSpace);
    ParseState state;
    const size_t parsed = csv_parse(&parser, utf8.constData(), size_t(utf8.size()), onField, onRowEnd, &state);
    const bool failed = parsed != size_t(utf8.size()) || csv_fini(&parser, onField, onRowEnd, &state) != 0;
    csv_free(&parser);
    if (failed) {
        table.error = tr("Row %1: a quoted field is not closed properly (check the quotes).").arg(state.rows.size() + 1);
        return table;
    }

    int rowNumber = 0;
    for (QStringList &row : state.rows) {
        ++rowNumber;
        if (isBlank(row))
            continue;
        if (table.header.isEmpty()) {
            table.header = row;
            continue;
        }
        table.rows.append(std::move(row));
        table.rowNumbers.append(rowNumber);
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
