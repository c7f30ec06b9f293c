// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fixtures.h"

#include "storage/durablequeue.h"
#include "storage/migrations.h"
#include "storage/sqlstore.h"
#include "storage/walsync.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace hall::test {

/// A hall whose state lives in storage (by default a SQLite file in a temporary directory);
/// `restart()` throws engine and connection away and builds them again from storage, as a process
/// restart would.
struct StoredHall
{
    explicit StoredHall(std::optional<SqlStore::Options> options = std::nullopt);

    QTemporaryDir dir;
    SqlStore::Options options;
    ManualClock clock{hallTime(9, 0)};
    std::unique_ptr<SqlStore> store;
    std::unique_ptr<QueueEngine> engine;
    std::unique_ptr<DurableQueue> durable;
    Actor staff{QStringLiteral("li"), QStringLiteral("counter-pc-2")};

    QString path() const { return dir.filePath(QStringLiteral("hall.sqlite")); }
    void start();
    void restart();

    template <typename T> T ok(const std::function<Result<T>(QueueEngine&)>& op)
    {
        Result<T> r = durable->run<T>(op);
        REQUIRE_OK(r);
        return std::move(r).value();
    }

    /// Pipelines the commits as the service does: a WalSync on the store's connection, set as the
    /// driver's sync. The caller sets the driver's sync back to null before dropping it.
    std::unique_ptr<WalSync> pipeline();

    Ticket issue(const QStringList& services, PriorityClass p = PriorityClass::Normal);
    int countRows(const QString& table);
};

/// Drives a morning through every kind of change, restarts, and checks that the queue is exactly
/// what it was and carries on (numbering, call order, journal).
void checkMiddayRestart(StoredHall& h);

} // namespace hall::test
