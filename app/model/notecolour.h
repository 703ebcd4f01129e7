#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cabildo {

/**
 * The palette of sticky-note colours: a stable key in the file, a fill, the colour its
 * text is drawn in and a translated name. Two palettes share the keys: the standard one
 * and a high-contrast one for facilitators or participants with low vision (the file
 * stores the key, so a board looks right in either).
 */
struct NoteColour
{
    Q_DECLARE_TR_FUNCTIONS(NoteColour)
public:
    enum class Contrast
    {
        Standard,
        High
    };

    QString key;
    QColor fill;
    QColor text = QColor(Qt::black);

    QString displayName() const;

    static const QList<NoteColour> &palette();
    /** Strong fills whose text colour (black or white) reaches WCAG AAA, 7:1. */
    static const QList<NoteColour> &highContrastPalette();
    static const QList<NoteColour> &palette(Contrast contrast);
    /** Falls back to the default colour. */
    static NoteColour byKey(const QString &key, Contrast contrast = Contrast::Standard);
    static QString defaultKey() { return QStringLiteral("yellow"); }
    static bool isKnown(const QString &key);

    /** WCAG 2.x relative luminance of an sRGB colour: 0 for black, 1 for white. */
    static qreal relativeLuminance(const QColor &colour);
    /** WCAG 2.x contrast ratio between two colours, from 1 (none) to 21 (black on white). */
    static qreal contrastRatio(const QColor &a, const QColor &b);
    /** Black or white, whichever contrasts more with `background`. */
    static QColor readableTextOn(const QColor &background);
};

} // namespace cabildo
