// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hall {

/// The roles a device connects with (protocol v1).
enum class Role
{
    Kiosk,
    Counter,
    Display,
    Admin,
    /// hall-relay on a lobby PC: one upstream connection that serves that PC's displays the public
    /// view; each display's hello is checked here (relay.admit).
    Relay,
};
QString toString(Role r);
std::optional<Role> roleFromString(const QString& s);

/// A device allowed to connect. The token itself is shown once at creation and stored only hashed.
struct Device
{
    QString name;
    Role role = Role::Kiosk;
    QDateTime createdAt;
    QDateTime revokedAt; ///< invalid while the device may connect
    QString tokenHash;
};

/// A staff account for counter sessions, with the counters it may operate.
struct StaffAccount
{
    QString user;
    QString displayName;
    bool allCounters = false;
    QSet<int> counters;
    QDateTime createdAt;
    QDateTime disabledAt;
    QString passwordHash;

    bool mayUse(int counter) const { return allCounters || counters.contains(counter); }
    QString countersText() const;
};

/// Parses "1,2,5" or "*" (every counter); nullopt when malformed.
std::optional<StaffAccount> withCounters(StaffAccount account, const QString& text);

/// Devices and staff accounts in the hall database (tables of migration 2). Used by hall-service to
/// authenticate and by hall-admin to manage; every write is one statement, so both may run at once.
class AuthStore
{
public:
    explicit AuthStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Creates a device and returns its token (the only time it is ever visible).
    Result<QString> addDevice(const QString& name, Role role);
    Result<bool> revokeDevice(const QString& name);
    Result<QList<Device>> devices();
    std::optional<Device> device(const QString& name);

    Result<bool> addStaff(const StaffAccount& account, const QString& password);
    Result<bool> setStaffPassword(const QString& user, const QString& password);
    Result<bool> setStaffCounters(const QString& user, const StaffAccount& counters);
    Result<bool> disableStaff(const QString& user);
    Result<QList<StaffAccount>> staff();
    /// The account named `user`, whatever the case of the letters (names are unique that way).
    std::optional<StaffAccount> staffAccount(const QString& user);

    static bool validName(const QString& name);
    /// The minimal password rule: 8–256 characters, no control characters, not only digits, at
    /// least 4 different characters, and not containing a user name of 4 or more characters.
    static std::optional<QString> passwordProblem(const QString& password, const QString& user = {});

private:
    Result<bool> exec(const QString& sql, const QVariantList& values, const QString& notFound = {});

    QSqlDatabase m_db;
};

} // namespace hall
