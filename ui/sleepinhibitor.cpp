#include "sleepinhibitor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace cabildo {

SleepInhibitor::SleepInhibitor(QObject *parent) : QObject(parent) {}

SleepInhibitor::~SleepInhibitor()
{
    release();
}

void SleepInhibitor::acquire(const QString &why)
{
    if (m_wanted)
        return;
    m_wanted = true;
    const int request = ++m_request;
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return; // no system bus (a container): nothing to inhibit
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    // "block": no suspend at all while held (a "delay" lock would only postpone it).
    call << QStringLiteral("sleep:idle") << QStringLiteral("Cabildo") << why << QStringLiteral("block");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, request](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *finished;
        // No logind, or refused by policy: the app works on, the desktop's own settings apply.
        if (reply.isError() || request != m_request || !m_wanted)
            return; // a late answer after release(): dropping the descriptor releases the lock
        m_lock = reply.value();
    });
}

void SleepInhibitor::release()
{
    m_wanted = false;
    ++m_request;
    m_lock = QDBusUnixFileDescriptor(); // the last copy of the descriptor closes: logind lets go
}

} // namespace cabildo
