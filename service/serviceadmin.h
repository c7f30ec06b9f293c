// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/adminwire.h"
#include "domain/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace hall {

class AuthStore;
class HallCalendar;
class HallServer;
class HallState;

/// Runs hall-admin's commands inside the running service (they arrive through AdminChannel): the
/// same command code as a direct run, on the service's connection and event loop, so an admin
/// write never races the single writer. Revoking a device closes its connections and disabling a
/// staff member or changing their counters ends or narrows their sessions, at once; a CSV import
/// joins the group commit like case.import. `calendar …` reads the service's own --hall-config.
class ServiceAdmin
{
public:
    ServiceAdmin(HallState& hall, AuthStore& auth, HallServer& server, QString dataDir,
                 QString hallConfig = {});

    void run(const adminwire::Request& request, std::function<void(const adminwire::Reply&)> done);

private:
    std::optional<Error> checkAgainstBookings(std::shared_ptr<const HallCalendar> next);

    HallState& m_hall;
    AuthStore& m_auth;
    HallServer& m_server;
    QString m_dataDir;
    QString m_hallConfig;
};

} // namespace hall
