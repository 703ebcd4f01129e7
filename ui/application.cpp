#include "application.h"

#include "mainwindow.h"
#include "preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QScreen>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace cabildo {

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1); // async-signal-safe
}

/**
 * SIGTERM (a session logging out, `kill`), SIGINT and SIGHUP close the window like the
 * Quit action does: the event file is checkpointed and its lock removed, instead of
 * leaving a -wal and a stale lock for the next start to clean up.
 */
void closeOnTerminationSignals(QWidget *window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, window);
    QObject::connect(notifier, &QSocketNotifier::activated, window, [window] {
        char byte;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        window->close();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

} // namespace

int runGui(QApplication &app)
{
    preferences::applyLanguage();
    QApplication::setApplicationDisplayName(QApplication::translate("cabildo::Application", "Cabildo"));
    QApplication::setDesktopFileName(QStringLiteral("org.cabildo.Cabildo"));
    // The installed theme icon when there is one, else the same drawing embedded.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.cabildo.Cabildo"),
                                                 QIcon(QStringLiteral(":/icons/org.cabildo.Cabildo.svg"))));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("cabildo::Application", "Event file to open."));
    parser.process(app);

    MainWindow window;
    // Maximized where a window manager honours it; most of the screen where none does.
    window.resize(window.screen()->availableSize() * 0.9);
    window.showMaximized();
    closeOnTerminationSignals(&window);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QFileInfo(files.constFirst()).absoluteFilePath());
    else
        window.openDefaultEvent();
    return app.exec();
}

} // namespace cabildo
