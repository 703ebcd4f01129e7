#include "themecount.h"

#include <algorithm>
#include <cmath>

namespace cabildo {

int suggestedThemeCount(int notes, int sessionCells)
{
    if (notes <= 0)
        return 0;
    int themes = std::clamp(int(std::lround(notes / 50.0)), 8, 20);
    themes = std::min(themes, std::max(1, notes / 4));
    if (sessionCells > 0)
        themes = std::min(themes, sessionCells);
    return themes;
}

} // namespace cabildo
