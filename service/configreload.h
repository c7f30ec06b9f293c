#pragma once

#include "configcheck.h"
#include "domain/journalevent.h"

#include <QJsonObject>


namespace hall {

class HallState;

/// Reloads what a running hall may change without a restart — the lobby notices, the booking
/// calendar (holidays and 调休 working days) and the special dates — on SIGHUP or the admin op
/// `config.reload`, without dropping a connection. A file with any problem is refused as a whole and
/// the hall keeps what it had; other changes of the booking file (offices, rules) are reported as
/// needing a restart and not applied.
class ConfigReloader
{
public:
    ConfigReloader(const ServiceOptions& options, HallState& hall);

    /// Reads the files, applies what is good now and says what happened to each. The notices'
    /// journal event commits with the turn: callers answer after it (the one runner, or
    /// groupCommit().whenCommitted on SIGHUP).
    QList<ConfigFileReport> reload(const Actor& actor);

private:
    const ServiceOptions& m_options;
    HallState& m_hall;
    QJsonObject m_bookingAtStart; ///< the booking file as the service started with it
};

/// The reports as JSON for the admin op's reply: [{what, path, status, problems}].
QJsonArray reportsToJson(const QList<ConfigFileReport>& reports);

} // namespace hall
