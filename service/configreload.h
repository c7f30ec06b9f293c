// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configcheck.h"
#include "domain/journalevent.h"

#include <QJsonObject>

namespace hall {

class HallState;

/// Reloads what a running hall may change without a restart, on SIGHUP or the admin op
/// `config.reload`, without dropping a connection: the lobby notices, the hall calendar (the hall
/// file's `calendar` — published arrangements, closures, holiday service plan — with the years
/// entered by hall-admin laid over it, exactly as at start) and booking's special dates. Each file
/// passes the checks of start-up or is refused as a whole; a calendar or special dates that would
/// take a confirmed booking's slot are refused too, and a refusal changes nothing. Other changes of
/// the hall or booking file are reported as needing a restart and not applied.
class ConfigReloader
{
public:
    ConfigReloader(const ServiceOptions& options, HallState& hall);

    /// Reads the files, applies what is good now and says what happened to each. The journal events
    /// commit with the turn: callers answer after it (the one runner, or groupCommit().whenCommitted
    /// on SIGHUP).
    QList<ConfigFileReport> reload(const Actor& actor);

private:
    const ServiceOptions& m_options;
    HallState& m_hall;
    QJsonObject m_hallAtStart;    ///< the hall file without its calendar, as the service started
    QJsonObject m_bookingAtStart; ///< the booking file without its special dates, as the service started
};

/// The reports as JSON for the admin op's reply: [{what, path, outcome, problems}].
QJsonArray reportsToJson(const QList<ConfigFileReport>& reports);

} // namespace hall
