#include "tokenizer.h"

#include "textfold.h"

#include <QRegularExpression>

namespace cabildo {

namespace {

bool isWordChar(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

/** Pictographs count as words; modifiers, joiners and variation selectors do not. */
bool isEmoji(char32_t c)
{
    if (c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF))
        return false;
    return QChar::category(c) == QChar::Symbol_Other && c >= 0x2190;
}

bool isDigits(const QString &word)
{
    for (const QChar c : word)
        if (!c.isDigit())
            return false;
    return true;
}

void addWord(QList<Token> &out, const QString &word)
{
    if (word.size() < 2)
        return; // stray letters ("l'", "s") and single digits say nothing about a theme
    const QString lower = word.toLower();
    out.append({lower, !isDigits(lower)});
}

/** "OpenDataPortal2030" → Open, Data, Portal, 2030; "XMLParser" → XML, Parser. */
void addHashtag(QList<Token> &out, const QList<char32_t> &tag)
{
    QString part;
    auto flush = [&] {
        addWord(out, part);
        part.clear();
    };
    for (qsizetype i = 0; i < tag.size(); ++i) {
        const char32_t c = tag.at(i);
        if (c == U'_') {
            flush();
            continue;
        }
        if (!part.isEmpty()) {
            const char32_t previous = tag.at(i - 1);
            const bool next_lower = i + 1 < tag.size() && QChar::isLower(tag.at(i + 1));
            const bool upperAfterLower = QChar::isUpper(c) && QChar::isLower(previous);
            const bool acronymEnd = QChar::isUpper(c) && QChar::isUpper(previous) && next_lower;
            const bool digitBoundary = QChar::isDigit(c) != QChar::isDigit(previous);
            if (upperAfterLower || acronymEnd || digitBoundary)
                flush();
        }
        part.append(QString::fromUcs4(&c, 1));
    }
    flush();
}

void tokenizePlain(QList<Token> &out, const QString &text)
{
    const QList<uint> codePoints = text.toUcs4(); // QList<uint> in Qt 6.4
    const QList<char32_t> chars(codePoints.cbegin(), codePoints.cend());
    qsizetype i = 0;
    while (i < chars.size()) {
        const char32_t c = chars.at(i);
        if ((c == U'#' || c == U'＃') && i + 1 < chars.size() && isWordChar(chars.at(i + 1))) {
            QList<char32_t> tag;
            for (++i; i < chars.size() && (isWordChar(chars.at(i)) || chars.at(i) == U'_'); ++i)
                tag.append(chars.at(i));
            addHashtag(out, tag);
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < chars.size() && isWordChar(chars.at(i)))
                ++i;
            addWord(out, QString::fromUcs4(chars.constData() + start, i - start));
        } else {
            if (isEmoji(c))
                out.append({QString::fromUcs4(&c, 1), false});
            ++i;
        }
    }
}

} // namespace

QList<Token> Tokenizer::tokens(const QString &text)
{
    // A URL stands for its site: the path is noise, the host is sometimes a topic.
    static const QRegularExpression url(
        QStringLiteral(R"((?:\b[a-z][a-z0-9+.-]*://|\bwww\.)(?:[^\s/@]*@)?([^\s/?#:]+)\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString nfc = toNfc(text);
    QList<Token> out;
    qsizetype done = 0;
    for (auto it = url.globalMatch(nfc); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        tokenizePlain(out, nfc.mid(done, match.capturedStart() - done));
        QString host = match.captured(1).toLower();
        if (host.startsWith(QLatin1String("www.")))
            host.remove(0, 4);
        while (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (host.size() >= 2)
            out.append({host, false});
        done = match.capturedEnd();
    }
    tokenizePlain(out, nfc.mid(done));
    return out;
}

} // namespace cabildo
