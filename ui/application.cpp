#include "application.h"

#include <QApplication>

namespace cabildo {

int runGui(QApplication &)
{
    return 1;  // the main window is being written
}

} // namespace cabildo
