#include "photoimport.h"

#include "boardplacement.h"
#include "document/eventdocument.h"
#include "model/notecolour.h"

#include <QHash>
#include <QPoint>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {

const qreal pitchX = Note::size().width() + BoardPlacement::gap;
const qreal pitchY = Note::size().height() + BoardPlacement::gap;

/** Degrees apart on the colour wheel, 0–180. */
qreal hueDistance(qreal a, qreal b)
{
    const qreal d = std::fabs(a - b);
    return std::min(d, 360 - d);
}

/**
 * The nearest free cell to `wanted`, ring by ring: notes that overlap on the wall, or that
 * round to one cell, take the cell beside, so that no two cover each other on the board.
 */
QPoint nearestFreeCell(QPoint wanted, const QSet<QPair<int, int>> &taken)
{
    if (!taken.contains({wanted.x(), wanted.y()}))
        return wanted;
    for (int ring = 1;; ++ring) {
        QPoint best;
        qreal bestDistance = -1;
        for (int dy = -ring; dy <= ring; ++dy)
            for (int dx = -ring; dx <= ring; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const QPoint cell(wanted.x() + dx, wanted.y() + dy);
                // Measured in board units: a cell beside is nearer than one below.
                const qreal distance = std::hypot(dx * pitchX, dy * pitchY);
                if (!taken.contains({cell.x(), cell.y()}) && (bestDistance < 0 || distance < bestDistance)) {
                    best = cell;
                    bestDistance = distance;
                }
            }
        if (bestDistance >= 0)
            return best;
    }
}

/** Cells (column, row) for the notes' centres on the photo, in the notes' order. */
QList<QPoint> wallCells(const std::vector<photo::FoundNote> &found)
{
    // One note's width on the photo becomes one cell: the median, so that a few big or
    // small detections do not stretch the layout.
    QList<qreal> widths;
    QList<qreal> heights;
    for (const photo::FoundNote &note : found) {
        widths.append(note.outline.boundingRect().width());
        heights.append(note.outline.boundingRect().height());
    }
    std::sort(widths.begin(), widths.end());
    std::sort(heights.begin(), heights.end());
    const qreal cellWidth = std::max<qreal>(1, widths.at(widths.size() / 2) * pitchX / Note::size().width());
    const qreal cellHeight = std::max<qreal>(1, heights.at(heights.size() / 2) * pitchY / Note::size().height());

    // Cells counted from the top-left note's centre: notes in line with it on the wall stay
    // in line with it on the board, whatever the photo's margins.
    QPointF first = found.front().outline.boundingRect().center();
    for (const photo::FoundNote &note : found) {
        first.rx() = std::min(first.x(), note.outline.boundingRect().center().x());
        first.ry() = std::min(first.y(), note.outline.boundingRect().center().y());
    }
    QList<QPoint> cells;
    QSet<QPair<int, int>> taken;
    for (const photo::FoundNote &note : found) {
        const QPointF centre = note.outline.boundingRect().center() - first;
        const QPoint wanted(int(std::lround(centre.x() / cellWidth)), int(std::lround(centre.y() / cellHeight)));
        const QPoint cell = nearestFreeCell(wanted, taken);
        taken.insert({cell.x(), cell.y()});
        cells.append(cell);
    }
    return cells;
}

/** What new notes must not cover: the notes on the board, a theme's as its frame. */
QList<QRectF> occupied(const EventDocument &document)
{
    QList<QRectF> taken;
    QHash<qint64, QRectF> themes;
    for (qint64 id : document.noteIds()) {
        const Note *note = document.note(id);
        if (note->state == NoteState::Pending)
            continue; // not on the wall
        const QRectF rect(note->pos, Note::size());
        if (note->themeId != 0)
            themes[note->themeId] |= rect;
        else
            taken.append(rect);
    }
    for (const QRectF &notes : std::as_const(themes))
        taken.append(BoardPlacement::frameAround(notes));
    return taken;
}

} // namespace

QString nearestColourKey(const QColor &paper)
{
    // A photo changes a paper's brightness and saturation with the light, much less its hue:
    // hue decides, except for papers with little colour, which are grey (or white).
    const QColor hsv = paper.toHsv();
    if (!paper.isValid() || hsv.hsvSaturationF() < 0.15 || hsv.hsvHueF() < 0)
        return QStringLiteral("grey");
    QString best = NoteColour::defaultKey();
    qreal bestDistance = 361;
    for (const NoteColour &colour : NoteColour::palette()) {
        const QColor fill = colour.fill.toHsv();
        if (fill.hsvHueF() < 0)
            continue; // grey has no hue
        const qreal distance = hueDistance(hsv.hsvHueF() * 360, fill.hsvHueF() * 360);
        if (distance < bestDistance) {
            best = colour.key;
            bestDistance = distance;
        }
    }
    return best;
}

QList<PhotoNote> photoNotesFrom(const std::vector<photo::FoundNote> &found, const QSize &photoSize,
                                const EventDocument &document)
{
    Q_UNUSED(photoSize) // the cells follow the notes' own size, whatever the photo's
    QList<PhotoNote> notes;
    if (found.empty())
        return notes;
    const QList<QPoint> cells = wallCells(found);
    int left = cells.constFirst().x();
    int top = cells.constFirst().y();
    int right = left;
    int bottom = top;
    for (const QPoint &cell : cells) {
        left = std::min(left, cell.x());
        top = std::min(top, cell.y());
        right = std::max(right, cell.x());
        bottom = std::max(bottom, cell.y());
    }
    const QSizeF block((right - left) * pitchX + Note::size().width(), (bottom - top) * pitchY + Note::size().height());

    // The wall as one block, in free space beside the notes there, as a new theme's block
    // goes: as wide as a 16:9 area holding both.
    const QList<QRectF> taken = occupied(document);
    QRectF used(0, 0, 1, 1);
    qreal area = block.width() * block.height();
    for (const QRectF &rect : taken) {
        used |= rect;
        area += rect.width() * rect.height();
    }
    const qreal width = std::max({used.width(), block.width(), std::sqrt(area * 16.0 / 9.0)});
    const QPointF origin =
        BoardPlacement::firstFreeSpots({block}, taken, used.topLeft(), width).value(0, used.topLeft());

    for (size_t i = 0; i < found.size(); ++i) {
        const photo::FoundNote &paper = found.at(i);
        PhotoNote photoNote;
        Note &note = photoNote.note;
        note = Note::create(QString(), NoteSource::Photo);
        note.colour = nearestColourKey(paper.paper);
        note.textChecked = false;
        const QPoint cell = cells.at(qsizetype(i));
        note.pos = origin + QPointF((cell.x() - left) * pitchX, (cell.y() - top) * pitchY);
        photoNote.image = paper.image;
        notes.append(photoNote);
    }
    return notes;
}

QList<qint64> likelyDuplicates(const std::vector<photo::FoundNote> &found, const EventDocument &document)
{
    return likelyDuplicates(found, earlierLooks(document));
}

EarlierLooks earlierLooks(const EventDocument &document)
{
    // Only notes from earlier photos that still have their picture can be told apart by it.
    EarlierLooks earlier;
    for (qint64 id : document.noteIds())
        if (document.note(id)->source == NoteSource::Photo && document.hasNoteImage(id))
            earlier.append({id, photo::noteLook(document.noteImage(id))});
    return earlier;
}

QList<qint64> likelyDuplicates(const std::vector<photo::FoundNote> &found, const EarlierLooks &earlier,
                               const std::atomic<bool> *cancel)
{
    QList<qint64> duplicates;
    for (const photo::FoundNote &note : found) {
        if (cancel && *cancel)
            return {};
        const photo::NoteLook look = photo::noteLook(note.image);
        qint64 same = 0;
        double best = -1;
        for (const auto &[id, other] : earlier)
            if (const double score = photo::sameNoteScore(look, other); score > 0 && score > best) {
                same = id;
                best = score;
            }
        duplicates.append(same);
    }
    return duplicates;
}

} // namespace cabildo
