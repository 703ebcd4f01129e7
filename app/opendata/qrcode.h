#pragma once

#include <QList>
#include <QString>

namespace cabildo {

/** A QR code as a square of modules (true = dark), made by libqrencode. Empty on failure. */
struct QrCode
{
    int size = 0;
    QList<bool> modules; ///< row by row, size × size
    bool dark(int x, int y) const { return modules.at(y * size + x); }
    static QrCode encode(const QString &text);
};

} // namespace cabildo
