#pragma once

#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QString>

namespace cabildo {

/**
 * Keeps the laptop awake (no suspend, no idle sleep) while wanted: a systemd-logind
 * "sleep:idle" inhibitor lock taken over D-Bus (org.freedesktop.login1.Manager.Inhibit),
 * held as the file descriptor logind hands back and released by closing it. Without
 * logind (a container, another init) it does nothing and says nothing: the app carries
 * on. The call is asynchronous, so a slow or absent system bus never freezes the window.
 */
class SleepInhibitor : public QObject
{
    Q_OBJECT

public:
    explicit SleepInhibitor(QObject *parent = nullptr);
    ~SleepInhibitor() override; ///< releases the lock

    /** Asks logind for the lock, `why` shown to the user by the desktop ("Participants' phones…"). */
    void acquire(const QString &why);
    void release();
    /** Whether the lock is wanted (acquire called, release not since). */
    bool isWanted() const { return m_wanted; }
    /** Whether logind granted the lock and it is held. */
    bool isHeld() const { return m_lock.isValid(); }

private:
    bool m_wanted = false;
    int m_request = 0; ///< counts requests, so a late answer to an old one is dropped
    QDBusUnixFileDescriptor m_lock;
};

} // namespace cabildo
