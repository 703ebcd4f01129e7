#include "fittedtext.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {

struct Wrapped
{
    QStringList lines;
    QList<int> starts; ///< where each line starts in the text
    int widest = 0;
};

Wrapped wrap(const QString &text, const QFont &font, int width)
{
    Wrapped result;
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const QString shown = text.mid(line.textStart(), line.textLength()).trimmed();
        result.lines.append(shown);
        result.starts.append(line.textStart());
        result.widest = std::max(result.widest, metrics.horizontalAdvance(shown));
    }
    layout.endLayout();
    return result;
}

int pixelSizeOf(const QFont &font)
{
    return font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
}

} // namespace

int FittedText::pixelSize() const
{
    return pixelSizeOf(font);
}

QRect FittedText::rectIn(const QRect &box, Qt::Alignment alignment) const
{
    int left = box.left();
    if (alignment & Qt::AlignHCenter)
        left += (box.width() - width) / 2;
    else if (alignment & Qt::AlignRight)
        left = box.right() + 1 - width;
    int top = box.top();
    if (alignment & Qt::AlignVCenter)
        top += std::max(0, (box.height() - height()) / 2);
    else if (alignment & Qt::AlignBottom)
        top = std::max(box.top(), box.bottom() + 1 - height());
    return {left, top, width, height()};
}

void FittedText::draw(QPainter *painter, const QRect &box, Qt::Alignment alignment) const
{
    const QRect block = rectIn(box, alignment);
    const Qt::Alignment horizontal = alignment & Qt::AlignHorizontal_Mask;
    painter->setFont(font);
    int y = block.top();
    for (const QString &line : lines) {
        painter->drawText(QRect(box.left(), y, box.width(), lineHeight), horizontal | Qt::AlignVCenter, line);
        y += lineHeight;
    }
}

FittedText fitText(const QString &text, const QFont &font, const QSize &box, qreal minimumPixels)
{
    // Line breaks typed in a title are kept as line breaks.
    QString shown = text.trimmed();
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const int width = std::max(1, box.width());
    const int largest = std::max(1, pixelSizeOf(font));
    const int smallest = std::min(largest, std::max(1, int(std::ceil(minimumPixels))));

    auto at = [&](int pixels) {
        FittedText fitted;
        fitted.font = font;
        fitted.font.setPixelSize(pixels);
        fitted.lineHeight = QFontMetrics(fitted.font).lineSpacing();
        return fitted;
    };
    auto fitsAt = [&](int pixels, FittedText *out) {
        FittedText fitted = at(pixels);
        const Wrapped wrapped = wrap(shown, fitted.font, width);
        if (wrapped.widest > width || int(wrapped.lines.size()) * fitted.lineHeight > box.height())
            return false;
        fitted.lines = wrapped.lines;
        fitted.width = wrapped.widest;
        *out = fitted;
        return true;
    };

    // The largest size that fits (sizes that fit form a range from the smallest up).
    FittedText best;
    if (fitsAt(smallest, &best)) {
        int low = smallest, high = largest;
        while (low < high) {
            const int middle = (low + high + 1) / 2;
            FittedText candidate;
            if (fitsAt(middle, &candidate)) {
                best = candidate;
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    // Too long even at the smallest size: as many lines as the box holds, the last elided
    // (and a word wider than the box cut with "…" too, rather than broken without a hyphen).
    FittedText fitted = at(smallest);
    const QFontMetrics metrics(fitted.font);
    const Wrapped wrapped = wrap(shown, fitted.font, width);
    const int room = std::max(1, box.height() / std::max(1, fitted.lineHeight));
    for (int i = 0; i < wrapped.lines.size() && i < room; ++i) {
        QString line = wrapped.lines.at(i);
        if (i == room - 1 && wrapped.lines.size() > room) {
            QString rest = shown.mid(wrapped.starts.at(i));
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            // "…" added: the rest may fit on one line when only a line break went over.
            line = metrics.elidedText(rest.simplified() + QChar(0x2026), Qt::ElideRight, width);
        } else if (metrics.horizontalAdvance(line) > width) {
            line = metrics.elidedText(line, Qt::ElideRight, width);
        }
        fitted.lines.append(line);
        fitted.width = std::max(fitted.width, metrics.horizontalAdvance(line));
    }
    fitted.elided = true;
    return fitted;
}

qreal projectorMinimumPixels(int screenHeight)
{
    return std::max(12.0, 18.0 * screenHeight / 1080.0);
}

} // namespace cabildo
