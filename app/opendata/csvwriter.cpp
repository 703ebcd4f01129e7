#include "csvwriter.h"

namespace cabildo::csvwriter {

namespace {

QString field(QString value, Flavour flavour)
{
    value = value.normalized(QString::NormalizationForm_C);
    if (flavour == Flavour::Spreadsheet)
        value = defuse(value);
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

} // namespace

QString defuse(const QString &cell)
{
    // OWASP "CSV injection": these first characters make Excel and LibreOffice evaluate a cell.
    static const QString dangerous = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && dangerous.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

QByteArray write(const QStringList &header, const QList<QStringList> &rows, Flavour flavour)
{
    QString text;
    auto line = [&](const QStringList &cells) {
        QStringList out;
        for (const QString &cell : cells)
            out.append(field(cell, flavour));
        text += out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    QByteArray bytes = text.toUtf8();
    if (flavour == Flavour::Spreadsheet)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace cabildo::csvwriter
