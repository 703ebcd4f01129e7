#pragma once

// The addresses phones could reach the laptop at, for the facilitator to choose from
// (issue 13: the laptop's Wi-Fi address is proposed).

#include <QList>
#include <QString>

namespace cabildo {

struct NetworkChoice
{
    QString interfaceName; ///< "wlp2s0"
    QString humanName;     ///< what the system calls it, else the interface name
    QString address;       ///< IPv4, dotted
    bool wireless = false;
    bool loopback = false;
};

/** IPv4 addresses of the interfaces that are up: Wi-Fi first, then wired, loopback last. */
QList<NetworkChoice> networkChoices();
/**
 * The index to propose in `choices`: the first Wi-Fi, else the first wired, else loopback
 * (phones cannot reach it, but the facilitator can try the page on the laptop); -1 when empty.
 */
int proposedChoice(const QList<NetworkChoice> &choices);

} // namespace cabildo
