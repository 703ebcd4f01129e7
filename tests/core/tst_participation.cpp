// What the event keeps of participation from phones (issue 13): settings, salt and devices
// survive a reopen; a phone's note and its submission are stored together, once; a phone's
// new ballot replaces its earlier one; moderation (approve, hide, show) is undoable; and
// pending or hidden notes, devices, tokens and keys reach no backup, export or grouping.
#include "document/eventdocument.h"
#include "document/notegrouping.h"
#include "formats/eventjson.h"
#include "formats/inputlimits.h"
#include "opendata/publicdata.h"
#include "sqlitepeek.h"
#include "storage/schema.h"
#include "testevent.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

using Origin = EventDocument::Origin;

/** What the server stores for a phone's key: hex SHA-256 of salt + key. */
QByteArray keyHash(const QByteArray &salt, const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(salt + key), QCryptographicHash::Sha256).toHex();
}

/** A phone's note as the desk makes it: its device, its state, and the phone's submission id. */
EventChange phoneNote(const QString &text, qint64 deviceId, const QString &submissionId,
                      NoteState state = NoteState::Visible)
{
    Note note = EventDocument::makeNote(text, NoteSource::Phone);
    note.deviceId = deviceId;
    note.state = state;
    EventChange change;
    change.notes.notes = {note};
    change.submissions = {Submission{submissionId, deviceId, note.uuid}};
    return change;
}

QList<QString> textsOf(const EventDocument &document, const QList<qint64> &ids)
{
    QList<QString> texts;
    for (qint64 id : ids)
        texts.append(document.note(id)->text);
    return texts;
}

/** An undo step's name as the interface shows it (plural forms come from the English catalogue when loaded). */
QString undoName(const char *source, int count)
{
    return QCoreApplication::translate("cabildo::Undo", source, nullptr, count);
}

std::unique_ptr<EventDocument> reopen(const QString &path, bool readOnly = false)
{
    FileCheck check;
    auto document = EventDocument::open(path, readOnly, &check);
    if (!document)
        qWarning("%s", qPrintable(check.message));
    return document;
}

} // namespace

class TestParticipation : public QObject
{
    Q_OBJECT

private:
    /** An event with one typed note, one phone (device 1) and one visible, one pending and one hidden phone note. */
    std::unique_ptr<EventDocument> moderatedEvent(TestFolder &folder, qint64 *device)
    {
        auto document = folder.newEvent();
        document->addNotes({EventDocument::makeNote(QStringLiteral("Typed by the facilitator"), NoteSource::Typed)});
        const QByteArray salt = document->participantSalt();
        document->registerDevice(keyHash(salt, "phone-1"), QStringLiteral("192.168.1.20"), device);
        document->applyExternalChange(phoneNote(QStringLiteral("Visible from a phone"), *device, QStringLiteral("s1")));
        document->applyExternalChange(
            phoneNote(QStringLiteral("Waiting from a phone"), *device, QStringLiteral("s2"), NoteState::Pending));
        document->applyExternalChange(
            phoneNote(QStringLiteral("Hidden from a phone"), *device, QStringLiteral("s3"), NoteState::Pending));
        document->hideNotes({document->noteIds().constLast()});
        document->undoStack()->clear();
        return document;
    }

private slots:
    // A file of version 4 (before phones) opens read-only as it is, and for writing is
    // upgraded to 5 with every note visible and from no device.
    void versionFourFileIsUpgraded()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("v4.cabildo"));
        {
            QString error;
            QVERIFY2(createEventOfVersion(path, 4, &error), qPrintable(error));
            RawDb raw(path);
            QVERIFY2(raw.exec(QStringLiteral("INSERT INTO note (uuid, text, colour, x, y, source, created_at) VALUES "
                                             "('6f1c1b6e-0000-4000-8000-000000000003', 'Nota de antes', 'pink', 0, 0, "
                                             "'kiosk', '2026-01-01T00:00:00.000Z')")),
                     qPrintable(raw.error()));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO round VALUES (1, '6f1c1b6e-0000-4000-8000-000000000006', "
                                            "'R', 3, 0, 'open', 1, '2026-01-01T00:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO ballot VALUES (1, '6f1c1b6e-0000-4000-8000-000000000007', "
                                            "1, '2026-01-01T00:00:00.000Z')")));
        }
        auto readOnly = reopen(path, true);
        QVERIFY(readOnly);
        QCOMPARE(readOnly->schemaVersion(), 4);
        QCOMPARE(readOnly->noteCount(), 1);
        QVERIFY(readOnly->note(readOnly->noteIds().constFirst())->isVisible());
        QVERIFY(readOnly->devices().isEmpty() && !readOnly->participation());
        QVERIFY(readOnly->ballots(1).constFirst().voterKey.isEmpty());
        readOnly.reset();

        auto upgraded = reopen(path);
        QVERIFY(upgraded);
        QCOMPARE(upgraded->schemaVersion(), schema::currentVersion);
        const Note *note = upgraded->note(upgraded->noteIds().constFirst());
        QCOMPARE(note->text, QStringLiteral("Nota de antes"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->deviceId, 0);
        QCOMPARE(upgraded->visibleNoteCount(), 1);
        QVERIFY(upgraded->pendingNoteIds().isEmpty());
        QCOMPARE(upgraded->ballots(1).size(), 1);
        // The new tables take what phones bring.
        qint64 device = 0;
        QVERIFY(
            upgraded->registerDevice(keyHash(upgraded->participantSalt(), "k"), QStringLiteral("10.0.0.2"), &device));
        QVERIFY(upgraded->applyExternalChange(phoneNote(QStringLiteral("Nueva"), device, QStringLiteral("a"))));
        upgraded.reset();
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM note WHERE state = 'visible'")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // Participation's settings, the salt and the devices are in the file at once, not undo
    // steps, and come back on reopening (after a crash or a restart).
    void settingsDevicesAndSaltPersist()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QVERIFY(!document->participation());
        QSignalSpy participationChanged(document.get(), &EventDocument::participationChanged);
        QSignalSpy devicesChanged(document.get(), &EventDocument::devicesChanged);

        ParticipationSettings settings;
        settings.token = "Qm9uZGlhLXRva2VuLTEyOA";
        settings.joinCode = QStringLiteral("K7M2QX");
        settings.bindAddress = QStringLiteral("192.168.1.10");
        settings.port = 8123;
        settings.moderated = true;
        settings.openedAt = QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);
        QVERIFY(document->setParticipation(settings));
        QVERIFY(!document->setParticipation(settings)); // the same: unchanged, no signal
        QCOMPARE(participationChanged.count(), 1);

        const QByteArray salt = document->participantSalt();
        QCOMPARE(salt.size(), 32);
        QCOMPARE(document->participantSalt(), salt); // made once
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY(document->registerDevice(keyHash(salt, "one"), QStringLiteral("192.168.1.20"), &first));
        QVERIFY(document->registerDevice(keyHash(salt, "two"), QStringLiteral("192.168.1.21"), &second));
        qint64 again = 0;
        const Outcome known = document->registerDevice(keyHash(salt, "one"), QStringLiteral("192.168.1.99"), &again);
        QVERIFY(!known && known.error().isEmpty()); // unchanged, with its id
        QCOMPARE(again, first);
        QVERIFY(document->setDeviceBlocked(second, true));
        QVERIFY(!document->setDeviceBlocked(second, true));
        QCOMPARE(devicesChanged.count(), 3);
        QCOMPARE(document->undoStack()->count(), 0);
        const QList<StoredDevice> devices = document->devices();
        document.reset();

        auto reopened = reopen(folder.path(QStringLiteral("test.cabildo")));
        QVERIFY(reopened);
        QCOMPARE(reopened->participation(), std::optional<ParticipationSettings>(settings));
        QCOMPARE(reopened->participantSalt(), salt);
        QCOMPARE(reopened->devices(), devices);
        QCOMPARE(reopened->devices().size(), 2);
        const StoredDevice *one = reopened->deviceByHash(keyHash(salt, "one"));
        QVERIFY(one);
        QCOMPARE(one->number, 1);
        QCOMPARE(one->address, QStringLiteral("192.168.1.20"));
        QVERIFY(!one->blocked);
        QCOMPARE(reopened->device(second)->number, 2);
        QVERIFY(reopened->device(second)->blocked);
        QVERIFY(!reopened->deviceByHash(keyHash(salt, "three")));
        // A third phone joins after the restart: number 3.
        qint64 third = 0;
        QVERIFY(reopened->registerDevice(keyHash(salt, "three"), QString(), &third));
        QCOMPARE(reopened->device(third)->number, 3);

        // Closing participation forgets the token in the file; the devices stay.
        QVERIFY(reopened->setParticipation(std::nullopt));
        reopened.reset();
        auto closed = reopen(folder.path(QStringLiteral("test.cabildo")), true);
        QVERIFY(!closed->participation());
        QCOMPARE(closed->devices().size(), 3);
    }

    // A phone retries a note it never heard back about: stored once. The second apply is a
    // no-op (Outcome::unchanged), and it does not matter whether the first was remembered
    // in memory or read back from the file after a restart.
    void retriedSubmissionIsStoredOnce()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        qint64 device = 0;
        document->registerDevice(keyHash(document->participantSalt(), "k"), QStringLiteral("10.0.0.5"), &device);
        QSignalSpy added(document.get(), &EventDocument::notesAdded);
        const EventChange first = phoneNote(QStringLiteral("Bibliotecas abiertas"), device, QStringLiteral("sub-1"));
        QVERIFY(document->applyExternalChange(first));
        QCOMPARE(document->submittedNote(QStringLiteral("sub-1")), first.notes.notes.constFirst().uuid);
        QVERIFY(document->submittedNote(QStringLiteral("sub-2")).isNull());

        // The retry: the same submission id, a fresh note (the desk makes one per request).
        const Outcome retry = document->applyExternalChange(
            phoneNote(QStringLiteral("Bibliotecas abiertas"), device, QStringLiteral("sub-1")));
        QVERIFY(!retry && retry.error().isEmpty());
        QCOMPARE(document->noteCount(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(document->notesOfDevice(device), document->noteIds());
        const QList<Submission> sent{Submission{QStringLiteral("sub-1"), device, first.notes.notes.constFirst().uuid}};
        QCOMPARE(document->submissionsOfDevice(device), sent);
        QVERIFY(document->submissionsOfDevice(device + 1).isEmpty());
        document.reset();

        auto reopened = reopen(folder.path(QStringLiteral("test.cabildo")));
        QCOMPARE(reopened->submittedNote(QStringLiteral("sub-1")), first.notes.notes.constFirst().uuid);
        QVERIFY(!reopened->applyExternalChange(
            phoneNote(QStringLiteral("Bibliotecas abiertas"), device, QStringLiteral("sub-1"))));
        QCOMPARE(reopened->noteCount(), 1);
        const Note *note = reopened->note(reopened->noteIds().constFirst());
        QCOMPARE(note->source, NoteSource::Phone);
        QCOMPARE(note->deviceId, device);
        reopened.reset();
        RawDb raw(folder.path(QStringLiteral("test.cabildo")));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM participant_submission")).toInt(), 1);
    }

    // A note and its submission row are stored together or not at all: when the note cannot
    // be stored, the submission is not either, so the phone's retry is stored then.
    void noteAndSubmissionStoredTogether()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        qint64 device = 0;
        document->registerDevice(keyHash(document->participantSalt(), "k"), QString(), &device);
        EventChange clash = phoneNote(QStringLiteral("Una"), device, QStringLiteral("sub-1"));
        QVERIFY(document->applyExternalChange(clash));
        // A second submission whose note repeats a stored note's UUID: the file refuses the note.
        clash.submissions = {Submission{QStringLiteral("sub-2"), device, clash.notes.notes.constFirst().uuid}};
        QSignalSpy failed(document.get(), &EventDocument::storageFailed);
        const Outcome refused = document->applyExternalChange(clash);
        QVERIFY(!refused && !refused.error().isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(document->submittedNote(QStringLiteral("sub-2")).isNull());
        QCOMPARE(document->noteCount(), 1);
        document.reset();
        auto reopened = reopen(folder.path(QStringLiteral("test.cabildo")));
        QVERIFY(reopened->submittedNote(QStringLiteral("sub-2")).isNull());
        QVERIFY(reopened->applyExternalChange(phoneNote(QStringLiteral("Dos"), device, QStringLiteral("sub-2"))));
        QCOMPARE(reopened->noteCount(), 2);
    }

    // One ballot per phone and round: a phone's new ballot replaces its earlier one, in one
    // change; other phones' and the kiosk's ballots stay; the facilitator's undo stack is
    // untouched, and undoing the facilitator's step does not bring the old ballot back.
    void phonesBallotReplacesItsEarlierOne()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QList<Note> notes;
        for (const char *text : {"uno", "dos", "tres"})
            notes.append(EventDocument::makeNote(QLatin1String(text), NoteSource::Typed));
        document->addNotes(notes);
        const QList<qint64> ids = document->noteIds();
        for (int i = 0; i < 3; ++i)
            document->createTheme(QString(QLatin1Char(char('A' + i))), QStringLiteral("blue"), {ids[i]});
        const QList<qint64> themes = document->themeIds();
        document->createRound(QStringLiteral("R"), 2, 2);
        const qint64 round = document->roundIds().constFirst();
        document->openRound(round);
        document->createRound(QStringLiteral("Other"), 2);
        const qint64 other = document->roundIds().constLast();
        const int steps = document->undoStack()->count();

        QVERIFY(document->castBallot(round, {themes[0], themes[1]}, Origin::Participant, "voter-a"));
        QVERIFY(document->castBallot(round, {themes[0]}, Origin::Participant, "voter-b"));
        QVERIFY(document->castBallot(round, {themes[1]}, Origin::Participant)); // the kiosk: no key
        // The cap (2 per theme) is full for A; voter-a's own earlier choice of A does not count against it.
        QVERIFY(!document->castBallot(round, {themes[0]}, Origin::Participant, "voter-c"));
        QSignalSpy votes(document.get(), &EventDocument::votesChanged);
        QVERIFY(document->castBallot(round, {themes[0], themes[2]}, Origin::Participant, "voter-a"));
        QCOMPARE(votes.count(), 1); // one change: the old ballot out, the new one in
        const VoteChange change = votes.constFirst().constFirst().value<VoteChange>();
        QCOMPARE(change.removedBallots.size(), 1);
        QCOMPARE(change.ballots.size(), 1);

        QCOMPARE(document->ballots(round).size(), 3);
        const Ballot *a = document->ballotOfVoter(round, "voter-a");
        QVERIFY(a);
        QCOMPARE(a->themes.size(), 2);
        QVERIFY(a->themes.contains(document->theme(themes[2])->uuid));
        QCOMPARE(document->ballotVotes(round, document->theme(themes[0])->uuid), 2);
        QCOMPARE(document->ballotVotes(round, document->theme(themes[1])->uuid), 1); // the kiosk's
        QVERIFY(document->ballotOfVoter(round, "voter-b"));
        QVERIFY(!document->ballotOfVoter(other, "voter-a"));
        QVERIFY(!document->ballotOfVoter(round, QByteArray()));
        QCOMPARE(document->undoStack()->count(), steps);

        // The same phone votes in another round: its own ballot there.
        document->closeRound(round);
        document->openRound(other);
        QVERIFY(document->castBallot(other, {themes[1]}, Origin::Participant, "voter-a"));
        QCOMPARE(document->ballots(other).size(), 1);
        QCOMPARE(document->ballots(round).size(), 3);
        document.reset();

        auto reopened = reopen(folder.path(QStringLiteral("test.cabildo")));
        QCOMPARE(reopened->ballots(round).size(), 3);
        QCOMPARE(reopened->ballotOfVoter(round, "voter-a")->themes.size(), 2);
        reopened.reset();
        // The file itself holds one ballot per phone and round: a second one is refused.
        RawDb raw(folder.path(QStringLiteral("test.cabildo")));
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO ballot (id, uuid, round_id, created_at, voter_key) VALUES "
                                         "(999, '6f1c1b6e-0000-4000-8000-000000000099', %1, "
                                         "'2026-01-01T00:00:00.000Z', 'voter-a')")
                              .arg(round)));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO ballot (id, uuid, round_id, created_at) VALUES (999, "
                                        "'6f1c1b6e-0000-4000-8000-000000000099', %1, '2026-01-01T00:00:00.000Z')")
                             .arg(round))); // keyless ballots: as many as people at the kiosk
    }

    // Approve, hide and show are the facilitator's undo steps, stored, with their names.
    void moderationIsUndoable()
    {
        TestFolder folder;
        qint64 device = 0;
        auto document = moderatedEvent(folder, &device);
        const QList<qint64> ids = document->noteIds();
        const qint64 typed = ids[0], visible = ids[1], pending = ids[2], hidden = ids[3];
        QCOMPARE(document->pendingNoteIds(), QList<qint64>{pending});
        QCOMPARE(document->note(hidden)->state, NoteState::Hidden);
        QCOMPARE(document->visibleNoteCount(), 2);
        QCOMPARE(document->notesOfDevice(device), (QList<qint64>{visible, pending, hidden}));
        // The phone's own list: its notes in order; one the facilitator deletes goes last, still sent.
        QVERIFY(document->removeNotes({visible}));
        QList<QString> sent;
        for (const Submission &submission : document->submissionsOfDevice(device))
            sent.append(submission.id);
        QCOMPARE(sent, (QList<QString>{QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s1")}));
        document->undoStack()->undo();
        document->undoStack()->clear();

        // Approve: the pending note joins the wall in free space, covering no other note.
        QSignalSpy changed(document.get(), &EventDocument::notesChanged);
        QVERIFY(document->approveNotes({pending, typed})); // the typed note is not pending: ignored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{pending});
        QCOMPARE(document->undoStack()->undoText(), undoName("Approve %n note(s)", 1));
        QVERIFY(document->note(pending)->isVisible());
        const QRectF placed(document->note(pending)->pos, Note::size());
        for (qint64 id : {typed, visible, hidden})
            QVERIFY(!placed.intersects(QRectF(document->note(id)->pos, Note::size())));
        QVERIFY(document->pendingNoteIds().isEmpty());
        QVERIFY(!document->approveNotes({pending})); // nothing pending: no step
        QCOMPARE(document->undoStack()->count(), 1);

        QVERIFY(document->hideNotes({visible, pending, hidden}));
        QCOMPARE(document->undoStack()->undoText(), undoName("Hide %n note(s)", 2));
        QCOMPARE(document->visibleNoteCount(), 1);
        QVERIFY(document->showNotes({hidden}));
        QCOMPARE(document->undoStack()->undoText(), undoName("Show %n note(s)", 1));
        QCOMPARE(document->note(hidden)->state, NoteState::Visible);
        QCOMPARE(document->visibleNoteCount(), 2);

        auto states = [&](const EventDocument &d) {
            QList<NoteState> result;
            for (qint64 id : ids)
                result.append(d.note(id)->state);
            return result;
        };
        const QList<NoteState> last = states(*document);
        const QPointF approvedAt = document->note(pending)->pos;
        document->undoStack()->undo(); // show
        document->undoStack()->undo(); // hide
        QCOMPARE(states(*document),
                 (QList<NoteState>{NoteState::Visible, NoteState::Visible, NoteState::Visible, NoteState::Hidden}));
        document->undoStack()->undo(); // approve: back in the Incoming list
        QCOMPARE(document->pendingNoteIds(), QList<qint64>{pending});
        QCOMPARE(document->visibleNoteCount(), 2);
        {
            auto onDisk = reopen(document->filePath(), true);
            QCOMPARE(states(*onDisk), states(*document));
        }
        document->undoStack()->redo();
        document->undoStack()->redo();
        document->undoStack()->redo();
        QCOMPARE(states(*document), last);
        QCOMPARE(document->note(pending)->pos, approvedAt);
        document.reset();
        auto reopened = reopen(folder.path(QStringLiteral("test.cabildo")));
        QCOMPARE(states(*reopened), last);
        QCOMPARE(reopened->note(pending)->pos, approvedAt);
    }

    // Only what the room may see reaches the open-data bundle and the grouping: no pending
    // or hidden note, in the notes or in a theme's count.
    void pendingAndHiddenNotesReachNoExportNorGrouping()
    {
        TestFolder folder;
        qint64 device = 0;
        auto document = moderatedEvent(folder, &device);
        const QList<qint64> ids = document->noteIds();
        QVERIFY(document->createTheme(QStringLiteral("Todo"), QStringLiteral("green"), {ids[0], ids[1], ids[3]}));

        ExportOptions options;
        options.includeNotes = true;
        const PublicData data = PublicData::from(document->content(), options);
        QList<QString> exported;
        for (const PublicData::Note &note : data.notes)
            exported.append(note.text);
        QCOMPARE(exported,
                 (QList<QString>{QStringLiteral("Typed by the facilitator"), QStringLiteral("Visible from a phone")}));
        QCOMPARE(data.themes.size(), 1);
        QCOMPARE(data.themes.constFirst().noteCount, 2);

        const QList<QString> visibleTexts{QStringLiteral("Typed by the facilitator"),
                                          QStringLiteral("Visible from a phone")};
        for (bool allNotes : {false, true}) {
            QList<qint64> grouped;
            for (const GroupingItem &item : notegrouping::items(*document, allNotes))
                grouped.append(item.id);
            // The only note in no theme is the pending one: not grouped.
            QCOMPARE(textsOf(*document, grouped), allNotes ? visibleTexts : QList<QString>());
        }
        // Once approved and shown, they are part of both.
        QVERIFY(document->approveNotes(document->pendingNoteIds()));
        QVERIFY(document->showNotes({ids[3]}));
        QCOMPARE(PublicData::from(document->content(), options).notes.size(), 4);
        QCOMPARE(notegrouping::items(*document, true).size(), 4);
    }

    // The event JSON keeps each note's state (backup → import gives it back), and holds no
    // token, salt, key hash, voter key, submission id nor device: a backup says nothing
    // about which phone wrote what.
    void backupKeepsStatesAndNoPhoneSecrets()
    {
        TestFolder folder;
        qint64 device = 0;
        auto document = moderatedEvent(folder, &device);
        ParticipationSettings settings;
        settings.token = "tok3n-Zq8vXw2LmN4pR7sT9uYb";
        settings.joinCode = QStringLiteral("J0INQX");
        settings.bindAddress = QStringLiteral("192.168.7.7");
        settings.port = 8765;
        settings.openedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(document->setParticipation(settings));
        const QByteArray hash = document->device(device)->keyHash;
        QList<qint64> themeNotes{document->noteIds()[0]};
        QVERIFY(document->createTheme(QStringLiteral("Tema"), QStringLiteral("blue"), themeNotes));
        document->createRound(QStringLiteral("R"));
        const qint64 round = document->roundIds().constFirst();
        document->openRound(round);
        const QByteArray voterKey = "f00dcafe0123456789abcdef0123456789abcdef0123456789abcdef01234567";
        QVERIFY(document->castBallot(round, {document->themeIds().constFirst()}, Origin::Participant, voterKey));

        const QByteArray backup = EventJson::write(document->content());
        const QByteArray salt = document->participantSalt();
        for (const QByteArray &secret :
             {settings.token, settings.joinCode.toUtf8(), settings.bindAddress.toUtf8(), hash, voterKey, salt,
              salt.toHex(), salt.toBase64(), QByteArray("s1"), QByteArray("device"), QByteArray("voter"),
              QByteArray("submission"), QByteArray("192.168.1.20")})
            QVERIFY2(!backup.contains(secret), secret.constData());
        QVERIFY(backup.contains("\"state\": \"pending\""));
        QVERIFY(backup.contains("\"state\": \"hidden\""));
        QVERIFY(backup.contains("\"source\": \"phone\""));
        QVERIFY(backup.contains(QByteArray("\"version\": " + QByteArray::number(EventJson::currentVersion))));
        QVERIFY(!backup.contains("\"state\": \"visible\"")); // visible notes say nothing

        // Backup → import: the states come back; the phones do not.
        const EventJson::ReadResult read = EventJson::read(backup);
        QVERIFY2(read.ok(), qPrintable(read.error));
        auto copy = folder.newEvent(QStringLiteral("copy.cabildo"));
        QVERIFY(copy->importContent(read.content));
        QList<NoteState> original;
        QList<NoteState> imported;
        for (qint64 id : document->noteIds())
            original.append(document->note(id)->state);
        for (qint64 id : copy->noteIds()) {
            imported.append(copy->note(id)->state);
            QCOMPARE(copy->note(id)->deviceId, 0);
        }
        QCOMPARE(imported, original);
        QCOMPARE(copy->pendingNoteIds().size(), 1);
        QVERIFY(copy->devices().isEmpty() && !copy->participation());
        QCOMPARE(copy->ballots(copy->roundIds().constFirst()).size(), 1);
        QVERIFY(copy->ballots(copy->roundIds().constFirst()).constFirst().voterKey.isEmpty());
        QCOMPARE(EventJson::write(copy->content()), backup);
        // Even a content copied in memory brings no device into another event.
        auto direct = folder.newEvent(QStringLiteral("direct.cabildo"));
        QVERIFY(direct->importContent(document->content()));
        QCOMPARE(direct->notesOfDevice(device), QList<qint64>{});
        QVERIFY(!direct->ballotOfVoter(direct->roundIds().constFirst(), voterKey));
    }

    // The note cap holds for phones too: a note over it is refused with the reason, and
    // neither it nor its submission is stored (the phone may send it again, shortened).
    void phonesNoteOverTheCapIsRefused()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        const Outcome refused = document->applyExternalChange(
            phoneNote(QString(limits::noteCharacters + 1, QLatin1Char('a')), 0, QStringLiteral("long")));
        QVERIFY(!refused && !refused.error().isEmpty());
        QCOMPARE(document->noteCount(), 0);
        QVERIFY(document->submittedNote(QStringLiteral("long")).isNull());
        QVERIFY(document->applyExternalChange(
            phoneNote(QString(limits::noteCharacters, QLatin1Char('a')), 0, QStringLiteral("long"))));
    }

    // Participation is nothing a read-only event can start: refused, nothing written.
    void readOnlyEventRefusesParticipation()
    {
        TestFolder folder;
        folder.newEvent().reset();
        auto document = reopen(folder.path(QStringLiteral("test.cabildo")), true);
        QVERIFY(document && document->isReadOnly());
        QVERIFY(document->participantSalt().isEmpty());
        qint64 id = 1;
        QVERIFY(!document->registerDevice("abc", QString(), &id));
        QCOMPARE(id, 0);
        QVERIFY(!document->setParticipation(ParticipationSettings{}));
        QVERIFY(!document->applyExternalChange(phoneNote(QStringLiteral("x"), 0, QStringLiteral("s"))));
    }
};

QTEST_GUILESS_MAIN(TestParticipation)
#include "tst_participation.moc"
