// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hall::reports {

void Figures::add(const Figures& o)
{
    issued += o.issued;
    errands += o.errands;
    oneStop += o.oneStop;
    cancelled += o.cancelled;
    noShow += o.noShow;
    expired += o.expired;
    open += o.open;
    requeued += o.requeued;
    served += o.served;
    setAside += o.setAside;
    transferred += o.transferred;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        ratings[i] += o.ratings[i];
    }
    waits.insert(waits.end(), o.waits.begin(), o.waits.end());
    serviceTimes.insert(serviceTimes.end(), o.serviceTimes.begin(), o.serviceTimes.end());
    openSecs += o.openSecs;
    busySecs += o.busySecs;
    pausedSecs += o.pausedSecs;
    idleSecs += o.idleSecs;
}

DurationStats durationStats(std::vector<int> v)
{
    DurationStats s;
    s.count = static_cast<int>(v.size());
    if (v.empty()) {
        return s;
    }
    const auto n = v.size();
    s.mean = static_cast<double>(std::accumulate(v.begin(), v.end(), qint64{0})) / static_cast<double>(n);
    s.max = *std::max_element(v.begin(), v.end());
    // nth_element keeps a year's report linear in the number of waits.
    const auto p90rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(n))) - 1;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(p90rank), v.end());
    s.p90 = v[p90rank];
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (n % 2 == 1) {
        s.median = *mid;
    } else {
        const int below = *std::max_element(v.begin(), mid);
        s.median = (below + *mid) / 2.0;
    }
    return s;
}

Stats statsOf(const Figures& f, int targetWaitSecs)
{
    Stats s;
    s.wait = durationStats(f.waits);
    s.service = durationStats(f.serviceTimes);
    s.withinTarget = static_cast<int>(std::count_if(f.waits.begin(), f.waits.end(),
                                                    [targetWaitSecs](int w) { return w <= targetWaitSecs; }));
    s.withinTargetShare = f.waits.empty() ? 0 : static_cast<double>(s.withinTarget) / f.waits.size();
    s.rated = f.ratings[1] + f.ratings[2] + f.ratings[3];
    s.satisfaction = s.rated == 0 ? 0 : static_cast<double>(f.ratings[1] + f.ratings[2]) / s.rated;
    s.errandsPerTicket = f.issued == 0 ? 0 : static_cast<double>(f.errands) / f.issued;
    const qint64 working = f.openSecs - f.pausedSecs;
    s.utilisation = working <= 0 ? 0 : static_cast<double>(f.busySecs) / static_cast<double>(working);
    return s;
}

namespace {

struct Field
{
    const char* name;
    int Figures::*member;
};

constexpr Field kCounts[] = {
    {"issued", &Figures::issued},
    {"errands", &Figures::errands},
    {"oneStop", &Figures::oneStop},
    {"cancelled", &Figures::cancelled},
    {"noShow", &Figures::noShow},
    {"expired", &Figures::expired},
    {"open", &Figures::open},
    {"requeued", &Figures::requeued},
    {"served", &Figures::served},
    {"setAside", &Figures::setAside},
    {"transferred", &Figures::transferred},
};

struct TimeField
{
    const char* name;
    qint64 Figures::*member;
};

constexpr TimeField kTimes[] = {{"openSecs", &Figures::openSecs},
                                {"busySecs", &Figures::busySecs},
                                {"pausedSecs", &Figures::pausedSecs},
                                {"idleSecs", &Figures::idleSecs}};

} // namespace

QJsonObject countsToJson(const Figures& f)
{
    QJsonObject o;
    for (const Field& c : kCounts) {
        if (f.*c.member != 0) {
            o.insert(QLatin1String(c.name), f.*c.member);
        }
    }
    for (const TimeField& t : kTimes) {
        if (f.*t.member != 0) {
            o.insert(QLatin1String(t.name), f.*t.member);
        }
    }
    if (f.ratings != std::array<int, 4>{}) {
        o.insert(QStringLiteral("ratings"),
                 QJsonArray{f.ratings[0], f.ratings[1], f.ratings[2], f.ratings[3]});
    }
    return o;
}

void countsFromJson(const QJsonObject& o, Figures& f)
{
    for (const Field& c : kCounts) {
        f.*c.member = o.value(QLatin1String(c.name)).toInt();
    }
    for (const TimeField& t : kTimes) {
        f.*t.member = o.value(QLatin1String(t.name)).toInteger();
    }
    const QJsonArray r = o.value(QLatin1String("ratings")).toArray();
    for (qsizetype i = 0; i < 4; ++i) {
        f.ratings[static_cast<std::size_t>(i)] = r.at(i).toInt();
    }
}

QByteArray durationsToText(const std::vector<int>& values)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(values.size()) * 4);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i != 0) {
            out.append(',');
        }
        out.append(QByteArray::number(values[i]));
    }
    return out;
}

bool appendDurations(const QByteArray& text, std::vector<int>& out)
{
    // A year of a busy hall is about a million numbers: parsed by hand, not through QByteArray::split.
    const std::size_t before = out.size();
    const char* p = text.constData();
    const char* end = p + text.size();
    while (p < end) {
        if (*p < '0' || *p > '9') {
            out.resize(before);
            return false;
        }
        int value = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (value > 100'000'000) {
                out.resize(before);
                return false;
            }
            value = value * 10 + (*p - '0');
            ++p;
        }
        out.push_back(value);
        if (p < end && *p++ != ',') {
            out.resize(before);
            return false;
        }
        if (p == end && *(p - 1) == ',') {
            out.resize(before);
            return false;
        }
    }
    return true;
}

} // namespace hall::reports
