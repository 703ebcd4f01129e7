#include "wallgen.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QTransform>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace cabildo::wallgen {

namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double unit = 100; // a square note's side on the wall
constexpr double facePixelsPerUnit = 5;

class Rng
{
public:
    explicit Rng(quint32 seed) : m_engine(seed) {}
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(m_engine); }
    int integer(int a, int b) { return std::uniform_int_distribution<int>(a, b)(m_engine); }
    bool chance(double p) { return uniform(0, 1) < p; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(integer(0, int(list.size()) - 1)); }
    std::mt19937 &engine() { return m_engine; }

private:
    std::mt19937 m_engine;
};

struct Placed
{
    QPointF centre;
    QSizeF size;
    double tilt = 0;
    QString colour;
    QColor paper;
    QString text;
    Lettering lettering = Lettering::Block;
    QColor ink;
    int z = 0;
    double visibleShare = 1;
    int id = 0;
};

QPolygonF wallCorners(const Placed &n)
{
    QTransform t;
    t.translate(n.centre.x(), n.centre.y());
    t.rotate(n.tilt);
    const double w = n.size.width() / 2, h = n.size.height() / 2;
    return t.map(QPolygonF({QPointF(-w, -h), QPointF(w, -h), QPointF(w, h), QPointF(-w, h)}));
}

double area(const QPolygonF &p)
{
    double twice = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QPointF &a = p[i], &b = p[(i + 1) % p.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

double overlapShare(const Placed &under, const Placed &over)
{
    const QPolygonF a = wallCorners(under);
    return area(a.intersected(wallCorners(over))) / area(a);
}

QString fontFamily(const QString &file, const QString &fallback)
{
    static std::map<QString, QString> loaded;
    if (!loaded.count(file)) {
        const int id = QFontDatabase::addApplicationFont(file);
        const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        loaded[file] = families.isEmpty() ? fallback : families.first();
    }
    return loaded[file];
}

QFont letteringFont(Lettering lettering)
{
    // Block capitals as with a marker; a handwriting font (fonts-dkg-handwriting) for the rest.
    // Fonts are far more regular than hands, so OCR figures on them flatter real handwriting.
    QFont font(lettering == Lettering::Block
                   ? fontFamily(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                                QStringLiteral("DejaVu Sans"))
                   : fontFamily(QStringLiteral("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"),
                                QStringLiteral("DejaVu Serif")));
    font.setBold(lettering == Lettering::Block);
    return font;
}

/** Words wrapped greedily into lines no wider than `width`. */
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

/** The note's face at `pixelsPerUnit`, and its text as wrapped. The writing is laid out at one
 *  resolution (facePixelsPerUnit) and scaled, so it wraps the same way on every photo. */
QImage noteFace(Placed &n, double pixelsPerUnit, Rng &rng)
{
    const QSize size(std::max(8, int(n.size.width() * pixelsPerUnit)),
                     std::max(8, int(n.size.height() * pixelsPerUnit)));
    const QSizeF layout = n.size * facePixelsPerUnit;
    QImage face(size, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&face);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // The glued strip at the top is a shade apart; the paper fades a little towards the free end.
    QLinearGradient paper(0, 0, 0, size.height());
    paper.setColorAt(0, n.paper.darker(102));
    paper.setColorAt(0.18, n.paper);
    paper.setColorAt(1, n.paper.lighter(101 + rng.integer(0, 3)));
    p.fillRect(face.rect(), paper);
    p.scale(size.width() / layout.width(), size.height() / layout.height());
    QFont font = letteringFont(n.lettering);
    const double margin = 0.1 * layout.width();
    const QRectF box(margin, margin, layout.width() - 2 * margin, layout.height() - 2 * margin);
    QStringList lines;
    for (double px = 0.24 * layout.height(); px >= 6; px *= 0.92) {
        font.setPixelSize(int(px));
        const QFontMetricsF metrics(font);
        lines = wrapped(n.text, metrics, box.width());
        bool fits = metrics.lineSpacing() * lines.size() <= box.height();
        for (const QString &line : std::as_const(lines))
            fits = fits && metrics.horizontalAdvance(line) <= box.width();
        if (fits)
            break;
    }
    n.text = lines.join(QLatin1Char('\n'));
    p.setFont(font);
    p.setPen(n.ink);
    const QFontMetricsF metrics(font);
    double y = box.center().y() - metrics.lineSpacing() * lines.size() / 2 + metrics.ascent();
    for (const QString &line : std::as_const(lines)) {
        const double x = box.center().x() - metrics.horizontalAdvance(line) / 2;
        p.save();
        if (n.lettering == Lettering::Handwriting) { // a hand drifts: each line a little askew
            p.translate(x, y);
            p.rotate(rng.uniform(-3, 3));
            p.drawText(QPointF(rng.uniform(-0.03, 0.03) * box.width(), 0), line);
        } else {
            p.drawText(QPointF(x, y), line);
        }
        p.restore();
        y += metrics.lineSpacing();
    }
    return face;
}

/** A soft shadow of a note-sized rectangle: alpha only, blurred, with room around it. */
QImage shadowOf(QSize face, double blurPixels, double opacity, int pad)
{
    cv::Mat alpha(face.height() + 2 * pad, face.width() + 2 * pad, CV_8UC1, cv::Scalar(0));
    alpha(cv::Rect(pad, pad, face.width(), face.height())).setTo(cv::Scalar(int(255 * opacity)));
    if (blurPixels > 0.3)
        cv::GaussianBlur(alpha, alpha, cv::Size(0, 0), blurPixels);
    QImage shadow(alpha.cols, alpha.rows, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < alpha.rows; ++y) {
        auto *line = reinterpret_cast<QRgb *>(shadow.scanLine(y));
        for (int x = 0; x < alpha.cols; ++x)
            line[x] = qRgba(0, 0, 0, alpha.at<uchar>(y, x));
    }
    return shadow;
}

/** Rotation by `angle` about a unit axis (Rodrigues), row-major 3×3. */
std::array<double, 9> rotation(double ax, double ay, double az, double angle)
{
    const double c = std::cos(angle), s = std::sin(angle), t = 1 - c;
    return {t * ax * ax + c,      t * ax * ay - s * az, t * ax * az + s * ay, t * ax * ay + s * az, t * ay * ay + c,
            t * ay * az - s * ax, t * ax * az - s * ay, t * ay * az + s * ax, t * az * az + c};
}

std::array<double, 9> multiply(const std::array<double, 9> &a, const std::array<double, 9> &b)
{
    std::array<double, 9> m{};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            for (int k = 0; k < 3; ++k)
                m[size_t(r * 3 + c)] += a[size_t(r * 3 + k)] * b[size_t(k * 3 + c)];
    return m;
}

/** Wall → photo: the camera turned by up to 30° from facing the wall, rolled a little, and the
 *  wall's notes fitted into the frame with a margin. */
QTransform camera(const QRectF &notes, QSize photo, Rng &rng, double &perspectiveDegrees)
{
    const double tiltAngle = rng.uniform(0, ranges::maxPerspectiveDegrees) * pi / 180;
    perspectiveDegrees = tiltAngle * 180 / pi;
    const double direction = rng.uniform(0, 2 * pi);
    const double roll = rng.uniform(-ranges::maxRollDegrees, ranges::maxRollDegrees) * pi / 180;
    const auto r = multiply(rotation(0, 0, 1, roll), rotation(std::cos(direction), std::sin(direction), 0, tiltAngle));
    const double distance = 1.6 * std::hypot(notes.width(), notes.height());
    const double cx = notes.center().x(), cy = notes.center().y();
    // Columns r1, r2 and t = (0, 0, distance) of the plane's projection, about the notes' centre.
    const QTransform centred = QTransform::fromTranslate(-cx, -cy);
    const QTransform project(r[0], r[3], r[6], r[1], r[4], r[7], 0, 0, distance);
    const QTransform view = centred * project;
    const QRectF seen = view.map(QPolygonF(notes)).boundingRect();
    const double scale = std::min(photo.width() * 0.94 / seen.width(), photo.height() * 0.94 / seen.height());
    return view * QTransform::fromTranslate(-seen.center().x(), -seen.center().y())
           * QTransform::fromScale(scale, scale) * QTransform::fromTranslate(photo.width() / 2.0, photo.height() / 2.0);
}

/** Uneven light, 0–2 soft shadows and 0–2 glare spots, a blur and sensor noise, in place.
 *  `shadeOut` gets the cast shadows' gain at 1/8 of the photo, `blurOut` the blur. */
void photograph(QImage &image, Rng &rng, cv::Mat &shadeOut, double &blurOut)
{
    const int w = image.width(), h = image.height(), sw = std::max(8, w / 8), sh = std::max(8, h / 8);
    cv::Mat light(sh, sw, CV_32FC1), glare(sh, sw, CV_32FC1, cv::Scalar(0)), shade(sh, sw, CV_32FC1, cv::Scalar(1));
    const double base = rng.uniform(0.8, 1.05), gradient = rng.uniform(0, 0.35), angle = rng.uniform(0, 2 * pi);
    const double vignette = rng.uniform(0, 0.3);
    for (int y = 0; y < sh; ++y) {
        for (int x = 0; x < sw; ++x) {
            const double u = (x - sw / 2.0) / sw, v = (y - sh / 2.0) / sw;
            light.at<float>(y, x) = float(base * (1 + gradient * (u * std::cos(angle) + v * std::sin(angle)))
                                          * (1 - vignette * (u * u + v * v) * 2));
        }
    }
    for (int i = rng.integer(0, 2); i > 0; --i) { // someone or something between the lamp and the wall
        cv::ellipse(shade, cv::Point(rng.integer(0, sw), rng.integer(0, sh)),
                    cv::Size(int(rng.uniform(0.1, 0.35) * sw), int(rng.uniform(0.1, 0.35) * sw)), rng.uniform(0, 180),
                    0, 360, cv::Scalar(rng.uniform(0.55, 0.85)), cv::FILLED);
    }
    cv::GaussianBlur(shade, shade, cv::Size(0, 0), rng.uniform(1, 4));
    shadeOut = shade.clone();
    for (int i = rng.integer(0, 2); i > 0; --i) { // a lamp or a window caught in the glossy paper
        cv::ellipse(glare, cv::Point(rng.integer(0, sw), rng.integer(0, sh)),
                    cv::Size(int(rng.uniform(0.03, 0.12) * sw), int(rng.uniform(0.03, 0.12) * sw)), rng.uniform(0, 180),
                    0, 360, cv::Scalar(rng.uniform(40, 140)), cv::FILLED);
    }
    cv::GaussianBlur(glare, glare, cv::Size(0, 0), rng.uniform(2, 6));
    cv::Mat gain, add;
    cv::resize(light.mul(shade), gain, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
    cv::resize(glare, add, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const float *g = gain.ptr<float>(y), *a = add.ptr<float>(y);
        for (int x = 0; x < w; ++x) {
            const auto f = [&](int c) { return std::clamp(int(c * g[x] + a[x]), 0, 255); };
            line[x] = qRgb(f(qRed(line[x])), f(qGreen(line[x])), f(qBlue(line[x])));
        }
    }
    const double blur = rng.uniform(0, ranges::maxBlurPixels);
    blurOut = blur;
    cv::Mat view(h, w, CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
    if (blur > 0.3)
        cv::GaussianBlur(view, view, cv::Size(0, 0), blur);
    // Sensor noise: the sum of four uniforms is close enough to a Gaussian, and fast.
    const double sigma = rng.uniform(1.5, 4);
    quint32 state = quint32(rng.integer(1, 1 << 30));
    const auto noise = [&]() {
        double sum = 0;
        for (int k = 0; k < 4; ++k) {
            state ^= state << 13, state ^= state >> 17, state ^= state << 5;
            sum += (state & 0xffff) / 65535.0 - 0.5;
        }
        return sum * sigma * 1.732;
    };
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const double n = noise();
            const auto f = [&](int c) { return std::clamp(int(c + n + 0.5), 0, 255); };
            line[x] = qRgb(f(qRed(line[x])), f(qGreen(line[x])), f(qBlue(line[x])));
        }
    }
}

} // namespace

QStringList wallColours()
{
    return QStringList{QStringLiteral("plaster"), QStringLiteral("cork")} + noteColours();
}

QStringList noteColours()
{
    return {QStringLiteral("yellow"), QStringLiteral("pink"),   QStringLiteral("orange"), QStringLiteral("green"),
            QStringLiteral("blue"),   QStringLiteral("purple"), QStringLiteral("white")};
}

QColor colourOf(const QString &name)
{
    static const std::map<QString, QColor> colours = {
        {QStringLiteral("yellow"), QColor(252, 238, 120)}, {QStringLiteral("pink"), QColor(250, 150, 190)},
        {QStringLiteral("orange"), QColor(252, 176, 92)},  {QStringLiteral("green"), QColor(172, 228, 132)},
        {QStringLiteral("blue"), QColor(140, 198, 242)},   {QStringLiteral("purple"), QColor(190, 162, 228)},
        {QStringLiteral("white"), QColor(246, 246, 242)},  {QStringLiteral("plaster"), QColor(222, 219, 210)},
        {QStringLiteral("cork"), QColor(178, 136, 92)}};
    const auto it = colours.find(name);
    return it == colours.end() ? QColor(Qt::gray) : it->second;
}

QStringList noteTexts(const QString &dataFolder)
{
    QStringList texts;
    QFile file(dataFolder + QLatin1String("/clustering/sib200-train-en-fr-es-pt.csv"));
    if (!dataFolder.isEmpty() && file.open(QIODevice::ReadOnly)) {
        file.readLine(); // ref,text,label
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine()).trimmed();
            // ref,"text, maybe with commas",label
            const qsizetype first = line.indexOf(QLatin1Char(',')), last = line.lastIndexOf(QLatin1Char(','));
            if (first < 0 || last <= first)
                continue;
            QString text = line.mid(first + 1, last - first - 1);
            if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
                text = text.mid(1, text.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
            // A note is a few words: the sentence's first two to six, by its length.
            QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const qsizetype keep = 2 + qsizetype(qHash(text) % 5);
            words = words.mid(0, keep);
            while (!words.isEmpty() && words.last().size() < 3 && words.size() > 2)
                words.removeLast();
            QString note = words.join(QLatin1Char(' '));
            while (!note.isEmpty() && QStringLiteral(",.;:").contains(note.back()))
                note.chop(1);
            if (note.size() >= 4)
                texts << note;
        }
    }
    if (texts.isEmpty()) {
        texts = {QStringLiteral("More bike lanes"),
                 QStringLiteral("Open data for all"),
                 QStringLiteral("Quiet rooms please"),
                 QStringLiteral("Childcare during sessions"),
                 QStringLiteral("Transporte público"),
                 QStringLiteral("Más árboles en la plaza"),
                 QStringLiteral("Logement abordable"),
                 QStringLiteral("Moins de réunions"),
                 QStringLiteral("Educação ambiental"),
                 QStringLiteral("Mais bibliotecas"),
                 QStringLiteral("Energía solar"),
                 QStringLiteral("Jardins partagés"),
                 QStringLiteral("Safe crossings near schools"),
                 QStringLiteral("Saúde mental"),
                 QStringLiteral("Accessible toilets"),
                 QStringLiteral("Budget participatif")};
    }
    return texts;
}

QByteArray Wall::jpeg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(jpegQuality);
    writer.write(image);
    return bytes;
}

Wall generateWall(const WallSpec &spec, const QStringList &texts)
{
    Rng layout(spec.layoutSeed);
    Wall wall;
    wall.wallColour = spec.wallColour;
    const int count = spec.noteCount > 0 ? spec.noteCount : layout.integer(ranges::minNotes, ranges::maxNotes);
    // A grid with a tenth of its cells empty; a cell holds a 1.5:1 note tilted by 25°.
    const double cell = 1.85 * unit;
    const int cells = count + std::max(1, count / 10);
    const int columns = std::max(1, int(std::ceil(std::sqrt(cells * 4.0 / 3.0))));
    const int rows = (cells + columns - 1) / columns;
    std::vector<int> order(size_t(columns * rows));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::shuffle(order.begin(), order.end(), layout.engine());
    order.resize(size_t(count));
    std::sort(order.begin(), order.end());
    const bool sameColourWall = noteColours().contains(spec.wallColour);
    static const QList<QColor> inks = {QColor(20, 20, 24), QColor(18, 30, 90), QColor(30, 30, 30), QColor(90, 20, 30)};
    std::vector<Placed> notes;
    std::map<int, size_t> byCell;
    for (int c : order) {
        Placed n;
        n.id = int(notes.size());
        const int kind = layout.integer(0, 9);
        n.size = kind < 7 ? QSizeF(unit, unit) : kind < 9 ? QSizeF(1.5 * unit, unit) : QSizeF(unit, 1.5 * unit);
        n.tilt = layout.uniform(-ranges::maxTiltDegrees, ranges::maxTiltDegrees);
        const QRectF bounds = wallCorners(n).boundingRect();
        const double slackX = std::max(0.0, cell - bounds.width() - 4),
                     slackY = std::max(0.0, cell - bounds.height() - 4);
        n.centre = QPointF((c % columns + 0.5) * cell + layout.uniform(-slackX, slackX) / 2,
                           (c / columns + 0.5) * cell + layout.uniform(-slackY, slackY) / 2);
        n.colour =
            sameColourWall && layout.chance(ranges::sameColourShare) ? spec.wallColour : layout.pick(noteColours());
        n.paper = colourOf(n.colour).lighter(layout.integer(96, 104));
        n.lettering = layout.chance(0.5) ? Lettering::Block : Lettering::Handwriting;
        n.text = layout.pick(texts);
        if (n.lettering == Lettering::Block)
            n.text = n.text.toUpper();
        n.ink = layout.pick(inks);
        byCell[c] = notes.size();
        notes.push_back(n);
    }
    // 20 % of notes partly under their right or lower neighbour, moved over them diagonally
    // until it covers 10–30 % of their area.
    const int overlapped = int(std::lround(ranges::overlappedShare * count));
    std::vector<bool> involved(notes.size(), false);
    std::vector<int> partnerOf(notes.size(), -1);
    int made = 0;
    for (int attempt = 0; attempt < 20 * count && made < overlapped; ++attempt) {
        const auto a = size_t(layout.integer(0, count - 1));
        if (involved[a])
            continue;
        const int c = order[a];
        const int neighbourCell = layout.chance(0.5) ? (c % columns + 1 < columns ? c + 1 : -1) : c + columns;
        const auto it = byCell.find(neighbourCell);
        if (it == byCell.end() || involved[it->second])
            continue;
        Placed &under = notes[a], over = notes[it->second];
        const double target = layout.uniform(ranges::minOverlap, ranges::maxOverlap);
        const QPointF away = over.centre - under.centre;
        const QPointF side = QPointF(-away.y(), away.x()) / std::hypot(away.x(), away.y()) * unit
                             * layout.uniform(0.25, 0.45) * (layout.chance(0.5) ? 1 : -1);
        double lo = 0, hi = 1;
        for (int step = 0; step < 30; ++step) {
            const double t = (lo + hi) / 2;
            over.centre = under.centre + (away + side) * (1 - t) + side * t * 0.5;
            (overlapShare(under, over) < target ? lo : hi) = t;
        }
        const double share = overlapShare(under, over);
        bool clear = std::abs(share - target) < 0.01;
        for (size_t k = 0; k < notes.size() && clear; ++k)
            clear = k == a || k == it->second || overlapShare(notes[k], over) == 0;
        if (!clear)
            continue;
        over.z = 1;
        notes[it->second] = over;
        under.visibleShare = 1 - share;
        involved[a] = involved[it->second] = true;
        partnerOf[a] = int(it->second), partnerOf[it->second] = int(a);
        ++made;
    }
    // The photograph: its own seed, so two photos of one wall differ only in how it was taken.
    Rng photo(spec.photoSeed);
    QRectF extent;
    for (const Placed &n : notes)
        extent = extent.united(wallCorners(n).boundingRect());
    const QTransform toPhoto = camera(extent, spec.size, photo, wall.perspectiveDegrees);
    wall.image = QImage(spec.size, QImage::Format_RGB32);
    QColor wallColour = colourOf(spec.wallColour);
    if (sameColourWall) // paint or paper of "the same" colour is never the pads' exact shade
        wallColour = wallColour.darker(photo.integer(104, 110));
    wall.image.fill(wallColour);
    const double shadowAngle = photo.uniform(0, 2 * pi), shadowLength = photo.uniform(1.5, 5) * unit / 100;
    const double shadowBlur = photo.uniform(1.5, 4) * unit / 100, shadowOpacity = photo.uniform(0.25, 0.5);
    {
        QPainter p(&wall.image);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        std::vector<size_t> drawing(notes.size());
        for (size_t i = 0; i < drawing.size(); ++i)
            drawing[i] = i;
        std::stable_sort(drawing.begin(), drawing.end(), [&](size_t x, size_t y) { return notes[x].z < notes[y].z; });
        Rng faces(spec.layoutSeed ^ 0x9e3779b9u); // the same handwriting in every photo of the wall
        std::vector<QImage> faceOf(notes.size());
        for (size_t i = 0; i < notes.size(); ++i) {
            // The face drawn at about the photo's resolution there, so text stays sharp.
            const QPolygonF onPhoto = toPhoto.map(wallCorners(notes[i]));
            const double pixelsPerUnit = std::sqrt(area(onPhoto) / (notes[i].size.width() * notes[i].size.height()));
            faceOf[i] = noteFace(notes[i], 1.3 * pixelsPerUnit, faces);
        }
        for (size_t i : drawing) {
            const Placed &n = notes[i];
            const QImage &face = faceOf[i];
            const double perPixel = n.size.width() / face.width();
            const auto placement = [&](QPointF offset) {
                QTransform t = QTransform::fromTranslate(-face.width() / 2.0, -face.height() / 2.0);
                t *= QTransform::fromScale(perPixel, n.size.height() / face.height());
                t *= QTransform().rotate(n.tilt);
                t *= QTransform::fromTranslate(n.centre.x() + offset.x(), n.centre.y() + offset.y());
                return t * toPhoto;
            };
            // A soft shadow away from the light and a thin one all round where the paper lifts.
            const int pad = int(4 * shadowBlur / perPixel) + 2;
            const QImage soft = shadowOf(face.size(), shadowBlur / perPixel, shadowOpacity, pad);
            p.setTransform(QTransform::fromTranslate(-pad, -pad)
                           * placement(QPointF(std::cos(shadowAngle), std::sin(shadowAngle)) * shadowLength));
            p.drawImage(QPointF(0, 0), soft);
            const QImage contact = shadowOf(face.size(), 0.6 * unit / 100 / perPixel, 0.3, pad);
            p.setTransform(QTransform::fromTranslate(-pad, -pad) * placement(QPointF()));
            p.drawImage(QPointF(0, 0), contact);
            p.setTransform(placement(QPointF()));
            p.drawImage(QPointF(0, 0), face);
        }
    }
    for (const Placed &n : notes) {
        TrueNote truth;
        truth.outline = toPhoto.map(wallCorners(n));
        truth.text = n.text;
        truth.lettering = n.lettering;
        truth.colour = n.colour;
        truth.visibleShare = n.visibleShare;
        truth.layoutId = n.id;
        truth.tiltDegrees = n.tilt;
        truth.overlapping = involved[size_t(n.id)];
        truth.partner = partnerOf[size_t(n.id)];
        wall.notes.push_back(truth);
    }
    if (spec.effects) {
        cv::Mat shade;
        photograph(wall.image, photo, shade, wall.blurPixels);
        // The cast shadows over each note, sampled on a grid of its face.
        const double toShade = double(shade.cols) / wall.image.width();
        for (TrueNote &truth : wall.notes) {
            double darkest = 1, lightest = 0;
            const QPolygonF &q = truth.outline;
            for (int i = 0; i <= 8; ++i)
                for (int j = 0; j <= 8; ++j) {
                    const QPointF top = q[0] + (q[1] - q[0]) * (i / 8.0), bottom = q[3] + (q[2] - q[3]) * (i / 8.0);
                    const QPointF at = (top + (bottom - top) * (j / 8.0)) * toShade;
                    const float s = shade.at<float>(std::clamp(int(at.y()), 0, shade.rows - 1),
                                                    std::clamp(int(at.x()), 0, shade.cols - 1));
                    darkest = std::min(darkest, double(s)), lightest = std::max(lightest, double(s));
                }
            truth.darkestShade = darkest;
            truth.shadeSpread = lightest - darkest;
        }
    }
    wall.jpegQuality = photo.integer(ranges::minJpegQuality, ranges::maxJpegQuality);
    return wall;
}

} // namespace cabildo::wallgen
