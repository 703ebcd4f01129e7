#pragma once

#include "opendata/qrcode.h"

#include <QWidget>

namespace cabildo {

/**
 * A QR code drawn for phones' cameras: dark modules on white, each module a whole number
 * of pixels (never fewer than minimumModulePixels, so it stays sharp and scannable) and a
 * white quiet zone of four modules all round, as the QR standard asks. The code takes the
 * largest size the widget allows, centred.
 */
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int quietModules = 4;
    static constexpr int minimumModulePixels = 4;

    explicit QrCodeWidget(QWidget *parent = nullptr);

    /** The text encoded (a URL); empty: nothing drawn. */
    void setText(const QString &text);
    QString text() const { return m_text; }
    /** Pixels per module as painted at the widget's present size. */
    int modulePixels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /** Modules across, quiet zone included. */
    int modulesAcross() const;

    QString m_text;
    QrCode m_code;
};

} // namespace cabildo
