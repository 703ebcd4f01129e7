// The photo engine on generated walls (issue 15): bench_wallphoto DATA_FOLDER [PHOTOS_PER_WALL]
// [OCR_NOTES_PER_PHOTO]. For each wall colour, PHOTOS_PER_WALL 12 MP photos (tests/support/wallgen,
// ranges fixed before tuning) are saved as JPEG, read back and searched; a note counts as found
// when a detection's outline overlaps its true outline by IoU ≥ 0.7. Prints precision and
// recall per wall, seconds per photo (reading + detection), and OCR's character error rate on
// block capitals and on a handwriting font (which flatters OCR: real hands are less regular)
// over the first OCR_NOTES_PER_PHOTO found notes of each photo (OCR is slow: a sample).

#include "photo/wallphoto.h"
#include "wallgen.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <optional>

using namespace cabildo;

namespace {

double area(const QPolygonF &p)
{
    double twice = 0;
    for (qsizetype i = 0; i < p.size(); ++i)
        twice += p[i].x() * p[(i + 1) % p.size()].y() - p[(i + 1) % p.size()].x() * p[i].y();
    return std::abs(twice) / 2;
}

double iou(const QPolygonF &a, const QPolygonF &b)
{
    if (!a.boundingRect().intersects(b.boundingRect()))
        return 0;
    const double common = area(a.intersected(b));
    return common / (area(a) + area(b) - common);
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size() + 1));
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

/** Precision and recall for the notes of one condition: a false detection counts against the
 *  condition of the true note it overlaps most (or none, when it lies on the bare wall). */
struct Condition
{
    const char *label;
    std::function<bool(const wallgen::TrueNote &, const wallgen::Wall &)> holds;
    int truths = 0, matched = 0, falses = 0;
};

std::vector<Condition> conditions()
{
    using N = const wallgen::TrueNote &;
    using W = const wallgen::Wall &;
    const auto tilt = [](N n) { return std::abs(n.tiltDegrees); };
    const auto edge = [](N n) { return n.shadeSpread > 0.08; };
    return {
        {"not overlapping", [](N n, W) { return !n.overlapping; }},
        {"overlapping (under or over)", [](N n, W) { return n.overlapping; }},
        {"  over another", [](N n, W) { return n.overlapping && n.visibleShare == 1; }},
        {"  under another", [](N n, W) { return n.visibleShare < 1; }},
        {"    of the same colour",
         [](N n, W w) { return n.visibleShare < 1 && w.notes[size_t(n.partner)].colour == n.colour; }},
        {"    of another colour",
         [](N n, W w) { return n.visibleShare < 1 && w.notes[size_t(n.partner)].colour != n.colour; }},
        {"paper of the wall's colour", [](N n, W w) { return n.colour == w.wallColour; }},
        {"paper unlike the wall", [](N n, W w) { return n.colour != w.wallColour; }},
        {"tilt 0-10 deg", [=](N n, W) { return tilt(n) < 10; }},
        {"tilt 10-20 deg", [=](N n, W) { return tilt(n) >= 10 && tilt(n) < 20; }},
        {"tilt 20-25 deg", [=](N n, W) { return tilt(n) >= 20; }},
        {"no cast shadow", [=](N n, W) { return n.darkestShade > 0.97; }},
        {"in a cast shadow", [=](N n, W) { return n.darkestShade <= 0.97 && !edge(n); }},
        {"cut by a shadow's edge", [=](N n, W) { return n.darkestShade <= 0.97 && edge(n); }},
        {"blur 0-1 px", [](N, W w) { return w.blurPixels < 1; }},
        {"blur 1-2 px", [](N, W w) { return w.blurPixels >= 1; }},
        {"perspective 0-15 deg", [](N, W w) { return w.perspectiveDegrees < 15; }},
        {"perspective 15-30 deg", [](N, W w) { return w.perspectiveDegrees >= 15; }},
        {"block capitals", [](N n, W) { return n.lettering == wallgen::Lettering::Block; }},
        {"handwriting font", [](N n, W) { return n.lettering == wallgen::Lettering::Handwriting; }},
    };
}

struct Tally
{
    int truths = 0, found = 0, matched = 0;
    double seconds = 0;
    int photos = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_wallphoto DATA_FOLDER [PHOTOS_PER_WALL] [OCR_NOTES_PER_PHOTO]\n");
        return 2;
    }
    const QStringList texts = wallgen::noteTexts(args.at(1));
    const int perWall = args.size() > 2 ? args.at(2).toInt() : 2;
    const int ocrPerPhoto = args.size() > 3 ? args.at(3).toInt() : 6;
    QTemporaryDir folder;
    // BENCH_WALLPHOTO_OCR=en: OCR in fewer languages (all four by default, as a wall in four).
    const QStringList languages =
        qEnvironmentVariable("BENCH_WALLPHOTO_OCR", QStringLiteral("en,fr,es,pt")).split(QLatin1Char(','));
    photo::NoteReader reader(languages);
    std::printf("%d texts; OCR %s\n", int(texts.size()), reader.isAvailable() ? "available" : "NOT available");
    std::printf("%-8s %6s %6s %6s %9s %8s %9s\n", "wall", "photos", "notes", "found", "precision", "recall", "s/photo");
    Tally all;
    std::vector<Condition> byCondition = conditions();
    int bareWallFalses = 0;
    // OCR: edit distance and true length, per lettering.
    int ocrDistance[2] = {0, 0}, ocrLength[2] = {0, 0}, ocrNotes = 0;
    double ocrSeconds = 0;
    // BENCH_WALLPHOTO_WALLS=purple,blue: only those walls (while looking into one condition).
    const QStringList only = qEnvironmentVariable("BENCH_WALLPHOTO_WALLS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &colour : wallgen::wallColours()) {
        if (!only.isEmpty() && !only.contains(colour))
            continue;
        Tally tally;
        for (int i = 0; i < perWall; ++i) {
            wallgen::WallSpec spec;
            spec.wallColour = colour;
            spec.layoutSeed = quint32(qHash(colour) % 100000) * 100 + quint32(i) + 1;
            spec.photoSeed = spec.layoutSeed * 31 + 5;
            const wallgen::Wall wall = wallgen::generateWall(spec, texts);
            const QString path = qEnvironmentVariableIsSet("BENCH_WALLPHOTO_KEEP")
                                     ? QStringLiteral("/tmp/bench-%1-%2.jpg").arg(colour).arg(i)
                                     : folder.filePath(QStringLiteral("wall.jpg"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(wall.jpeg()) < 0)
                return 1;
            file.close();
            QElapsedTimer timer;
            timer.start();
            const photo::WallPhoto read = photo::readWallPhoto(path);
            const std::vector<photo::FoundNote> found = photo::findNotes(read.image);
            tally.seconds += timer.nsecsElapsed() / 1e9;
            ++tally.photos;
            tally.truths += int(wall.notes.size());
            tally.found += int(found.size());
            // Greedy one-to-one matching, best overlap first.
            std::vector<std::tuple<double, size_t, size_t>> pairs;
            for (size_t t = 0; t < wall.notes.size(); ++t)
                for (size_t f = 0; f < found.size(); ++f)
                    if (const double o = iou(wall.notes[t].outline, found[f].outline); o >= 0.7)
                        pairs.emplace_back(o, t, f);
            std::sort(pairs.rbegin(), pairs.rend());
            std::vector<bool> truthUsed(wall.notes.size()), foundUsed(found.size());
            int ocrDone = 0;
            for (const auto &[o, t, f] : pairs) {
                if (truthUsed[t] || foundUsed[f])
                    continue;
                truthUsed[t] = foundUsed[f] = true;
                ++tally.matched;
                if (reader.isAvailable() && ocrDone < ocrPerPhoto) {
                    ++ocrDone;
                    QElapsedTimer ocrTimer;
                    ocrTimer.start();
                    const QString readText = reader.read(found[f].image).text.simplified();
                    ocrSeconds += ocrTimer.nsecsElapsed() / 1e9;
                    ++ocrNotes;
                    const QString truth = wall.notes[t].text.simplified();
                    const int kind = wall.notes[t].lettering == wallgen::Lettering::Block ? 0 : 1;
                    ocrDistance[kind] += editDistance(readText, truth);
                    ocrLength[kind] += int(truth.size());
                }
            }
            // Per condition: each false detection goes to the true note it overlaps most.
            std::vector<int> falsesAt(wall.notes.size(), 0);
            for (size_t f = 0; f < found.size(); ++f) {
                if (foundUsed[f])
                    continue;
                double most = 0;
                std::optional<size_t> at;
                for (size_t t = 0; t < wall.notes.size(); ++t)
                    if (const double o = iou(wall.notes[t].outline, found[f].outline); o > most)
                        most = o, at = t;
                if (at)
                    ++falsesAt[*at];
                else
                    ++bareWallFalses;
            }
            for (Condition &c : byCondition)
                for (size_t t = 0; t < wall.notes.size(); ++t)
                    if (c.holds(wall.notes[t], wall)) {
                        ++c.truths;
                        c.matched += truthUsed[t] ? 1 : 0;
                        c.falses += falsesAt[t];
                    }
            if (qEnvironmentVariableIsSet("BENCH_WALLPHOTO_KEEP")) { // found in green, missed in red
                QImage shown = read.image.copy();
                QPainter p(&shown);
                p.setPen(QPen(Qt::green, 4));
                for (size_t f = 0; f < found.size(); ++f)
                    p.drawPolygon(found[f].outline);
                p.setPen(QPen(Qt::red, 6, Qt::DashLine));
                for (size_t t = 0; t < wall.notes.size(); ++t)
                    if (!truthUsed[t])
                        p.drawPolygon(wall.notes[t].outline);
                p.end();
                shown.save(QStringLiteral("/tmp/bench-%1-%2-found.png").arg(colour).arg(i));
            }
            if (qEnvironmentVariableIsSet("BENCH_WALLPHOTO_VERBOSE")) {
                for (size_t t = 0; t < wall.notes.size(); ++t)
                    if (!truthUsed[t]) {
                        const QRectF r = wall.notes[t].outline.boundingRect();
                        std::printf("  missed %s note at %.0f,%.0f %.0fx%.0f visible %.2f\n",
                                    qPrintable(wall.notes[t].colour), r.x(), r.y(), r.width(), r.height(),
                                    wall.notes[t].visibleShare);
                    }
                for (size_t f = 0; f < found.size(); ++f)
                    if (!foundUsed[f]) {
                        const QRectF r = found[f].outline.boundingRect();
                        std::printf("  false at %.0f,%.0f %.0fx%.0f\n", r.x(), r.y(), r.width(), r.height());
                    }
            }
        }
        std::printf("%-8s %6d %6d %6d %8.1f%% %7.1f%% %9.2f\n", qPrintable(colour), tally.photos, tally.truths,
                    tally.found, 100.0 * tally.matched / std::max(1, tally.found),
                    100.0 * tally.matched / std::max(1, tally.truths), tally.seconds / tally.photos);
        std::fflush(stdout);
        all.photos += tally.photos, all.truths += tally.truths, all.found += tally.found;
        all.matched += tally.matched, all.seconds += tally.seconds;
    }
    std::printf("%-8s %6d %6d %6d %8.1f%% %7.1f%% %9.2f\n", "all", all.photos, all.truths, all.found,
                100.0 * all.matched / std::max(1, all.found), 100.0 * all.matched / std::max(1, all.truths),
                all.seconds / std::max(1, all.photos));
    std::printf("\n%-30s %6s %6s %6s %9s %8s\n", "condition", "notes", "found", "false", "precision", "recall");
    for (const Condition &c : byCondition)
        std::printf("%-30s %6d %6d %6d %8.1f%% %7.1f%%\n", c.label, c.truths, c.matched, c.falses,
                    100.0 * c.matched / std::max(1, c.matched + c.falses), 100.0 * c.matched / std::max(1, c.truths));
    std::printf("(a false detection counts against the note it overlaps most; %d lay on bare wall)\n", bareWallFalses);
    if (ocrNotes > 0) {
        std::printf("OCR (%s) on %d found notes: character error rate %.1f%% block capitals, %.1f%% "
                    "handwriting font; %.2f s per note, so %.0f s for a photo of %.0f notes\n",
                    qPrintable(languages.join(QLatin1Char('+'))), ocrNotes,
                    100.0 * ocrDistance[0] / std::max(1, ocrLength[0]),
                    100.0 * ocrDistance[1] / std::max(1, ocrLength[1]), ocrSeconds / ocrNotes,
                    ocrSeconds / ocrNotes * all.truths / std::max(1, all.photos), double(all.truths) / all.photos);
    }
    return 0;
}
