// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminops.h"

#include "changerunner.h"
#include "configreload.h"
#include "desks/retentiondesk.h"
#include "hallstate.h"

namespace hall {

void opConfigReload(OpContext ctx)
{
    ConfigReloader* reloader = ctx.hall.configReloader();
    if (reloader == nullptr) {
        ctx.respond(refusal(ErrorCode::InvalidArgument, QStringLiteral("此服务不支持重新载入配置")));
        return;
    }
    const Actor actor{{}, ctx.session->device};
    runChange(std::move(ctx), Change{.apply = [reloader, actor] {
                  const QList<ConfigFileReport> reports = reloader->reload(actor);
                  const bool refused =
                      std::any_of(reports.cbegin(), reports.cend(),
                                  [](const ConfigFileReport& r) { return r.outcome.startsWith(u"refused"); });
                  return success(
                      {{QStringLiteral("files"), reportsToJson(reports)}, {QStringLiteral("ok"), !refused}},
                      refused ? QStringLiteral("reload refused") : QStringLiteral("reloaded"));
              }});
}

void opRetentionRun(OpContext ctx)
{
    RetentionDesk& desk = ctx.hall.retention();
    const Actor actor{{}, ctx.session->device};
    // It may forget bookings, whose rows the city's pool follows: with the city apart and lost it waits.
    runChange(std::move(ctx),
              Change{.needsCity = true, .apply = [&desk, actor] {
                         auto purged = desk.run(actor);
                         return purged ? success({{QStringLiteral("purged"), purged->toJson()}},
                                                 QStringLiteral("purged %1").arg(purged->total()))
                                       : refusal(purged.error());
                     }});
}

} // namespace hall
