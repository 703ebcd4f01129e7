#pragma once

#include <QWidget>

class QLabel;

namespace cabildo {

class QrCodeWidget;

/**
 * How phones join, for the projector: full screen, dark on white, the QR code as large as
 * the screen's height allows, the typed address and the join code in type read from the
 * back of a room. Its sizes follow the window's (a 1920×1080 projector or a laptop). Esc
 * leaves (or the dialog's button).
 */
class QrProjectorWindow : public QWidget
{
    Q_OBJECT

public:
    explicit QrProjectorWindow(QWidget *parent = nullptr);

    /** `url` in the QR code; `typedAddress` and `joinCode` for those who type. */
    void setLink(const QString &eventTitle, const QString &url, const QString &typedAddress, const QString &joinCode);
    void showOn(QScreen *screen);
    QrCodeWidget *qrCode() const { return m_qr; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /** Sizes the QR code and the type to the window. */
    void fitToSize();

    QLabel *m_title;
    QrCodeWidget *m_qr;
    QLabel *m_scanHint;
    QLabel *m_typeHint;
    QLabel *m_address;
    QLabel *m_codeHint;
    QLabel *m_code;
    QLabel *m_leaveHint;
};

} // namespace cabildo
