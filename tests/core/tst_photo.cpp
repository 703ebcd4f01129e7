// The photo engine (issue 15) on generated walls (tests/support/wallgen): reading photos (EXIF
// rotation, damaged files, files that are not images, a 50 MP photo), finding notes (none, a
// small wall, a wall of the notes' own colour), cancelling, and flagging a note photographed
// twice. Needs a QGuiApplication: the generator draws text.
#include "photo/wallphoto.h"
#include "wallgen.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

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

/** For each true note, the index of the found note over it by IoU ≥ 0.7, or -1. */
std::vector<int> matchTruth(const std::vector<wallgen::TrueNote> &truth, const std::vector<photo::FoundNote> &found)
{
    std::vector<int> match(truth.size(), -1);
    std::vector<bool> used(found.size());
    for (size_t t = 0; t < truth.size(); ++t) {
        double best = 0.7;
        for (size_t f = 0; f < found.size(); ++f) {
            const double o = used[f] ? 0 : iou(truth[t].outline, found[f].outline);
            if (o >= best)
                best = o, match[t] = int(f);
        }
        if (match[t] >= 0)
            used[size_t(match[t])] = true;
    }
    return match;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QByteArray jpegOf(const QImage &image, int quality = 85)
{
    wallgen::Wall wall;
    wall.image = image;
    wall.jpegQuality = quality;
    return wall.jpeg();
}

/** A JPEG with an EXIF APP1 segment holding only Orientation (TIFF tag 0x0112), as a phone
 *  held sideways writes it: right after the SOI marker. */
QByteArray withOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff("II*\0\x08\0\0\0", 8);             // little-endian, first IFD at 8
    tiff += QByteArray("\x01\0", 2);                   // one entry
    tiff += QByteArray("\x12\x01\x03\0\x01\0\0\0", 8); // 0x0112, SHORT, count 1
    tiff += char(orientation & 0xff), tiff += char(orientation >> 8), tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xff\xe1", 2);
    segment += char(length >> 8), segment += char(length & 0xff);
    return jpeg.left(2) + segment + payload + jpeg.mid(2);
}

/** A note's crop as a camera would see it: paper, one centred word. */
QImage noteWithWord(const QString &word, QColor paper, double angle = 0, int shift = 0, int lighten = 100)
{
    QImage image(320, 320, QImage::Format_RGB32);
    image.fill(paper.lighter(lighten));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(160 + shift, 160 + shift / 2);
    p.rotate(angle);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(54);
    p.setFont(font);
    p.setPen(QColor(25, 25, 30));
    p.drawText(QRectF(-160, -50, 320, 100), Qt::AlignCenter, word);
    return image;
}

} // namespace

class TestPhoto : public QObject
{
    Q_OBJECT

private:
    QStringList m_texts = wallgen::noteTexts();
    QTemporaryDir m_dir;

    wallgen::Wall wall(const QString &colour, int notes, quint32 seed, quint32 photoSeed = 0)
    {
        wallgen::WallSpec spec;
        spec.wallColour = colour;
        spec.noteCount = notes;
        spec.layoutSeed = seed;
        spec.photoSeed = photoSeed ? photoSeed : seed + 100;
        return wallgen::generateWall(spec, m_texts);
    }

    /** The wall saved as its JPEG and read back as the app reads a photo. */
    QImage photographed(const wallgen::Wall &w)
    {
        const QString path = writeFile(m_dir, QStringLiteral("wall.jpg"), w.jpeg());
        const photo::WallPhoto read = photo::readWallPhoto(path);
        return read.image;
    }

private slots:
    void noNotes()
    {
        // An empty wall under uneven light, with a shadow across it: nothing to find.
        QImage image(4000, 3000, QImage::Format_RGB32);
        QPainter p(&image);
        QLinearGradient light(0, 0, 4000, 3000);
        light.setColorAt(0, QColor(235, 232, 224));
        light.setColorAt(1, QColor(170, 168, 160));
        p.fillRect(image.rect(), light);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 60));
        p.drawEllipse(QPointF(2500, 1200), 900, 600);
        p.end();
        const QString path = writeFile(m_dir, QStringLiteral("empty.jpg"), jpegOf(image, 70));
        const photo::WallPhoto read = photo::readWallPhoto(path);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(photo::findNotes(read.image).size(), size_t(0));
        QCOMPARE(photo::findNotes(QImage()).size(), size_t(0));
    }

    void notAnImage()
    {
        const QString text = writeFile(m_dir, QStringLiteral("notes.jpg"), "Just some text, not a photo.\n");
        photo::WallPhoto read = photo::readWallPhoto(text);
        QVERIFY(read.image.isNull());
        QVERIFY2(read.error.contains(QLatin1String("not a JPEG or PNG")), qPrintable(read.error));

        read = photo::readWallPhoto(m_dir.filePath(QStringLiteral("missing.jpg")));
        QVERIFY(read.image.isNull());
        QVERIFY(read.error.contains(QLatin1String("no such file")));

        QByteArray noise(50000, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        read = photo::readWallPhoto(writeFile(m_dir, QStringLiteral("noise.png"), noise));
        QVERIFY(read.image.isNull());
        QVERIFY(!read.error.isEmpty());
    }

    void damagedFiles()
    {
        const QByteArray jpeg = wall(QStringLiteral("plaster"), 30, 3).jpeg();
        // Cut short: Qt alone would fill the rest grey and call it a photo.
        photo::WallPhoto read =
            photo::readWallPhoto(writeFile(m_dir, QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() / 2)));
        QVERIFY(read.image.isNull());
        QVERIFY2(read.error.contains(QLatin1String("cut short")), qPrintable(read.error));
        // A JPEG header and then garbage.
        QByteArray garbled = jpeg.left(600) + QByteArray(4000, '\x5a') + QByteArray("\xff\xd9", 2);
        read = photo::readWallPhoto(writeFile(m_dir, QStringLiteral("garbled.jpg"), garbled));
        QVERIFY(read.image.isNull());
        QVERIFY(!read.error.isEmpty());
        // A PNG cut short.
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImage(400, 300, QImage::Format_RGB32).save(&buffer, "PNG");
        }
        read = photo::readWallPhoto(writeFile(m_dir, QStringLiteral("cut.png"), png.left(png.size() - 20)));
        QVERIFY(read.image.isNull());
        QVERIFY(!read.error.isEmpty());
    }

    void exifRotation()
    {
        // Stored landscape, red on the left and blue on the right; Orientation 6 says "turn 90°
        // clockwise to view", so upright the red is on top.
        QImage stored(300, 200, QImage::Format_RGB32);
        stored.fill(Qt::blue);
        QPainter(&stored).fillRect(0, 0, 150, 200, Qt::red);
        const QString path = writeFile(m_dir, QStringLiteral("sideways.jpg"), withOrientation(jpegOf(stored, 95), 6));
        const photo::WallPhoto read = photo::readWallPhoto(path);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.image.size(), QSize(200, 300));
        QVERIFY(qRed(read.image.pixel(100, 40)) > 200 && qBlue(read.image.pixel(100, 40)) < 60);
        QVERIFY(qBlue(read.image.pixel(100, 260)) > 200 && qRed(read.image.pixel(100, 260)) < 60);
        QCOMPARE(read.image.format(), QImage::Format_RGB32);
    }

    void hugePhoto()
    {
        // 50 megapixels: read whole (under the 64 MP cap) and searched on a 2 MP copy; a lower
        // cap refuses it before decoding, with the reason.
        const wallgen::Wall small = wall(QStringLiteral("plaster"), 30, 11);
        const QImage huge = small.image.scaled(8200, 6100, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QString path = writeFile(m_dir, QStringLiteral("huge.jpg"), jpegOf(huge, 80));
        photo::WallPhoto read = photo::readWallPhoto(path, 40);
        QVERIFY(read.image.isNull());
        QVERIFY2(read.error.contains(QLatin1String("too large: 50 megapixels")), qPrintable(read.error));
        read = photo::readWallPhoto(path);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.image.size(), QSize(8200, 6100));
        const std::vector<photo::FoundNote> found = photo::findNotes(read.image);
        QVERIFY2(found.size() >= 24, qPrintable(QString::number(found.size())));
        for (const photo::FoundNote &n : found)
            QVERIFY(n.image.width() <= 1200 && n.image.height() <= 1200);
    }

    void findsMostNotes_data()
    {
        QTest::addColumn<QString>("colour");
        QTest::addColumn<int>("notes");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("plaster wall, 40 notes") << QStringLiteral("plaster") << 40 << 21u;
        QTest::newRow("cork wall, 80 notes") << QStringLiteral("cork") << 80 << 22u;
        // Most notes the wall's own colour: their shadows and edges carry them.
        QTest::newRow("yellow notes on yellow") << QStringLiteral("yellow") << 40 << 23u;
        QTest::newRow("white notes on white") << QStringLiteral("white") << 40 << 24u;
    }

    void findsMostNotes()
    {
        QFETCH(QString, colour);
        QFETCH(int, notes);
        QFETCH(quint32, seed);
        const wallgen::Wall w = wall(colour, notes, seed);
        const std::vector<photo::FoundNote> found = photo::findNotes(photographed(w));
        const std::vector<int> match = matchTruth(w.notes, found);
        const auto matched = std::count_if(match.begin(), match.end(), [](int m) { return m >= 0; });
        const QByteArray figures = QByteArray::number(matched) + " of " + QByteArray::number(w.notes.size())
                                   + " notes found, " + QByteArray::number(found.size()) + " detections";
        QVERIFY2(matched >= 0.85 * double(w.notes.size()), figures.constData());
        QVERIFY2(matched >= 0.85 * double(found.size()), figures.constData());
        for (const photo::FoundNote &n : found) {
            QCOMPARE(n.outline.size(), 4);
            QVERIFY(!n.image.isNull());
            QVERIFY(n.paper.isValid());
        }
        // Reading order: rows top to bottom.
        for (size_t i = 1; i < found.size(); ++i)
            QVERIFY(found[i].outline.boundingRect().center().y()
                    > found[i - 1].outline.boundingRect().top() - found[i - 1].outline.boundingRect().height());
    }

    void cancel()
    {
        const QImage image = photographed(wall(QStringLiteral("plaster"), 40, 31));
        std::atomic<bool> stop{true};
        photo::DetectionControl control;
        control.cancel = &stop;
        QCOMPARE(photo::findNotes(image, control).size(), size_t(0));
        // Cancelled while it runs, from the first progress report.
        stop = false;
        int reports = 0;
        control.progress = [&](int) {
            ++reports;
            stop = true;
        };
        QCOMPARE(photo::findNotes(image, control).size(), size_t(0));
        QCOMPARE(reports, 1);
        // Not cancelled: progress climbs to 100.
        stop = false;
        std::vector<int> seen;
        control.progress = [&](int percent) { seen.push_back(percent); };
        QVERIFY(!photo::findNotes(image, control).empty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 100);
    }

    void noteFromOutline()
    {
        const wallgen::Wall w = wall(QStringLiteral("plaster"), 30, 41);
        const QImage image = photographed(w);
        const photo::FoundNote note = photo::noteFromOutline(image, w.notes.front().outline);
        QCOMPARE(note.score, 1.0);
        QVERIFY(!note.image.isNull());
        const QColor truth = wallgen::colourOf(w.notes.front().colour);
        QVERIFY2(std::abs(note.paper.hsvHue() - truth.hsvHue()) < 20 || truth.hsvSaturation() < 40,
                 qPrintable(note.paper.name() + QLatin1Char(' ') + truth.name()));
    }

    /**
     * A note partly under another is completed from its own visible sides, and two notes of one
     * colour that read as one shape are split at the upper one's shadow: on these walls most
     * notes under another are found whole (the detector of before found three in five).
     */
    void notesUnderAnotherAreFound()
    {
        int under = 0, found = 0;
        for (const auto &[colour, seed] : {std::pair{QStringLiteral("plaster"), 31u},
                                           {QStringLiteral("cork"), 32u},
                                           {QStringLiteral("yellow"), 33u}}) {
            const wallgen::Wall w = wall(colour, 100, seed);
            const std::vector<int> match = matchTruth(w.notes, photo::findNotes(photographed(w)));
            for (size_t i = 0; i < w.notes.size(); ++i) {
                if (!w.notes[i].overlapping || w.notes[i].visibleShare >= 1)
                    continue; // not under another
                ++under;
                found += match[i] >= 0;
            }
        }
        const QByteArray figures = QByteArray::number(found) + " of " + QByteArray::number(under);
        QVERIFY2(under >= 20, figures.constData());
        // 51 of 60 with GCC, 46 with Clang (the sanitizer build: floating point rounds differently), 36 before.
        QVERIFY2(found >= 0.7 * under, figures.constData());
        qInfo("notes under another found whole: %s", figures.constData());
    }

    void sameWallTwice()
    {
        // One wall, two photos: other camera angle, roll, light, blur and JPEG quality.
        const wallgen::Wall first = wall(QStringLiteral("plaster"), 40, 51, 1);
        const wallgen::Wall second = wall(QStringLiteral("plaster"), 40, 51, 2);
        const std::vector<photo::FoundNote> a = photo::findNotes(photographed(first));
        const std::vector<photo::FoundNote> b = photo::findNotes(photographed(second));
        const std::vector<int> inA = matchTruth(first.notes, a), inB = matchTruth(second.notes, b);
        std::vector<photo::NoteLook> looksA, looksB;
        for (const photo::FoundNote &n : a)
            looksA.push_back(photo::noteLook(n.image));
        for (const photo::FoundNote &n : b)
            looksB.push_back(photo::noteLook(n.image));
        int pairs = 0, paired = 0, others = 0, confused = 0;
        for (size_t t = 0; t < first.notes.size(); ++t) {
            if (inA[t] < 0 || inB[t] < 0)
                continue;
            ++pairs;
            paired += photo::likelySameNote(looksA[size_t(inA[t])], looksB[size_t(inB[t])]);
            for (size_t u = 0; u < second.notes.size(); ++u) {
                // The built-in texts repeat: two notes saying the same are not "different notes".
                if (u == t || inB[u] < 0 || second.notes[u].text.toUpper() == first.notes[t].text.toUpper())
                    continue;
                ++others;
                confused += photo::likelySameNote(looksA[size_t(inA[t])], looksB[size_t(inB[u])]);
            }
        }
        const QByteArray figures = QByteArray::number(paired) + " of " + QByteArray::number(pairs) + " pairs; "
                                   + QByteArray::number(confused) + " of " + QByteArray::number(others) + " others";
        QVERIFY2(pairs >= 30, figures.constData());
        QVERIFY2(paired >= 0.85 * pairs, figures.constData());
        QVERIFY2(confused <= 0.005 * others, figures.constData());
    }

    void differentWordsAreDifferentNotes()
    {
        // What defeated the difference hash: one short centred word each, on the same yellow.
        const QColor yellow(252, 238, 120);
        const QStringList words = {QStringLiteral("PARKS"), QStringLiteral("BIKES"), QStringLiteral("TREES"),
                                   QStringLiteral("DATA"),  QStringLiteral("CAFE"),  QStringLiteral("MUSIC"),
                                   QStringLiteral("SPORT"), QStringLiteral("ART"),   QStringLiteral("FOOD")};
        std::vector<photo::NoteLook> looks;
        for (const QString &word : words)
            looks.push_back(photo::noteLook(noteWithWord(word, yellow)));
        for (size_t i = 0; i < looks.size(); ++i) {
            for (size_t j = i + 1; j < looks.size(); ++j)
                QVERIFY2(!photo::likelySameNote(looks[i], looks[j]),
                         qPrintable(words[qsizetype(i)] + QLatin1Char('/') + words[qsizetype(j)] + QLatin1Char(' ')
                                    + QString::number(photo::lookSimilarity(looks[i], looks[j]))));
        }
        // The same word photographed again: a little turned, shifted, in other light, compressed.
        for (qsizetype i = 0; i < words.size(); ++i) {
            QImage again;
            again.loadFromData(jpegOf(noteWithWord(words[i], yellow, 2.5, 6, 88), 60), "JPEG");
            const photo::NoteLook look = photo::noteLook(again);
            QVERIFY2(photo::likelySameNote(looks[size_t(i)], look),
                     qPrintable(words[i] + QLatin1Char(' ')
                                + QString::number(photo::lookSimilarity(looks[size_t(i)], look))));
        }
        // Another colour of paper is another note, whatever it says.
        QVERIFY(!photo::likelySameNote(looks[0], photo::noteLook(noteWithWord(words[0], QColor(250, 150, 190)))));
        QVERIFY(!photo::likelySameNote(looks[0], photo::NoteLook()));
        QCOMPARE(photo::lookSimilarity(looks[0], looks[0]), 1.0);
    }

    void reader()
    {
        photo::NoteReader none({QStringLiteral("xx")});
        QVERIFY(!none.isAvailable());
        QVERIFY(none.read(noteWithWord(QStringLiteral("DATA"), Qt::yellow)).text.isEmpty());
        photo::NoteReader reader({QStringLiteral("en"), QStringLiteral("fr")});
        if (!reader.isAvailable())
            QSKIP("Tesseract's English data (tesseract-ocr-eng) is not installed");
        const photo::NoteReader::Reading reading =
            reader.read(noteWithWord(QStringLiteral("PARKS"), QColor(252, 238, 120)));
        QVERIFY2(reading.text.contains(QLatin1String("PARKS")), qPrintable(reading.text));
        QVERIFY(reading.confidence > 0.5);
        QVERIFY(reader.read(QImage()).text.isEmpty());
    }
};

QTEST_MAIN(TestPhoto)
#include "tst_photo.moc"
