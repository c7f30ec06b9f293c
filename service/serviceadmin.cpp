// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceadmin.h"

#include "admin/admincommands.h"
#include "admin/calendarcommands.h"
#include "admin/casecommands.h"
#include "desks/bookingdesk.h"
#include "desks/casedesk.h"
#include "hallserver.h"
#include "hallstate.h"

namespace hall {

ServiceAdmin::ServiceAdmin(HallState& hall, AuthStore& auth, HallServer& server, QString dataDir,
                           QString hallConfig)
    : m_hall(hall), m_auth(auth), m_server(server), m_dataDir(std::move(dataDir)),
      m_hallConfig(std::move(hallConfig))
{}

std::optional<Error> ServiceAdmin::checkAgainstBookings(std::shared_ptr<const HallCalendar> next)
{
    BookingDesk* desk = m_hall.booking();
    if (desk == nullptr) {
        return std::nullopt;
    }
    BookingConfig config = desk->config();
    config.calendar = std::move(next);
    // The check a reload makes (BookingEngine::reconfigure), on a copy of the live bookings: the
    // service's own engine keeps its calendar until the year is saved and reloaded.
    BookingEngine trial = desk->engine();
    return trial.reconfigure(std::move(config));
}

void ServiceAdmin::run(const adminwire::Request& request, std::function<void(const adminwire::Reply&)> done)
{
    const QStringList& args = request.args;
    if (args.value(0) == QLatin1String("init")) {
        done({1,
              {},
              QStringLiteral("hall-admin: 数据目录 %1 的大厅正在运行，不能再次初始化\n").arg(m_dataDir)});
        return;
    }
    if (args.value(0) == QLatin1String("case") && args.value(1) == QLatin1String("import") &&
        args.size() == 3) {
        if (!m_hall.cases()) {
            done({1, {}, QStringLiteral("hall-admin: 本服务没有启用办件\n")});
            return;
        }
        m_hall.groupCommit().keepApart(false); // cases are the hall's own: never in a city turn
        const auto imported = m_hall.cases()->importCsv(request.input, QStringLiteral("hall-admin"));
        if (!imported) {
            done({1, {}, QStringLiteral("hall-admin: %1；未导入任何办件\n").arg(imported.error().message)});
            return;
        }
        const int count = imported.value();
        m_hall.groupCommit().whenCommitted([done, count](const std::optional<Error>& failure) {
            done(failure ? adminwire::Reply{1,
                                            {},
                                            QStringLiteral("hall-admin: %1；未导入任何办件\n")
                                                .arg(failure->message)}
                         : adminwire::Reply{0, QStringLiteral("已导入 %1 件\n").arg(count), {}});
        });
        return;
    }
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QStringList passwords = QString::fromUtf8(request.input).split(QLatin1Char('\n'));
    QList<AdminChange> changes;
    AdminIo io{out, err,
               [&passwords](const QString&) -> std::optional<QString> {
                   if (passwords.isEmpty()) {
                       return std::nullopt;
                   }
                   return passwords.takeFirst();
               },
               [&changes](const AdminChange& c) { changes << c; }};
    const int code = args.value(0) == QLatin1String("case")
                         ? runCaseCommand(args.mid(1), m_hall.store().database(), m_dataDir, io)
                     : args.value(0) == QLatin1String("calendar")
                         ? runCalendarCommand(args.mid(1), m_hall.store().database(), m_hall.clock().now(),
                                              m_hallConfig, io,
                                              [this](std::shared_ptr<const HallCalendar> next) {
                                                  return checkAgainstBookings(std::move(next));
                                              })
                         : runAdminCommand(args, m_auth, io);
    for (const AdminChange& c : changes) {
        if (c.kind == AdminChange::Kind::DeviceRevoked) {
            const int closed = m_server.closeDevice(c.name);
            err << "已断开 " << closed << " 个连接" << Qt::endl;
        } else {
            const int sessions = m_server.applyStaffChange(c.name, m_auth.staffAccount(c.name));
            if (sessions > 0) {
                err << "已更新 " << sessions << " 个已登录的会话" << Qt::endl;
            }
        }
    }
    out.flush();
    err.flush();
    done({code, outText, errText});
}

} // namespace hall
