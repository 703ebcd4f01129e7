#include "themetogglebutton.h"

#include "kioskstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cabildo {

using namespace kiosk;

namespace {
constexpr int stripeWidth = 14; ///< the theme's colour, on the left edge
constexpr int padding = 12;
constexpr int markSize = 30; ///< the dot: empty circle, or filled with a tick
constexpr int minimumButtonHeight = touchTarget + 16;

// The kiosk's greens (kioskwindow.cpp's style sheet): chosen looks like the main button.
const QColor chosenFill(0x1f, 0x6f, 0x5c);
const QColor focusRing(0x0d, 0x3a, 0x30);
const QColor ink(0x1d, 0x2b, 0x28);
const QColor idleBorder(0xb9, 0xb1, 0xa2);
const QColor fullFill(0xec, 0xea, 0xe4);
const QColor fullInk(0x5e, 0x5e, 0x5e); // still 6:1 on the grey: "full" must be readable
} // namespace

ThemeToggleButton::ThemeToggleButton(qint64 themeId, QWidget *parent) : QAbstractButton(parent), m_themeId(themeId)
{
    setObjectName(QStringLiteral("kioskVoteTheme_%1").arg(themeId));
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ThemeToggleButton::setThemeColour(const QColor &colour)
{
    m_colour = colour;
    update();
}

void ThemeToggleButton::setFull(bool full, const QString &label)
{
    m_full = full;
    m_fullLabel = label;
    setEnabled(!full || isChecked()); // a dot already on it can still be taken back
    updateGeometry();
    update();
}

QRect ThemeToggleButton::textRect(const QRect &bounds) const
{
    // Left: the colour stripe; right: the mark (and "Full" under it).
    int right = markSize + 2 * padding;
    if (m_full)
        right = std::max(right, fontMetrics().horizontalAdvance(m_fullLabel) + 2 * padding);
    return bounds.adjusted(stripeWidth + padding, padding, -right, -padding);
}

int ThemeToggleButton::heightForWidth(int width) const
{
    const QRect text = textRect(QRect(0, 0, width, 10000));
    const int lines = fontMetrics()
                          .boundingRect(QRect(0, 0, std::max(1, text.width()), 10000), Qt::TextWordWrap, this->text())
                          .height();
    return std::max(minimumButtonHeight, lines + 2 * padding + 4);
}

QSize ThemeToggleButton::sizeHint() const
{
    return {320, heightForWidth(320)};
}

QSize ThemeToggleButton::minimumSizeHint() const
{
    return {160, minimumButtonHeight};
}

void ThemeToggleButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool chosen = isChecked();

    QPainterPath shape;
    shape.addRoundedRect(box, 12, 12);
    painter.fillPath(shape, m_full && !chosen ? fullFill : chosen ? chosenFill : QColor(Qt::white));
    // The theme's colour on the edge, so the ballot matches the frames on the board.
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRectF(box.left(), box.top(), stripeWidth, box.height()),
                     m_colour.isValid() ? m_colour : idleBorder);
    painter.restore();
    const bool focused = hasFocus();
    painter.setPen(QPen(focused ? focusRing : chosen ? chosenFill : idleBorder, focused ? 4 : 2));
    painter.drawPath(shape);

    const QColor textColour = chosen ? QColor(Qt::white) : m_full ? fullInk : ink;
    painter.setPen(textColour);
    painter.setFont(font());
    painter.drawText(textRect(rect()), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, text());

    // The dot: a ring to fill, filled with a tick once chosen.
    const QRectF mark(width() - padding - markSize, (height() - markSize) / 2.0, markSize, markSize);
    if (m_full && !chosen) {
        QFont small = font();
        small.setBold(true);
        painter.setFont(small);
        painter.drawText(QRect(0, 0, width() - padding, height()), Qt::AlignRight | Qt::AlignVCenter, m_fullLabel);
        return;
    }
    if (chosen) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(mark);
        QPainterPath tick;
        tick.moveTo(mark.left() + markSize * 0.27, mark.top() + markSize * 0.52);
        tick.lineTo(mark.left() + markSize * 0.44, mark.top() + markSize * 0.68);
        tick.lineTo(mark.left() + markSize * 0.74, mark.top() + markSize * 0.34);
        painter.setPen(QPen(chosenFill, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    } else {
        painter.setPen(QPen(ink, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(mark.adjusted(1, 1, -1, -1));
    }
}

} // namespace cabildo
