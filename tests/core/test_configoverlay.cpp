// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A centre's configuration file holds only what differs from the defaults (JSON Merge Patch).
#include "domain/configoverlay.h"
#include "domain/hallconfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return f.fileName();
}

} // namespace

TEST_CASE("an overlay merges objects, replaces lists and values, and null removes a key", "[config]")
{
    const QJsonObject base = object(R"({"a": 1, "b": {"x": 1, "y": 2}, "list": [1, 2, 3], "gone": true})");
    const QJsonObject merged = configoverlay::merge(
        base, object(R"({"b": {"y": 20, "z": 30}, "list": [9], "gone": null, "new": "n"})"));
    CHECK(merged == object(R"({"a": 1, "b": {"x": 1, "y": 20, "z": 30}, "list": [9], "new": "n"})"));
    CHECK(configoverlay::merge(base, {}) == base);
    // A value may replace an object and an object a value.
    CHECK(configoverlay::merge(base, object(R"({"a": {"k": 1}, "b": 5})")) ==
          object(R"({"a": {"k": 1}, "b": 5, "list": [1, 2, 3], "gone": true})"));
}

TEST_CASE("an empty hall file is the built-in hall, and a file with one change keeps the rest", "[config]")
{
    QTemporaryDir dir;
    const auto empty = loadHallConfig(writeFile(dir, QStringLiteral("empty.json"), "{}\n"));
    REQUIRE(empty.ok());
    const HallConfig defaults = defaultHallConfig();
    CHECK(empty.value().catalogue.services().size() == defaults.catalogue.services().size());
    CHECK(empty.value().catalogue.counters().size() == defaults.catalogue.counters().size());

    const auto renamed = loadHallConfig(
        writeFile(dir, QStringLiteral("renamed.json"),
                  R"({"centre": {"nameZh": "某某街道社区事务受理服务中心"}, "rollover": "02:00"})"));
    REQUIRE(renamed.ok());
    CHECK(renamed.value().catalogue.centreNameZh() == QStringLiteral("某某街道社区事务受理服务中心"));
    CHECK(renamed.value().catalogue.centreNameEn() == defaults.catalogue.centreNameEn());
    CHECK(renamed.value().rollover == QTime(2, 0));
    CHECK(renamed.value().catalogue.services().size() == defaults.catalogue.services().size());
}

TEST_CASE("a broken overlay is refused naming the file, the line or the JSON path", "[config]")
{
    QTemporaryDir dir;
    const QString broken =
        writeFile(dir, QStringLiteral("broken.json"), "{\n  \"rollover\": \"02:00\",\n  oops\n}\n");
    const auto notJson = loadHallConfig(broken);
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().message.contains(broken));
    CHECK(notJson.error().message.contains(QStringLiteral("第 3 行")));

    const auto list = loadHallConfig(writeFile(dir, QStringLiteral("list.json"), "[1, 2]"));
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().message.contains(QStringLiteral("JSON 对象")));

    const auto badValue =
        loadHallConfig(writeFile(dir, QStringLiteral("bad.json"), R"({"policy": {"maxRecalls": 99}})"));
    REQUIRE_FALSE(badValue.ok());
    CHECK(badValue.error().message.contains(QStringLiteral("policy.maxRecalls")));

    CHECK_FALSE(loadHallConfig(dir.filePath(QStringLiteral("missing.json"))).ok());
}
