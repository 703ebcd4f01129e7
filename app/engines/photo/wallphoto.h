#pragma once
// The paper wall (issue 15): a photograph of sticky notes in, one found note per paper note
// out (its outline on the photo, a straightened crop, the paper's colour), and a proposed
// text read by OCR. Pure computation: this engine cannot see the document, storage or the
// model; app/document's adapter turns found notes into notes on the board.

#include <QColor>
#include <QImage>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cabildo::photo {

/** A photo read for detection: upright (EXIF orientation applied), or why it was refused. */
struct WallPhoto
{
    QImage image;  ///< upright, Format_RGB32; null when refused
    QString error; ///< plain words for the facilitator ("not an image", "too large: … megapixels")
};

/** Reads a JPEG or PNG with its EXIF rotation applied. Refuses what is not an image, a file
 *  cut short, and photos over maxMegapixels (bounded memory); never throws or crashes. */
WallPhoto readWallPhoto(const QString &path, double maxMegapixels = 64.0);

/** One paper note found on the photo. */
struct FoundNote
{
    QPolygonF outline; ///< 4 corners in the upright photo's pixels, clockwise from top-left
    QImage image;      ///< the note straightened and cropped (perspective removed), sharp enough to read
    QColor paper;      ///< the paper's colour (median of its background pixels)
    double score = 0;  ///< 0–1, how sure the detector is
};

/** Progress 0–100; cancel is polled often (return promptly with what was found so far empty). */
struct DetectionControl
{
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(int percent)> progress;
};

/** Finds the sticky notes on an upright photo, in reading order (rows top to bottom, then
 *  left to right). Empty when there are none or when cancelled. */
std::vector<FoundNote> findNotes(const QImage &photo, const DetectionControl &control = {});

/** Straightens the area a facilitator marked by hand (a missed note): the same crop and
 *  paper colour as a detected note, score 1. */
FoundNote noteFromOutline(const QImage &photo, const QPolygonF &outline);

/** How a note's crop looks, for flagging a paper note photographed twice: a small grey copy
 *  (lookSize², its strokes with the background taken away, mean and contrast normalised, so light and exposure do not
 * count) and the paper's colour. A difference hash was not enough: different notes that each carry a short centred word
 * gave nearly the same hash. */
struct NoteLook
{
    QImage grey;  ///< Format_Grayscale8, lookSize × lookSize; null for a null crop
    QColor paper; ///< the paper's colour, as FoundNote::paper
    bool isNull() const { return grey.isNull(); }
};
inline constexpr int lookSize = 64;

NoteLook noteLook(const QImage &noteImage);
/** 0–1: 1 for the same picture; the best normalised correlation of the two grey copies
 *  over small shifts (a crop's outline moves a little from one photo to the next). */
double lookSimilarity(const NoteLook &a, const NoteLook &b);
/** Similar enough (lookSimilarity over a threshold tuned on generated walls) and paper of the
 *  same colour family. Never true when either is null. */
bool likelySameNote(const NoteLook &a, const NoteLook &b);
/** lookSimilarity when likelySameNote, else 0: both from one comparison. */
double sameNoteScore(const NoteLook &a, const NoteLook &b);

/** OCR of one note's crop. Tesseract is optional at run time: without its data for the
 *  languages asked, isAvailable() is false and read() returns an empty text. */
class NoteReader
{
public:
    /** languages: ISO 639-1 codes ("en", "fr", "es", "pt"); unknown ones are skipped. */
    explicit NoteReader(const QStringList &languages);
    ~NoteReader();
    NoteReader(const NoteReader &) = delete;
    NoteReader &operator=(const NoteReader &) = delete;

    bool isAvailable() const;
    struct Reading
    {
        QString text;          ///< lines joined with '\n', trimmed; empty when nothing was read
        double confidence = 0; ///< 0–1
    };
    /** Not thread-safe: one reader per thread. */
    Reading read(const QImage &noteImage);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cabildo::photo
