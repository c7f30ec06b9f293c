// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "qr/codescanner.h"
#include "qr/qrencoder.h"

#include <catch2/catch.hpp>

using namespace hall;

TEST_CASE("QR round trip keeps Chinese text", "[qr]")
{
    const QString payload = QStringLiteral("婚姻登记预约确认：张三、李四，2026年5月20日 09:30，A012");
    const QrMatrix matrix = QrEncoder::encode(payload);
    REQUIRE_FALSE(matrix.isNull());
    CHECK(CodeScanner::decode(matrix.toImage(4)) == payload);
}

TEST_CASE("QR round trip of a long payload", "[qr]")
{
    QString payload = QStringLiteral("https://hall.example.cn/t/");
    for (int i = 0; i < 80; ++i) {
        payload += QStringLiteral("进度%1-").arg(i);
    }
    REQUIRE(payload.toUtf8().size() > 600);
    const QrMatrix matrix = QrEncoder::encode(payload);
    REQUIRE_FALSE(matrix.isNull());
    CHECK(matrix.level() == QrLevel::L);
    CHECK(matrix.version() > 15);
    CHECK(CodeScanner::decode(matrix.toImage(3)) == payload);
}

TEST_CASE("QR error-correction level follows the payload size", "[qr]")
{
    CHECK(QrEncoder::levelFor("A012") == QrLevel::H);
    CHECK(QrEncoder::levelFor(QByteArray(100, 'x')) == QrLevel::Q);
    CHECK(QrEncoder::levelFor(QByteArray(400, 'x')) == QrLevel::M);
    CHECK(QrEncoder::levelFor(QByteArray(2000, 'x')) == QrLevel::L);
    // A short ticket code at level H still yields a small symbol (version 1-3: 21-29 modules).
    CHECK(QrEncoder::encode(QStringLiteral("https://q.cn/A012")).size() <= 29);
}

TEST_CASE("QR encoder refuses what does not fit", "[qr]")
{
    CHECK(QrEncoder::encode(QString()).isNull());
    CHECK(QrEncoder::encode(QByteArray(8000, 'x'), QrLevel::L).isNull());
}

TEST_CASE("QR matrix image has the quiet zone and scale asked for", "[qr]")
{
    const QrMatrix m = QrEncoder::encode(QByteArray("A012"), QrLevel::M);
    const QImage img = m.toImage(5, 4);
    CHECK(img.width() == (m.size() + 8) * 5);
    CHECK(img.pixelColor(0, 0).value() == 255);
    // The finder pattern's top-left module is always dark.
    CHECK(img.pixelColor(4 * 5, 4 * 5).value() == 0);
}
