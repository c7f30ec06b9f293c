// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablerollups.h"

#include "reportengine.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hall::reports {

qint64 RollupBackoff::delaySecs(int failuresInARow) const
{
    qint64 delay = std::max<qint64>(1, firstSecs);
    for (int i = 1; i < failuresInARow && delay < capSecs; ++i) {
        delay *= 2;
    }
    return std::min(delay, std::max<qint64>(1, capSecs));
}

int RollupBacklog::add(const QList<QDate>& days)
{
    int added = 0;
    for (const QDate& d : days) {
        if (!m_pending.contains(d)) {
            m_pending.append(d);
            ++added;
        }
    }
    return added;
}

QList<QDate> RollupBacklog::takeChanges()
{
    if (m_pending.isEmpty() || (m_failuresInARow > 0 && m_clock.now() < m_retryAt)) {
        return {};
    }
    return {m_pending.takeFirst()};
}

bool RollupBacklog::failed(const QList<QDate>& days)
{
    // At the end: one day that cannot be rolled up does not stand in front of the others for ever.
    add(days);
    ++m_failuresInARow;
    m_retryAt = m_clock.now().addSecs(m_backoff.delaySecs(m_failuresInARow));
    return m_failuresInARow == 1;
}

std::optional<Error> RollupWriter::write(const QList<QDate>& days)
{
    m_failure.reset();
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT report_rollup"))) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("存储失败 (rollup savepoint): %1").arg(savepoint.lastError().text())};
    }
    m_failure = writeDays(days);
    if (m_failure) {
        savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT report_rollup"));
    }
    savepoint.exec(QStringLiteral("RELEASE SAVEPOINT report_rollup"));
    return std::nullopt;
}

std::optional<Error> RollupWriter::writeDays(const QList<QDate>& days)
{
    ReportStore store(m_db);
    for (const QDate& day : days) {
        auto facts = store.loadDay(day, true);
        if (!facts) {
            return facts.error();
        }
        if (auto failed = store.writeRollup(rollUp(facts.value()))) {
            return failed;
        }
    }
    return std::nullopt;
}

Result<QList<QDate>> RollupWriter::load()
{
    // Two years back at most: older days were rolled up by an older service, or never will be read.
    return ReportStore(m_db).daysWithoutRollup(m_today(), ReportEngine::kMaxDays * 2);
}

DurableRollups::DurableRollups(QSqlDatabase db, std::function<QDate()> today, GroupCommit& driver,
                               const Clock& clock, RollupBackoff backoff)
    : RollupParts{RollupBacklog(clock, backoff), RollupWriter(std::move(db), std::move(today))},
      DurableEngine(backlog, writer, driver), m_clock(clock)
{
    m_retry.setSingleShot(true);
    QObject::connect(&m_retry, &QTimer::timeout, [this] { scheduleTurn(); });
}

std::optional<Error> DurableRollups::findMissing()
{
    auto days = writer.load();
    if (!days) {
        return days.error();
    }
    if (backlog.add(days.value()) > 0) {
        scheduleTurn();
    }
    return std::nullopt;
}

void DurableRollups::madeDurable(const QList<QDate>& days)
{
    if (const std::optional<Error>& failure = writer.failure()) {
        const int wait = static_cast<int>(backlog.backoff().delaySecs(backlog.failuresInARow() + 1));
        if (backlog.failed(days)) {
            // Once per streak: a day that cannot be rolled up would otherwise fill the log.
            qWarning("hall: the report rollup of %s failed: %s; trying again in %d s, then less often "
                     "(at most every %lld s), without logging until it works",
                     qPrintable(days.value(0).toString(Qt::ISODate)), qPrintable(failure->message), wait,
                     backlog.backoff().capSecs);
        }
        m_retry.start(static_cast<int>(std::clamp<qint64>(m_clock.now().msecsTo(backlog.retryAt()), 0,
                                                          backlog.backoff().capSecs * 1000)));
        return;
    }
    if (const int ended = backlog.succeeded(); ended > 0) {
        qInfo("hall: report rollups work again after %d failed tries", ended);
    }
    if (backlog.pending() > 0) {
        scheduleTurn();
    }
}

void DurableRollups::scheduleTurn()
{
    driver().whenCommitted([](const std::optional<Error>&) {});
}

} // namespace hall::reports
