#include "qrcode.h"

#include <qrencode.h>

namespace cabildo {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    // Error correction M: still readable with a crease or a smudge on a printed page.
    QRcode *qr = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return code;
    code.size = qr->width;
    code.modules.reserve(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.modules.append(qr->data[i] & 1);
    QRcode_free(qr);
    return code;
}

} // namespace cabildo
