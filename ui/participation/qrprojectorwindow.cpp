#include "qrprojectorwindow.h"

#include "qrcodewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace cabildo {

namespace {

QLabel *plainLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

QrProjectorWindow::QrProjectorWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_title(plainLabel("qrProjectorTitle", this)), m_qr(new QrCodeWidget(this)),
      m_scanHint(plainLabel("qrProjectorScanHint", this)), m_typeHint(plainLabel("qrProjectorTypeHint", this)),
      m_address(plainLabel("qrProjectorAddress", this)), m_codeHint(plainLabel("qrProjectorCodeHint", this)),
      m_code(plainLabel("qrProjectorJoinCode", this)), m_leaveHint(plainLabel("qrProjectorLeaveHint", this))
{
    setObjectName(QStringLiteral("qrProjectorWindow"));
    m_qr->setObjectName(QStringLiteral("qrProjectorCode"));
    // Dark on white: what phones' QR readers expect, and black type reads well projected.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::WindowText, Qt::black);
    setPalette(colours);
    setAutoFillBackground(true);
    m_address->setWordWrap(false); // an address cut over two lines is mistyped
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *text = new QVBoxLayout;
    text->addStretch(1);
    text->addWidget(m_scanHint);
    text->addSpacing(24);
    text->addWidget(m_typeHint);
    text->addWidget(m_address);
    text->addSpacing(12);
    text->addWidget(m_codeHint);
    text->addWidget(m_code);
    text->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_qr, 3);
    body->addSpacing(48);
    body->addLayout(text, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addWidget(m_title);
    layout->addLayout(body, 1);
    layout->addWidget(m_leaveHint);
    m_leaveHint->setAlignment(Qt::AlignRight);
    retranslate();
}

void QrProjectorWindow::setLink(const QString &eventTitle, const QString &url, const QString &typedAddress,
                                const QString &joinCode)
{
    m_title->setText(eventTitle);
    m_qr->setText(url);
    m_typedAddress = typedAddress;
    m_joinCode = joinCode;
    m_address->setText(typedAddress);
    // Spaced out: six characters read aloud and typed without confusion.
    m_code->setText(QStringList(joinCode.split(QString(), Qt::SkipEmptyParts)).join(QLatin1Char(' ')));
}

void QrProjectorWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    activateWindow();
}

void QrProjectorWindow::retranslate()
{
    setWindowTitle(tr("Join from your phone"));
    m_scanHint->setText(tr("Scan the code with your phone's camera to add your priorities and vote."));
    m_typeHint->setText(tr("Or open in the browser:"));
    m_codeHint->setText(tr("and type the code:"));
    m_leaveHint->setText(tr("Esc leaves this screen"));
    setAccessibleName(tr("How to join from a phone, full screen"));
}

void QrProjectorWindow::resizeEvent(QResizeEvent *event)
{
    // Type in proportion to the screen: at 1080 lines the code letters are about 9 cm high
    // on a 3 m wide projection, read from 20 m away.
    const int unit = std::max(height(), 300) / 36;
    auto sized = [this](QLabel *label, int pixels, bool bold) {
        QFont font = this->font();
        font.setPixelSize(pixels);
        font.setBold(bold);
        label->setFont(font);
    };
    sized(m_title, unit * 2, true);
    sized(m_scanHint, unit * 2, false);
    sized(m_typeHint, unit * 2, false);
    sized(m_address, unit * 2, true);
    sized(m_codeHint, unit * 2, false);
    sized(m_code, unit * 5, true);
    sized(m_leaveHint, unit, false);
    QWidget::resizeEvent(event);
}

void QrProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        close();
    else
        QWidget::keyPressEvent(event);
}

void QrProjectorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cabildo
