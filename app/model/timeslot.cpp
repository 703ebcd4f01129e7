#include "timeslot.h"

namespace cabildo {

QString slotKindKey(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Sessions:
        return QStringLiteral("sessions");
    case SlotKind::Break:
        return QStringLiteral("break");
    case SlotKind::Plenary:
        return QStringLiteral("plenary");
    }
    return {};
}

SlotKind slotKindFromKey(const QString &key, bool *ok)
{
    for (SlotKind kind : {SlotKind::Sessions, SlotKind::Break, SlotKind::Plenary})
        if (slotKindKey(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    if (ok)
        *ok = false;
    return SlotKind::Sessions;
}

} // namespace cabildo
