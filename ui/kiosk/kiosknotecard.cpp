#include "kiosknotecard.h"

#include "kioskstyle.h"

#include <QLabel>
#include <QLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cabildo {

using namespace kiosk;

KioskNoteCard::KioskNoteCard(QWidget *parent)
    : QWidget(parent), m_card(new QWidget(this)), m_scroll(new QScrollArea), m_text(new QLabel),
      m_close(new QPushButton)
{
    setObjectName(QStringLiteral("kioskNoteCard"));
    m_card->setObjectName(QStringLiteral("kioskNoteCardBody"));
    m_card->setAttribute(Qt::WA_StyledBackground);
    m_card->setStyleSheet(QStringLiteral("#kioskNoteCardBody { background: #fffbe6; border-radius: 18px; }"));
    m_text->setObjectName(QStringLiteral("kioskNoteCardText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setFont(sized(font(), bodyPointSize + 2));
    m_text->setTextInteractionFlags(Qt::NoTextInteraction); // read-only, and a tap never selects text
    // A very long note scrolls inside the card rather than growing past the screen.
    m_scroll->setWidget(m_text);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setStyleSheet(QStringLiteral("background: transparent"));
    m_close->setObjectName(QStringLiteral("kioskNoteCardClose"));
    m_close->setMinimumSize(160, touchTarget + 8);
    m_close->setFont(sized(font(), bodyPointSize, QFont::DemiBold));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);

    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_close, 0, Qt::AlignRight);
    parent->installEventFilter(this);
    hide();
}

void KioskNoteCard::showNote(const QString &details, const QString &closeText)
{
    m_text->setText(details);
    m_close->setText(closeText);
    setGeometry(parentWidget()->rect());
    // Two thirds of the window wide (a comfortable reading width at least), as tall as
    // the note needs up to three quarters of the window; longer notes scroll inside.
    const int cardWidth = std::min(width() - 48, std::max(560, width() * 2 / 3));
    const QMargins margins = m_card->layout()->contentsMargins();
    const int textHeight = m_text->heightForWidth(cardWidth - margins.left() - margins.right() - 24);
    const int wanted =
        textHeight + margins.top() + margins.bottom() + m_card->layout()->spacing() + m_close->minimumHeight() + 8;
    const QSize size(cardWidth, std::clamp(wanted, 200, std::max(200, std::min(height() - 48, height() * 3 / 4))));
    m_card->setGeometry(QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size));
    show();
    raise();
    m_close->setFocus();
}

QString KioskNoteCard::text() const
{
    return m_text->text();
}

bool KioskNoteCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KioskNoteCard::mousePressEvent(QMouseEvent *event)
{
    // Beside the card: back to the kiosk.
    if (!m_card->geometry().contains(event->position().toPoint()))
        hide();
    event->accept();
}

void KioskNoteCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 110)); // the kiosk dimmed behind the card
}

} // namespace cabildo
