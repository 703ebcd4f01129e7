#pragma once
// Work over the rows of a matrix in two halves, the second on a kept thread when there is a
// second core (grouping only: kmeans.cpp, lsa.cpp). Each half writes only its own rows'
// entries, and the halves are the same with one core or two: the results do not depend on
// the machine.

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>

namespace cabildo {

/** Fewer rows than this are not worth waking a second thread for. */
constexpr std::ptrdiff_t minimumRowsToShare = 512;

/**
 * A second thread kept for a whole computation split over both cores (a k-means restart,
 * the LSA), handed one half of each step. Starting a thread per step (about 80 seeds and a
 * dozen iterations at 80 themes) cost more than the half it ran: about 60 µs a start on
 * the 2-core VM of the README's figures, against a few µs to wake a waiting thread.
 */
class SecondThread
{
public:
    SecondThread() : m_thread([this] { serve(); }) {}
    ~SecondThread()
    {
        m_task = nullptr; // tells serve() to return
        post();
        m_thread.join();
    }
    SecondThread(const SecondThread &) = delete;
    SecondThread &operator=(const SecondThread &) = delete;

    /**
     * Runs theirs() on the second thread and mine() on this one; returns when both are done,
     * even when one throws (std::bad_alloc): theirs() may use what the caller's frame holds.
     */
    void both(const std::function<void()> &theirs, const std::function<void()> &mine)
    {
        m_task = &theirs;
        m_failure = nullptr;
        const unsigned posted = post();
        std::exception_ptr failure;
        try {
            mine();
        } catch (...) {
            failure = std::current_exception();
        }
        for (unsigned done = m_done.load(std::memory_order_acquire); done != posted;
             done = m_done.load(std::memory_order_acquire))
            m_done.wait(done, std::memory_order_acquire);
        if (!failure)
            failure = m_failure;
        if (failure)
            std::rethrow_exception(failure);
    }

private:
    unsigned post()
    {
        const unsigned posted = m_posted.fetch_add(1, std::memory_order_release) + 1;
        m_posted.notify_one();
        return posted;
    }
    void serve()
    {
        unsigned seen = 0;
        for (;;) {
            m_posted.wait(seen, std::memory_order_acquire);
            seen = m_posted.load(std::memory_order_acquire);
            if (!m_task)
                return;
            try {
                (*m_task)();
            } catch (...) {
                m_failure = std::current_exception(); // rethrown by both()
            }
            m_done.store(seen, std::memory_order_release);
            m_done.notify_one();
        }
    }

    const std::function<void()> *m_task = nullptr;
    std::exception_ptr m_failure; ///< what theirs() threw
    std::atomic<unsigned> m_posted{0};
    std::atomic<unsigned> m_done{0};
    std::thread m_thread;
};

/**
 * work(begin, end, half) over the rows 0..n in two halves, 0 and 1: the second on `second`
 * when there is one and n is worth it, else one after the other on this thread.
 */
template <typename Work> void inTwoHalves(std::ptrdiff_t n, SecondThread *second, const Work &work)
{
    if (second && n >= minimumRowsToShare) {
        second->both([&] { work(n / 2, n, 1); }, [&] { work(0, n / 2, 0); });
    } else {
        work(0, n / 2, 0);
        work(n / 2, n, 1);
    }
}

} // namespace cabildo
