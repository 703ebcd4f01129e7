#pragma once

#include <QString>

namespace cabildo {

/**
 * What an action on the event did: done, not done because there was nothing to do, or
 * refused with the reason to show. Returned by value, so a reason never outlives the call
 * that gave it (a bool plus a lastError() kept an old error for a later, unrelated call).
 */
class Outcome
{
public:
    static Outcome done() { return Outcome(true, {}); }
    /** Nothing to change (the same value, an empty selection): no step, nothing to say. */
    static Outcome unchanged() { return Outcome(false, {}); }
    static Outcome refused(const QString &reason) { return Outcome(false, reason); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    /** Why it was refused; empty when done or unchanged. */
    const QString &error() const { return m_error; }

private:
    Outcome(bool ok, const QString &error) : m_ok(ok), m_error(error) {}

    bool m_ok;
    QString m_error;
};

} // namespace cabildo
