#pragma once

#include <QtGlobal>

// Every limit of the participation server (app/network/README.md, "Limits"), in one place.
// The server applies them before it buffers anything a phone sends; each refusal has its own
// HTTP status, so the page can say what happened.
namespace cabildo::netlimits {

/** A request body: a note with all its fields is under 10 KB even in Chinese; more is not a note. */
constexpr qint64 bodyBytes = 16 * 1024;
/** A note typed on a phone: what fits on a sticky note many times over (the kiosk allows more). */
constexpr int noteCharacters = 2000;
/** Lines of a note typed on a phone: a list of 50 items is still a note; 10,000 lines is not. */
constexpr int noteLines = 50;
/** The name, organisation and country a phone may give with a note. */
constexpr int fieldCharacters = 200;
/** Themes on one ballot: far above any round's votes per person. */
constexpr int ballotThemes = 100;

/** The window every per-minute limit counts in, sliding (at most N in any 60 s). */
constexpr qint64 rateWindowMs = 60 * 1000;
/** Requests of one device per minute, polls and page files included: a page polls every few seconds. */
constexpr int requestsPerMinute = 240;
/** Notes of one device per minute: a fast typist writes one every 10 s; a script is held to 12. */
constexpr int notesPerMinute = 12;
/** Ballots of one device per minute: changing one's mind, not a script. */
constexpr int ballotsPerMinute = 12;
/** New devices (cookies) from one address per minute: a room's phones behind one NAT join over minutes. */
constexpr int newDevicesPerAddressPerMinute = 60;
/** Join-code tries per device per minute: 5 typos are a person, more is a guess at 36^6 codes. */
constexpr int joinTriesPerMinute = 5;

/** Open connections in all: 1,000 phones, some with two (a poll and a write), with room to spare. */
constexpr unsigned connections = 4000;
/** Connections from one address: phones behind one NAT share it; one machine cannot take all. */
constexpr unsigned connectionsPerAddress = 512;
/** A connection with no complete request within this many seconds is closed (slow or idle clients). */
constexpr unsigned idleSeconds = 10;
/** A long poll is held at most this long, then answered with the same state: a dropped poll is replaced soon. */
constexpr int longPollSeconds = 25;
/**
 * Revealed notes in a state answer, newest first: a phone shows a dozen at a time, and every
 * change of the wall goes to every phone (1,000 phones × 16 KiB is 16 MB, seconds of a venue's Wi-Fi).
 */
constexpr int wallNotes = 100;
/** Bytes of revealed notes' text (UTF-8) in a state answer: the list stops before the note that would pass it. */
constexpr qint64 wallBytes = 16 * 1024;
/** A revealed note's text is cut at this many characters (a laptop's note may be longer than a phone's). */
constexpr int wallNoteCharacters = 500;

/** "Active" devices for the facilitator's count: those with a request in the last two minutes. */
constexpr qint64 activeDeviceMs = 2 * 60 * 1000;
/** The device cookie's lifetime: an event lasts days at most; a phone back next week is a new device. */
constexpr int cookieMaxAgeSeconds = 7 * 24 * 3600;

} // namespace cabildo::netlimits
