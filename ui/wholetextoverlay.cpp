#include "wholetextoverlay.h"

#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace cabildo {

namespace {
constexpr int panelPadding = 32;
} // namespace

WholeTextOverlay::WholeTextOverlay(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("wholeTextOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    hide();
    parent->installEventFilter(this);
}

void WholeTextOverlay::showText(const QString &text)
{
    m_text = text;
    setAccessibleName(text);
    setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus();
    update();
}

QRect WholeTextOverlay::panelRect() const
{
    return rect().adjusted(width() / 12, height() / 8, -width() / 12, -height() / 8);
}

QRect WholeTextOverlay::textBox() const
{
    // Below the title, one line of the hint saying how to close.
    const int hint = QFontMetrics(font()).lineSpacing();
    return panelRect().adjusted(panelPadding, panelPadding, -panelPadding, -panelPadding - hint);
}

FittedText WholeTextOverlay::layout() const
{
    QFont big = font();
    big.setBold(true);
    big.setPixelSize(std::max(1, panelRect().height() / 6));
    return fitText(m_text, big, textBox().size(), projectorMinimumPixels(window()->height()));
}

void WholeTextOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0, 0, 0, 190)); // the screen behind dims
    const QRect panel = panelRect();
    painter.setPen(QPen(palette().windowText(), 3));
    painter.setBrush(palette().window());
    painter.drawRoundedRect(panel, 16, 16);
    painter.setPen(palette().windowText().color());
    layout().draw(&painter, textBox(), Qt::AlignCenter);
    painter.setFont(font());
    painter.drawText(panel.adjusted(panelPadding, 0, -panelPadding, -panelPadding / 2),
                     Qt::AlignHCenter | Qt::AlignBottom, tr("Click or press Esc to close"));
}

void WholeTextOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    hide();
}

void WholeTextOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool WholeTextOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void WholeTextOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace cabildo
