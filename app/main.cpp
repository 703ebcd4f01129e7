// The thin executable: the command line when the arguments name a command, else the GUI.
#include "cli/commandline.h"
#include "i18n/translations.h"
#include "application.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("cabildo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CABILDO_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (cabildo::isCommandLine(arguments)) {
        // No QApplication: the command line runs with no display and no QT_QPA_PLATFORM.
        QCoreApplication app(argc, argv);
        cabildo::installTranslations(QLocale());
        return cabildo::runCommandLine(app.arguments());
    }
    // Without a display QApplication aborts; say so in the command line's own words.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QCoreApplication app(argc, argv);
        cabildo::installTranslations(QLocale());
        const QString message = QCoreApplication::translate(
            "cabildo::CommandLine", "no display to open a window on (see cabildo --help for the commands)");
        std::fprintf(stderr, "cabildo: %s\n", message.toLocal8Bit().constData());
        return 1;
    }
    QApplication app(argc, argv);  // runGui installs the translations the user chose
    return cabildo::runGui(app);
}
