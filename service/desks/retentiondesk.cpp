// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentiondesk.h"

#include "bookingdesk.h"
#include "casedesk.h"
#include "domain/halltime.h"
#include "hallstate.h"
#include "system/journallog.h"

#include <cstdio>

namespace hall {

namespace {

constexpr int kCheckMs = 60 * 1000;

QString describe(const PurgeCounts& n)
{
    QStringList parts;
    for (const auto& [name, count] : n.items()) {
        parts << QStringLiteral("%1=%2").arg(name).arg(count);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

RetentionDesk::RetentionDesk(HallState& hall)
    : m_hall(hall), m_sweep(hall.store().database(), hall.groupCommit())
{
    connect(&m_timer, &QTimer::timeout, this, &RetentionDesk::checkNightly);
}

RetentionDesk::~RetentionDesk() = default;

void RetentionDesk::start()
{
    m_timer.start(kCheckMs);
    checkNightly();
}

Result<PurgeCounts> RetentionDesk::run(const Actor& actor)
{
    BookingEngine* bookings = m_hall.booking() != nullptr ? &m_hall.booking()->engine() : nullptr;
    CaseEngine* cases = m_hall.cases() != nullptr ? &m_hall.cases()->engine() : nullptr;
    const QDate today = halltime::local(m_hall.clock().now()).date();
    const RetentionCutoffs cutoffs = RetentionCutoffs::of(
        m_hall.engine().config().retention, today, bookings != nullptr ? bookings->penaltyLookbackDays() : 0);
    auto counts = m_sweep.run(cutoffs, m_hall.engine(), bookings, cases, actor);
    if (!counts) {
        return counts;
    }
    m_hall.groupCommit().whenCommitted([this, n = counts.value()](const std::optional<Error>& failure) {
        if (failure) {
            std::fprintf(stderr, "%shall-service: retention pass not stored: %s\n",
                         journallog::prefix(4).constData(), qPrintable(failure->message));
            return;
        }
        m_total += n;
        m_lastRun = m_hall.clock().now();
        // Counts only: what was forgotten is not repeated in the log.
        std::fprintf(stderr, "%shall-service: retention pass: %s\n", journallog::prefix(6).constData(),
                     qPrintable(describe(n)));
    });
    return counts;
}

void RetentionDesk::checkNightly()
{
    const QDateTime now = halltime::local(m_hall.clock().now());
    if (m_ranOn == now.date() || now.time() < m_hall.engine().config().retention.runAt) {
        return;
    }
    if (!m_hall.queueNeedsLink() && !m_hall.storeLink().writable()) {
        return; // the city is apart and lost: bookings it may forget need it; tried again each check
    }
    m_ranOn = now.date();
    // It may forget bookings, whose rows the city's pool follows: a turn of its own, apart from the
    // queue's changes, when the city is apart (GroupCommit::keepApart).
    m_hall.groupCommit().keepApart(true);
    if (auto done = run(Actor{QString(), QStringLiteral("retention")}); !done) {
        // Nothing changed; tomorrow's pass tries again, and /healthz shows a failing storage.
        std::fprintf(stderr, "%shall-service: retention pass failed: %s\n", journallog::prefix(4).constData(),
                     qPrintable(done.error().message));
    }
}

} // namespace hall
