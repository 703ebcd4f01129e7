#include "voteranking.h"

#include "document/eventdocument.h"

#include <algorithm>

namespace cabildo {

QList<RankedTheme> rankThemes(const EventDocument &document, qint64 roundId)
{
    QList<RankedTheme> ranked;
    for (qint64 id : document.themeIds()) {
        const Theme *theme = document.theme(id);
        RankedTheme line;
        line.themeId = id;
        line.title = theme->title;
        line.colourKey = theme->colour;
        line.ballotVotes = document.ballotVotes(roundId, theme->uuid);
        line.tallyVotes = document.tally(roundId, theme->uuid);
        ranked.append(line);
    }
    // Stable: equal totals keep the themes' creation order.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedTheme &a, const RankedTheme &b) { return a.total() > b.total(); });
    return ranked;
}

} // namespace cabildo
