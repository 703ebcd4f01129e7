#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>
#include <optional>

namespace cabildo {

/**
 * A filter kept running in its null-flush mode (an Apertium pipeline, lt-proc -z): each
 * input ended by a NUL is answered by its output ended by a NUL, so a batch costs no process
 * start and no loading of transducers (0.1-0.7 s each). Started on first use, started again
 * when it died, killed (with every stage of its pipeline) when it takes longer than a batch may.
 *
 * Driven through a NullFlushExchange, which feeds several side by side from one thread: the
 * machine's other core translates another pair meanwhile. Plain pipes and poll() rather than
 * QProcess, whose blocking waits can wait for one process only. POSIX only, as Apertium is.
 */
class NullFlushProcess
{
public:
    NullFlushProcess(QString program, QStringList arguments);
    ~NullFlushProcess();
    NullFlushProcess(const NullFlushProcess &) = delete;
    NullFlushProcess &operator=(const NullFlushProcess &) = delete;

    /** Lets the process end with its input; finish() waits, so several end side by side. */
    void closeInput();
    void finish();

private:
    friend class NullFlushExchange;
    bool start();
    void kill();
    bool running() const { return m_pid > 0; }

    QString m_program;
    QStringList m_arguments;
    int m_pid = -1;
    int m_in = -1;  ///< our end of its standard input (a socket: written without SIGPIPE)
    int m_out = -1; ///< our end of its standard output
    QByteArray m_toWrite;
    QByteArray m_read;
};

/**
 * Batches sent to kept-open processes and their answers, run side by side: each process
 * answers its batches in the order sent; `done` is called with the answer (without its NUL),
 * or with nothing when the process failed. A process that died is started again and its
 * batches sent again, once; one past a batch's time limit is killed and its batches fail
 * with `timedOut`. `done` may send more batches to the same exchange.
 */
class NullFlushExchange
{
public:
    using Done = std::function<void(std::optional<QByteArray> output, bool timedOut)>;

    void send(NullFlushProcess *process, QByteArray input, int timeoutMs, Done done);
    /** Until every batch sent, including those sent from `done`, is answered or failed. */
    void run();

private:
    struct Batch
    {
        NullFlushProcess *process;
        QByteArray input;
        int timeoutMs;
        Done done;
        qint64 deadline = 0; ///< ms since the epoch of a monotonic clock
        bool retried = false;
    };
    struct Finished
    {
        Batch batch;
        std::optional<QByteArray> output;
        bool timedOut = false;
    };
    void dispatch(Batch batch);
    void fail(NullFlushProcess *process, bool timedOut);

    std::deque<Batch> m_batches; ///< sent, not answered, in order of sending
    std::deque<Finished> m_finished;
};

} // namespace cabildo
