#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

namespace cabildo {

int runGui(QApplication &app)
{
    QApplication::setApplicationDisplayName(QApplication::translate("cabildo::Application", "Cabildo"));
    QApplication::setDesktopFileName(QStringLiteral("org.cabildo.Cabildo"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("cabildo::Application", "Event file to open."));
    parser.process(app);

    MainWindow window;
    window.showMaximized();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QFileInfo(files.constFirst()).absoluteFilePath());
    else
        window.openDefaultEvent();
    return app.exec();
}

} // namespace cabildo
