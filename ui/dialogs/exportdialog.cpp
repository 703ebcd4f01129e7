#include "exportdialog.h"

#include "dialogs/pdfexportdialog.h"
#include "document/eventdocument.h"
#include "opendata/opendataexport.h"
#include "opendata/publicdata.h"
#include "preferences.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cabildo {

PaperSize defaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? PaperSize::Letter : PaperSize::A4;
}

ProgrammeChoices addProgrammeChoices(QFormLayout *form, QWidget *parent, const QString &paperLabel,
                                     const QString &namePrefix)
{
    ProgrammeChoices choices{new QComboBox(parent), new QLineEdit(parent)};
    choices.paper->setObjectName(namePrefix + QStringLiteral("Paper"));
    choices.paper->addItem(ExportDialog::tr("A4"), int(PaperSize::A4));
    choices.paper->addItem(ExportDialog::tr("Letter"), int(PaperSize::Letter));
    choices.paper->setCurrentIndex(defaultPaper() == PaperSize::Letter ? 1 : 0);
    form->addRow(paperLabel, choices.paper);
    choices.qrUrl->setObjectName(namePrefix + QStringLiteral("QrUrl"));
    choices.qrUrl->setPlaceholderText(ExportDialog::tr("https://… where the data will be published (optional)"));
    form->addRow(ExportDialog::tr("QR code URL:"), choices.qrUrl);
    return choices;
}

ExportDialog::ExportDialog(EventContent content, QWidget *parent) : QDialog(parent), m_content(std::move(content))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Open Data"));
    auto *form = new QFormLayout;

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(choose);
    form->addRow(tr("Bundle folder:"), folderRow);
    // A folder that exists (the bundle's own folder is made inside it): the last one used,
    // else Documents, else home. Exporting into a missing Documents folder used to fail.
    m_folder->setText(
        QDir(preferences::exportFolder()).filePath(m_content.event.acronym + QStringLiteral("-open-data")));
    m_folder->setToolTip(tr("A new or empty folder: the export never writes over files"));

    m_licence = new QComboBox(this);
    m_licence->setObjectName(QStringLiteral("exportLicence"));
    m_licence->addItem(tr("CC BY 4.0 (attribution)"), QStringLiteral("CC-BY-4.0"));
    m_licence->addItem(tr("Open Government Licence – Canada 2.0"), QStringLiteral("OGL-Canada-2.0"));
    m_licence->addItem(tr("CC0 1.0 (public domain)"), QStringLiteral("CC0-1.0"));
    form->addRow(tr("Licence:"), m_licence);

    m_notes = new QCheckBox(tr("Include the notes' text (e-mail addresses and phone numbers are masked)"), this);
    m_notes->setObjectName(QStringLiteral("exportNotes"));
    m_names = new QCheckBox(
        tr("Include the names of people who consented to publication (note authors, session hosts)"), this);
    m_names->setObjectName(QStringLiteral("exportNames"));
    form->addRow(tr("Contents:"), m_notes);
    form->addRow(QString(), m_names);

    m_english = new QCheckBox(tr("English"), this);
    m_french = new QCheckBox(tr("French"), this);
    m_english->setChecked(true);
    m_french->setChecked(true);
    auto *languages = new QHBoxLayout;
    languages->addWidget(m_english);
    languages->addWidget(m_french);
    languages->addStretch();
    form->addRow(tr("README languages:"), languages);

    const ProgrammeChoices programme =
        addProgrammeChoices(form, this, tr("Programme paper:"), QStringLiteral("export"));
    m_paper = programme.paper;
    m_qrUrl = programme.qrUrl;

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The bundle contains no personal data unless you include consented names. "
                                    "The report appears here after the export."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    // After an export the organiser's next step is the folder: to check it, zip it, upload it.
    m_openFolder = buttons->addButton(tr("Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("exportOpenFolder"));
    m_openFolder->setEnabled(false);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exported)); });
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    for (QCheckBox *box : {m_notes, m_english, m_french})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    // The choices made last time (per event for the QR code URL and personal data).
    ExportOptions defaults;
    defaults.paper = defaultPaper();
    const ExportOptions remembered = preferences::exportOptions(m_content.event.uuid, defaults);
    m_licence->setCurrentIndex(std::max(0, m_licence->findData(remembered.licence)));
    m_notes->setChecked(remembered.includeNotes);
    m_names->setChecked(remembered.includeConsentedNames);
    m_english->setChecked(remembered.readmeLanguages.contains(QStringLiteral("en")));
    m_french->setChecked(remembered.readmeLanguages.contains(QStringLiteral("fr")));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(remembered.paper))));
    m_qrUrl->setText(remembered.qrUrl);

    updateState();
    resize(640, 520);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.licence = m_licence->currentData().toString();
    options.includeNotes = m_notes->isChecked();
    options.includeConsentedNames = m_names->isChecked();
    options.readmeLanguages.clear();
    if (m_english->isChecked())
        options.readmeLanguages.append(QStringLiteral("en"));
    if (m_french->isChecked())
        options.readmeLanguages.append(QStringLiteral("fr"));
    options.paper = PaperSize(m_paper->currentData().toInt());
    options.qrUrl = m_qrUrl->text().trimmed();
    return options;
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportDialog::chooseFolder()
{
    // The bundle is a folder of its own, made inside the one chosen here.
    const QString parent =
        QFileDialog::getExistingDirectory(this, tr("Where to put the bundle"), QFileInfo(folder()).path());
    if (!parent.isEmpty())
        m_folder->setText(QDir(parent).filePath(QFileInfo(folder()).fileName()));
}

void ExportDialog::updateState()
{
    m_export->setEnabled(!folder().isEmpty() && (m_english->isChecked() || m_french->isChecked()));
}

bool ExportDialog::exportNow()
{
    const ExportReport report = OpenDataExport::run(m_content, folder(), options());
    if (!report.ok()) {
        m_report->setPlainText(tr("Nothing was exported: %1").arg(report.error));
        return false;
    }
    QStringList lines{
        tr("Exported %n file(s) into %1.", nullptr, int(report.files.size())).arg(QDir::toNativeSeparators(folder())),
        tr("%n session(s) in the schedule.", nullptr, report.sessions)};
    if (options().includeNotes)
        lines.append(tr("%n note(s) included.", nullptr, report.notes));
    lines.append(tr("Masked in the exported text: %1, %2.")
                     .arg(tr("%n e-mail address(es)", nullptr, report.maskedEmails),
                          tr("%n phone number(s)", nullptr, report.maskedPhones)));
    if (options().includeConsentedNames)
        lines.append(tr("%n consented name(s) published.", nullptr, report.names));
    lines.append(QString());
    lines += report.files;
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    preferences::setExportFolder(QFileInfo(folder()).absolutePath()); // where the bundle went
    preferences::rememberExportOptions(m_content.event.uuid, options(), false);
    m_exported = folder();
    m_openFolder->setEnabled(true);
    return true;
}

namespace {

/** The two File menu actions; follows the window's language changes. */
class ExportActions : public QObject
{
public:
    ExportActions(QMenu *menu, QWidget *window, std::function<EventDocument *()> document)
        : QObject(window), m_document(std::move(document))
    {
        m_bundle = menu->addAction(QString());
        m_bundle->setObjectName(QStringLiteral("actionExportOpenData"));
        m_pdf = menu->addAction(QString());
        m_pdf->setObjectName(QStringLiteral("actionExportPdf"));
        connect(m_bundle, &QAction::triggered, window, [this, window] {
            if (EventDocument *event = m_document())
                ExportDialog(event->content(), window).exec();
        });
        connect(m_pdf, &QAction::triggered, window, [this, window] {
            if (EventDocument *event = m_document())
                PdfExportDialog(event->content(), window).exec();
        });
        connect(menu, &QMenu::aboutToShow, this, [this] {
            m_bundle->setEnabled(m_document() != nullptr);
            m_pdf->setEnabled(m_document() != nullptr);
        });
        window->installEventFilter(this);
        retranslate();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

    QAction *openData() const { return m_bundle; }
    QAction *pdf() const { return m_pdf; }

private:
    void retranslate()
    {
        m_bundle->setText(ExportDialog::tr("Export &Open Data…"));
        m_bundle->setStatusTip(
            ExportDialog::tr("Publish the agenda, themes and votes as open data, with no personal data"));
        m_pdf->setText(ExportDialog::tr("Export &PDF…"));
        m_pdf->setStatusTip(ExportDialog::tr("Save the printable programme"));
    }

    std::function<EventDocument *()> m_document;
    QAction *m_bundle;
    QAction *m_pdf;
};

} // namespace

ExportDialog::MenuActions ExportDialog::addMenuActions(QMenu *menu, QWidget *window,
                                                       std::function<EventDocument *()> document)
{
    auto *actions = new ExportActions(menu, window, std::move(document));
    return {actions->openData(), actions->pdf()};
}

} // namespace cabildo
