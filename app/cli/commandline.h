#pragma once

#include <QStringList>

namespace cabildo {

/** True when the arguments name a command-line action (`new`, `info`, `--help`, …) rather than the GUI. */
bool isCommandLine(const QStringList &arguments);

/**
 * Runs one headless command (README.md, "Command line") and returns the exit code:
 * 0 success, 1 runtime error, 2 usage error. Messages go to stderr as one line starting
 * "cabildo: ". Needs only a QCoreApplication: no display.
 */
int runCommandLine(const QStringList &arguments);

} // namespace cabildo
