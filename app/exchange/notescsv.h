#pragma once

#include <QCoreApplication>
#include "csvtable.h"
#include "model/note.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cabildo {

/**
 * A notes CSV (PRODUCT.md, "Notes CSV") turned into notes, all or nothing: columns are
 * matched case-insensitively in any order, `text` is required, unknown columns are
 * ignored with a warning, and the first bad row stops the import with its row and column.
 */
struct NotesCsv
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::NotesCsv)

public:
    CsvTable table;
    QList<Note> notes;        ///< empty when `error` is set
    QStringList warnings;
    QString error;

    static NotesCsv read(const QByteArray &bytes);
    static NotesCsv readFile(const QString &path);

    static QStringList knownColumns();
};

} // namespace cabildo
