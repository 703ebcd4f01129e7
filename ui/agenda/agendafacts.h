#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace cabildo {

class EventDocument;

/** A problem the grid shows on the cell where it happens. */
struct CellWarning
{
    enum class Kind
    {
        OverCapacity,
        SplitVoters,
        HostClash,
        Inaccessible,
        SlotNotAllowed
    };
    Kind kind;
    QString text;  ///< one sentence for the tooltip, e.g. "12 voters also want “Privacy” at this time"
    QString brief; ///< what fits in the cell, e.g. "12 voters split with “Privacy”"
};

/**
 * What the agenda grid shows beside the placements: each session's demand in the round
 * that counts (the open round, else the latest, as the generator's input reads it) and the
 * warnings of each placed session. Recomputed from the document; no widgets, so it is
 * easy to test and to reuse in the presenter view.
 */
class AgendaFacts
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::AgendaFacts)

public:
    /** `roundId` 0 (or a round that is gone): the open round, else the latest. */
    void recompute(const EventDocument &document, qint64 roundId = 0);

    qint64 roundId() const { return m_roundId; }
    int ballotVotes(qint64 sessionId) const { return m_ballotsOf.value(sessionId).size(); }
    int tally(qint64 sessionId) const { return m_tally.value(sessionId); }
    /** Demand d(s) of app/engines/scheduling/OBJECTIVE.md: ballots naming it + its tally. */
    int demand(qint64 sessionId) const { return ballotVotes(sessionId) + tally(sessionId); }
    /** How many ballots name both sessions. */
    int sharedBallots(qint64 first, qint64 second) const;
    /** The warnings of a placed session's cell; empty when all is well or it is unscheduled. */
    QList<CellWarning> warnings(qint64 sessionId) const { return m_warnings.value(sessionId); }
    int warningCount() const;

private:
    void findWarnings(const EventDocument &document);

    qint64 m_roundId = 0;
    QHash<qint64, QList<int>> m_ballotsOf; ///< session → indexes of the ballots naming it, ascending
    QHash<qint64, int> m_tally;
    QHash<qint64, QList<CellWarning>> m_warnings;
};

} // namespace cabildo
