#include "agendagridmodel.h"

#include "document/eventdocument.h"

#include <QLocale>

#include <algorithm>

namespace cabildo {

AgendaGridModel::AgendaGridModel(QObject *parent) : QAbstractTableModel(parent) {}

EventDocument *AgendaGridModel::document() const
{
    return m_document;
}

void AgendaGridModel::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &EventDocument::agendaChanged, this, &AgendaGridModel::resync);
        connect(m_document, &EventDocument::votesChanged, this, &AgendaGridModel::votesMoved);
        connect(m_document, &EventDocument::themesChanged, this, &AgendaGridModel::resync);
        connect(m_document, &EventDocument::themesRemoved, this, &AgendaGridModel::resync);
    }
    resync();
}

void AgendaGridModel::setRound(qint64 roundId)
{
    if (roundId == m_roundId)
        return;
    m_roundId = roundId;
    resync();
}

void AgendaGridModel::resync()
{
    const QList<qint64> slotIds = m_document ? m_document->slotIds() : QList<qint64>();
    const QList<qint64> roomIds = m_document ? m_document->roomIds() : QList<qint64>();
    if (m_document)
        m_facts.recompute(*m_document, m_roundId);
    else
        m_facts = AgendaFacts();
    // Same rows and columns (a session moved, a vote came in): repaint, keep the view's
    // current cell. Otherwise the shape changed and the view starts over.
    if (slotIds == m_slots && roomIds == m_rooms) {
        if (!m_slots.isEmpty() && !m_rooms.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
    } else {
        beginResetModel();
        m_slots = slotIds;
        m_rooms = roomIds;
        endResetModel();
    }
    emit layoutRefreshed();
}

void AgendaGridModel::votesMoved()
{
    // Votes never add or remove rows or columns: repaint only the cells whose facts moved,
    // so a ballot every few seconds from the kiosk leaves the facilitator's view alone.
    const QHash<qint64, QString> before = cellFacts();
    m_facts.recompute(*m_document, m_roundId);
    const QHash<qint64, QString> after = cellFacts();
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            if (const QModelIndex cell = indexOfSession(it.key()); cell.isValid())
                emit dataChanged(cell, cell);
    emit factsRefreshed();
}

QHash<qint64, QString> AgendaGridModel::cellFacts() const
{
    QHash<qint64, QString> facts;
    if (!m_document)
        return facts;
    for (const Placement &placed : m_document->placements()) {
        QStringList parts{QString::number(m_facts.ballotVotes(placed.sessionId)),
                          QString::number(m_facts.tally(placed.sessionId))};
        for (const CellWarning &warning : m_facts.warnings(placed.sessionId))
            parts.append(warning.text);
        facts.insert(placed.sessionId, parts.join(QLatin1Char('\n')));
    }
    return facts;
}

int AgendaGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int AgendaGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

bool AgendaGridModel::isSessionSlot(int row) const
{
    const TimeSlot *slot = m_document ? m_document->timeSlot(slotAt(row)) : nullptr;
    return slot && slot->kind == SlotKind::Sessions;
}

QModelIndex AgendaGridModel::indexOfSession(qint64 sessionId) const
{
    const Placement *placed = m_document ? m_document->placement(sessionId) : nullptr;
    if (!placed)
        return {};
    return index(rowOfSlot(placed->slotId), columnOfRoom(placed->roomId));
}

bool AgendaGridModel::multipleDays() const
{
    for (qint64 id : m_slots)
        if (m_document->timeSlot(id)->day != m_document->timeSlot(m_slots.constFirst())->day)
            return true;
    return false;
}

QDate AgendaGridModel::dayOfRow(int row) const
{
    const TimeSlot *slot = m_document ? m_document->timeSlot(slotAt(row)) : nullptr;
    return slot ? slot->day : QDate();
}

QList<QDate> AgendaGridModel::days() const
{
    QList<QDate> days;
    for (int row = 0; row < rowCount(); ++row)
        if (const QDate day = dayOfRow(row); day.isValid() && !days.contains(day))
            days.append(day);
    std::sort(days.begin(), days.end());
    return days;
}

QString AgendaGridModel::slotText(qint64 slotId) const
{
    const TimeSlot *slot = m_document ? m_document->timeSlot(slotId) : nullptr;
    if (!slot)
        return {};
    QString text = timeText(*slot);
    if (multipleDays())
        text = QLocale().toString(slot->day, QStringLiteral("ddd d")) + QLatin1Char(' ') + text;
    return text;
}

QString AgendaGridModel::timeText(const TimeSlot &slot) const
{
    const QLocale locale;
    return tr("%1–%2").arg(slotTimeText(locale, slot.start), slotTimeText(locale, slot.end));
}

QString AgendaGridModel::roomText(qint64 roomId) const
{
    const Room *room = m_document ? m_document->room(roomId) : nullptr;
    if (!room)
        return {};
    QString text = room->name;
    if (room->capacity > 0)
        text += QLatin1Char('\n') + tr("%n seat(s)", nullptr, room->capacity);
    if (room->accessible)
        // Shown after a room's capacity: the room is step-free
        text += QStringLiteral(" · ♿");
    return text;
}

QString AgendaGridModel::cellSummary(qint64 sessionId, qint64 roomId) const
{
    const Room *room = m_document->room(roomId);
    const int votes = m_facts.ballotVotes(sessionId);
    const int tally = m_facts.tally(sessionId);
    //: Votes from ballots and from paper dots: "40 votes + 5 on paper"
    QString text = tally ? tr("%n vote(s) + %1 on paper", nullptr, votes).arg(tally) : tr("%n vote(s)", nullptr, votes);
    if (room && room->capacity > 0)
        //: Demand against capacity: "45 votes / 20 seats"
        text += QStringLiteral(" / ") + tr("%n seat(s)", nullptr, room->capacity);
    return text;
}

QVariant AgendaGridModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 slotId = slotAt(index.row());
    const qint64 roomId = roomAt(index.column());
    const TimeSlot *slot = m_document->timeSlot(slotId);
    const bool sessionSlot = slot->kind == SlotKind::Sessions;
    const qint64 sessionId = sessionSlot ? m_document->sessionAt(slotId, roomId) : 0;
    const Session *session = m_document->session(sessionId);

    switch (role) {
    case SessionIdRole:
        return sessionId;
    case SlotIdRole:
        return slotId;
    case RoomIdRole:
        return roomId;
    case IsSessionSlotRole:
        return sessionSlot;
    case PinnedRole:
        return session && m_document->placement(sessionId)->pinned;
    case VotesTextRole:
        return session ? cellSummary(sessionId, roomId) : QString();
    case OverCapacityRole: {
        const Room *room = m_document->room(roomId);
        return session && room->capacity > 0 && m_facts.demand(sessionId) > room->capacity;
    }
    case WarningsRole:
    case BriefWarningsRole: {
        QStringList texts;
        for (const CellWarning &warning : m_facts.warnings(sessionId))
            texts.append(role == WarningsRole ? warning.text : warning.brief);
        return texts;
    }
    case Qt::DisplayRole:
        if (!sessionSlot) {
            if (!slot->label.isEmpty())
                return slot->label;
            return slot->kind == SlotKind::Break ? tr("Break") : tr("Plenary");
        }
        return session ? session->title : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString where = slotText(slotId) + QStringLiteral(", ") + m_document->room(roomId)->name;
        if (!sessionSlot)
            return QString(data(index, Qt::DisplayRole).toString() + QStringLiteral(", ") + slotText(slotId));
        if (!session)
            return tr("Free: %1").arg(where);
        QStringList lines{session->title, where, cellSummary(sessionId, roomId)};
        if (m_document->placement(sessionId)->pinned)
            lines.append(tr("Pinned: the generator leaves it here"));
        for (const CellWarning &warning : m_facts.warnings(sessionId))
            lines.append(tr("Warning: %1").arg(warning.text));
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(". "));
    }
    default:
        return {};
    }
}

QVariant AgendaGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_document)
        return {};
    if (orientation == Qt::Horizontal && section < columnCount()) {
        if (role == Qt::DisplayRole)
            return roomText(roomAt(section));
        if (role == Qt::ToolTipRole) {
            const Room *room = m_document->room(roomAt(section));
            QStringList lines{room->name,
                              room->capacity > 0 ? tr("%n seat(s)", nullptr, room->capacity) : tr("Capacity unknown"),
                              room->accessible ? tr("Accessible (step-free)") : tr("Not step-free")};
            if (!room->notes.isEmpty())
                lines.append(room->notes);
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (orientation == Qt::Vertical && section < rowCount() && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return slotText(slotAt(section));
    if (orientation == Qt::Vertical && section < rowCount() && role == TimeOnlyRole)
        if (const TimeSlot *slot = m_document->timeSlot(slotAt(section)))
            return timeText(*slot);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags AgendaGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Break rows can get the keyboard focus too (arrows pass through them) but take no session.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace cabildo
