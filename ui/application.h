#pragma once

class QApplication;

namespace cabildo {

/** Starts the GUI: the main window on the file named on the command line, or the default event. */
int runGui(QApplication &app);

} // namespace cabildo
