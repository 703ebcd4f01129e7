#pragma once
// How a restore point keeps the event (storage only; app/storage/FORMAT.md, "Restore
// points"): each record of the event (its details, a note, a theme, a ballot…) as compact
// CBOR, stored once under the hash of its bytes. A point lists its records' hashes per kind
// in chunks, each chunk stored like a record, so twenty points of an event that changes a
// little share nearly all records and chunks, and cost little more than one copy.

#include "model/eventcontent.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace cabildo::restorerecords {

/** A note's language work is a record of its own: moving a note then stores only the small part again. */
enum class Kind
{
    Event,
    Note,
    NoteAnalysis,
    Theme,
    Room,
    Slot,
    Session,
    Placement,
    Round,
    Ballot,
    Tally,
    RoomState
};

constexpr int hashBytes = 16;

struct Record
{
    Kind kind = Kind::Event;
    QByteArray hash; ///< hashBytes of SHA-256 over `data`
    QByteArray data; ///< the CBOR, uncompressed
};

/** Every record of `content`, in the manifest's order (by kind, then as `content` lists them). */
QList<Record> encode(const EventContent &content);
QByteArray hashOf(const QByteArray &data);

/** Records shorter than this are never compressed: what zlib saves on them is not worth its time. */
constexpr qsizetype minimumCompressed = 256;
/**
 * The stored form of a record: zlib-compressed (qCompress) when it is minimumCompressed bytes
 * or longer and that makes it smaller; one leading byte says which.
 */
QByteArray pack(const QByteArray &data);
/** The record's CBOR again; empty when `stored` is damaged. */
QByteArray unpack(const QByteArray &stored);

/**
 * A point's list of records. Each kind's hashes are cut into chunks where a hash's first
 * byte is below chunkCut (so about one in 32; at most maxChunk long): where the cuts fall
 * depends on the records around them only, so a note added or deleted changes one chunk,
 * not every chunk after it. The manifest is a CBOR map from each kind's name to its chunks'
 * hashes, end to end.
 */
struct Listing
{
    QByteArray manifest;
    QList<Record> chunks; ///< the hashes of a chunk's records, end to end, as a record of that kind
};
constexpr int chunkCut = 8;
constexpr int maxChunk = 128;
Listing list(const QList<Record> &records);
/** The (kind, chunk hash) pairs of a manifest, in its order; false when it is not one. */
bool readManifest(const QByteArray &manifest, QList<QPair<Kind, QByteArray>> *chunks);
/** The record hashes a chunk lists; false when it is not one. */
bool readChunk(const QByteArray &chunk, QList<QByteArray> *hashes);

/** The event the records make up again; false when one of them is damaged. */
bool decode(const QList<QPair<Kind, QByteArray>> &records, EventContent *content);

} // namespace cabildo::restorerecords
