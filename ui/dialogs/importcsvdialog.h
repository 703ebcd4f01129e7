#pragma once

#include "formats/notescsv.h"

#include <QDialog>

namespace cabildo {

/**
 * Shows what a notes CSV will give before anything is imported: the detected encoding and
 * delimiter, the columns used and ignored, the first rows, and the error that stops the
 * import, if any. Import is enabled only when the whole file is good.
 */
class ImportCsvDialog : public QDialog
{
    Q_OBJECT

public:
    ImportCsvDialog(const QString &fileName, const NotesCsv &csv, QWidget *parent = nullptr);

    static constexpr int previewRows = 8;
};

} // namespace cabildo
