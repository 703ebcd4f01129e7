#pragma once

#include "agendafacts.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace cabildo {

class EventDocument;
struct TimeSlot;

/**
 * The agenda grid as an item model: time slots as rows (breaks and plenaries too, so the
 * day reads top to bottom), rooms as columns. Each cell holds the session placed there,
 * its votes, demand against the room's capacity and its warnings. Re-syncs on the
 * document's agendaChanged(); on votesChanged() only the cells whose votes or warnings
 * moved change (a ballot repaints its sessions' cells, not the grid).
 */
class AgendaGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1, ///< qint64, 0 for a free cell
        SlotIdRole,
        RoomIdRole,
        IsSessionSlotRole, ///< bool: false for a break or a plenary
        PinnedRole,        ///< bool
        VotesTextRole,     ///< demand against capacity: "45 votes / 20 seats"
        OverCapacityRole,  ///< bool
        WarningsRole,      ///< QStringList, one sentence each
        BriefWarningsRole, ///< QStringList, the same in a few words, for the cell
        TimeOnlyRole,      ///< vertical header: the slot's times without its day (the projector shows one day)
    };

    explicit AgendaGridModel(QObject *parent = nullptr);

    void setDocument(EventDocument *document);
    EventDocument *document() const;
    const AgendaFacts &facts() const { return m_facts; }
    /** The round whose ballots the cells count; 0 follows the open round, else the latest. */
    void setRound(qint64 roundId);
    qint64 round() const { return m_roundId; }

    qint64 slotAt(int row) const { return m_slots.value(row); }
    qint64 roomAt(int column) const { return m_rooms.value(column); }
    int rowOfSlot(qint64 slotId) const { return int(m_slots.indexOf(slotId)); }
    int columnOfRoom(qint64 roomId) const { return int(m_rooms.indexOf(roomId)); }
    QModelIndex indexOfSession(qint64 sessionId) const;
    bool isSessionSlot(int row) const;
    /** The day of a row's slot; null for none. */
    QDate dayOfRow(int row) const;
    /** The days of the agenda, in order. */
    QList<QDate> days() const;

    /** "10:00–11:00", with the day in front when the event spans several days. */
    QString slotText(qint64 slotId) const;
    /** "Room B · 40 seats · ♿" */
    QString roomText(qint64 roomId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /** After every re-sync: the view re-applies the spans of break rows. */
    void layoutRefreshed();
    /** The votes changed, and with them facts(); the rows and columns did not. */
    void factsRefreshed();

private:
    void resync();
    void votesMoved();
    /** What each placed session's cell shows of the facts (votes, tally, warnings), by session. */
    QHash<qint64, QString> cellFacts() const;
    QString timeText(const TimeSlot &slot) const;
    QString cellSummary(qint64 sessionId, qint64 roomId) const;
    bool multipleDays() const;

    QPointer<EventDocument> m_document;
    QList<qint64> m_slots;
    QList<qint64> m_rooms;
    AgendaFacts m_facts;
    qint64 m_roundId = 0;
};

} // namespace cabildo
