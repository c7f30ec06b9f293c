// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Staff logins behind Argon2id: a bounded queue of checks and a lockout after repeated wrong
// passwords (LoginGate), unit and through a real service.
#include "auth/logingate.h"
#include "hallfixture.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace hall;
using namespace hall::test;

namespace {

QString codeOf(const QJsonObject& reply)
{
    return reply.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

} // namespace

namespace {

LoginGate::Attempt at(const QString& user, const QString& address,
                      const QString& device = QStringLiteral("c1"), bool known = true)
{
    return LoginGate::Attempt{user, address, device, known};
}

} // namespace

TEST_CASE("login gate: five wrong passwords lock that user at that address, and only there",
          "[logins][nostore]")
{
    qint64 now = 0;
    LoginGate gate({4, 5, 900, 900}, [&] { return now; });
    const QString li = QStringLiteral("li");
    const QString counterA = QStringLiteral("10.0.0.21");
    for (int i = 0; i < 4; ++i) {
        REQUIRE(gate.admit(at(li, counterA)) == LoginGate::Verdict::Go);
        gate.finished(at(li, counterA), false);
    }
    CHECK(gate.lockedForSeconds(li, counterA) == 0);
    REQUIRE(gate.admit(at(li, counterA)) == LoginGate::Verdict::Go);
    gate.finished(at(li, counterA), false);
    CHECK(gate.admit(at(li, counterA)) == LoginGate::Verdict::Locked);
    CHECK(gate.lockedForSeconds(li, counterA) == 900);
    CHECK(gate.pending() == 0);
    // Another counter, or another user here, is not affected.
    CHECK(gate.admit(at(li, QStringLiteral("10.0.0.22"))) == LoginGate::Verdict::Go);
    gate.finished(at(li, QStringLiteral("10.0.0.22")), true);
    CHECK(gate.admit(at(QStringLiteral("wang"), counterA)) == LoginGate::Verdict::Go);
    gate.finished(at(QStringLiteral("wang"), counterA), true);
    // The lockout ends by itself.
    now += 899 * 1000;
    CHECK(gate.lockedForSeconds(li, counterA) == 1);
    now += 1000;
    CHECK(gate.admit(at(li, counterA)) == LoginGate::Verdict::Go);
    gate.finished(at(li, counterA), true);
}

TEST_CASE("login gate: failures spread beyond the window do not add up, a success clears them",
          "[logins][nostore]")
{
    qint64 now = 0;
    LoginGate gate({4, 3, 60, 300}, [&] { return now; });
    const QString u = QStringLiteral("li");
    const QString a = QStringLiteral("10.0.0.21");
    for (int i = 0; i < 6; ++i) {
        REQUIRE(gate.admit(at(u, a)) == LoginGate::Verdict::Go);
        gate.finished(at(u, a), false);
        now += 31 * 1000; // two failures per minute at most
    }
    CHECK(gate.lockedForSeconds(u, a) == 0);
    REQUIRE(gate.admit(at(u, a)) == LoginGate::Verdict::Go);
    gate.finished(at(u, a), false);
    REQUIRE(gate.admit(at(u, a)) == LoginGate::Verdict::Go);
    gate.finished(at(u, a), true);
    REQUIRE(gate.admit(at(u, a)) == LoginGate::Verdict::Go);
    gate.finished(at(u, a), false);
    CHECK(gate.lockedForSeconds(u, a) == 0);
}

TEST_CASE("login gate: no more than maxPending checks at once, a finished one frees its place",
          "[logins][nostore]")
{
    LoginGate gate({2, 5, 900, 900});
    const auto from = [](const QString& user, const QString& device) {
        return at(user, QStringLiteral("10.0.0.") + device, device);
    };
    CHECK(gate.admit(from(QStringLiteral("a"), QStringLiteral("1"))) == LoginGate::Verdict::Go);
    CHECK(gate.admit(from(QStringLiteral("b"), QStringLiteral("2"))) == LoginGate::Verdict::Go);
    CHECK(gate.admit(from(QStringLiteral("c"), QStringLiteral("3"))) == LoginGate::Verdict::Busy);
    gate.finished(from(QStringLiteral("a"), QStringLiteral("1")), true);
    CHECK(gate.admit(from(QStringLiteral("c"), QStringLiteral("3"))) == LoginGate::Verdict::Go);
    CHECK(gate.pending() == 2);
}

TEST_CASE("login gate: one device or address cannot take every place, made-up names leave one for real users",
          "[logins][nostore]")
{
    LoginGate gate; // 4 places, 1 per device, 2 per address, 1 kept for existing accounts
    const QString laptop = QStringLiteral("10.0.0.99");
    // Four connections with one stolen counter token: one place.
    CHECK(gate.admit(at(QStringLiteral("x1"), laptop, QStringLiteral("counter-9"), false)) ==
          LoginGate::Verdict::Go);
    CHECK(gate.admit(at(QStringLiteral("x2"), laptop, QStringLiteral("counter-9"), false)) ==
          LoginGate::Verdict::Busy);
    // Two tokens from one laptop: two places at most.
    CHECK(gate.admit(at(QStringLiteral("x3"), laptop, QStringLiteral("counter-8"), false)) ==
          LoginGate::Verdict::Go);
    CHECK(gate.admit(at(QStringLiteral("x4"), laptop, QStringLiteral("counter-7"), false)) ==
          LoginGate::Verdict::Busy);
    // Made-up names from elsewhere fill up to the reserve, never into it.
    CHECK(gate.admit(at(QStringLiteral("x5"), QStringLiteral("10.0.0.98"), QStringLiteral("counter-6"),
                        false)) == LoginGate::Verdict::Go);
    CHECK(gate.admit(at(QStringLiteral("x6"), QStringLiteral("10.0.0.97"), QStringLiteral("counter-5"),
                        false)) == LoginGate::Verdict::Busy);
    // The real user at the real counter gets the reserved place.
    CHECK(gate.admit(at(QStringLiteral("li"), QStringLiteral("10.0.0.21"), QStringLiteral("counter-1"),
                        true)) == LoginGate::Verdict::Go);
    CHECK(gate.pending() == 4);
}

TEST_CASE("hall-service: wrong passwords lock the login with a clear refusal, unknown users look the same",
          "[logins]")
{
    HallFixture f;
    auto counter = f.connect(QStringLiteral("counter-1"));
    const QJsonObject unknown = counter->login(QStringLiteral("nobody"), QStringLiteral("secret-pass"));
    CHECK(codeOf(unknown) == QLatin1String("AUTH_FAILED"));
    for (int i = 0; i < 5; ++i) {
        const QJsonObject wrong = counter->login(QStringLiteral("li"), QStringLiteral("wrong-pass"));
        REQUIRE(codeOf(wrong) == QLatin1String("AUTH_FAILED"));
        CHECK(wrong.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString() ==
              unknown.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString());
    }
    // Now even the right password is refused, without a check, and the message says for how long.
    const QJsonObject locked = counter->login(QStringLiteral("li"));
    REQUIRE(codeOf(locked) == QLatin1String("LOGIN_LOCKED"));
    CHECK(locked.value(QLatin1String("error"))
              .toObject()
              .value(QLatin1String("message"))
              .toString()
              .contains(QStringLiteral("15 分钟")));
    // Another staff member at the same counter still logs in.
    CHECK(ok(counter->login(QStringLiteral("wang"))));
}

TEST_CASE("hall-service: a crowd of logins at once is partly refused as busy instead of queueing", "[logins]")
{
    HallFixture f;
    std::vector<std::unique_ptr<WsClient>> counters;
    for (int i = 0; i < 12; ++i) {
        counters.push_back(f.connect(QStringLiteral("counter-1")));
    }
    // All sent before any answer is awaited, so they reach the service together.
    for (auto& c : counters) {
        c->sendRaw(
            QStringLiteral(R"({"id":7,"op":"staff.login","args":{"user":"wang","password":"secret-pass"}})"));
    }
    int accepted = 0;
    int busy = 0;
    for (auto& c : counters) {
        const QJsonObject reply = c->nextReply(30000);
        if (ok(reply)) {
            ++accepted;
        } else {
            CHECK(codeOf(reply) == QLatin1String("RATE_LIMITED"));
            ++busy;
        }
    }
    CHECK(accepted + busy == 12);
    CHECK(accepted >= 1);
    CHECK(busy >= 1);
}
