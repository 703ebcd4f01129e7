#pragma once

#include "agendageneration.h"

#include <QFrame>
#include <optional>

class QLabel;
class QListWidget;

namespace cabildo {

/**
 * The panel under the grid: every agenda states A of the total ballot votes, M and O
 * (app/engines/scheduling/OBJECTIVE.md), and, after "Generate agenda", how far A is
 * from the proven best, how many sessions moved, and the rules the generator could not keep.
 */
/** The round the score counts, so "no ballot votes" can say why. */
struct AgendaRoundFacts
{
    QString name;       ///< empty when the event has no round
    int ballots = 0;    ///< ballots cast in it
    QString fullerName; ///< when it has none: another round that has some, else empty
    int fullerBallots = 0;
};

class AgendaSummary : public QFrame
{
    Q_OBJECT

public:
    explicit AgendaSummary(QWidget *parent = nullptr);

    /** The current agenda's score; the generation's figures stay while its problem is unchanged. */
    void showScore(const AgendaScore &score, const QByteArray &problemKey, const AgendaRoundFacts &round = {});
    void showGeneration(const GenerationReport &report);
    void clear();

private:
    void updateTexts();

    QLabel *m_score;
    QLabel *m_bound;
    QLabel *m_moved;
    QListWidget *m_issues;
    AgendaScore m_current;
    AgendaRoundFacts m_round;
    QByteArray m_currentKey;
    std::optional<GenerationReport> m_generation;
};

} // namespace cabildo
