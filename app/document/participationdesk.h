#pragma once

// The event's side of participation from phones (issue 13; app/network/README.md): owns the
// ParticipationServer while participation is open, keeps its token, join code and settings
// in the event file (so the same QR code works after a crash or restart), stores what
// phones send as participants' changes (never the facilitator's undo steps), publishes
// what phones may read after every change that shows, and gives the facilitator counts,
// devices and moderation. Lives on the GUI thread, beside the EventDocument.

#include "model/outcome.h"
#include "participationserver.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace cabildo {

class EventDocument;

/** A phone that has joined, as the facilitator sees it (its key never leaves the server). */
struct ParticipantDevice
{
    qint64 id = 0;
    int number = 0; ///< "Phone 17": the order it joined in
    QString address;
    QDateTime firstSeen;
    bool blocked = false;
    int notes = 0;        ///< notes it sent (stored)
    int rateRefusals = 0; ///< requests refused for going too fast: a flooding device shows here
};

class ParticipationDesk : public QObject, public ParticipationBackend
{
    Q_OBJECT

public:
    explicit ParticipationDesk(EventDocument *document, QObject *parent = nullptr);
    ~ParticipationDesk() override; ///< stops the server (participation stays open in the file)

    /**
     * Opens participation on `bindAddress` (an interface's IPv4 address; "0.0.0.0": all):
     * a new token and join code are stored with the event, then the server starts. With
     * `moderated`, phones' notes wait in the Incoming list until approved.
     */
    Outcome open(const QString &bindAddress, quint16 port = 0, bool moderated = false);
    /** Participation stored in the event (after a crash or a restart): the same token and port. */
    Outcome resume();
    /** Stops the server and forgets the token: the QR code and join code stop working. */
    Outcome close();
    /** A new token and join code: old links stop working, open pages must scan again. */
    Outcome newLink();

    bool isOpen() const;
    bool isModerated() const;
    Outcome setModerated(bool moderated);
    QString participantUrl() const; ///< http://IP:PORT/e/TOKEN/ (the QR code)
    QString typedAddress() const;   ///< http://IP:PORT (for those who type, with the join code)
    QString joinCode() const;

    struct Counts
    {
        int phonesConnected = 0; ///< devices with a request in the last two minutes
        int notesReceived = 0;
        int ballotsCast = 0; ///< phones' ballots in the open round
        int waiting = 0;     ///< notes awaiting approval
    };
    Counts counts() const;
    QList<ParticipantDevice> devices() const;
    /** Refuses the device's further requests; with `hideNotes`, its notes leave the board (undoable). */
    Outcome blockDevice(qint64 deviceId, bool hideNotes);
    Outcome unblockDevice(qint64 deviceId);

    // ParticipationBackend (called on this object's thread by the server)
    void submitNote(const NoteSubmission &note, Completion done) override;
    void submitBallot(const BallotSubmission &ballot, Completion done) override;
    void deviceSeen(const DeviceKey &device) override;

signals:
    void openChanged(bool open);
    void linkChanged();
    void countsChanged();
    void devicesChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace cabildo
