// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fanouttrace.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace hall::fanouttrace {

namespace traceimpl {

int openTraceFile()
{
    const char* dir = std::getenv("HALL_FANOUT_TRACE");
    if (dir == nullptr || *dir == '\0') {
        return -1;
    }
    char path[4096];
    std::snprintf(path, sizeof path, "%s/%lld.trace", dir, static_cast<long long>(::getpid()));
    return ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
}

int traceFd()
{
    static const int fd = openTraceFile();
    return fd;
}

} // namespace traceimpl

bool enabled()
{
    return traceimpl::traceFd() >= 0;
}

qint64 nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void record(const char* what, qint64 a, qint64 b, qint64 c, qint64 d)
{
    const int fd = traceimpl::traceFd();
    if (fd < 0) {
        return;
    }
    char line[160];
    const int n =
        std::snprintf(line, sizeof line, "%s %lld %lld %lld %lld\n", what, static_cast<long long>(a),
                      static_cast<long long>(b), static_cast<long long>(c), static_cast<long long>(d));
    if (n > 0) {
        [[maybe_unused]] const auto written =
            ::write(fd, line, std::size_t(std::min<int>(n, sizeof line - 1)));
    }
}

} // namespace hall::fanouttrace
