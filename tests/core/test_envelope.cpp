// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace hall;

TEST_CASE("encodeOkJson gives the same bytes as encodeOk for a result already in JSON", "[protocol]")
{
    const QJsonObject result{
        {QStringLiteral("date"), QStringLiteral("2026-12-12")},
        {QStringLiteral("slots"), QJsonArray{QJsonObject{{QStringLiteral("remaining"), 0}},
                                             QJsonObject{{QStringLiteral("remaining"), 25}}}},
        {QStringLiteral("nameZh"), QStringLiteral("吉日 \"引号\" \\ 换行\n")},
        {QStringLiteral("open"), true}};
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    const QJsonValue ids[] = {QJsonValue(1),
                              QJsonValue(qint64(9007199254740991)),
                              QJsonValue(1000000),
                              QJsonValue(QStringLiteral("req-1")),
                              QJsonValue(QStringLiteral("带\"引号\"和\\的编号")),
                              QJsonValue(QJsonValue::Null)};
    for (const QJsonValue& id : ids) {
        INFO(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact).toStdString());
        CHECK(protocol::encodeOkJson(id, json) == protocol::encodeOk(id, result));
    }
    // And a parsed id, as the service has it: the number read back from a client's frame.
    const auto parsed = protocol::parseRequest(R"({"id":4294967297,"op":"booking.slots","args":{}})");
    REQUIRE(parsed.request);
    CHECK(protocol::encodeOkJson(parsed.request->id, json) == protocol::encodeOk(parsed.request->id, result));
}

TEST_CASE("a refusal written for people carries messageZh and messageEn, any other neither", "[protocol]")
{
    const Sentence away{QStringLiteral("市级数据库暂不可用"),
                        QStringLiteral("The city database is unavailable")};
    const QByteArray said = protocol::encodeError(7, {QStringLiteral("STORAGE_FAILED"), away.joined(), away});
    const QJsonObject error = QJsonDocument::fromJson(said).object().value(QLatin1String("error")).toObject();
    CHECK(error.value(QLatin1String("message")).toString() == away.joined());
    CHECK(error.value(QLatin1String("messageZh")).toString() == away.zh);
    CHECK(error.value(QLatin1String("messageEn")).toString() == away.en);
    const protocol::Incoming in = protocol::parseIncoming(said);
    CHECK(in.error.sentence.in(false) == away.zh);
    CHECK(in.error.sentence.in(true) == away.en);

    const QByteArray plain =
        protocol::encodeError(8, {QStringLiteral("QUEUE_EMPTY"), QStringLiteral("没有人等候")});
    const QJsonObject bare = QJsonDocument::fromJson(plain).object().value(QLatin1String("error")).toObject();
    CHECK_FALSE(bare.contains(QLatin1String("messageZh")));
    CHECK_FALSE(bare.contains(QLatin1String("messageEn")));
    CHECK(protocol::parseIncoming(plain).error.sentence.isEmpty());
    CHECK(protocol::parseIncoming(plain).error.sentence.in(true).isEmpty());
}
