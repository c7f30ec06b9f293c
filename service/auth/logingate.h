// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>

namespace hall {

/// Guards staff.login in front of Argon2id, which costs ~0.1 s and 64 MiB per check on purpose.
/// Three things a counter token on the hall's network could otherwise do: queue thousands of checks
/// (every staff member's real login then waits minutes behind them), take every place in that queue
/// with made-up names so real logins are refused as busy, or guess one staff member's password at
/// Argon2's pace for as long as it likes. So:
/// - at most `maxPending` checks are queued or running at once (more are refused as busy, before
///   any work);
/// - fairly: one device holds at most `maxPerDevice` of them and one address `maxPerAddress`, so a
///   flood from one token or one laptop leaves the other places to everyone else;
/// - `reservedForKnown` places take only accounts that exist, so made-up names never starve a real
///   login (an unknown name is still checked against a dummy hash when it gets a place, so the
///   answer's timing tells nothing);
/// - after `maxFailures` wrong passwords for one user from one address within `windowSeconds`, that
///   pair is refused without a check for `lockoutSeconds`. Keyed by address as well as user, so a
///   stranger cannot lock a staff member out of every counter; a success clears the pair's failures.
class LoginGate
{
public:
    struct Settings
    {
        int maxPending = 4;
        int maxFailures = 5;
        int windowSeconds = 900;
        int lockoutSeconds = 900;
        int maxPerDevice = 1;
        int maxPerAddress = 2;
        int reservedForKnown = 1;
    };
    /// One login attempt: who it names and where it comes from.
    struct Attempt
    {
        QString user;
        QString address;
        QString device;
        bool knownUser = true; ///< the account exists and is enabled
    };
    enum class Verdict
    {
        Go,     ///< check the password now; call finished() afterwards
        Busy,   ///< too many checks queued (in all, or from this device or address); try again shortly
        Locked, ///< too many failures; lockedForSeconds() says how long
    };

    LoginGate();
    explicit LoginGate(Settings settings, std::function<qint64()> nowMs = {});

    Verdict admit(const Attempt& a);
    void finished(const Attempt& a, bool passwordOk);
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
    static void release(QHash<QString, int>& counts, const QString& key);

    Settings m_settings;
    std::function<qint64()> m_nowMs;
    QElapsedTimer m_clock;
    int m_pending = 0;
    QHash<QString, int> m_pendingByDevice;
    QHash<QString, int> m_pendingByAddress;
    QHash<QString, Failures> m_failures;
};

} // namespace hall
