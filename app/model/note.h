#pragma once

#include <QDateTime>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QUuid>

namespace cabildo {

/** The sectors a participant can say they come from (kiosk form, CSV `sector`). */
enum class Sector
{
    Unspecified,
    Government,
    CivilSociety,
    Academia,
    PrivateSector,
    Media,
    Funder,
    Other
};

QString sectorKey(Sector sector);         ///< stable key stored in the file, e.g. "civil_society"
Sector sectorFromKey(const QString &key); ///< accepts keys and common spellings; Unspecified otherwise

/** Where a note came from: useful when checking an import or the kiosk afterwards. */
enum class NoteSource
{
    Typed,
    Pasted,
    Csv,
    Kiosk,
    Phone, ///< a participant's phone (issue 13)
    Photo  ///< found on a photograph of a paper wall (issue 15)
};

QString noteSourceKey(NoteSource source);
NoteSource noteSourceFromKey(const QString &key);

/**
 * Who sees a note. Pending: sent from a phone while moderation is on, waiting in the
 * Incoming list, not on the wall. Hidden: taken off what the room sees by the facilitator
 * (still on the facilitator's board, marked). Only visible notes reach the room: exports,
 * grouping, counts, phones.
 */
enum class NoteState
{
    Visible,
    Pending,
    Hidden
};

QString noteStateKey(NoteState state); ///< "visible", "pending", "hidden"
NoteState noteStateFromKey(const QString &key, bool *ok = nullptr);

/** Who wrote a note, when they said so. The name is published only with consent. */
struct Author
{
    QString name;
    QString organisation;
    QString country;
    Sector sector = Sector::Unspecified;
    bool showNameInResults = false;

    bool operator==(const Author &) const = default;
};

/** One sticky note. `id` is the row id in the event file; `uuid` its lasting identity. */
struct Note
{
    qint64 id = 0;
    QUuid uuid;
    QString text;     ///< always NFC
    QString language; ///< BCP 47 tag ("es", "pt-BR") or empty when unknown
    QString colour;   ///< a NoteColour key, e.g. "yellow"
    QPointF pos;      ///< top-left corner on the board, in board units
    QString ref;      ///< the source's own identifier (CSV `ref`), echoed back on export
    QString tags;
    Author author;
    NoteSource source = NoteSource::Typed;
    QDateTime createdAt;
    qint64 themeId = 0;       ///< the theme it belongs to, 0 for none
    QString analysisLanguage; ///< the language the grouping detected (when `language` is empty)
    QString analysis;         ///< the grouping's per-note language work, done once when added
    NoteState state = NoteState::Visible;
    qint64 deviceId = 0; ///< the phone that sent it (a StoredDevice id), 0 for none; never exported
    /**
     * Face down for the room (issue 14): it arrived while "Hide notes until revealed" was on
     * and has not been revealed yet. The room sees that it exists, not what it says; the
     * facilitator's own screen shows it unless that screen is on the projector.
     */
    bool faceDown = false;
    /**
     * False for a note found on a photo (issue 15) whose proposed text nobody has checked
     * yet: the text is OCR's guess. Every other note is checked.
     */
    bool textChecked = true;

    bool isVisible() const { return state == NoteState::Visible; }
    /** What the room may read: visible and not face down. */
    bool isReadableByRoom() const { return state == NoteState::Visible && !faceDown; }

    bool operator==(const Note &) const = default;

    /** Every note has the same size on the board: placement and hit tests stay simple. */
    static constexpr QSizeF size() { return {200.0, 140.0}; }

    /** A new note: fresh UUID, trimmed NFC text, default colour, created now. */
    static Note create(const QString &text, NoteSource source);
};

} // namespace cabildo
