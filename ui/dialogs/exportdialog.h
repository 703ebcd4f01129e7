#pragma once

#include "model/eventcontent.h"
#include "opendata/exportoptions.h"

#include <QDialog>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace cabildo {

class EventDocument;

/**
 * File ▸ Export Open Data…: the organiser chooses the licence, whether the notes' text
 * and consented names go in, the README languages, the programme's paper and QR URL, and
 * the bundle folder; the export runs and the dialog shows its report (files written,
 * e-mail addresses and phone numbers masked). The event is given as plain content, so the
 * dialog never changes it.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(EventContent content, QWidget *parent = nullptr);

    ExportOptions options() const;
    QString folder() const;
    void setFolder(const QString &folder);
    /** Runs the export with the dialog's choices and shows the report; false on failure. */
    bool exportNow();

    struct MenuActions
    {
        QAction *openData;
        QAction *pdf;
    };
    /**
     * Adds "Export Open Data…" and "Export PDF…" to `menu` (the File menu), each working on
     * the event `document()` returns at the time; they retranslate with `window`.
     */
    static MenuActions addMenuActions(QMenu *menu, QWidget *window, std::function<EventDocument *()> document);

private:
    void chooseFolder();
    void updateState();

    EventContent m_content;
    QLineEdit *m_folder;
    QComboBox *m_licence;
    QCheckBox *m_notes;
    QCheckBox *m_names;
    QCheckBox *m_english;
    QCheckBox *m_french;
    QComboBox *m_paper;
    QLineEdit *m_qrUrl;
    QPlainTextEdit *m_report;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QString m_exported; ///< the last bundle written, for Open Folder
};

/** The paper people print on where the interface's locale is: Letter in the Americas' Letter countries, else A4. */
PaperSize defaultPaper();

/** The programme's paper and QR code URL, as both export dialogs ask for them. */
struct ProgrammeChoices
{
    QComboBox *paper;
    QLineEdit *qrUrl;
};
/** Adds the two rows to `form`; their object names are `namePrefix` + "Paper" and "QrUrl". */
ProgrammeChoices addProgrammeChoices(QFormLayout *form, QWidget *parent, const QString &paperLabel,
                                     const QString &namePrefix);

} // namespace cabildo
