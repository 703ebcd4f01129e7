#include "notecolour.h"

namespace cabildo {

const QList<NoteColour> &NoteColour::palette()
{
    // Light fills that keep black text well above 4.5:1 contrast on a projector.
    static const QList<NoteColour> colours{
        {QStringLiteral("yellow"), QColor(0xff, 0xf1, 0x76)},
        {QStringLiteral("orange"), QColor(0xff, 0xcc, 0x80)},
        {QStringLiteral("pink"), QColor(0xf8, 0xbb, 0xd0)},
        {QStringLiteral("purple"), QColor(0xd1, 0xc4, 0xe9)},
        {QStringLiteral("blue"), QColor(0xb3, 0xe5, 0xfc)},
        {QStringLiteral("green"), QColor(0xc5, 0xe1, 0xa5)},
        {QStringLiteral("grey"), QColor(0xe0, 0xe0, 0xe0)},
    };
    return colours;
}

NoteColour NoteColour::byKey(const QString &key)
{
    for (const NoteColour &colour : palette())
        if (colour.key == key)
            return colour;
    return palette().constFirst();
}

bool NoteColour::isKnown(const QString &key)
{
    for (const NoteColour &colour : palette())
        if (colour.key == key)
            return true;
    return false;
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
