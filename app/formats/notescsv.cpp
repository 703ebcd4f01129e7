#include "notescsv.h"

#include "inputlimits.h"
#include "model/notecolour.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace cabildo {

namespace {

QString rowError(int row, const QString &column, const QString &problem)
{
    return QCoreApplication::translate("cabildo::NotesCsv", "Row %1, column \"%2\": %3").arg(row).arg(column, problem);
}

} // namespace

QStringList NotesCsv::knownColumns()
{
    return {QStringLiteral("text"),    QStringLiteral("ref"),    QStringLiteral("language"),
            QStringLiteral("colour"),  QStringLiteral("author"), QStringLiteral("organisation"),
            QStringLiteral("country"), QStringLiteral("sector"), QStringLiteral("tags")};
}

NotesCsv NotesCsv::readFile(const QString &path, const CsvTable::Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        NotesCsv result;
        result.error = tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    // Refused before reading: the size alone says the file is not a list of notes.
    if (file.size() > limits::csvBytes) {
        NotesCsv result;
        result.error =
            tr("%1 is %2 MB: Cabildo imports notes CSV files up to %L3 MB (split the file).")
                .arg(QFileInfo(path).fileName(), QLocale().toString(double(file.size()) / (1024 * 1024), 'f', 0))
                .arg(limits::csvBytes / (1024 * 1024));
        return result;
    }
    return read(file.read(limits::csvBytes), progress);
}

NotesCsv NotesCsv::read(const QByteArray &bytes, const CsvTable::Progress &progress)
{
    NotesCsv result;
    // Parsing is about half the time, making notes of the rows the other half.
    result.table = CsvTable::parse(bytes, progress ? [&progress](double done) { return progress(done / 2); }
                                                   : CsvTable::Progress());
    if (!result.table.error.isEmpty()) {
        result.error = result.table.error;
        return result;
    }

    // Which column holds what: header names compared case-insensitively, spaces trimmed.
    QHash<QString, int> columnOf;
    QStringList ignored;
    const QStringList known = knownColumns();
    for (int i = 0; i < result.table.header.size(); ++i) {
        const QString name = result.table.header.at(i).trimmed().toLower();
        if (known.contains(name) && !columnOf.contains(name))
            columnOf.insert(name, i);
        else if (!name.isEmpty())
            ignored.append(result.table.header.at(i).trimmed());
    }
    // A few ignored columns are named one per line; many (a wide export) in one line.
    constexpr int namedColumns = 3;
    if (ignored.size() <= namedColumns) {
        for (const QString &name : std::as_const(ignored))
            result.warnings.append(tr("Column \"%1\" is not used and was ignored.").arg(name));
    } else {
        QStringList named;
        for (int i = 0; i < namedColumns; ++i)
            named.append(QLatin1Char('"') + ignored.at(i) + QLatin1Char('"'));
        //: %L1 is how many columns were ignored; %2 names the first ones, e.g. "\"Votes\", \"Date\", \"Email\"".
        result.warnings.append(tr("%L1 columns are not used and were ignored: %2 and %Ln more.", nullptr,
                                  int(ignored.size()) - namedColumns)
                                   .arg(ignored.size())
                                   .arg(named.join(QStringLiteral(", "))));
    }
    if (!columnOf.contains(QStringLiteral("text"))) {
        result.error =
            tr("The file has no \"text\" column. The first row must name the columns, one of them \"text\".");
        return result;
    }

    constexpr int rowsPerReport = 4096;
    for (int r = 0; r < result.table.rows.size(); ++r) {
        if (progress && r % rowsPerReport == 0 && r > 0
            && !progress(0.5 + 0.5 * double(r) / double(result.table.rows.size()))) {
            result.error = CsvTable::cancelledError();
            break;
        }
        const QStringList &row = result.table.rows.at(r);
        const int rowNumber = result.table.rowNumbers.at(r);
        auto field = [&](const char *column) {
            const int index = columnOf.value(QLatin1String(column), -1);
            return index >= 0 && index < row.size() ? toNfc(row.at(index).trimmed()) : QString();
        };

        Note note = Note::create(field("text"), NoteSource::Csv);
        if (note.text.isEmpty()) { // nothing of the row is imported: its other columns do not matter
            result.skippedRows.append(rowNumber);
            continue;
        }
        const QString colour = field("colour").toLower();
        if (!colour.isEmpty() && !NoteColour::isKnown(colour)) {
            QStringList names;
            for (const NoteColour &c : NoteColour::palette())
                names.append(c.key);
            result.error = rowError(
                rowNumber, QStringLiteral("colour"),
                tr("\"%1\" is not a note colour (use one of: %2).").arg(colour, names.join(QStringLiteral(", "))));
            break;
        }
        const QString sector = field("sector");
        note.author.sector = sectorFromKey(sector);
        if (!sector.isEmpty() && note.author.sector == Sector::Unspecified) {
            result.error = rowError(rowNumber, QStringLiteral("sector"),
                                    tr("\"%1\" is not a sector (use one of: government, civil_society, academia, "
                                       "private_sector, media, funder, other).")
                                        .arg(sector));
            break;
        }
        if (!colour.isEmpty())
            note.colour = colour;
        note.ref = field("ref");
        note.language = field("language");
        note.tags = field("tags");
        note.author.name = field("author");
        note.author.organisation = field("organisation");
        note.author.country = field("country");
        result.notes.append(note);
    }
    if (!result.error.isEmpty())
        result.notes.clear();
    else if (result.notes.isEmpty() && !result.skippedRows.isEmpty())
        result.error = tr("The \"text\" column is empty in every row (%n row(s)): there is no note to import.", nullptr,
                          int(result.skippedRows.size()));
    else if (result.notes.isEmpty())
        result.error = tr("The file has a header but no notes.");
    return result;
}

QString NotesCsv::skippedSummary(int shown) const
{
    if (skippedRows.isEmpty())
        return {};
    shown = std::max(1, shown);
    QStringList numbers;
    for (qsizetype i = 0; i < skippedRows.size() && i < shown; ++i)
        numbers.append(QString::number(skippedRows.at(i))); // as the spreadsheet numbers rows
    QString list = numbers.join(QStringLiteral(", "));
    if (skippedRows.size() > shown)
        //: The end of a list of row numbers, e.g. "6, 9, 12 and 40 more"; %1 is "6, 9, 12".
        list = tr("%1 and %n more", nullptr, int(skippedRows.size() - shown)).arg(list);
    //: %1 lists row numbers of the CSV file, e.g. "6, 9" or "6, 9, 12 and 40 more".
    return tr("Skipped %n row(s) with no text: %1", nullptr, int(skippedRows.size())).arg(list);
}

} // namespace cabildo
