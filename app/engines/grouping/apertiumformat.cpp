#include "grouping/apertiumformat.h"

namespace cabildo {

namespace {

bool isMarkup(char c)
{
    switch (c) {
    case '[':
    case ']':
    case '\\':
    case '/':
    case '@':
    case '<':
    case '>':
    case '^':
    case '$':
    case '{':
    case '}':
        return true;
    default:
        return false;
    }
}

/** destxt's blanks: '~' is one too (it would otherwise be read as a word-joining mark). */
bool isBlank(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '~';
}

} // namespace

QByteArray ApertiumFormat::deformat(const QByteArray &text)
{
    QByteArray stream;
    stream.reserve(text.size() + text.size() / 8 + 16);
    auto blank = [&stream](const QByteArray &run) {
        if (run == " ") {
            stream += ' ';
        } else {
            stream += '[';
            stream += run;
            stream += ']';
        }
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (isBlank(text[i])) {
            qsizetype end = i;
            while (end < text.size() && isBlank(text[end]))
                ++end;
            const QByteArray run = text.mid(i, end - i);
            if (end == text.size())
                stream += ".[]"; // destxt's own sentence end before the trailing blank
            blank(run);
            i = end;
            continue;
        }
        if (isMarkup(text[i]))
            stream += '\\';
        stream += text[i];
        ++i;
        if (i == text.size())
            stream += ".[]";
    }
    return stream;
}

QByteArray ApertiumFormat::reformat(const QByteArray &stream)
{
    QByteArray text;
    text.reserve(stream.size());
    for (qsizetype i = 0; i < stream.size(); ++i) {
        const char c = stream[i];
        if (c == '\\' && i + 1 < stream.size() && isMarkup(stream[i + 1])) {
            text += stream[++i];
        } else if (c == '.' && i + 2 < stream.size() && stream[i + 1] == '[' && stream[i + 2] == ']') {
            i += 2; // the deformatter's stop
        } else if (c != '[' && c != ']') {
            text += c;
        }
    }
    return text;
}

} // namespace cabildo
