#include "pdfexportdialog.h"

#include "dialogs/exportdialog.h"
#include "opendata/programmepdf.h"
#include "opendata/publicdata.h"
#include "preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cabildo {

PdfExportDialog::PdfExportDialog(EventContent content, QWidget *parent) : QDialog(parent), m_content(std::move(content))
{
    setObjectName(QStringLiteral("pdfExportDialog"));
    setWindowTitle(tr("Export PDF"));
    auto *form = new QFormLayout;

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pdfPath"));
    // In a folder that exists: the last one exported to, else Documents, else home.
    m_path->setText(
        QDir(preferences::exportFolder()).filePath(m_content.event.acronym + QStringLiteral("-programme.pdf")));
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(choose);
    form->addRow(tr("File:"), pathRow);

    const ProgrammeChoices programme = addProgrammeChoices(form, this, tr("Paper:"), QStringLiteral("pdf"));
    m_paper = programme.paper;
    m_qrUrl = programme.qrUrl;
    ExportOptions defaults;
    defaults.paper = defaultPaper();
    const ExportOptions remembered = preferences::exportOptions(m_content.event.uuid, defaults);
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(remembered.paper))));
    m_qrUrl->setText(remembered.qrUrl);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pdfError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("pdfSaveButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(choose, &QPushButton::clicked, this, &PdfExportDialog::choosePath);
    connect(m_path, &QLineEdit::textChanged, this, &PdfExportDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateState();
}

QString PdfExportDialog::path() const
{
    return m_path->text().trimmed();
}

void PdfExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ExportOptions PdfExportDialog::options() const
{
    ExportOptions options;
    options.paper = PaperSize(m_paper->currentData().toInt());
    options.qrUrl = m_qrUrl->text().trimmed();
    return options;
}

bool PdfExportDialog::save()
{
    QString target = path();
    if (!target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        target += QStringLiteral(".pdf");
    const QFileInfo info(target);
    if (info.exists()
        && QMessageBox::question(this, tr("Export PDF"), tr("%1 exists. Replace it?").arg(info.fileName()))
               != QMessageBox::Yes)
        return false;
    // Written beside the target and renamed, so a failure never leaves half a programme.
    const QString partial = info.dir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".part"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const ExportOptions choices = options();
    bool written = ProgrammePdf::write(PublicData::from(m_content, choices), choices, partial, &error)
                   && (!info.exists() || QFile::remove(target)) && QFile::rename(partial, target);
    if (!written) // named after the file the organiser chose, not the temporary one
        error = info.dir().exists() ? tr("%1 cannot be written.").arg(info.fileName())
                                    : tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.path()));
    QFile::remove(partial);
    QGuiApplication::restoreOverrideCursor();
    if (written) {
        preferences::setExportFolder(info.absolutePath());
        preferences::rememberExportOptions(m_content.event.uuid, choices, true);
    }
    m_error->setText(written ? QString() : tr("Nothing was saved: %1").arg(error));
    m_error->setVisible(!written);
    return written;
}

void PdfExportDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export PDF"), path(), tr("PDF (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void PdfExportDialog::updateState()
{
    m_save->setEnabled(!path().isEmpty());
}

} // namespace cabildo
