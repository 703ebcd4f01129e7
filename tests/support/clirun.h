#pragma once
// Test-only: runs the real cabildo binary as a script would, with no display.

#include "testevent.h"

#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cabildo::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QStringList errLines;
};

/** `variables` set on top of the test's environment, e.g. {{"LANGUAGE", "fr"}}. */
inline Run runCabildo(const QStringList &arguments, const QList<QPair<QString, QString>> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(cabildoBinary(), arguments);
    Run run;
    // A hang guard only: a photo import under the sanitizers on a loaded machine takes minutes.
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("cabildo %s did not finish normally", qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.errLines = QString::fromUtf8(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    return run;
}

} // namespace cabildo::test
