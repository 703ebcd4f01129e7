#pragma once

#include "csvtable.h"
#include "model/note.h"
#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>

namespace cabildo {

/**
 * A notes CSV (NOTES-CSV.md, beside this file) turned into notes, all or nothing: columns are
 * matched case-insensitively in any order, `text` is required, unknown columns are
 * ignored with a warning, and the first bad row stops the import with its row and column.
 * A row whose text is empty or only white space (a form answer left blank) is no note:
 * it is skipped and its number kept in `skippedRows`; a file where every row is so is
 * refused.
 */
struct NotesCsv
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::NotesCsv)

public:
    CsvTable table;
    QList<Note> notes; ///< empty when `error` is set
    QStringList warnings;
    QList<int> skippedRows; ///< rows with no text, by their number in the file (header = 1)
    QString error;

    /**
     * "Skipped 2 rows with no text: 6, 9", naming at most `shown` rows ("6, 9, 12 and 40
     * more"); empty when no row was skipped.
     */
    QString skippedSummary(int shown) const;

    /**
     * `progress` hears how far reading has gone (0 to 1: parsing the text, then turning rows
     * into notes) and may stop it by returning false: then `error` is
     * CsvTable::cancelledError() and there are no notes.
     */
    static NotesCsv read(const QByteArray &bytes, const CsvTable::Progress &progress = {});
    static NotesCsv readFile(const QString &path, const CsvTable::Progress &progress = {});

    static QStringList knownColumns();
};

} // namespace cabildo
