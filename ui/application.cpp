#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>

namespace cabildo {

int runGui(QApplication &app)
{
    QApplication::setApplicationDisplayName(QApplication::translate("cabildo::Application", "Cabildo"));
    QApplication::setDesktopFileName(QStringLiteral("org.cabildo.Cabildo"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("cabildo::Application", "Event file to open."));
    parser.process(app);

    MainWindow window;
    // Maximized where a window manager honours it; most of the screen where none does.
    window.resize(window.screen()->availableSize() * 0.9);
    window.showMaximized();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QFileInfo(files.constFirst()).absoluteFilePath());
    else
        window.openDefaultEvent();
    return app.exec();
}

} // namespace cabildo
