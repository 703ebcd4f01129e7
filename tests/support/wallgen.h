#pragma once
// Generated photographs of walls of sticky notes, with the truth (each note's outline and
// text), for the photo engine's tests and bench_wallphoto (issue 15). Seeded and reproducible.
// Needs a QGuiApplication (text is drawn with fonts).

#include <QColor>
#include <QImage>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <vector>

namespace cabildo::wallgen {

/** The ranges, fixed before any tuning of the detector (committed first, unchanged since). */
namespace ranges {
inline constexpr int minNotes = 30, maxNotes = 120;           // per photo
inline constexpr int photoWidth = 4000, photoHeight = 3000;   // 12 megapixels
inline constexpr double maxTiltDegrees = 25;                  // each note on the wall, uniform ±25°
inline constexpr double maxPerspectiveDegrees = 30;           // the camera's angle to the wall, uniform 0–30°
inline constexpr double maxRollDegrees = 5;                   // the camera's roll
inline constexpr double overlappedShare = 0.20;               // of notes: partly under a neighbour…
inline constexpr double minOverlap = 0.10, maxOverlap = 0.30; // …by this share of their area
inline constexpr double maxBlurPixels = 2;                    // Gaussian sigma, uniform 0–2 px
inline constexpr int minJpegQuality = 60, maxJpegQuality = 90;
inline constexpr double sameColourShare = 0.6; // of notes, on a wall of a note colour: that colour
} // namespace ranges

enum class Lettering
{
    Block,
    Handwriting
};

struct TrueNote
{
    QPolygonF outline; ///< 4 corners on the photo, clockwise from the note's top-left
    QString text;      ///< as written: lines joined with '\n'
    Lettering lettering = Lettering::Block;
    QString colour;          ///< the paper's colour name ("yellow")
    double visibleShare = 1; ///< of its area not under another note
    int layoutId = 0;        ///< the same paper note in two photos of one wall has one id
    // Conditions, for reporting per condition (bench_wallphoto); recorded, not drawn from the seeds.
    double tiltDegrees = 0;   ///< the note's tilt on the wall
    bool overlapping = false; ///< under or over another note
    int partner = -1;         ///< that note (index in Wall::notes)
    double darkestShade = 1;  ///< the strongest cast shadow over the note (1: none, 0.55: the darkest)
    double shadeSpread = 0;   ///< lightest minus darkest shade over the note: a shadow's edge crosses it
};

struct Wall
{
    QImage image; ///< RGB32, before JPEG
    int jpegQuality = 75;
    std::vector<TrueNote> notes;
    QString wallColour;
    double blurPixels = 0;         ///< the photo's Gaussian blur (sigma)
    double perspectiveDegrees = 0; ///< the camera's angle to the wall
    QByteArray jpeg() const;       ///< the photo as a phone would save it
};

/** Note texts in en/fr/es/pt: short phrases cut from the SIB-200 sentences in
 *  DATA/clustering/sib200-train-en-fr-es-pt.csv (the first words of each), or, without a data
 *  folder, a small built-in list. */
QStringList noteTexts(const QString &dataFolder = {});

/** Walls: "plaster", "cork" and one of each note colour. */
QStringList wallColours();
QStringList noteColours();
QColor colourOf(const QString &name);

struct WallSpec
{
    quint32 layoutSeed = 1; ///< the wall: notes, their places, colours, texts
    quint32 photoSeed = 1;  ///< the photograph: perspective, roll, light, shadows, glare, blur, JPEG
    QString wallColour = QStringLiteral("plaster");
    int noteCount = 0; ///< 0: uniform in the range
    QSize size = {ranges::photoWidth, ranges::photoHeight};
    bool effects = true; ///< light, shadows, glare, blur and noise (off: a clean photo)
};

Wall generateWall(const WallSpec &spec, const QStringList &texts);

} // namespace cabildo::wallgen
