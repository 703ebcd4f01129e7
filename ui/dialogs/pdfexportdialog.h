#pragma once

#include "model/eventcontent.h"
#include "opendata/exportoptions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cabildo {

/**
 * File ▸ Export PDF…: the printable programme on its own, with the same paper and QR code
 * choices as the open-data bundle. The dialog stays open with the reason when the file
 * cannot be written, so the organiser can pick another place.
 */
class PdfExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PdfExportDialog(EventContent content, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    ExportOptions options() const;
    /** Writes the PDF with the dialog's choices; false (and the reason shown) on failure. */
    bool save();

private:
    void choosePath();
    void updateState();

    EventContent m_content;
    QLineEdit *m_path;
    QComboBox *m_paper;
    QLineEdit *m_qrUrl;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace cabildo
