#pragma once

#include <QList>
#include <QString>

namespace cabildo {

class EventDocument;

/** One theme's line in a round's results: its votes from ballots and from paper. */
struct RankedTheme
{
    qint64 themeId = 0;
    QString title;
    QString colourKey;
    int ballotVotes = 0; ///< ballots of the round naming the theme
    int tallyVotes = 0;  ///< dots counted on paper
    int total() const { return ballotVotes + tallyVotes; }
};

/**
 * The themes of the event ranked by their votes in `roundId` (ballots plus tallies), most
 * first; ties in the themes' creation order, so the ranking never shuffles between two
 * repaints. Every theme is listed, with or without votes: a theme nobody chose is a result.
 */
QList<RankedTheme> rankThemes(const EventDocument &document, qint64 roundId);

} // namespace cabildo
