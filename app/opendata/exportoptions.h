#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cabildo {

enum class PaperSize
{
    A4,
    Letter
};

/** What the organiser chose for one open-data export (BUNDLE.md). */
struct ExportOptions
{
    QString licence = QStringLiteral("CC-BY-4.0"); ///< SPDX id: CC-BY-4.0, OGL-Canada-2.0 or CC0-1.0
    bool includeNotes = false;                     ///< data/notes.csv with the notes' (masked) text
    bool includeConsentedNames = false;            ///< names of authors who consented, in notes.csv
    QStringList readmeLanguages{QStringLiteral("en"), QStringLiteral("fr")};
    QString qrUrl; ///< printed as a QR code on the programme; empty: none
    PaperSize paper = PaperSize::A4;
    /**
     * The one moment the formats require (iCalendar DTSTAMP, the package's `created`).
     * Fixed by the caller (SOURCE_DATE_EPOCH on the command line) so re-exports are byte-identical.
     */
    QDateTime generatedAt;
};

/** What an export did: the files written and what was masked, for the organiser to check. */
struct ExportReport
{
    QString error;        ///< empty on success; nothing is left behind on failure
    QStringList files;    ///< relative to the bundle folder, sorted
    int maskedEmails = 0; ///< e-mail addresses replaced in exported text
    int maskedPhones = 0; ///< phone numbers replaced in exported text
    int sessions = 0;     ///< sessions in the schedule
    int notes = 0;        ///< notes in data/notes.csv (0 when not included)
    int names = 0;        ///< consented names published
    bool ok() const { return error.isEmpty(); }
};

/** The licences an export can carry. */
struct LicenceInfo
{
    QString id; ///< SPDX
    QString title;
    QString url;
    QString attribution; ///< the sentence a reuser must keep; empty when none is required
};

/** Known licences; `ok` false for an unknown SPDX id. */
LicenceInfo licenceInfo(const QString &spdxId, bool *ok = nullptr);
QStringList licenceIds();

} // namespace cabildo
