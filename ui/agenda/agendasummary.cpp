#include "agendasummary.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace cabildo {

AgendaSummary::AgendaSummary(QWidget *parent)
    : QFrame(parent), m_score(new QLabel(this)), m_bound(new QLabel(this)), m_moved(new QLabel(this)),
      m_issues(new QListWidget(this))
{
    setObjectName(QStringLiteral("agendaSummary"));
    setFrameShape(QFrame::StyledPanel);
    m_score->setObjectName(QStringLiteral("agendaScoreLabel"));
    m_bound->setObjectName(QStringLiteral("agendaBoundLabel"));
    m_moved->setObjectName(QStringLiteral("agendaMovedLabel"));
    m_issues->setObjectName(QStringLiteral("agendaIssuesList"));
    QFont bigger = m_score->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    m_score->setFont(bigger);
    for (QLabel *label : {m_score, m_bound, m_moved}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_issues->setMaximumHeight(90);
    m_issues->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_score);
    layout->addWidget(m_bound);
    layout->addWidget(m_moved);
    layout->addWidget(m_issues);
    clear();
}

void AgendaSummary::clear()
{
    m_current = {};
    m_round = {};
    m_currentKey.clear();
    m_generation.reset();
    updateTexts();
}

void AgendaSummary::showScore(const AgendaScore &score, const QByteArray &problemKey, const AgendaRoundFacts &round)
{
    m_current = score;
    m_round = round;
    m_currentKey = problemKey;
    updateTexts();
}

void AgendaSummary::showGeneration(const GenerationReport &report)
{
    m_generation = report;
    updateTexts();
}

void AgendaSummary::updateTexts()
{
    const QLocale locale;
    const AgendaScore &score = m_current;
    if (score.ballotVotes == 0 && m_round.ballots > 0) {
        // Ballots name themes; they count once the themes have sessions.
        m_score->setText(tr("%n ballot(s) in “%1”, but no session comes from the themes they name: use Create "
                            "Sessions from Themes in the Agenda menu.",
                            nullptr, m_round.ballots)
                             .arg(m_round.name));
    } else if (score.ballotVotes == 0 && !m_round.fullerName.isEmpty()) {
        // The open round is empty while yesterday's holds the votes: say where they are.
        m_score->setText(tr("No ballots in “%1” yet; “%2” has %n ballot(s): choose it under Votes from.", nullptr,
                            m_round.fullerBallots)
                             .arg(m_round.name, m_round.fullerName));
    } else if (score.ballotVotes == 0) {
        m_score->setText(tr("No ballots in this round yet: the agenda follows paper tallies and room sizes only."));
    } else {
        //: A = votes people can attend, T = all ballot votes, M = missed, O = seat overflow
        //: Numbers stand after their labels, so no noun has to agree with a count.
        m_score->setText(tr("Ballot votes attendable: %1 of %2 · missed: %3 · seat overflow: %4")
                             .arg(locale.toString(score.attendable), locale.toString(score.ballotVotes),
                                  locale.toString(score.missed), locale.toString(score.overflow)));
    }
    m_score->setAccessibleName(m_score->text());

    // The bound and the moves belong to the generated agenda's problem: a pin, a vote or a
    // new room makes them stale, moving a session by hand does not change the bound.
    const bool boundKnown = m_generation && m_generation->problemKey == m_currentKey && score.ballotVotes > 0;
    if (boundKnown) {
        const qint64 bound = m_generation->score.upperBound;
        if (score.attendable >= bound)
            m_bound->setText(tr("The best possible: no agenda lets people attend more of what they voted for."));
        else
            //: %1 is a percentage, e.g. "1.2"; %2 the most attendable votes any agenda could reach
            m_bound->setText(tr("Within %1 % of the best possible (no agenda can reach more than %2).")
                                 .arg(locale.toString(100.0 * double(bound - score.attendable) / double(bound), 'f', 1),
                                      locale.toString(bound)));
    }
    m_bound->setVisible(boundKnown);

    if (m_generation) {
        QString text = tr("Generated in %1 s: %n session(s) moved", nullptr, m_generation->score.moved)
                           .arg(locale.toString(m_generation->seconds, 'f', 1));
        if (m_generation->newlyScheduled)
            text += QStringLiteral(", ") + tr("%n newly scheduled", nullptr, m_generation->newlyScheduled);
        if (m_generation->score.unscheduled)
            text += QStringLiteral(", ") + tr("%n left unscheduled", nullptr, m_generation->score.unscheduled);
        m_moved->setText(text + QLatin1Char('.'));
    }
    m_moved->setVisible(m_generation.has_value());
    m_issues->clear();
    if (m_generation)
        m_issues->addItems(m_generation->issues);
    m_issues->setVisible(m_issues->count() > 0);
}

} // namespace cabildo
