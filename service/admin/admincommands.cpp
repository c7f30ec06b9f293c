// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincommands.h"

#include "backupcommands.h"
#include "domain/halltime.h"
#include "movecommand.h"
#include "noticecommands.h"
#include "reportcommand.h"
#include "tlscommands.h"

#include <QCommandLineParser>

namespace hall {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? halltime::toIso(t).left(19) : QStringLiteral("-");
}

std::optional<QString> newPassword(AdminIo& io)
{
    const auto first = io.readPassword(QStringLiteral("新密码: "));
    if (!first) {
        return std::nullopt;
    }
    if (auto problem = AuthStore::passwordProblem(*first)) {
        io.err << "hall-admin: " << *problem << Qt::endl;
        return std::nullopt;
    }
    return first;
}

int deviceCommand(const QStringList& args, AuthStore& store, AdminIo& io)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("add")) {
        const auto o = adminOptions(args.mid(1), {QStringLiteral("role"), QStringLiteral("name")});
        if (!o || !o->contains(QStringLiteral("role")) || !o->contains(QStringLiteral("name"))) {
            return io.misuse(QStringLiteral("device add 需要 --role ROLE --name NAME"), adminUsage());
        }
        const auto role = roleFromString(o->value(QStringLiteral("role")));
        if (!role) {
            return io.misuse(QStringLiteral("角色必须是 kiosk、counter、display、relay 或 admin"),
                             adminUsage());
        }
        auto token = store.addDevice(o->value(QStringLiteral("name")), *role);
        if (!token) {
            return io.refuse(token.error().message);
        }
        io.err << "设备 " << o->value(QStringLiteral("name")) << " (" << toString(*role)
               << ") 已创建。令牌只显示这一次，请妥善配置到设备上：" << Qt::endl;
        io.out << token.value() << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("list") && args.size() == 1) {
        auto devices = store.devices();
        if (!devices) {
            return io.refuse(devices.error().message);
        }
        io.out << "name\trole\tcreated\trevoked\n";
        for (const Device& d : devices.value()) {
            io.out << d.name << '\t' << toString(d.role) << '\t' << when(d.createdAt) << '\t'
                   << when(d.revokedAt) << '\n';
        }
        io.out << Qt::flush;
        return 0;
    }
    if (verb == QLatin1String("revoke") && args.size() == 2) {
        auto done = store.revokeDevice(args[1]);
        if (!done) {
            return io.refuse(done.error().message);
        }
        io.err << "设备 " << args[1] << " 已吊销：新的连接将被拒绝，已连接的会话立即断开" << Qt::endl;
        if (io.changed) {
            io.changed({AdminChange::Kind::DeviceRevoked, args[1]});
        }
        return 0;
    }
    return io.misuse(QStringLiteral("未知的 device 命令"), adminUsage());
}

int staffCommand(const QStringList& args, AuthStore& store, AdminIo& io)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("add")) {
        const auto o = adminOptions(
            args.mid(1), {QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("counters")});
        if (!o || o->size() != 3) {
            return io.misuse(QStringLiteral("staff add 需要 --user USER --name 姓名 --counters 1,2|*"),
                             adminUsage());
        }
        StaffAccount account;
        account.user = o->value(QStringLiteral("user"));
        account.displayName = o->value(QStringLiteral("name"));
        const auto withList = withCounters(account, o->value(QStringLiteral("counters")));
        if (!withList) {
            return io.misuse(QStringLiteral("--counters 必须是窗口号列表 (如 1,2,5) 或 *"), adminUsage());
        }
        const auto password = newPassword(io);
        if (!password) {
            return 1;
        }
        auto done = store.addStaff(*withList, *password);
        if (!done) {
            return io.refuse(done.error().message);
        }
        io.err << "工作人员 " << account.user << " 已创建，可用窗口: " << withList->countersText()
               << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("list") && args.size() == 1) {
        auto staff = store.staff();
        if (!staff) {
            return io.refuse(staff.error().message);
        }
        io.out << "user\tname\tcounters\tcreated\tdisabled\n";
        for (const StaffAccount& a : staff.value()) {
            io.out << a.user << '\t' << a.displayName << '\t' << a.countersText() << '\t' << when(a.createdAt)
                   << '\t' << when(a.disabledAt) << '\n';
        }
        io.out << Qt::flush;
        return 0;
    }
    if (verb == QLatin1String("passwd") && args.size() == 2) {
        const auto password = newPassword(io);
        if (!password) {
            return 1;
        }
        auto done = store.setStaffPassword(args[1], *password);
        return done ? 0 : io.refuse(done.error().message);
    }
    if (verb == QLatin1String("counters") && args.size() == 3) {
        const auto list = withCounters(StaffAccount{}, args[2]);
        if (!list) {
            return io.misuse(QStringLiteral("窗口必须是窗口号列表 (如 1,2,5) 或 *"), adminUsage());
        }
        auto done = store.setStaffCounters(args[1], *list);
        if (done && io.changed) {
            io.changed({AdminChange::Kind::StaffChanged, args[1]});
        }
        return done ? 0 : io.refuse(done.error().message);
    }
    if (verb == QLatin1String("disable") && args.size() == 2) {
        auto done = store.disableStaff(args[1]);
        if (done && io.changed) {
            io.changed({AdminChange::Kind::StaffChanged, args[1]});
        }
        return done ? 0 : io.refuse(done.error().message);
    }
    return io.misuse(QStringLiteral("未知的 staff 命令"), adminUsage());
}

} // namespace

std::optional<QHash<QString, QString>> adminOptions(const QStringList& args, const QStringList& allowed)
{
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < args.size(); i += 2) {
        const QString key = args[i];
        if (!key.startsWith(QLatin1String("--")) || !allowed.contains(key.mid(2)) || i + 1 >= args.size()) {
            return std::nullopt;
        }
        out.insert(key.mid(2), args[i + 1]);
    }
    return out;
}

QString adminUsage()
{
    return QStringLiteral(
               "usage: hall-admin [--config FILE | --data-dir DIR] [--database FILE|URL] [--hall ID] "
               "COMMAND\n"
               "\n"
               "  init                  create a new hall in DIR (database and person-key.secret); refused\n"
               "                        when DIR already holds one\n"
               "  device add --role kiosk|counter|display|relay|admin --name NAME\n"
               "                        create a device; prints its token (shown only once) on stdout\n"
               "  device list           list devices (tokens are stored hashed and never shown again)\n"
               "  device revoke NAME    refuse the device from now on (open connections close at once)\n"
               "  staff add --user USER --name NAME --counters 1,2|*\n"
               "                        create a staff account; the password is read from stdin\n"
               "  staff list            list staff accounts and the counters they may operate\n"
               "  staff passwd USER     set a new password (read from stdin)\n"
               "  staff counters USER 1,2|*   change the counters USER may operate\n"
               "  staff disable USER    refuse USER's logins from now on (open sessions end at once)\n"
               "  case staff USER TYPE,TYPE|*   the case types USER may act on (docs/cases.md)\n"
               "  case import FILE.csv  import cases from a CSV export (UTF-8 or GB18030), all rows or "
               "none\n"
               "  calendar show|check|enter|open-day …  the hall calendar and each year's 放假调休安排\n"
               "                        (hall-admin calendar --help; docs/configuration.md)\n") +
           backupUsage() + moveUsage() + noticeUsage() + tlsUsage() + reportUsage() +
           QStringLiteral(
               "\n"
               "--data-dir and --database name the same database hall-service uses (an SQLite file, or a\n"
               "postgresql:// URL: then backup and restore are PostgreSQL's tools); --config FILE\n"
               "reads them from hall-service's options file (default /etc/servicehall/hall-service.json\n"
               "when it exists). Run as root, hall-admin acts as the owner of the data directory.\n"
               "While hall-service runs on DIR, every command that changes the hall goes through it\n"
               "(DIR/admin.sock), so a revoked device or a disabled staff member is cut off at once;\n"
               "otherwise hall-admin locks DIR and writes the database itself. A DIR without a hall is an\n"
               "error (see init); restore needs the service stopped.\n"
               "Passwords are stored as Argon2id hashes (libsodium), device tokens as BLAKE2b digests.\n");
}

bool readsPassword(const QStringList& command)
{
    return command.value(0) == QLatin1String("staff") &&
           (command.value(1) == QLatin1String("add") || command.value(1) == QLatin1String("passwd"));
}

int runAdminCommand(const QStringList& command, AuthStore& store, AdminIo& io)
{
    const QString group = command.value(0);
    if (group == QLatin1String("device")) {
        return deviceCommand(command.mid(1), store, io);
    }
    if (group == QLatin1String("staff")) {
        return staffCommand(command.mid(1), store, io);
    }
    return io.misuse(command.isEmpty() ? QStringLiteral("缺少命令")
                                       : QStringLiteral("未知命令: %1").arg(group),
                     adminUsage());
}

} // namespace hall
