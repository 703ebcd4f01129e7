#include "textdecoding.h"

#include <QStringDecoder>

#include <iconv.h>

namespace cabildo {

namespace {

// Qt 6.4 maps "windows-1252" to Latin-1 without ICU, losing “ ” € and friends;
// glibc's iconv has the real table.
QString fromWindows1252(const QByteArray &bytes, bool *ok)
{
    iconv_t converter = iconv_open("UTF-8", "WINDOWS-1252");
    if (converter == iconv_t(-1)) {
        *ok = false;
        return {};
    }
    QByteArray out(bytes.size() * 3 + 4, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    // Five bytes (0x81 0x8D 0x8F 0x90 0x9D) are undefined in Windows-1252: such a file is not text we know.
    *ok = iconv(converter, &in, &inLeft, &outPtr, &outLeft) != size_t(-1);
    iconv_close(converter);
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

QString decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *ok)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        result.encoding = QStringLiteral("UTF-8 (BOM)");
        result.text = decodeStrict(QStringConverter::Utf8, view.sliced(3), &result.ok);
    } else if (view.startsWith("\xFF\xFE")) {
        result.encoding = QStringLiteral("UTF-16LE");
        result.text = decodeStrict(QStringConverter::Utf16LE, view.sliced(2), &result.ok);
    } else if (view.startsWith("\xFE\xFF")) {
        result.encoding = QStringLiteral("UTF-16BE");
        result.text = decodeStrict(QStringConverter::Utf16BE, view.sliced(2), &result.ok);
    } else if (view.contains('\0')) {
        result.ok = false;
    } else {
        result.encoding = QStringLiteral("UTF-8");
        result.text = decodeStrict(QStringConverter::Utf8, view, &result.ok);
        if (!result.ok) {
            result.encoding = QStringLiteral("Windows-1252");
            result.text = fromWindows1252(bytes, &result.ok);
        }
    }
    // Control characters other than tab and line breaks do not occur in text files.
    if (result.ok)
        for (const QChar c : std::as_const(result.text))
            if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')) {
                result.ok = false;
                break;
            }
    return result;
}

} // namespace cabildo
