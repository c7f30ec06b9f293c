// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The op catalogue (core/protocol/opcatalogue.h) against what the service serves, what the client
// re-sends after a drop and what docs/protocol.md describes: none of them can drift from it.
#include "client/serviceclient.h"
#include "dispatcher.h"
#include "protocol/opcatalogue.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace hall;
using protocol::OpKind;

namespace {

QStringList catalogued()
{
    QStringList out;
    for (const protocol::OpInfo& info : protocol::kOps) {
        out << QString(info.name);
    }
    return out;
}

} // namespace

TEST_CASE("op catalogue: the service serves exactly the classified ops", "[catalogue][nostore]")
{
    const QStringList served = Dispatcher::ops();
    for (const QString& op : served) {
        INFO("served but not in the op catalogue: " << op.toStdString());
        CHECK(protocol::opKind(op).has_value());
    }
    for (const QString& op : catalogued()) {
        INFO("in the op catalogue but not served: " << op.toStdString());
        CHECK(served.contains(op));
    }
    const QStringList all = catalogued();
    CHECK(all.size() == QSet<QString>(all.begin(), all.end()).size()); // no op twice
    CHECK_FALSE(protocol::opKind(u"ticket.steal").has_value());
}

TEST_CASE("op catalogue: after a drop the client re-sends reads and changes with a requestId only",
          "[catalogue][client][nostore]")
{
    // Reads the hand-kept list of the client once missed.
    CHECK(ServiceClient::repeatable(QStringLiteral("case.find"), {}));
    CHECK(ServiceClient::repeatable(QStringLiteral("case.types"), {}));
    // A failed lookup counts against the resident's limit: never sent twice behind the kiosk's back.
    CHECK_FALSE(ServiceClient::repeatable(QStringLiteral("case.lookup"), {}));
    CHECK_FALSE(ServiceClient::repeatable(QStringLiteral("staff.logout"), {}));
    const QJsonObject withId{{QStringLiteral("requestId"), QStringLiteral("r-1")}};
    for (const protocol::OpInfo& info : protocol::kOps) {
        const QString op(info.name);
        INFO(op.toStdString());
        switch (info.kind) {
        case OpKind::Read:
            CHECK(ServiceClient::repeatable(op, {}));
            break;
        case OpKind::Change:
            CHECK_FALSE(ServiceClient::repeatable(op, {}));
            CHECK(ServiceClient::repeatable(op, withId));
            break;
        case OpKind::Session:
        case OpKind::Counted:
            CHECK_FALSE(ServiceClient::repeatable(op, {}));
            break;
        }
    }
}

TEST_CASE("op catalogue: docs/protocol.md describes every op", "[catalogue][docs][nostore]")
{
    QFile doc(QStringLiteral(HALL_SOURCE_DIR "/docs/protocol.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& op : catalogued()) {
        INFO(op.toStdString());
        CHECK(text.contains(QLatin1Char('`') + op + QLatin1Char('`')));
    }
}
