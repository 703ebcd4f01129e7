#include "kioskagenda.h"

#include "document/eventdocument.h"
#include "kioskstyle.h"
#include "kioskwidgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace cabildo {

using namespace kiosk;

namespace {

constexpr qreal slotPointSize = 24;
constexpr qreal roomPointSize = 17;

} // namespace

KioskAgenda::KioskAgenda(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel), m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("kioskAgendaPage"));
    m_heading->setObjectName(QStringLiteral("kioskAgendaHeading"));
    m_heading->setFont(sized(font(), headingPointSize, QFont::Bold));
    m_heading->setWordWrap(true);
    m_scroll->setObjectName(QStringLiteral("kioskAgendaScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A finger drags the list, fed to the scroller by hand as the ballot's is (kioskvotepanel.cpp).
    m_scroll->viewport()->installEventFilter(this);
    m_dragClock.start();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll, 1);
    if (document)
        connect(document, &EventDocument::agendaChanged, this, &KioskAgenda::rebuild);
    rebuild();
}

void KioskAgenda::setLanguage(const QTranslator *translator, const QString &languageKey)
{
    m_translator = translator;
    m_language = languageKey;
    rebuild(); // the words, and the times as that language writes them (14:30, 2:30 PM)
}

void KioskAgenda::setFinal(bool final)
{
    if (final == m_final)
        return;
    m_final = final;
    rebuild();
}

QString KioskAgenda::ktr(const char *source, const char *disambiguation, int n) const
{
    return kiosk::translate(m_translator, "cabildo::KioskAgenda", m_language, source, disambiguation, n);
}

QLabel *KioskAgenda::addLabel(QLayout *layout, const QString &text, const QFont &font, const char *objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(QLatin1String(objectName));
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // titles are the facilitator's text, never markup
    layout->addWidget(label);
    return label;
}

void KioskAgenda::rebuild()
{
    //: Heading of the kiosk in the Publish phase; in the Agenda phase it is still a draft
    m_heading->setText(m_final ? ktr("The agenda") : ktr("The agenda so far"));
    auto *list = new QWidget; // setWidget() below deletes the one before, and its labels
    list->setObjectName(QStringLiteral("kioskAgendaList"));
    auto *lines = new QVBoxLayout(list);
    lines->setContentsMargins(0, 0, 12, 0);
    lines->setSpacing(6);
    const QLocale locale(m_language.isEmpty() ? QLocale() : QLocale(m_language));
    int shown = 0;
    QDate day;
    const bool severalDays = m_document && !m_document->slotIds().isEmpty()
                             && m_document->timeSlot(m_document->slotIds().constFirst())->day
                                    != m_document->timeSlot(m_document->slotIds().constLast())->day;
    for (qint64 slotId : m_document ? m_document->slotIds() : QList<qint64>()) {
        const TimeSlot &slot = *m_document->timeSlot(slotId);
        // What runs in this slot: each room's session, or the break or plenary for everyone.
        QList<std::pair<QString, QString>> entries;
        if (slot.kind == SlotKind::Sessions) {
            for (qint64 roomId : m_document->roomIds())
                if (const Session *session = m_document->session(m_document->sessionAt(slotId, roomId)))
                    entries.append({m_document->room(roomId)->name, session->title});
            if (entries.isEmpty())
                continue;
        } else {
            const QString everyone = slot.kind == SlotKind::Break ? ktr("Break") : ktr("Plenary");
            entries.append({QString(), slot.label.isEmpty() ? everyone : slot.label});
        }
        if (severalDays && slot.day != day) {
            day = slot.day;
            addLabel(lines, locale.toString(day, QLocale::LongFormat), sized(font(), slotPointSize, QFont::Bold),
                     "kioskAgendaDay");
        }
        addLabel(lines, QStringLiteral("%1–%2").arg(slotTimeText(locale, slot.start), slotTimeText(locale, slot.end)),
                 sized(font(), slotPointSize, QFont::DemiBold), "kioskAgendaSlot");
        auto *grid = new QGridLayout;
        grid->setContentsMargins(16, 0, 0, 10);
        grid->setHorizontalSpacing(16);
        grid->setColumnStretch(1, 1);
        for (const auto &[room, title] : entries) {
            const int row = grid->rowCount();
            auto *roomLabel = new QLabel(room);
            roomLabel->setObjectName(QStringLiteral("kioskAgendaRoom"));
            roomLabel->setFont(sized(font(), roomPointSize));
            roomLabel->setTextFormat(Qt::PlainText);
            grid->addWidget(roomLabel, row, 0, Qt::AlignTop);
            auto *titleLabel = new QLabel(title);
            titleLabel->setObjectName(QStringLiteral("kioskAgendaTitle"));
            titleLabel->setFont(sized(font(), bodyPointSize));
            titleLabel->setWordWrap(true);
            titleLabel->setTextFormat(Qt::PlainText);
            // Read out as one line: "Room B: Open contracting".
            titleLabel->setAccessibleName(room.isEmpty() ? title : ktr("%1: %2").arg(room, title));
            grid->addWidget(titleLabel, row, 1);
        }
        lines->addLayout(grid);
        ++shown;
    }
    if (shown == 0)
        addLabel(lines, ktr("The agenda is not ready yet. It will show here."), sized(font(), bodyPointSize),
                 "kioskAgendaEmpty");
    lines->addStretch(1);
    m_scroll->setWidget(list);
}

bool KioskAgenda::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched != m_scroll->viewport()
        || (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease))
        return QWidget::eventFilter(watched, event);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (type == QEvent::MouseMove ? !(mouse->buttons() & Qt::LeftButton) : mouse->button() != Qt::LeftButton)
        return false;
    const QScroller::Input input = type == QEvent::MouseButtonPress ? QScroller::InputPress
                                   : type == QEvent::MouseMove      ? QScroller::InputMove
                                                                    : QScroller::InputRelease;
    QWidget *viewport = m_scroll->viewport();
    QScroller::scroller(viewport)->handleInput(input, viewport->mapFromGlobal(mouse->globalPosition()),
                                               m_dragClock.elapsed());
    return true;
}

} // namespace cabildo
