#include "qrprojectorwindow.h"

#include "qrcodewidget.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace cabildo {

namespace {

constexpr int margin = 40;

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
    m_code->setWordWrap(false);

    // The code as tall as the screen allows on the left; the words, address and join code beside it.
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addStretch(1);
    text->addWidget(m_scanHint);
    text->addSpacing(24);
    text->addWidget(m_typeHint);
    text->addWidget(m_address);
    text->addSpacing(12);
    text->addWidget(m_codeHint);
    text->addWidget(m_code);
    text->addStretch(1);
    text->addWidget(m_leaveHint);
    m_leaveHint->setAlignment(Qt::AlignRight);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin);
    layout->addWidget(m_qr, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    // The window's size is the screen's: what it holds is sized to it, never the other way round.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    retranslate();
}

void QrProjectorWindow::setLink(const QString &eventTitle, const QString &url, const QString &typedAddress,
                                const QString &joinCode)
{
    m_title->setText(eventTitle);
    m_qr->setText(url);
    m_address->setText(typedAddress);
    m_code->setText(joinCode);
    fitToSize();
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
    fitToSize();
    QWidget::resizeEvent(event);
}

void QrProjectorWindow::fitToSize()
{
    // The QR code as tall as the window, up to half its width: on a 1920×1080 projector its
    // modules are over 20 px, scanned from the back of a room.
    const int side = std::max(0, std::min(height() - 2 * margin, width() / 2));
    m_qr->setFixedSize(side, side);
    const int column = std::max(100, width() - side - 3 * margin);
    // Type in proportion to the screen, made smaller only where a line would not fit the column
    // (an address or the code is never wrapped: it would be mistyped).
    const int unit = std::max(height(), 300) / 36;
    auto sized = [this, column](QLabel *label, int pixels, bool bold, qreal letterSpacing = 0) {
        QFont font = this->font();
        font.setBold(bold);
        for (;; pixels = pixels * 9 / 10) {
            font.setPixelSize(std::max(pixels, 8));
            font.setLetterSpacing(QFont::AbsoluteSpacing, letterSpacing * pixels);
            if (label->wordWrap() || pixels <= 8 || QFontMetrics(font).horizontalAdvance(label->text()) <= column)
                break;
        }
        label->setFont(font);
        // Nested box layouts give a wrapped label the height of its unwrapped hint: the lines it needs are asked
        // for here.
        // (QLabel's answer includes its minimum: that is let go first.)
        if (label->wordWrap()) {
            label->setMinimumHeight(0);
            label->setMinimumHeight(label->heightForWidth(column));
        }
    };
    sized(m_title, unit * 2, true);
    sized(m_scanHint, unit * 2, false);
    sized(m_typeHint, unit * 2, false);
    sized(m_address, unit * 2, true);
    sized(m_codeHint, unit * 2, false);
    // Letters spaced out: six characters read off the wall and typed without confusion.
    sized(m_code, unit * 5, true, 0.25);
    sized(m_leaveHint, unit, false);
    if (layout())
        layout()->activate(); // the wrapped lines' heights follow the new type now, not a turn later
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
