// The thin executable: the command line when the arguments name a command, else the GUI.
#include "application.h"
#include "cli/commandline.h"
#include "grouping/heapsettings.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHashSeed>

#include <cstdio>

int main(int argc, char *argv[])
{
    cabildo::prepareHeap(); // before anything is allocated
    QCoreApplication::setApplicationName(QStringLiteral("cabildo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CABILDO_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (cabildo::isCommandLine(arguments) && arguments.value(1) == QLatin1String("export")) {
        // export draws the PDF programme, which needs fonts: a QGuiApplication, always on the
        // offscreen platform so it runs with no display whatever the environment says.
        // QPdfWriter writes its fonts in QHash order: a fixed seed makes a re-export's PDF
        // byte-identical (before any QHash exists, hence first).
        QHashSeed::setDeterministicGlobalSeed();
        // Qt's own warnings (no XDG_RUNTIME_DIR, fonts) would break the one-line stderr rule.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "cabildo: %s\n", message.simplified().toLocal8Bit().constData());
        });
        QGuiApplication app(argc, argv);
        QLocale::setDefault(cabildo::systemLocale());
        cabildo::installTranslations(QLocale());
        return cabildo::runCommandLine(app.arguments());
    }
    if (cabildo::isCommandLine(arguments)) {
        // No QApplication: the command line runs with no display and no QT_QPA_PLATFORM.
        QCoreApplication app(argc, argv);
        QLocale::setDefault(cabildo::systemLocale());
        cabildo::installTranslations(QLocale());
        return cabildo::runCommandLine(app.arguments());
    }
    // Without a display QApplication aborts; say so in the command line's own words.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QCoreApplication app(argc, argv);
        QLocale::setDefault(cabildo::systemLocale());
        cabildo::installTranslations(QLocale());
        const QString message = QCoreApplication::translate(
            "cabildo::CommandLine", "no display to open a window on (see cabildo --help for the commands)");
        std::fprintf(stderr, "cabildo: %s\n", message.toLocal8Bit().constData());
        return 1;
    }
    QApplication app(argc, argv); // runGui installs the translations the user chose
    return cabildo::runGui(app);
}
