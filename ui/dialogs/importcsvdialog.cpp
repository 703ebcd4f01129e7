#include "importcsvdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cabildo {

ImportCsvDialog::ImportCsvDialog(const QString &fileName, const NotesCsv &csv, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importCsvDialog"));
    setWindowTitle(tr("Import notes from %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummaryLabel"));
    summary->setWordWrap(true);
    if (csv.table.encoding.isEmpty())
        summary->setText(tr("The file could not be read."));
    else
        summary->setText(tr("Encoding: %1 · Delimiter: %2 · %n note(s) to import", nullptr, int(csv.notes.size()))
                             .arg(csv.table.encoding, csv.table.delimiterName()));
    layout->addWidget(summary);

    if (!csv.table.header.isEmpty()) {
        auto *table = new QTableWidget(this);
        table->setObjectName(QStringLiteral("importPreviewTable"));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setColumnCount(int(csv.table.header.size()));
        table->setHorizontalHeaderLabels(csv.table.header);
        const int rows = int(std::min<qsizetype>(previewRows, csv.table.rows.size()));
        table->setRowCount(rows);
        QStringList rowLabels;
        for (int r = 0; r < rows; ++r) {
            rowLabels.append(QString::number(csv.table.rowNumbers.at(r)));
            const QStringList &row = csv.table.rows.at(r);
            for (int c = 0; c < row.size() && c < table->columnCount(); ++c)
                table->setItem(r, c, new QTableWidgetItem(row.at(c).left(300)));
        }
        table->setVerticalHeaderLabels(rowLabels);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
        layout->addWidget(table, 1);
    }

    for (const QString &warning : csv.warnings) {
        auto *label = new QLabel(warning, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    if (csv.error.isEmpty() && !csv.skippedRows.isEmpty()) {  // blank form answers: left out, by row
        auto *skipped = new QLabel(csv.skippedSummary(10), this);
        skipped->setObjectName(QStringLiteral("importSkippedLabel"));
        skipped->setWordWrap(true);
        layout->addWidget(skipped);
    }
    if (!csv.error.isEmpty()) {
        auto *error = new QLabel(tr("Nothing will be imported: %1").arg(csv.error), this);
        error->setObjectName(QStringLiteral("importErrorLabel"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        layout->addWidget(error);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->button(QDialogButtonBox::Ok);
    import->setObjectName(QStringLiteral("importButton"));
    import->setText(tr("Import %n note(s)", nullptr, int(csv.notes.size())));
    import->setEnabled(csv.error.isEmpty() && !csv.notes.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 460);
}

} // namespace cabildo
