#include "importcsvdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cabildo {

namespace {

/**
 * The notes' text is what the facilitator checks, so its column takes the room: the
 * others get what their contents need, up to a cap, and together at most 55 % of the
 * table, giving back first what their titles do not need; the text column stretches over
 * the rest. Again whenever the table is resized.
 */
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableWidget *table) : QObject(table), m_table(table)
    {
        for (int c = 0; c < table->columnCount(); ++c)
            if (const QTableWidgetItem *title = table->horizontalHeaderItem(c);
                m_text < 0 && title && title->text().trimmed().compare(QLatin1String("text"), Qt::CaseInsensitive) == 0)
                m_text = c;
        QHeaderView *header = table->horizontalHeader();
        header->setStretchLastSection(m_text < 0);
        header->setSectionResizeMode(QHeaderView::Interactive);
        if (m_text >= 0)
            header->setSectionResizeMode(m_text, QHeaderView::Stretch);
        const int cap = table->fontMetrics().averageCharWidth() * 18; // "organisation", a country, a date
        for (int c = 0; c < table->columnCount(); ++c)
            if (c != m_text) {
                table->resizeColumnToContents(c);
                const int title = std::min(cap, header->sectionSizeHint(c));
                m_columns.insert(c, {title, std::max(title, std::min(cap, header->sectionSize(c)))});
            }
        table->viewport()->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    struct Widths
    {
        int title;  ///< what the column's name needs
        int wanted; ///< what its contents need, capped
    };

    void fit()
    {
        if (m_text < 0)
            return;
        int titles = 0, wanted = 0;
        for (const Widths &w : std::as_const(m_columns)) {
            titles += w.title;
            wanted += w.wanted;
        }
        const int room = m_table->viewport()->width() * 55 / 100;
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            const Widths &w = it.value();
            int width = w.wanted;
            if (wanted > room && titles < room) // contents give way down to the titles
                width = w.title + (w.wanted - w.title) * (room - titles) / std::max(1, wanted - titles);
            else if (wanted > room) // even the titles do not fit: everything shrinks alike
                width = w.title * room / std::max(1, titles);
            m_table->horizontalHeader()->resizeSection(it.key(), std::max(24, width));
        }
    }

    QTableWidget *m_table;
    int m_text = -1;
    QMap<int, Widths> m_columns; ///< the other columns
};

} // namespace

ImportCsvDialog::ImportCsvDialog(const QString &fileName, const NotesCsv &csv, QWidget *parent) : QDialog(parent)
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
            for (int c = 0; c < row.size() && c < table->columnCount(); ++c) {
                auto *item = new QTableWidgetItem(row.at(c).left(300));
                item->setToolTip(row.at(c).left(2000)); // the whole cell, where the column cuts it
                table->setItem(r, c, item);
            }
        }
        table->setVerticalHeaderLabels(rowLabels);
        table->setWordWrap(false);
        new ColumnFitter(table);
        layout->addWidget(table, 1);
    }

    for (const QString &warning : csv.warnings) {
        auto *label = new QLabel(warning, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    if (csv.error.isEmpty() && !csv.skippedRows.isEmpty()) { // blank form answers: left out, by row
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
    // Room for the notes' text beside the other columns, within a 1366×768 laptop's screen.
    QSize size(1000, 560);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
}

} // namespace cabildo
