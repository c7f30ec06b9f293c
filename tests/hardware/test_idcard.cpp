// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idcard/idcardreaderfactory.h"
#include "idcard/pluginidcardreader.h"
#include "idcard/simulatedidcardreader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

const QString kIdentities = QStringLiteral(HALL_TEST_FIXTURES "/identities.json");

} // namespace

TEST_CASE("ID card personal data is masked for logs", "[idcard]")
{
    IdCard c;
    c.name = QStringLiteral("欧阳小梅");
    c.idNumber = QStringLiteral("440306200112310023");
    CHECK(c.maskedIdNumber() == QStringLiteral("440***********0023"));
    CHECK_FALSE(c.maskedIdNumber().contains(QStringLiteral("20011231")));
    // Names are masked by the core's one rule (core/domain/masking.h, tests/core/test_masking.cpp):
    // the hardware library shows no name of its own.
}

TEST_CASE("simulated reader serves the test identities from its file", "[idcard]")
{
    SimulatedIdCardReader reader(kIdentities);
    QSignalSpy read(&reader, &IdCardReader::cardRead);
    QSignalSpy removed(&reader, &IdCardReader::cardRemoved);
    CHECK_FALSE(reader.present(0)); // not started: no reader to lay a card on
    REQUIRE(reader.start());
    CHECK(reader.isAvailable());
    REQUIRE(reader.cards().size() == 3);

    REQUIRE(reader.present(1));
    REQUIRE(read.wait(1000));
    const auto card = read.at(0).at(0).value<IdCard>();
    CHECK(card.name == QStringLiteral("李四"));
    CHECK(card.sex == QStringLiteral("女"));
    CHECK(card.birthDate == QDate(1986, 12, 12));
    CHECK(card.validUntil == QDate(2038, 1, 15));
    CHECK(card.photo.size() == QSize(102, 126));
    CHECK(card.consistencyProblem().isEmpty());

    REQUIRE(reader.present(0)); // the next resident: the previous card is lifted first
    CHECK(removed.size() == 1);
    REQUIRE(read.wait(1000));
    CHECK(read.at(1).at(0).value<IdCard>().name == QStringLiteral("张三"));
    CHECK_FALSE(read.at(1).at(0).value<IdCard>().validUntil.isValid()); // 长期
    reader.removeCard();
    CHECK(removed.size() == 2);
}

TEST_CASE("simulated reader refuses an inconsistent identity file without leaking it", "[idcard]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"cards": [{"name": "王五", "sex": "男", "birthDate": "1960-01-01",
                           "idNumber": "110101195003081230"}]})");
    f.close();
    SimulatedIdCardReader reader(file);
    QSignalSpy errors(&reader, &IdCardReader::errorOccurred);
    CHECK_FALSE(reader.start());
    REQUIRE(errors.size() == 1);
    const QString message = errors.at(0).at(0).toString();
    CHECK(message.contains(QStringLiteral("出生日期")));
    CHECK(message.contains(QStringLiteral("110***********1230")));
    CHECK_FALSE(message.contains(QStringLiteral("19500308")));
    CHECK_FALSE(message.contains(QStringLiteral("王五")));
}

TEST_CASE("simulated reader cycles through cards for unattended demos", "[idcard]")
{
    QString error;
    auto reader = createIdCardReader({{QStringLiteral("backend"), QStringLiteral("simulated")},
                                      {QStringLiteral("file"), kIdentities},
                                      {QStringLiteral("autoPresentMs"), 20}},
                                     &error);
    REQUIRE(reader);
    QSignalSpy read(reader.get(), &IdCardReader::cardRead);
    REQUIRE(reader->start());
    while (read.size() < 4) {
        REQUIRE(read.wait(2000));
    }
    CHECK(read.at(3).at(0).value<IdCard>().idNumber == read.at(0).at(0).value<IdCard>().idNumber);
    reader->stop();
    CHECK_FALSE(reader->isAvailable());
}

TEST_CASE("a vendor backend plugin plugs in through the loadable backend interface", "[idcard]")
{
    QString error;
    auto reader =
        createIdCardReader({{QStringLiteral("backend"), QStringLiteral("plugin")},
                            {QStringLiteral("plugin"), QStringLiteral(HALL_TEST_IDCARD_PLUGIN)},
                            {QStringLiteral("pollMs"), 10},
                            {QStringLiteral("options"),
                             QVariantMap{{QStringLiteral("port"), QStringLiteral("usb")},
                                         {QStringLiteral("name"), QStringLiteral("张三")},
                                         {QStringLiteral("sex"), QStringLiteral("男")},
                                         {QStringLiteral("idNumber"), QStringLiteral("110101195003081230")},
                                         {QStringLiteral("presentPolls"), 5}}}},
                           &error);
    REQUIRE(reader);
    QSignalSpy read(reader.get(), &IdCardReader::cardRead);
    QSignalSpy removed(reader.get(), &IdCardReader::cardRemoved);
    REQUIRE(reader->start());
    CHECK(static_cast<PluginIdCardReader*>(reader.get())->backendName() == QStringLiteral("fake-vendor"));
    REQUIRE((removed.size() == 1 || removed.wait(3000)));
    // Reported on five polls, announced once: the reader only tells changes.
    REQUIRE(read.size() == 1);
    const auto card = read.at(0).at(0).value<IdCard>();
    CHECK(card.name == QStringLiteral("张三"));
    CHECK(card.birthDate == QDate(1950, 3, 8));
    CHECK(reader->isAvailable());
    reader->stop();
    CHECK_FALSE(reader->isAvailable());
}

TEST_CASE("plugin reader reports a backend that cannot open and a missing plugin", "[idcard]")
{
    PluginIdCardReader wrongPort(QStringLiteral(HALL_TEST_IDCARD_PLUGIN),
                                 {{QStringLiteral("port"), QStringLiteral("com9")}}, 10);
    QSignalSpy errors(&wrongPort, &IdCardReader::errorOccurred);
    REQUIRE(wrongPort.start());
    REQUIRE(errors.wait(2000));
    CHECK(errors.at(0).at(0).toString() == QStringLiteral("端口不可用"));
    CHECK_FALSE(wrongPort.isAvailable());

    PluginIdCardReader missing(QStringLiteral("/nonexistent/libvendor.so"), {});
    QSignalSpy missingErrors(&missing, &IdCardReader::errorOccurred);
    CHECK_FALSE(missing.start());
    REQUIRE(missingErrors.size() == 1);
    CHECK(missingErrors.at(0).at(0).toString().startsWith(QStringLiteral("无法加载身份证阅读器插件")));

    QString error;
    CHECK_FALSE(createIdCardReader({{QStringLiteral("backend"), QStringLiteral("vendorx")}}, &error));
    CHECK(error.contains(QStringLiteral("vendorx")));
}
