#include "networkinterfaces.h"

#include <QFileInfo>
#include <QNetworkInterface>

#include <algorithm>

namespace cabildo {

namespace {

/** Qt names Wi-Fi on some systems only; Linux marks wireless devices in sysfs. */
bool isWireless(const QNetworkInterface &interface)
{
    return interface.type() == QNetworkInterface::Wifi
           || QFileInfo::exists(QStringLiteral("/sys/class/net/") + interface.name() + QStringLiteral("/wireless"));
}

int rank(const NetworkChoice &choice)
{
    if (choice.loopback)
        return 2;
    return choice.wireless ? 0 : 1;
}

} // namespace

QList<NetworkChoice> networkChoices()
{
    QList<NetworkChoice> choices;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        const bool loopback = interface.flags().testFlag(QNetworkInterface::IsLoopBack);
        const bool wireless = !loopback && isWireless(interface);
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            NetworkChoice choice;
            choice.interfaceName = interface.name();
            choice.humanName =
                interface.humanReadableName().isEmpty() ? interface.name() : interface.humanReadableName();
            choice.address = entry.ip().toString();
            choice.wireless = wireless;
            choice.loopback = loopback;
            choices.append(choice);
        }
    }
    std::stable_sort(choices.begin(), choices.end(),
                     [](const NetworkChoice &a, const NetworkChoice &b) { return rank(a) < rank(b); });
    return choices;
}

int proposedChoice(const QList<NetworkChoice> &choices)
{
    int best = -1;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (best < 0 || rank(choices[i]) < rank(choices[best]))
            best = int(i);
    }
    return best;
}

} // namespace cabildo
