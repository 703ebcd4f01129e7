// EventDocument's votes: rounds of dot voting on themes, anonymous ballots and paper
// tallies, and what a merge of themes does to them (app/storage/FORMAT.md, "References by UUID").
#include "eventdocument.h"

#include "storage/eventstore.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cabildo {

namespace {

struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

QString quoted(const QString &title)
{
    return UndoText::tr("“%1”").arg(title);
}

/** A ballot is a set: sorted, no duplicates (a merge can make two choices one). */
void normalise(QList<QUuid> &themes)
{
    std::sort(themes.begin(), themes.end());
    themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
}

} // namespace

const VoteRound *EventDocument::round(qint64 id) const
{
    const auto it = m_rounds.constFind(id);
    return it == m_rounds.constEnd() ? nullptr : &it.value();
}

const VoteRound *EventDocument::openRound() const
{
    for (const VoteRound &round : m_rounds)
        if (round.state == RoundState::Open)
            return &round;
    return nullptr;
}

QList<Ballot> EventDocument::ballots(qint64 roundId) const
{
    QList<Ballot> result;
    for (qint64 id : m_ballotOrder)
        if (const Ballot &ballot = *m_ballots.constFind(id); ballot.roundId == roundId)
            result.append(ballot);
    return result;
}

int EventDocument::ballotVotes(qint64 roundId, const QUuid &theme) const
{
    int count = 0;
    for (const Ballot &ballot : m_ballots)
        count += ballot.roundId == roundId && ballot.themes.contains(theme);
    return count;
}

int EventDocument::tally(qint64 roundId, const QUuid &theme) const
{
    return m_tallies.value({roundId, theme});
}

QList<Tally> EventDocument::tallies(qint64 roundId) const
{
    QList<Tally> result;
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it)
        if (it.key().first == roundId)
            result.append(Tally{roundId, it.key().second, it.value()});
    return result;
}

const Theme *EventDocument::themeByUuid(const QUuid &uuid) const
{
    for (const Theme &theme : m_themes)
        if (theme.uuid == uuid)
            return &theme;
    return nullptr;
}

void EventDocument::setVotesInMemory(const VoteChange &change)
{
    for (qint64 id : change.removedBallots)
        m_ballots.remove(id);
    for (qint64 id : change.removedRounds) {
        // The file's ON DELETE CASCADE, mirrored.
        m_rounds.remove(id);
        m_ballots.removeIf([&](QHash<qint64, Ballot>::iterator it) { return it->roundId == id; });
        m_tallies.removeIf([&](QMap<QPair<qint64, QUuid>, int>::iterator it) { return it.key().first == id; });
    }
    for (const VoteRound &round : change.rounds)
        m_rounds.insert(round.id, round);
    for (const Ballot &ballot : change.ballots)
        m_ballots.insert(ballot.id, ballot);
    for (const Tally &tally : change.tallies) {
        if (tally.count > 0)
            m_tallies.insert({tally.roundId, tally.theme}, tally.count);
        else
            m_tallies.remove({tally.roundId, tally.theme});
    }
    m_roundOrder = m_rounds.keys();
    std::sort(m_roundOrder.begin(), m_roundOrder.end());
    m_ballotOrder = m_ballots.keys();
    std::sort(m_ballotOrder.begin(), m_ballotOrder.end());
    if (!m_roundOrder.isEmpty())
        m_lastAgendaId = std::max(m_lastAgendaId, m_roundOrder.constLast());
    if (!m_ballotOrder.isEmpty())
        m_lastAgendaId = std::max(m_lastAgendaId, m_ballotOrder.constLast());
}

VoteChange EventDocument::inverseOf(const VoteChange &change) const
{
    VoteChange inverse;
    for (const VoteRound &changed : change.rounds)
        round(changed.id) ? inverse.rounds.append(*round(changed.id)) : inverse.removedRounds.append(changed.id);
    for (qint64 id : change.removedRounds)
        if (round(id)) {
            inverse.rounds.append(*round(id));
            inverse.ballots.append(ballots(id));
            inverse.tallies.append(tallies(id));
        }
    for (const Ballot &changed : change.ballots)
        m_ballots.contains(changed.id) ? inverse.ballots.append(m_ballots[changed.id])
                                       : inverse.removedBallots.append(changed.id);
    for (qint64 id : change.removedBallots)
        if (m_ballots.contains(id))
            inverse.ballots.append(m_ballots[id]);
    for (const Tally &changed : change.tallies)
        inverse.tallies.append(Tally{changed.roundId, changed.theme, tally(changed.roundId, changed.theme)});
    return inverse;
}

Outcome EventDocument::pushVoteChange(const QString &text, const VoteChange &change)
{
    EventChange step;
    step.votes = change;
    return pushChange(text, step);
}

AgendaChange EventDocument::sessionsAfterMerge(qint64 keep, const QList<qint64> &others) const
{
    QSet<QUuid> merged;
    for (qint64 id : others)
        if (const Theme *found = theme(id); found && id != keep)
            merged.insert(found->uuid);
    AgendaChange change;
    for (qint64 id : m_sessionOrder) {
        Session session = m_sessions.value(id);
        if (!session.theme.isNull() && merged.contains(session.theme)) {
            session.theme = theme(keep)->uuid; // its title stays: the facilitator may have edited it
            change.sessions.append(session);
        }
    }
    return change;
}

VoteChange EventDocument::votesAfterMerge(qint64 keep, const QList<qint64> &others) const
{
    const QUuid kept = theme(keep)->uuid;
    QSet<QUuid> gone;
    for (qint64 id : others)
        if (id != keep && theme(id))
            gone.insert(theme(id)->uuid);
    VoteChange change;
    for (qint64 id : m_ballotOrder) {
        Ballot ballot = m_ballots[id];
        bool touched = false;
        for (QUuid &choice : ballot.themes)
            if (gone.contains(choice)) {
                choice = kept;
                touched = true;
            }
        if (touched) {
            normalise(ballot.themes); // a voter who chose both keeps one vote
            change.ballots.append(ballot);
        }
    }
    // Paper tallies have no voters to collapse: the counts add up.
    QHash<qint64, int> moved;
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it)
        if (gone.contains(it.key().second)) {
            change.tallies.append(Tally{it.key().first, it.key().second, 0});
            moved[it.key().first] += it.value();
        }
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        change.tallies.append(Tally{it.key(), kept, tally(it.key(), kept) + it.value()});
    return change;
}

Outcome EventDocument::themesMayChange()
{
    if (const VoteRound *open = openRound())
        return refuse(tr("Themes cannot be merged or split while the voting round %1 is open: close it first.")
                          .arg(quoted(open->name)));
    return Outcome::done();
}

Outcome EventDocument::createRound(const QString &name, int votesPerPerson, int capPerTheme, bool totalsHidden)
{
    VoteRound made;
    made.name = toNfc(name.trimmed());
    if (made.name.isEmpty() || votesPerPerson < 1 || capPerTheme < 0)
        return refuse(tr("A voting round needs a name, at least one vote per person and a cap of 0 (none) or more."));
    made.id = issueId();
    made.uuid = QUuid::createUuid();
    made.votesPerPerson = votesPerPerson;
    made.capPerTheme = capPerTheme;
    made.totalsHidden = totalsHidden;
    made.createdAt = QDateTime::currentDateTimeUtc();
    VoteChange change;
    change.rounds = {made};
    return pushVoteChange(UndoText::tr("Create voting round %1").arg(quoted(made.name)), change);
}

Outcome EventDocument::removeRound(qint64 roundId)
{
    const VoteRound *found = round(roundId);
    if (!found)
        return Outcome::unchanged();
    if (found->state == RoundState::Open)
        return refuse(tr("Close %1 before deleting it: people may be voting.").arg(quoted(found->name)));
    VoteChange change;
    change.removedRounds = {roundId};
    const QString text = UndoText::tr("Delete voting round %1").arg(quoted(found->name));
    // Its ballots cannot be cast again: a restore point first (issue 14).
    if (const Outcome kept = keepAutomaticPoint(text); !kept)
        return kept;
    return pushVoteChange(text, change);
}

Outcome EventDocument::updateRound(const VoteRound &changed)
{
    const VoteRound *current = round(changed.id);
    if (!current)
        return Outcome::unchanged();
    VoteRound updated = *current; // identity and state are not edited here
    updated.name = toNfc(changed.name.trimmed());
    updated.votesPerPerson = changed.votesPerPerson;
    updated.capPerTheme = changed.capPerTheme;
    updated.totalsHidden = changed.totalsHidden;
    if (updated.name.isEmpty() || updated.votesPerPerson < 1 || updated.capPerTheme < 0)
        return refuse(tr("A voting round needs a name, at least one vote per person and a cap of 0 (none) or more."));
    if ((updated.votesPerPerson != current->votesPerPerson || updated.capPerTheme != current->capPerTheme)
        && !ballots(current->id).isEmpty())
        return refuse(tr("Votes per person and the cap cannot change once ballots have been cast."));
    if (updated == *current)
        return Outcome::unchanged();
    VoteChange change;
    change.rounds = {updated};
    return pushVoteChange(UndoText::tr("Change voting round %1").arg(quoted(updated.name)), change);
}

Outcome EventDocument::openRound(qint64 roundId)
{
    const VoteRound *current = round(roundId);
    if (!current || current->state == RoundState::Open)
        return Outcome::unchanged();
    if (const VoteRound *open = openRound())
        return refuse(tr("The voting round %1 is open: close it first.").arg(quoted(open->name)));
    VoteRound updated = *current;
    updated.state = RoundState::Open;
    VoteChange change;
    change.rounds = {updated};
    return pushVoteChange(UndoText::tr("Open voting round %1").arg(quoted(updated.name)), change);
}

Outcome EventDocument::closeRound(qint64 roundId)
{
    const VoteRound *current = round(roundId);
    if (!current || current->state != RoundState::Open)
        return Outcome::unchanged();
    VoteRound updated = *current;
    updated.state = RoundState::Closed;
    VoteChange change;
    change.rounds = {updated};
    return pushVoteChange(UndoText::tr("Close voting round %1").arg(quoted(updated.name)), change);
}

Outcome EventDocument::revealTotals(qint64 roundId)
{
    const VoteRound *current = round(roundId);
    if (!current || !current->totalsHidden)
        return Outcome::unchanged();
    VoteRound updated = *current;
    updated.totalsHidden = false;
    VoteChange change;
    change.rounds = {updated};
    return pushVoteChange(UndoText::tr("Reveal the totals of %1").arg(quoted(updated.name)), change);
}

Outcome EventDocument::castBallot(qint64 roundId, const QList<qint64> &themeIds, Origin origin,
                                  const QByteArray &voterKey)
{
    const VoteRound *into = round(roundId);
    if (!into || into->state != RoundState::Open)
        return refuse(tr("This voting round is not open."));
    Ballot ballot;
    for (qint64 id : themeIds) {
        if (!theme(id))
            return refuse(tr("A ballot can only name themes of this event."));
        ballot.themes.append(theme(id)->uuid);
    }
    normalise(ballot.themes);
    if (ballot.themes.isEmpty())
        return refuse(tr("A ballot needs at least one theme."));
    if (ballot.themes.size() > into->votesPerPerson)
        return refuse(tr("A ballot may name at most %n theme(s) in this round.", nullptr, into->votesPerPerson));
    // A phone changing its ballot: its earlier choice of a theme does not count against the cap.
    const Ballot *replaced = ballotOfVoter(roundId, voterKey);
    if (into->capPerTheme > 0)
        for (const QUuid &chosen : std::as_const(ballot.themes))
            if (ballotVotes(roundId, chosen) - (replaced && replaced->themes.contains(chosen)) >= into->capPerTheme)
                return refuse(tr("%1 already has the most votes a theme may get in this round (%2).")
                                  .arg(quoted(themeByUuid(chosen)->title))
                                  .arg(into->capPerTheme));
    ballot.id = issueId();
    ballot.uuid = QUuid::createUuid();
    ballot.roundId = roundId;
    ballot.createdAt = QDateTime::currentDateTimeUtc();
    ballot.voterKey = voterKey;
    VoteChange change;
    change.ballots = {ballot};
    if (replaced)
        change.removedBallots = {replaced->id};
    if (origin == Origin::Participant) { // a participant's ballot is not the facilitator's to undo
        EventChange external;
        external.votes = change;
        return applyExternalChange(external);
    }
    return pushVoteChange(UndoText::tr("Cast a ballot in %1").arg(quoted(into->name)), change);
}

Outcome EventDocument::setTally(qint64 roundId, qint64 themeId, int count)
{
    const VoteRound *in = round(roundId);
    const Theme *of = theme(themeId);
    if (!in || !of || count < 0)
        return refuse(tr("A tally needs a voting round, a theme and a count of 0 or more."));
    if (tally(roundId, of->uuid) == count)
        return Outcome::unchanged();
    VoteChange change;
    change.tallies = {Tally{roundId, of->uuid, count}};
    return pushVoteChange(UndoText::tr("Set the paper tally of %1").arg(quoted(of->title)), change);
}

} // namespace cabildo
