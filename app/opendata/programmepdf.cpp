#include "programmepdf.h"

#include "qrcode.h"

#include "formats/durablefile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextOption>

namespace cabildo {

namespace {

constexpr qreal margin = 36; // points (the writer works at 72 dpi: 1 unit = 1 pt)
constexpr qreal timeColumn = 72;
constexpr qreal padding = 4;
constexpr qreal narrowestRoom = 85; // a title column narrower than this breaks most words

/**
 * Draws one day's grid, page by page; keeps the vertical position in `y`. A day with more
 * rooms than fit side by side is printed as several tables of a few rooms each, every one
 * with the time column, so no column gets too narrow to read.
 */
class DayPainter
{
public:
    DayPainter(QPdfWriter &writer, QPainter &painter, const PublicData &data)
        : m_writer(writer), m_painter(painter), m_data(data)
    {
        m_width = painter.viewport().width() / (writer.resolution() / 72.0) - 2 * margin;
        m_bottom = painter.viewport().height() / (writer.resolution() / 72.0) - margin;
        // Rooms in balanced groups: 12 rooms that fit 5 to a table print as 4 + 4 + 4.
        const int rooms = int(data.rooms.size());
        const int fit = std::max(1, int((m_width - timeColumn) / narrowestRoom));
        const int tables = std::max(1, (rooms + fit - 1) / fit);
        for (int t = 0; t < tables; ++t)
            m_groups.append(data.rooms.mid(rooms * t / tables, rooms * (t + 1) / tables - rooms * t / tables));
    }

    qreal y = margin;
    int page = 1;
    int pages = 0; ///< known on the second pass; a one-page programme has no footer

    /** "Page 2 of 3" in the bottom margin, so loose printed pages go back in order. */
    void paintFooter()
    {
        if (pages < 2)
            return;
        m_painter.setFont(font(8));
        m_painter.setPen(QColor(0x44, 0x44, 0x44));
        m_painter.drawText(QRectF(margin, m_bottom + 12, m_width, 14), Qt::AlignHCenter | Qt::AlignVCenter,
                           ProgrammePdf::tr("Page %1 of %2").arg(page).arg(pages));
        m_painter.setPen(Qt::black);
    }

    void paintDay(const QDate &date)
    {
        m_dayTitle = QLocale().toString(date, QLocale::LongFormat);
        QList<PublicData::Slot> daySlots;
        for (const PublicData::Slot &slot : m_data.timeSlots)
            if (slot.start.date() == date)
                daySlots.append(slot);
        for (qsizetype group = 0; group < m_groups.size(); ++group) {
            m_rooms = m_groups.at(group);
            m_roomWidth = (m_width - timeColumn) / std::max<qsizetype>(1, m_rooms.size());
            // A table that fits on a page is not split: it starts on the next page instead.
            qreal table = headerHeight();
            for (const PublicData::Slot &slot : std::as_const(daySlots))
                table += rowHeight(slot);
            const qreal heading = group == 0 ? 26 : 8;
            const bool fitsOnAPage = margin + 26 + table <= m_bottom;
            const bool newPage = needs(heading + (fitsOnAPage ? table : 60));
            if (group == 0 || newPage) // a table on a page of its own still says which day it is
                paintDayTitle(group == 0 ? m_dayTitle : ProgrammePdf::tr("%1 (continued)").arg(m_dayTitle));
            else
                y += 8;
            paintHeader();
            for (const PublicData::Slot &slot : std::as_const(daySlots))
                paintSlot(slot);
        }
        y += 14;
    }

private:
    QFont font(qreal points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    /** Wraps at words, and inside a word only when it is wider than its column. */
    static QTextOption wrapping(const QString &text)
    {
        // Arabic or Hebrew titles start at the right edge of their cell, as they are read.
        QTextOption option((text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }

    qreal textHeight(const QString &text, qreal width, const QFont &f) const
    {
        m_painter.setFont(f);
        return m_painter.boundingRect(QRectF(0, 0, width - 2 * padding, 1000), text, wrapping(text)).height()
               + 2 * padding;
    }

    void cell(const QRectF &rect, const QString &text, const QFont &f, const QColor &fill = Qt::white)
    {
        m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
        m_painter.setBrush(fill);
        m_painter.drawRect(rect);
        m_painter.setPen(Qt::black);
        m_painter.setFont(f);
        m_painter.drawText(rect.adjusted(padding, padding, -padding, -padding), text, wrapping(text));
    }

    /** Starts a new page when `height` does not fit; says whether it did. */
    bool needs(qreal height)
    {
        if (y + height <= m_bottom)
            return false;
        paintFooter();
        m_writer.newPage();
        ++page;
        y = margin;
        return true;
    }

    void paintDayTitle(const QString &title)
    {
        m_painter.setFont(font(13, true));
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(margin, y, m_width, 22), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += 26;
    }

    qreal headerHeight() const
    {
        qreal height = 20;
        for (const PublicData::Room &room : std::as_const(m_rooms))
            height = std::max(height, textHeight(room.name, m_roomWidth, font(9, true)));
        return height;
    }

    void paintHeader()
    {
        const QFont bold = font(9, true);
        const qreal height = headerHeight();
        cell(QRectF(margin, y, timeColumn, height), ProgrammePdf::tr("Time"), bold, QColor(0xee, 0xee, 0xee));
        qreal x = margin + timeColumn;
        for (const PublicData::Room &room : std::as_const(m_rooms)) {
            cell(QRectF(x, y, m_roomWidth, height), room.name, bold, QColor(0xee, 0xee, 0xee));
            x += m_roomWidth;
        }
        y += height;
    }

    /** What a break or a plenary says across the whole row. */
    static QString everyoneLabel(const PublicData::Slot &slot)
    {
        if (!slot.label.isEmpty())
            return slot.label;
        return slot.kind == SlotKind::Break ? ProgrammePdf::tr("Break") : ProgrammePdf::tr("Plenary");
    }

    /** The cells of a session row for the rooms of this table: a title, and a consenting host under it. */
    QStringList sessionTitles(const PublicData::Slot &slot) const
    {
        QStringList titles;
        for (const PublicData::Room &room : std::as_const(m_rooms)) {
            QString title;
            for (const PublicData::Session &session : m_data.sessions)
                if (session.slotId == slot.id && session.roomId == room.id)
                    title = session.hostName.isEmpty() ? session.title
                                                       : session.title + QStringLiteral("\n\u2014 ") + session.hostName;
            titles.append(title);
        }
        return titles;
    }

    qreal rowHeight(const PublicData::Slot &slot) const
    {
        if (slot.kind != SlotKind::Sessions)
            return std::max<qreal>(20, textHeight(everyoneLabel(slot), m_width - timeColumn, font(9, true)));
        qreal height = 28;
        for (const QString &title : sessionTitles(slot))
            height = std::max(height, textHeight(title, m_roomWidth, font(9)));
        return height;
    }

    void paintSlot(const PublicData::Slot &slot)
    {
        const QFont normal = font(9);
        const QString time = QStringLiteral("%1\u2013%2")
                                 .arg(slot.start.time().toString(QStringLiteral("HH:mm")),
                                      slot.end.time().toString(QStringLiteral("HH:mm")));
        const qreal height = rowHeight(slot);
        needsRow(height);
        if (slot.kind != SlotKind::Sessions) {
            cell(QRectF(margin, y, timeColumn, height), time, normal, QColor(0xf4, 0xf4, 0xf4));
            cell(QRectF(margin + timeColumn, y, m_width - timeColumn, height), everyoneLabel(slot), font(9, true),
                 QColor(0xf4, 0xf4, 0xf4));
            y += height;
            return;
        }
        cell(QRectF(margin, y, timeColumn, height), time, normal);
        qreal x = margin + timeColumn;
        for (const QString &title : sessionTitles(slot)) {
            cell(QRectF(x, y, m_roomWidth, height), title, normal);
            x += m_roomWidth;
        }
        y += height;
    }

    /** A table that goes on over a page break says its day again and repeats the rooms' header. */
    void needsRow(qreal height)
    {
        if (needs(height)) {
            paintDayTitle(ProgrammePdf::tr("%1 (continued)").arg(m_dayTitle));
            paintHeader();
        }
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const PublicData &m_data;
    QList<QList<PublicData::Room>> m_groups; ///< the rooms of each table, in grid order
    QList<PublicData::Room> m_rooms;         ///< the table being drawn
    QString m_dayTitle;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_roomWidth = 0;
};

/**
 * QPdfWriter stamps the current time as /CreationDate; Qt 6.4 cannot be told another. The
 * export's own moment goes there instead, written the way Qt writes it (local time and
 * offset), so the length and every cross-reference offset stay as they were, and a
 * re-export with the same moment (SOURCE_DATE_EPOCH) gives the same bytes.
 */
void stampCreationDate(QByteArray &bytes, const QDateTime &moment)
{
    if (!moment.isValid())
        return;
    static const QRegularExpression stamp(QStringLiteral("/CreationDate \\(D:[0-9]{14}(Z|[+-][0-9]{2}'[0-9]{2}')\\)"));
    const QRegularExpressionMatch match = stamp.match(QString::fromLatin1(bytes));
    if (!match.hasMatch())
        return;
    const QDateTime local = moment.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    QString date = QStringLiteral("/CreationDate (D:") + local.toString(QStringLiteral("yyyyMMddHHmmss"));
    date += offset == 0 ? QStringLiteral("Z)")
                        : QStringLiteral("%1%2'%3')")
                              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                              .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                              .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    if (date.size() != match.capturedLength())
        return; // a different length would move every offset after it: leave Qt's
    bytes.replace(match.capturedStart(), match.capturedLength(), date.toLatin1());
}

} // namespace

namespace {

void setUp(QPdfWriter &writer, const PublicData &data, const ExportOptions &options)
{
    writer.setResolution(72);
    writer.setPageSize(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(data.event.title);
    writer.setCreator(QStringLiteral("Cabildo %1").arg(QStringLiteral(CABILDO_VERSION)));
}

/** Lays the programme out on `writer`; returns its number of pages, 0 when it cannot paint. */
int paintProgramme(QPdfWriter &writer, const PublicData &data, const ExportOptions &options, int pages)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return 0;
    DayPainter days(writer, painter, data);
    days.pages = pages;

    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(18);
    titleFont.setBold(true);
    const qreal pageWidth = painter.viewport().width();
    qreal textWidth = pageWidth - 2 * margin;
    const QrCode qr = options.qrUrl.isEmpty() ? QrCode() : QrCode::encode(options.qrUrl);
    if (qr.size > 0) {
        // Top right, 1 pt of quiet zone per module is too thin for phones: keep 4 modules.
        const qreal side = 90;
        const qreal module = side / (qr.size + 8);
        const QPointF origin(pageWidth - margin - side + 4 * module, margin + 4 * module);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        for (int yy = 0; yy < qr.size; ++yy)
            for (int xx = 0; xx < qr.size; ++xx)
                if (qr.dark(xx, yy))
                    painter.drawRect(QRectF(origin.x() + xx * module, origin.y() + yy * module, module, module));
        textWidth -= side + 10;
    }
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    QRectF titleRect = painter.boundingRect(QRectF(margin, margin, textWidth, 200), Qt::TextWordWrap, data.event.title);
    painter.drawText(titleRect, Qt::TextWordWrap, data.event.title);
    days.y = titleRect.bottom() + 6;
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(9);
    painter.setFont(small);
    //: The programme's subtitle; %1 is the time zone, e.g. Europe/Paris.
    const QString subtitle =
        ProgrammePdf::tr("Programme. Times are local (%1).").arg(QString::fromUtf8(data.zone.id()));
    painter.drawText(QRectF(margin, days.y, textWidth, 14), Qt::AlignLeft, subtitle);
    days.y = std::max(days.y + 24, qr.size > 0 ? margin + 100 : 0.0);

    if (data.timeSlots.isEmpty())
        painter.drawText(QRectF(margin, days.y, textWidth, 20), Qt::AlignLeft, ProgrammePdf::tr("No agenda yet."));
    for (const QDate &date : data.days())
        days.paintDay(date);
    days.paintFooter();
    return painter.end() ? days.page : 0;
}

} // namespace

bool ProgrammePdf::write(const PublicData &data, const ExportOptions &options, QByteArray *pdf, QString *error)
{
    // A first pass counts the pages, so the footer can say "of 3".
    QBuffer counting;
    counting.open(QIODevice::WriteOnly);
    QPdfWriter counter(&counting);
    setUp(counter, data, options);
    const int pages = paintProgramme(counter, data, options, 0);

    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, data, options);
        if (pages == 0 || paintProgramme(writer, data, options, pages) == 0) {
            *error = tr("%1 cannot be written.").arg(QStringLiteral("programme.pdf"));
            return false;
        }
    }
    buffer.close();
    stampCreationDate(*pdf, options.generatedAt);
    return true;
}

bool ProgrammePdf::write(const PublicData &data, const ExportOptions &options, const QString &path, QString *error)
{
    QByteArray pdf;
    if (!write(data, options, &pdf, error))
        return false;
    *error = DurableFile::write(path, pdf);
    return error->isEmpty();
}

} // namespace cabildo
