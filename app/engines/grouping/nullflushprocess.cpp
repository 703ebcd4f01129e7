#include "grouping/nullflushprocess.h"

#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cabildo {

namespace {

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

/** NULL-ended pointers into `strings`, for posix_spawn. */
std::vector<char *> pointers(std::vector<QByteArray> &strings)
{
    std::vector<char *> result;
    for (QByteArray &s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

} // namespace

NullFlushProcess::NullFlushProcess(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

NullFlushProcess::~NullFlushProcess()
{
    closeInput();
    finish();
}

void NullFlushProcess::closeInput()
{
    closeFd(m_in);
}

void NullFlushProcess::finish()
{
    closeInput();
    closeFd(m_out); // whatever it still writes has no reader: it ends
    if (m_pid <= 0)
        return;
    for (int i = 0; i < 200; ++i) { // up to 2 s for it to end with its input
        if (::waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
            m_pid = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill();
}

bool NullFlushProcess::start()
{
    int input[2];
    int output[2];
    // Its input is a socket so that writing to a process that died fails with EPIPE
    // (MSG_NOSIGNAL) instead of raising SIGPIPE in the app.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input) != 0)
        return false;
    if (::pipe2(output, O_CLOEXEC) != 0) {
        ::close(input[0]);
        ::close(input[1]);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[1], 0);
    posix_spawn_file_actions_adddup2(&actions, output[1], 1);
    // Unread, a full stderr pipe would stall the pipeline.
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // A process group of its own, so that a stuck pipeline is killed with all its stages;
    // default signals and no mask, whatever the app set for itself (Qt ignores SIGPIPE).
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);

    std::vector<QByteArray> arguments{QFile::encodeName(m_program)};
    for (const QString &argument : std::as_const(m_arguments))
        arguments.push_back(argument.toLocal8Bit());
    // Apertium's tools read and write UTF-8 only under a UTF-8 locale: under a locale that
    // is not installed they fall back to ASCII, lose lines, and no note is translated.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    std::vector<QByteArray> variables;
    for (const QString &variable : environment.toStringList())
        variables.push_back(variable.toLocal8Bit());
    std::vector<char *> argv = pointers(arguments);
    std::vector<char *> envp = pointers(variables);
    pid_t pid = -1;
    const int error = ::posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(input[1]);
    ::close(output[1]);
    if (error != 0) {
        ::close(input[0]);
        ::close(output[0]);
        return false;
    }
    m_pid = pid;
    m_in = input[0];
    m_out = output[0];
    ::fcntl(m_in, F_SETFL, ::fcntl(m_in, F_GETFL) | O_NONBLOCK);
    ::fcntl(m_out, F_SETFL, ::fcntl(m_out, F_GETFL) | O_NONBLOCK);
    m_toWrite.clear();
    m_read.clear();
    return true;
}

void NullFlushProcess::kill()
{
    closeFd(m_in);
    closeFd(m_out);
    if (m_pid > 0) {
        ::kill(-m_pid, SIGKILL);
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    m_pid = -1;
    m_toWrite.clear();
    m_read.clear();
}

void NullFlushExchange::send(NullFlushProcess *process, QByteArray input, int timeoutMs, Done done)
{
    dispatch({process, std::move(input), timeoutMs, std::move(done)});
}

void NullFlushExchange::dispatch(Batch batch)
{
    NullFlushProcess *process = batch.process;
    if (!process->running() && !process->start()) {
        m_finished.push_back({std::move(batch), std::nullopt, false});
        return;
    }
    // A NUL ends the batch; the notes never hold one (LanguageWork::oneLine).
    process->m_toWrite += batch.input;
    process->m_toWrite += '\0';
    batch.deadline = nowMs() + batch.timeoutMs;
    m_batches.push_back(std::move(batch));
}

void NullFlushExchange::fail(NullFlushProcess *process, bool timedOut)
{
    process->kill();
    std::deque<Batch> mine;
    for (auto it = m_batches.begin(); it != m_batches.end();) {
        if (it->process == process) {
            mine.push_back(std::move(*it));
            it = m_batches.erase(it);
        } else {
            ++it;
        }
    }
    for (Batch &batch : mine) {
        // A process that died is started again once; a stuck one costs its batches their result.
        if (!timedOut && !batch.retried) {
            batch.retried = true;
            dispatch(std::move(batch));
        } else {
            m_finished.push_back({std::move(batch), std::nullopt, timedOut});
        }
    }
}

void NullFlushExchange::run()
{
    for (;;) {
        while (!m_finished.empty()) {
            Finished finished = std::move(m_finished.front());
            m_finished.pop_front();
            finished.batch.done(std::move(finished.output), finished.timedOut);
        }
        if (m_batches.empty())
            return;

        std::vector<NullFlushProcess *> processes;
        qint64 deadline = m_batches.front().deadline;
        for (const Batch &batch : m_batches) {
            if (std::find(processes.begin(), processes.end(), batch.process) == processes.end())
                processes.push_back(batch.process);
            deadline = std::min(deadline, batch.deadline);
        }
        std::vector<pollfd> fds;
        for (NullFlushProcess *process : processes) {
            fds.push_back({process->m_out, POLLIN, 0});
            fds.push_back({process->m_toWrite.isEmpty() ? -1 : process->m_in, POLLOUT, 0});
        }
        const int wait = int(std::clamp<qint64>(deadline - nowMs(), 0, 60000));
        if (::poll(fds.data(), nfds_t(fds.size()), wait) < 0 && errno != EINTR)
            return; // cannot happen with valid descriptors; nothing sensible to wait on

        for (size_t p = 0; p < processes.size(); ++p) {
            NullFlushProcess *process = processes[p];
            bool died = false;
            if (fds[2 * p + 1].revents) {
                const ssize_t written = ::send(process->m_in, process->m_toWrite.constData(),
                                               size_t(process->m_toWrite.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                if (written > 0)
                    process->m_toWrite.remove(0, written);
                else if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    died = true;
            }
            if (fds[2 * p].revents) {
                char buffer[65536];
                for (;;) {
                    const ssize_t count = ::read(process->m_out, buffer, sizeof buffer);
                    if (count > 0) {
                        process->m_read.append(buffer, count);
                        continue;
                    }
                    if (count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                        died = true;
                    if (count < 0 && errno == EINTR)
                        continue;
                    break;
                }
            }
            // Every answer ended by a NUL goes to the oldest of this process's batches.
            qsizetype end;
            while ((end = process->m_read.indexOf('\0')) >= 0) {
                const QByteArray answer = process->m_read.left(end);
                process->m_read.remove(0, end + 1);
                const auto it = std::find_if(m_batches.begin(), m_batches.end(),
                                             [process](const Batch &b) { return b.process == process; });
                if (it == m_batches.end())
                    continue; // an answer to no batch: a well-behaved filter sends none
                m_finished.push_back({std::move(*it), answer, false});
                m_batches.erase(it);
            }
            if (died)
                fail(process, false);
        }
        const qint64 now = nowMs();
        for (NullFlushProcess *process : processes) {
            const bool late = std::any_of(m_batches.begin(), m_batches.end(), [process, now](const Batch &b) {
                return b.process == process && b.deadline <= now;
            });
            if (late)
                fail(process, true);
        }
    }
}

} // namespace cabildo
