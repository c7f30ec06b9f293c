#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>

namespace hall {

/// Guards staff.login in front of Argon2id, which costs ~0.1 s and 64 MiB per check on purpose.
/// Two things a counter PC on the hall's network could otherwise do: queue thousands of checks
/// (every staff member's real login then waits minutes behind them), or guess one staff member's
/// password at Argon2's pace for as long as it likes. So at most `maxPending` checks are queued or
/// running at once (more are refused as busy, before any work), and after `maxFailures` wrong
/// passwords for one user from one address within `windowSeconds`, that pair is refused without a
/// check for `lockoutSeconds`. Keyed by address as well as user, so a stranger cannot lock a staff
/// member out of every counter; a successful login clears the pair's failures.
class LoginGate
{
public:
    struct Settings
    {
        int maxPending = 4;
        int maxFailures = 5;
        int windowSeconds = 900;
        int lockoutSeconds = 900;
    };
    enum class Verdict
    {
        Go,     ///< check the password now; call finished() afterwards
        Busy,   ///< too many checks queued; try again shortly
        Locked, ///< too many failures; lockedForSeconds() says how long
    };

    LoginGate();
    explicit LoginGate(Settings settings, std::function<qint64()> nowMs = {});

    Verdict admit(const QString& user, const QString& address);
    void finished(const QString& user, const QString& address, bool passwordOk);
    int lockedForSeconds(const QString& user, const QString& address) const;
    int pending() const { return m_pending; }

private:
    struct Failures
    {
        QList<qint64> at; ///< failure times within the window, oldest first
        qint64 lockedUntil = 0;
    };
    static QString key(const QString& user, const QString& address);
    qint64 now() const;

    Settings m_settings;
    std::function<qint64()> m_nowMs;
    QElapsedTimer m_clock;
    int m_pending = 0;
    QHash<QString, Failures> m_failures;
};

} // namespace hall
