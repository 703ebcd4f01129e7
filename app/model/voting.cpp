#include "voting.h"

namespace cabildo {

QString roundStateKey(RoundState state)
{
    switch (state) {
    case RoundState::NotStarted:
        return QStringLiteral("not_started");
    case RoundState::Open:
        return QStringLiteral("open");
    case RoundState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

RoundState roundStateFromKey(const QString &key, bool *ok)
{
    for (RoundState state : {RoundState::NotStarted, RoundState::Open, RoundState::Closed})
        if (roundStateKey(state) == key) {
            if (ok)
                *ok = true;
            return state;
        }
    if (ok)
        *ok = false;
    return RoundState::NotStarted;
}

} // namespace cabildo
