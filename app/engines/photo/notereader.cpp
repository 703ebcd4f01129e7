#include "photo/wallphoto.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#ifdef CABILDO_HAVE_TESSERACT
#include <tesseract/baseapi.h>
#endif

namespace cabildo::photo {

namespace {

/** Where Debian's tesseract-ocr-* packages put their data (TESSDATA_PREFIX first, as
 *  Tesseract itself does). */
QString tessdataFolder(const QString &language)
{
    QStringList folders;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        folders << prefix << prefix + QLatin1String("/tessdata");
    folders << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
            << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata");
    for (const QString &folder : std::as_const(folders)) {
        if (QFileInfo::exists(folder + QLatin1Char('/') + language + QLatin1String(".traineddata")))
            return folder;
    }
    return {};
}

} // namespace

struct NoteReader::Private
{
#ifdef CABILDO_HAVE_TESSERACT
    tesseract::TessBaseAPI api;
#endif
    bool available = false;
};

NoteReader::NoteReader(const QStringList &languages) : d(std::make_unique<Private>())
{
#ifdef CABILDO_HAVE_TESSERACT
    static const QHash<QString, QString> tesseractNames = {{QStringLiteral("en"), QStringLiteral("eng")},
                                                           {QStringLiteral("fr"), QStringLiteral("fra")},
                                                           {QStringLiteral("es"), QStringLiteral("spa")},
                                                           {QStringLiteral("pt"), QStringLiteral("por")}};
    QString folder;
    QStringList wanted;
    for (const QString &language : languages) {
        const QString name = tesseractNames.value(language);
        const QString found = name.isEmpty() ? QString() : tessdataFolder(name);
        // One folder for all: Tesseract takes one data path.
        if (found.isEmpty() || (!folder.isEmpty() && found != folder) || wanted.contains(name))
            continue;
        folder = found;
        wanted << name;
    }
    if (wanted.isEmpty())
        return;
    d->available = d->api.Init(QDir::toNativeSeparators(folder).toLocal8Bit().constData(),
                               wanted.join(QLatin1Char('+')).toLatin1().constData(), tesseract::OEM_LSTM_ONLY)
                   == 0;
    if (d->available) {
        d->api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK); // a note is one block of a few lines
        d->api.SetVariable("debug_file", "/dev/null");      // no "Estimating resolution" lines on stderr
    }
#else
    Q_UNUSED(languages);
#endif
}

NoteReader::~NoteReader()
{
#ifdef CABILDO_HAVE_TESSERACT
    if (d->available)
        d->api.End();
#endif
}

bool NoteReader::isAvailable() const
{
    return d->available;
}

NoteReader::Reading NoteReader::read(const QImage &noteImage)
{
    Reading reading;
#ifdef CABILDO_HAVE_TESSERACT
    if (!d->available || noteImage.isNull())
        return reading;
    // Grey, with the note's long side near 1000 px: Tesseract reads best with letters 20–40 px high.
    // The outer 4 % often holds a neighbour's edge or shadow, which Tesseract reads as letters.
    const int mx = noteImage.width() / 25, my = noteImage.height() / 25;
    QImage grey = noteImage.copy(mx, my, noteImage.width() - 2 * mx, noteImage.height() - 2 * my)
                      .convertToFormat(QImage::Format_Grayscale8);
    const int longest = std::max(grey.width(), grey.height());
    if (longest < 700 || longest > 1400)
        grey = grey.scaled(grey.size() * (1000.0 / longest), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    d->api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    d->api.SetSourceResolution(300);
    const std::unique_ptr<char[]> text(d->api.GetUTF8Text());
    QStringList lines;
    if (text) {
        const QStringList all = QString::fromUtf8(text.get()).split(QLatin1Char('\n'));
        for (const QString &line : all) {
            const QString simple = line.simplified();
            if (!simple.isEmpty())
                lines << simple;
        }
    }
    reading.text = lines.join(QLatin1Char('\n'));
    reading.confidence = reading.text.isEmpty() ? 0 : std::clamp(d->api.MeanTextConf() / 100.0, 0.0, 1.0);
    d->api.Clear();
#else
    Q_UNUSED(noteImage);
#endif
    return reading;
}

} // namespace cabildo::photo
