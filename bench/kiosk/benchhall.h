// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceprocess.h"

#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace hall::bench {

/// A throwaway hall-service on 127.0.0.1 with one kiosk device, its clock at 10:00 on a working
/// day, and rate limits lifted (a benchmark kiosk taps far faster than 50 requests a second).
class BenchHall
{
public:
    /// Raises every service's daily quota (1..999) before start(), for runs of more than the
    /// default hall's 1,400 tickets on the services JourneyLoop uses.
    void setDailyQuota(int quota) { m_dailyQuota = quota; }
    bool start();
    QUrl url() const { return m_service.url(); }
    QString token() const { return m_token; }

private:
    QTemporaryDir m_dir;
    ServiceProcess m_service;
    QString m_token;
    int m_dailyQuota = 0;
};

/// Runs the event loop until `done()` or `timeoutMs`; returns done().
bool waitFor(const std::function<bool()>& done, int timeoutMs = 10000);

/// Resident set size of this process in KiB (from /proc/self/status).
long residentKiB();

/// Median, 95th percentile and maximum of `samples` (milliseconds), as one line.
QString summarise(std::vector<double> samples);

} // namespace hall::bench
