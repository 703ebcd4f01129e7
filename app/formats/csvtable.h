#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cabildo {

/**
 * A CSV file read whole: decoded (see decodeText), delimiter detected, parsed by libcsv
 * (quoted fields, embedded newlines and quotes). Rows that are completely empty are
 * dropped; `rowNumbers` keeps each remaining row's number in the file (header = row 1)
 * so errors can name the row a person sees in a spreadsheet. A field, a row count or a
 * cell count beyond inputlimits.h is refused as soon as it is passed, naming the row.
 */
struct CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::CsvTable)

public:
    QString encoding;
    QChar delimiter;
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowNumbers;
    QString error; ///< empty when the file was read

    /**
     * Told how far reading has gone, as a fraction from 0 to 1; returns false to stop it
     * (the reading then ends with `error` set to cancelledError()).
     */
    using Progress = std::function<bool(double fraction)>;

    static CsvTable parse(const QByteArray &bytes, const Progress &progress = {});
    /** The error of a reading its Progress stopped. */
    static QString cancelledError();

    /** "comma", "semicolon" or "tab", translated, for the import preview. */
    QString delimiterName() const;
};

} // namespace cabildo
