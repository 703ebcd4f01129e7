#include "notecolour.h"

#include <algorithm>
#include <cmath>

namespace cabildo {

const QList<NoteColour> &NoteColour::palette()
{
    // Light fills that keep black text well above 4.5:1 contrast on a projector (the
    // lowest, purple, is 12.8:1; tst_ui_accessibility checks every one).
    static const QList<NoteColour> colours{
        {QStringLiteral("yellow"), QColor(0xff, 0xf1, 0x76)}, {QStringLiteral("orange"), QColor(0xff, 0xcc, 0x80)},
        {QStringLiteral("pink"), QColor(0xf8, 0xbb, 0xd0)},   {QStringLiteral("purple"), QColor(0xd1, 0xc4, 0xe9)},
        {QStringLiteral("blue"), QColor(0xb3, 0xe5, 0xfc)},   {QStringLiteral("green"), QColor(0xc5, 0xe1, 0xa5)},
        {QStringLiteral("grey"), QColor(0xe0, 0xe0, 0xe0)},
    };
    return colours;
}

const QList<NoteColour> &NoteColour::highContrastPalette()
{
    // Saturated fills, far apart in lightness as well as hue, so that notes can be told
    // apart without seeing colour well: three light ones with black text, three dark
    // ones with white text, and a light grey. The text colour is chosen, not assumed.
    static const QList<NoteColour> colours = [] {
        QList<NoteColour> list{
            {QStringLiteral("yellow"), QColor(0xff, 0xe6, 0x00)}, {QStringLiteral("orange"), QColor(0xff, 0x98, 0x00)},
            {QStringLiteral("pink"), QColor(0xff, 0x6f, 0xa8)},   {QStringLiteral("purple"), QColor(0x6a, 0x1b, 0x9a)},
            {QStringLiteral("blue"), QColor(0x0d, 0x47, 0xa1)},   {QStringLiteral("green"), QColor(0x1b, 0x5e, 0x20)},
            {QStringLiteral("grey"), QColor(0xc8, 0xc8, 0xc8)},
        };
        for (NoteColour &colour : list)
            colour.text = readableTextOn(colour.fill);
        return list;
    }();
    return colours;
}

const QList<NoteColour> &NoteColour::palette(Contrast contrast)
{
    return contrast == Contrast::High ? highContrastPalette() : palette();
}

NoteColour NoteColour::byKey(const QString &key, Contrast contrast)
{
    const QList<NoteColour> &colours = palette(contrast);
    for (const NoteColour &colour : colours)
        if (colour.key == key)
            return colour;
    return colours.constFirst();
}

bool NoteColour::isKnown(const QString &key)
{
    for (const NoteColour &colour : palette())
        if (colour.key == key)
            return true;
    return false;
}

qreal NoteColour::relativeLuminance(const QColor &colour)
{
    // https://www.w3.org/TR/WCAG22/#dfn-relative-luminance (0.04045 is the sRGB
    // standard's threshold; WCAG's older 0.03928 gives the same 8-bit results).
    const auto linear = [](qreal channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

qreal NoteColour::contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor NoteColour::readableTextOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QString NoteColour::displayName() const
{
    if (key == QLatin1String("yellow"))
        return tr("Yellow");
    if (key == QLatin1String("orange"))
        return tr("Orange");
    if (key == QLatin1String("pink"))
        return tr("Pink");
    if (key == QLatin1String("purple"))
        return tr("Purple");
    if (key == QLatin1String("blue"))
        return tr("Blue");
    if (key == QLatin1String("green"))
        return tr("Green");
    if (key == QLatin1String("grey"))
        return tr("Grey");
    return key;
}

} // namespace cabildo
