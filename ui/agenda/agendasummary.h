#pragma once

#include "agendageneration.h"

#include <QFrame>
#include <optional>

class QLabel;
class QListWidget;

namespace cabildo {

/**
 * The panel under the grid: every agenda states A of the total ballot votes, M and O
 * (PRODUCT.md), and, after "Generate agenda", how far A is from the proven best, how many
 * sessions moved, and the rules the generator could not keep.
 */
class AgendaSummary : public QFrame
{
    Q_OBJECT

public:
    explicit AgendaSummary(QWidget *parent = nullptr);

    /** The current agenda's score; the generation's figures stay while its problem is unchanged. */
    void showScore(const AgendaScore &score, const QByteArray &problemKey);
    void showGeneration(const GenerationReport &report);
    void clear();

private:
    void updateTexts();

    QLabel *m_score;
    QLabel *m_bound;
    QLabel *m_moved;
    QListWidget *m_issues;
    AgendaScore m_current;
    QByteArray m_currentKey;
    std::optional<GenerationReport> m_generation;
};

} // namespace cabildo
