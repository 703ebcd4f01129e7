#include "privacy.h"

#include <QRegularExpression>

namespace cabildo {

QString PrivacyMask::apply(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    // A run of digits with the usual separators; only 9 or more digits (or 8 after a +)
    // count as a phone number, so years, counts and ISO dates stay readable.
    static const QRegularExpression phone(QStringLiteral("(?<![\\w+])\\+?\\(?\\d[\\d .()/-]{5,}\\d(?!\\w)"));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));

    QString result = text;
    // Not QString::count(): it counts overlapping matches, one per start position.
    for (auto it = email.globalMatch(result); it.hasNext(); it.next())
        ++m_emails;
    result.replace(email, QStringLiteral("[e-mail]"));

    QString out;
    qsizetype last = 0;
    for (auto it = phone.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString found = match.captured().trimmed();
        const qsizetype digits = std::count_if(found.cbegin(), found.cend(), [](QChar c) { return c.isDigit(); });
        if (isoDate.match(found).hasMatch() || digits < (found.startsWith(QLatin1Char('+')) ? 8 : 9))
            continue;
        out += QStringView(result).mid(last, match.capturedStart() - last) + QStringLiteral("[phone]");
        last = match.capturedEnd();
        ++m_phones;
    }
    return out + QStringView(result).mid(last);
}

} // namespace cabildo
