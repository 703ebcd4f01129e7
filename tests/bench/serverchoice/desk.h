#pragma once

// What every candidate server in this folder shares: the stand-in for Cabildo's GUI thread
// (the Desk, living in the main thread's Qt event loop) and the rules all servers follow, so
// the load client measures the libraries and not four different applications.
//
// The protocol (RESULTS.md in this folder):
//   GET  /state?v=N  answers {"v":M} as soon as the published version M differs from N,
//                    else holds the request until the next publish or 25 s (long poll)
//   POST /notes      a JSON note of at most 64 KiB, handed to the Desk on the Qt thread
//                    (QMetaObject::invokeMethod, queued); 201 {"stored":K} once the Desk returns
//   POST /publish    the Desk bumps the version on its thread and tells the server to wake
//                    every held /state; answers {"v":M}
//   GET  /stats      {"notes":K,"v":M}, answered by the server thread without the Desk

#include <QByteArray>
#include <QList>
#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>

namespace serverchoice {

constexpr qsizetype kBodyLimit = 64 * 1024;    ///< larger bodies are refused with 413
constexpr std::chrono::seconds kHold{25};      ///< how long a long poll waits for a publish
constexpr std::chrono::seconds kIdleLimit{10}; ///< idle/read timeout, where the library has one
constexpr int kConnectionLimit = 4000;         ///< open connections, where the library has a limit
constexpr int kListenBacklog = 1024;           ///< where the library lets us choose

struct Answer
{
    int status = 200;
    QByteArray body; ///< JSON
};

/** The event's thread: stores notes and publishes versions. Only ever touched on its thread. */
class Desk : public QObject
{
public:
    /** Called with each new version on the Desk's thread; the server wakes its long polls. */
    std::function<void(int version)> onPublish;

    /** Parses and keeps one note; 201 when stored, 400 when the JSON is not a note. */
    Answer storeNote(const QByteArray &body);
    /** Bumps the version and tells the server. */
    Answer publish();

    int stored() const { return m_stored.load(); }
    int version() const { return m_version.load(); }

private:
    std::atomic<int> m_stored{0};
    std::atomic<int> m_version{0};
    QList<QByteArray> m_ids; ///< what a real store would write; kept so the work is not optimised away
};

/** Runs `work` on the Desk's thread (queued) and hands its answer to `done` there. */
void onDesk(Desk *desk, std::function<Answer()> work, std::function<void(const Answer &)> done);

QByteArray versionJson(int version);
QByteArray statsJson(const Desk &desk);
/** The version a poll says it has ("7"); -1 when absent or not a number (answered at once). */
int versionFromText(const char *text);
/** The same from a whole query string ("v=7&x=1"). */
int versionFromQuery(const char *query);

/** Raises the soft open-files limit to the hard one (the default 1,024 is below 2,000 clients). */
void raiseOpenFileLimit();
/** The value of "--name N" in argv, `fallback` when absent; exits with a message on a bad number. */
int intOption(int argc, char **argv, const char *name, int fallback);
/** Prints "listening PORT" so run.sh knows the server is ready, and flushes. */
void announce(int port, const char *library);

} // namespace serverchoice
