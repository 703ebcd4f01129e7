#pragma once

// Per-minute limits (networklimits.h), exact over a sliding window: at most N events in any
// `window` milliseconds, whatever the timing, so "1,000 notes in a burst" stores at most N.

#include <QByteArray>
#include <QHash>

#include <vector>

namespace cabildo {

class RateLimiter
{
public:
    RateLimiter(int limit, qint64 windowMs);

    /** True, and counted, when `key` has had fewer than the limit in the window before `nowMs`. */
    bool allow(const QByteArray &key, qint64 nowMs);
    /** Forgets keys with nothing in the window (bounded memory over a long event). */
    void prune(qint64 nowMs);
    qsizetype keys() const { return m_windows.size(); }

private:
    /** The times of the last `limit` allowed events, oldest at `next` once full. */
    struct Window
    {
        std::vector<qint64> times;
        std::size_t next = 0;
        qint64 newest = 0;
    };
    int m_limit;
    qint64 m_windowMs;
    QHash<QByteArray, Window> m_windows;
};

} // namespace cabildo
