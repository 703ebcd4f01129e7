#include "note.h"

#include "model/notecolour.h"
#include "text/textfold.h"

#include <array>
#include <utility>

namespace cabildo {

namespace {
constexpr std::array<std::pair<Sector, const char *>, 8> sectorKeys{{
    {Sector::Unspecified, ""},
    {Sector::Government, "government"},
    {Sector::CivilSociety, "civil_society"},
    {Sector::Academia, "academia"},
    {Sector::PrivateSector, "private_sector"},
    {Sector::Media, "media"},
    {Sector::Funder, "funder"},
    {Sector::Other, "other"},
}};

constexpr std::array<std::pair<NoteSource, const char *>, 6> sourceKeys{{
    {NoteSource::Typed, "typed"},
    {NoteSource::Pasted, "pasted"},
    {NoteSource::Csv, "csv"},
    {NoteSource::Kiosk, "kiosk"},
    {NoteSource::Phone, "phone"},
    {NoteSource::Photo, "photo"},
}};

constexpr std::array<std::pair<NoteState, const char *>, 3> stateKeys{{
    {NoteState::Visible, "visible"},
    {NoteState::Pending, "pending"},
    {NoteState::Hidden, "hidden"},
}};
} // namespace

QString sectorKey(Sector sector)
{
    for (const auto &[value, key] : sectorKeys)
        if (value == sector)
            return QString::fromLatin1(key);
    return {};
}

Sector sectorFromKey(const QString &key)
{
    // CSV files written by people say "Civil society" or "private-sector": fold to the key form.
    QString folded = key.trimmed().toLower();
    folded.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &[value, k] : sectorKeys)
        if (folded == QLatin1String(k))
            return value;
    return Sector::Unspecified;
}

QString noteSourceKey(NoteSource source)
{
    for (const auto &[value, key] : sourceKeys)
        if (value == source)
            return QString::fromLatin1(key);
    return QStringLiteral("typed");
}

NoteSource noteSourceFromKey(const QString &key)
{
    for (const auto &[value, k] : sourceKeys)
        if (key == QLatin1String(k))
            return value;
    return NoteSource::Typed;
}

QString noteStateKey(NoteState state)
{
    for (const auto &[value, key] : stateKeys)
        if (value == state)
            return QString::fromLatin1(key);
    return QStringLiteral("visible");
}

NoteState noteStateFromKey(const QString &key, bool *ok)
{
    for (const auto &[value, k] : stateKeys)
        if (key == QLatin1String(k)) {
            if (ok)
                *ok = true;
            return value;
        }
    if (ok)
        *ok = false;
    return NoteState::Visible;
}

Note Note::create(const QString &text, NoteSource source)
{
    Note note;
    note.uuid = QUuid::createUuid();
    note.text = toNfc(text.trimmed());
    note.colour = NoteColour::defaultKey();
    note.source = source;
    note.createdAt = QDateTime::currentDateTimeUtc();
    return note;
}

} // namespace cabildo
