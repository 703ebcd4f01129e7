#include "ratelimiter.h"

namespace cabildo {

RateLimiter::RateLimiter(int limit, qint64 windowMs) : m_limit(qMax(1, limit)), m_windowMs(windowMs) {}

bool RateLimiter::allow(const QByteArray &key, qint64 nowMs)
{
    Window &window = m_windows[key];
    if (window.times.size() < std::size_t(m_limit)) {
        window.times.push_back(nowMs);
    } else {
        // Full: the oldest of the last `limit` events must have left the window.
        if (nowMs - window.times[window.next] < m_windowMs)
            return false;
        window.times[window.next] = nowMs;
        window.next = (window.next + 1) % window.times.size();
    }
    window.newest = nowMs;
    return true;
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->newest >= m_windowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace cabildo
