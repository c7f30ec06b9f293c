// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

namespace hall::test {

QByteArray testConfigJson()
{
    return R"({
  "centre": { "nameZh": "测试社区事务受理服务中心", "nameEn": "Test Centre" },
  "rollover": "03:00",
  "policy": { "priorityMode": "interleave", "normalsPerPriority": 2, "maxRecalls": 2, "maxRequeues": 1,
              "appointmentLeadMinutes": 15, "appointmentGraceMinutes": 15 },
  "services": [
    { "id": "marriage", "prefix": "A", "nameZh": "结婚登记", "nameEn": "Marriage", "dailyQuota": 5,
      "issueFrom": "08:30", "issueUntil": "16:30", "avgServiceMinutes": 10 },
    { "id": "assistance", "prefix": "D", "nameZh": "社会救助", "nameEn": "Assistance", "dailyQuota": 999,
      "issueFrom": "08:30", "issueUntil": "16:30", "avgServiceMinutes": 15 },
    { "id": "elderly", "prefix": "E", "nameZh": "养老服务", "nameEn": "Elderly", "dailyQuota": 999,
      "issueFrom": "08:30", "issueUntil": "16:30", "avgServiceMinutes": 6 },
    { "id": "enquiries", "prefix": "L", "nameZh": "综合咨询", "nameEn": "Enquiries", "dailyQuota": 999,
      "issueFrom": "08:30", "issueUntil": "17:00", "avgServiceMinutes": 5 }
  ],
  "counters": [
    { "number": 1, "name": "1号窗口", "services": { "marriage": "primary", "assistance": "secondary" } },
    { "number": 2, "name": "2号窗口", "services": { "assistance": "primary" } },
    { "number": 3, "name": "3号综合窗口", "integrated": true },
    { "number": 4, "name": "4号窗口", "services": { "elderly": "primary" } }
  ]
})";
}

HallConfig testConfig()
{
    auto r = parseHallConfig(testConfigJson());
    REQUIRE_OK(r);
    return std::move(r).value();
}

EngineFixture::EngineFixture(HallConfig config) : engine(std::move(config), clock) {}

Ticket EngineFixture::issue(const QStringList& services, PriorityClass priority)
{
    clock.advanceSecs(60);
    auto r = engine.issue(IssueRequest{services, priority, {}, std::nullopt, kiosk});
    REQUIRE_OK(r);
    return r.value();
}

Ticket EngineFixture::issueAppointment(const QString& service, QDateTime slotStart)
{
    clock.advanceSecs(60);
    auto r =
        engine.issue(IssueRequest{{service},
                                  PriorityClass::Normal,
                                  QStringLiteral("110***********1234"),
                                  Appointment{QStringLiteral("BK-7Q2M"), slotStart, slotStart.addSecs(1800)},
                                  kiosk});
    REQUIRE_OK(r);
    return r.value();
}

void EngineFixture::open(int counter)
{
    REQUIRE_OK(engine.openCounter(counter, staff));
}

Ticket EngineFixture::callNext(int counter)
{
    auto r = engine.callNext(counter, staff);
    REQUIRE_OK(r);
    return r.value();
}

} // namespace hall::test
