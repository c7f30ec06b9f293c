// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authstore.h"

#include "domain/halltime.h"
#include "domain/plaintext.h"
#include "secrets.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hall {

namespace {

Error storageFailed(const QSqlQuery& q)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("账户数据库错误: %1").arg(q.lastError().text())};
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

QString nowIso()
{
    return halltime::toIso(QDateTime::currentDateTimeUtc());
}

Device deviceFromRow(const QSqlQuery& q)
{
    return Device{q.value(0).toString(), roleFromString(q.value(1).toString()).value_or(Role::Display),
                  halltime::fromIso(q.value(2).toString()), halltime::fromIso(q.value(3).toString()),
                  q.value(4).toString()};
}

StaffAccount staffFromRow(const QSqlQuery& q)
{
    StaffAccount a;
    a.user = q.value(0).toString();
    a.displayName = q.value(1).toString();
    a = withCounters(a, q.value(2).toString()).value_or(a);
    a.createdAt = halltime::fromIso(q.value(3).toString());
    a.disabledAt = halltime::fromIso(q.value(4).toString());
    a.passwordHash = q.value(5).toString();
    return a;
}

} // namespace

QString toString(Role r)
{
    switch (r) {
    case Role::Kiosk:
        return QStringLiteral("kiosk");
    case Role::Counter:
        return QStringLiteral("counter");
    case Role::Display:
        return QStringLiteral("display");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Relay:
        return QStringLiteral("relay");
    }
    return {};
}

std::optional<Role> roleFromString(const QString& s)
{
    for (Role r : {Role::Kiosk, Role::Counter, Role::Display, Role::Admin, Role::Relay}) {
        if (toString(r) == s) {
            return r;
        }
    }
    return std::nullopt;
}

QString StaffAccount::countersText() const
{
    if (allCounters) {
        return QStringLiteral("*");
    }
    QList<int> sorted(counters.begin(), counters.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int c : sorted) {
        parts << QString::number(c);
    }
    return parts.join(QLatin1Char(','));
}

std::optional<StaffAccount> withCounters(StaffAccount account, const QString& text)
{
    account.counters.clear();
    account.allCounters = text.trimmed() == QLatin1String("*");
    if (account.allCounters) {
        return account;
    }
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return std::nullopt;
    }
    for (const QString& p : parts) {
        bool ok = false;
        const int n = p.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 9999) {
            return std::nullopt;
        }
        account.counters.insert(n);
    }
    return account;
}

bool AuthStore::validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

std::optional<QString> AuthStore::passwordProblem(const QString& password, const QString& user)
{
    if (password.size() < 8) {
        return QStringLiteral("密码至少 8 个字符");
    }
    if (password.size() > 256) {
        return QStringLiteral("密码最多 256 个字符");
    }
    if (hasControlCharacters(password)) {
        return QStringLiteral("密码不能含控制字符");
    }
    if (std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); })) {
        return QStringLiteral("密码不能全是数字（生日、电话号码容易被猜中）");
    }
    if (QSet<QChar>(password.cbegin(), password.cend()).size() < 4) {
        return QStringLiteral("密码至少要有 4 个不同的字符");
    }
    if (user.size() >= 4 && password.contains(user, Qt::CaseInsensitive)) {
        return QStringLiteral("密码不能包含用户名");
    }
    return std::nullopt;
}

Result<bool> AuthStore::exec(const QString& sql, const QVariantList& values, const QString& notFound)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return storageFailed(q);
    }
    if (!notFound.isEmpty() && q.numRowsAffected() == 0) {
        return invalid(notFound);
    }
    return true;
}

Result<QString> AuthStore::addDevice(const QString& name, Role role)
{
    if (!validName(name)) {
        return invalid(QStringLiteral("设备名只能包含字母、数字、点、下划线和连字符，最多 64 个字符"));
    }
    if (device(name)) {
        return invalid(QStringLiteral("设备 %1 已存在").arg(name));
    }
    const QString token = secrets::newToken();
    auto done =
        exec(QStringLiteral("INSERT INTO devices (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)"),
             {name, toString(role), secrets::hashToken(token), nowIso()});
    if (!done) {
        return done.error();
    }
    return token;
}

Result<bool> AuthStore::revokeDevice(const QString& name)
{
    return exec(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"),
                {nowIso(), name}, QStringLiteral("没有未吊销的设备 %1").arg(name));
}

Result<QList<Device>> AuthStore::devices()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT name, role, created_at, revoked_at, token_hash FROM devices ORDER BY name"))) {
        return storageFailed(q);
    }
    QList<Device> out;
    while (q.next()) {
        out.append(deviceFromRow(q));
    }
    return out;
}

std::optional<Device> AuthStore::device(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT name, role, created_at, revoked_at, token_hash FROM devices WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return deviceFromRow(q);
}

Result<bool> AuthStore::addStaff(const StaffAccount& account, const QString& password)
{
    if (!validName(account.user)) {
        return invalid(QStringLiteral("用户名只能包含字母、数字、点、下划线和连字符，最多 64 个字符"));
    }
    if (account.displayName.trimmed().isEmpty() || account.displayName.size() > 64) {
        return invalid(QStringLiteral("姓名不能为空，最多 64 个字符"));
    }
    if (hasControlCharacters(account.displayName)) {
        return invalid(QStringLiteral("姓名不能含控制字符（换行、制表符等）"));
    }
    if (!account.allCounters && account.counters.isEmpty()) {
        return invalid(QStringLiteral("至少允许一个窗口"));
    }
    if (auto problem = passwordProblem(password, account.user)) {
        return invalid(*problem);
    }
    // Unique without regard to case: "Li" and "li" would be one person to every reader.
    if (const auto existing = staffAccount(account.user)) {
        return invalid(QStringLiteral("用户 %1 已存在").arg(existing->user));
    }
    const auto hash = secrets::hashPassword(password);
    if (!hash) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("密码哈希失败")};
    }
    return exec(
        QStringLiteral("INSERT INTO staff (username, display_name, password_hash, counters, created_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {account.user, account.displayName.trimmed(), *hash, account.countersText(), nowIso()});
}

Result<bool> AuthStore::setStaffPassword(const QString& user, const QString& password)
{
    if (auto problem = passwordProblem(password, user)) {
        return invalid(*problem);
    }
    const auto hash = secrets::hashPassword(password);
    if (!hash) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("密码哈希失败")};
    }
    return exec(QStringLiteral("UPDATE staff SET password_hash = ? WHERE lower(username) = lower(?)"),
                {*hash, user}, QStringLiteral("没有用户 %1").arg(user));
}

Result<bool> AuthStore::setStaffCounters(const QString& user, const StaffAccount& counters)
{
    if (!counters.allCounters && counters.counters.isEmpty()) {
        return invalid(QStringLiteral("至少允许一个窗口"));
    }
    return exec(QStringLiteral("UPDATE staff SET counters = ? WHERE lower(username) = lower(?)"),
                {counters.countersText(), user}, QStringLiteral("没有用户 %1").arg(user));
}

Result<bool> AuthStore::disableStaff(const QString& user)
{
    return exec(
        QStringLiteral(
            "UPDATE staff SET disabled_at = ? WHERE lower(username) = lower(?) AND disabled_at IS NULL"),
        {nowIso(), user}, QStringLiteral("没有启用中的用户 %1").arg(user));
}

Result<QList<StaffAccount>> AuthStore::staff()
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT username, display_name, counters, created_at, disabled_at, password_hash"
                           " FROM staff ORDER BY username"))) {
        return storageFailed(q);
    }
    QList<StaffAccount> out;
    while (q.next()) {
        out.append(staffFromRow(q));
    }
    return out;
}

std::optional<StaffAccount> AuthStore::staffAccount(const QString& user)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT username, display_name, counters, created_at, disabled_at, password_hash"
                             " FROM staff WHERE lower(username) = lower(?)"));
    q.addBindValue(user);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return staffFromRow(q);
}

} // namespace hall
