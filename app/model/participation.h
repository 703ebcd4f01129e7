#pragma once

// What the event file keeps of participation from phones (issue 13, app/storage/FORMAT.md):
// the open participation's settings, the phones that joined (by salted key hash only) and
// the phones' submissions, so a retried note is stored once. None of it is ever backed up
// or exported.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace cabildo {

/** Participation while it is open: the same QR code and port work after a crash or restart. */
struct ParticipationSettings
{
    QByteArray token; ///< the unguessable event token in every participant URL (URL-safe text)
    QString joinCode; ///< 6 characters, exchanged once for the token
    QString bindAddress;
    quint16 port = 0;
    bool moderated = false; ///< phones' notes wait for approval (NoteState::Pending)
    QDateTime openedAt;

    bool operator==(const ParticipationSettings &) const = default;
};

/** A phone that joined. Its key never leaves the server: only the salted hash is kept. */
struct StoredDevice
{
    qint64 id = 0;
    QByteArray keyHash; ///< hex SHA-256 of the event's salt + the phone's key
    int number = 0;     ///< 1, 2, 3… in joining order ("Phone 17")
    QString address;    ///< the address of its first request
    QDateTime firstSeen;
    bool blocked = false;

    bool operator==(const StoredDevice &) const = default;
};

/** A phone's note, by the phone's own id for it: a retry of the same id is not stored twice. */
struct Submission
{
    QString id;          ///< the phone's submission id
    qint64 deviceId = 0; ///< 0: the device is not known (never for phones' notes)
    QUuid noteUuid;      ///< the note it became (it may since have been deleted)

    bool operator==(const Submission &) const = default;
};

} // namespace cabildo
