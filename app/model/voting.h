#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace cabildo {

enum class RoundState
{
    NotStarted,
    Open,
    Closed
};

QString roundStateKey(RoundState state); ///< "not_started", "open", "closed"
RoundState roundStateFromKey(const QString &key, bool *ok = nullptr);

/** A named round of dot voting on themes (a multi-day event may run one per day). */
struct VoteRound
{
    qint64 id = 0;
    QUuid uuid;
    QString name;
    int votesPerPerson = 3;
    int capPerTheme = 0; ///< most ballots one theme may receive in the round; 0: no cap
    RoundState state = RoundState::NotStarted;
    bool totalsHidden = true; ///< running totals hidden until the facilitator reveals them
    QDateTime createdAt;

    bool operator==(const VoteRound &) const = default;
};

/**
 * One voter's anonymous ballot: the set of themes chosen in a round. Themes are named by
 * UUID, not row id: a ballot outlives a dissolved theme harmlessly and follows merges
 * (see EventStore's schema step 2 → 3).
 */
struct Ballot
{
    qint64 id = 0;
    QUuid uuid;
    qint64 roundId = 0;
    QList<QUuid> themes; ///< sorted, no duplicates
    QDateTime createdAt;
    /**
     * A phone's key for this round (ParticipationServer's BallotSubmission::voterKey): one
     * ballot per phone and round, which the phone's next ballot replaces. Empty for the
     * kiosk's and the facilitator's ballots. Never backed up or exported.
     */
    QByteArray voterKey;

    bool operator==(const Ballot &) const = default;
};

/** Votes counted from paper dots for one theme in a round: demand without co-votes. */
struct Tally
{
    qint64 roundId = 0;
    QUuid theme;
    int count = 0; ///< 0 means no tally

    bool operator==(const Tally &) const = default;
};

} // namespace cabildo
