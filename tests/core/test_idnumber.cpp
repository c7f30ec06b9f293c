// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "domain/hmac.h"
#include "domain/idnumber.h"

#include <QMessageAuthenticationCode>

using namespace hall;

namespace {

// The hall's date in these tests (parse takes it from the caller's injected clock).
const QDate kToday(2026, 12, 6);

QString withCheck(const QString& first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

TEST_CASE("valid ID numbers parse with birth date and sex (GB 11643 check vectors)", "[idnumber]")
{
    struct Vector
    {
        const char* text;
        QDate birth;
        Sex sex;
    };
    // Check characters computed independently of this code (weights 7 9 10 5 8 4 2 1 6 3 …, mod 11).
    const Vector vectors[] = {
        {"11010519491231002X", QDate(1949, 12, 31), Sex::Female},
        {"440524190001010017", QDate(1900, 1, 1), Sex::Male},   // the earliest birth date accepted
        {"32010219551018001X", QDate(1955, 10, 18), Sex::Male}, // sequence 001: odd
        {"110101195608071238", QDate(1956, 8, 7), Sex::Male},
        {"510129200802290025", QDate(2008, 2, 29), Sex::Female},
        {"650102197001010050", QDate(1970, 1, 1), Sex::Male},
    };
    for (const Vector& v : vectors) {
        INFO(v.text);
        auto id = IdNumber::parse(QLatin1String(v.text), kToday);
        REQUIRE_OK(id);
        CHECK(id->birthDate() == v.birth);
        CHECK(id->sex() == v.sex);
        CHECK(IdNumber::checkCharacter(QString::fromLatin1(v.text).left(17)) == QLatin1Char(v.text[17]));
    }
    auto lower = IdNumber::parse(QStringLiteral("110105 19491231 002x"), kToday);
    REQUIRE_OK(lower);
    CHECK(lower->text() == QStringLiteral("11010519491231002X"));
}

TEST_CASE("invalid ID numbers are refused with one neutral message", "[idnumber]")
{
    const char* bad[] = {
        "",
        "11010519491231002",   // 17 characters
        "11010519491231002X1", // 19
        "110105194912310021",  // wrong check character
        "11010519491331002X",  // month 13 (check recomputed below would still fail the date)
        "1101051949123100XX",  // X not last
        "A1010519491231002X",  // letter
        "110105１9491231002X", // full-width digit
    };
    for (const char* text : bad) {
        INFO(text);
        auto id = IdNumber::parse(QString::fromUtf8(text), kToday);
        REQUIRE_ERROR(id, ErrorCode::InvalidIdNumber);
        CHECK(id.error().message == QStringLiteral("身份证号码无效，请核对后重新输入"));
    }
    // A correct check character does not rescue an impossible date.
    QString feb30 = QStringLiteral("11010519490230002");
    feb30 += IdNumber::checkCharacter(feb30);
    REQUIRE_ERROR(IdNumber::parse(feb30, kToday), ErrorCode::InvalidIdNumber);
}

TEST_CASE("a birth date after the hall's today or before 1900 is invalid, with the same message",
          "[idnumber]")
{
    const auto born = [](QDate d) {
        return withCheck(QStringLiteral("110105") + d.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("002"));
    };
    REQUIRE_OK(IdNumber::parse(born(kToday), kToday)); // born today: a newborn's number
    REQUIRE_OK(IdNumber::parse(born(QDate(1900, 1, 1)), kToday));
    for (const QDate d : {kToday.addDays(1), QDate(2027, 1, 1), QDate(2999, 12, 31), QDate(1899, 12, 31),
                          QDate(1880, 1, 1)}) {
        INFO(d.toString(Qt::ISODate).toStdString());
        const auto id = IdNumber::parse(born(d), kToday);
        REQUIRE_ERROR(id, ErrorCode::InvalidIdNumber);
        CHECK(id.error().message == QStringLiteral("身份证号码无效，请核对后重新输入"));
    }
    // The same number is valid once its birthday has come: "today" is the caller's clock, not the wall's.
    REQUIRE_OK(IdNumber::parse(born(QDate(2027, 1, 1)), QDate(2027, 1, 1)));
    REQUIRE_ERROR(IdNumber::parse(born(kToday), QDate()), ErrorCode::InvalidIdNumber); // no date: refuse
}

TEST_CASE("the first two digits must be a province-level code of GB/T 2260", "[idnumber]")
{
    const QList<int> provinces{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                               44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    int accepted = 0;
    for (int code = 0; code <= 99; ++code) {
        const QString number = withCheck(QStringLiteral("%1").arg(code, 2, 10, QLatin1Char('0')) +
                                         QStringLiteral("010119800101001"));
        const auto id = IdNumber::parse(number, kToday);
        INFO(number.toStdString());
        CHECK(id.ok() == provinces.contains(code));
        CHECK(IdNumber::isProvinceCode(code) == provinces.contains(code));
        if (id) {
            ++accepted;
        } else {
            CHECK(id.error().message == QStringLiteral("身份证号码无效，请核对后重新输入"));
        }
    }
    CHECK(accepted == 35);
}

TEST_CASE("age, masking and the keyed person key", "[idnumber]")
{
    const IdNumber elder = IdNumber::parse(QStringLiteral("110101195608071238"), kToday).value();
    CHECK(elder.ageOn(QDate(2026, 8, 6)) == 69);
    CHECK(elder.ageOn(QDate(2026, 8, 7)) == 70);
    CHECK(elder.ageOn(QDate(2026, 8, 7)) >= kElderPriorityAge);
    const IdNumber leap = IdNumber::parse(QStringLiteral("510129200802290025"), kToday).value();
    CHECK(leap.ageOn(QDate(2026, 2, 28)) == 17);
    CHECK(leap.ageOn(QDate(2026, 3, 1)) == 18);

    CHECK(elder.masked() == QStringLiteral("110***********1238"));
    CHECK_FALSE(elder.masked().contains(QStringLiteral("19560807")));

    const QString k1 = elder.personKey("hall-secret-1");
    CHECK(k1.size() == 64);
    CHECK(k1 == elder.personKey("hall-secret-1"));
    CHECK(k1 != elder.personKey("hall-secret-2"));
    CHECK(k1 != leap.personKey("hall-secret-1"));
    CHECK_FALSE(k1.contains(QStringLiteral("19560807")));
}

TEST_CASE("one person cannot hold two open tickets for the same service", "[idnumber][numbering]")
{
    test::EngineFixture f;
    f.open(2);
    const IdNumber id = IdNumber::parse(QStringLiteral("110101195608071238"), kToday).value();
    const auto request = [&](QStringList services) {
        f.clock.advanceSecs(60);
        return f.engine.issue(IssueRequest{services, PriorityClass::Elder, id.masked(), std::nullopt, f.kiosk,
                                           id.personKey("k")});
    };
    auto first = request({QStringLiteral("assistance"), QStringLiteral("elderly")});
    REQUIRE_OK(first);
    CHECK(f.engine.ticket(first->number)->personKey == id.personKey("k"));
    CHECK_FALSE(toJson(first.value()).contains(QStringLiteral("personKey")));

    const QueueSnapshot before = f.engine.snapshot();
    auto again = request({QStringLiteral("assistance")});
    REQUIRE_ERROR(again, ErrorCode::DuplicateTicket);
    CHECK(again.error().message.contains(first->number));
    REQUIRE_ERROR(request({QStringLiteral("elderly")}), ErrorCode::DuplicateTicket); // a later errand counts
    CHECK(f.engine.snapshot() == before);
    REQUIRE_OK(request({QStringLiteral("enquiries")})); // another service is fine

    // Once the assistance errand is done the ticket is in the elderly queue: assistance is free again.
    f.callNext(2);
    REQUIRE_OK(f.engine.start(2, f.staff));
    REQUIRE_OK(f.engine.finish(2, Rating::None, f.staff));
    REQUIRE_OK(request({QStringLiteral("assistance")}));
    REQUIRE_ERROR(request({QStringLiteral("elderly")}), ErrorCode::DuplicateTicket);
}

TEST_CASE("person keys are HMAC-SHA-256 of the ID number, as stored keys were made", "[idnumber]")
{
    // Keys already in databases were made with QMessageAuthenticationCode: the libsodium path must
    // give the same bytes, for short and long (hashed first) secrets alike.
    const auto id = IdNumber::parse(QStringLiteral("11010519491231002X"), kToday);
    REQUIRE(id);
    for (const QByteArray& secret : {QByteArray(32, '\x5a'), QByteArray("k"), QByteArray(200, '\x01')}) {
        const QString expected =
            QString::fromLatin1(QMessageAuthenticationCode::hash(QByteArrayLiteral("11010519491231002X"),
                                                                 secret, QCryptographicHash::Sha256)
                                    .toHex());
        CHECK(id->personKey(secret) == expected);
    }
    // RFC 4231 test case 2.
    CHECK(hmacSha256("Jefe", "what do ya want for nothing?").toHex() ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("an HMAC of every key and message length up to a few blocks is RFC 2104's", "[idnumber]")
{
    // The SHA-256 padding changes at 55/56 and 64 bytes of a block and a key longer than a block is
    // hashed first: every length around those, for key and message, against Qt's own HMAC.
    for (int keyLength : {0, 1, 31, 32, 33, 63, 64, 65, 127, 128, 129, 200}) {
        QByteArray key(keyLength, Qt::Uninitialized);
        for (int i = 0; i < keyLength; ++i) {
            key[i] = static_cast<char>((i * 7 + keyLength) & 0xff);
        }
        for (int length = 0; length <= 200; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (int i = 0; i < length; ++i) {
                data[i] = static_cast<char>((i * 13 + length) & 0xff);
            }
            CHECK(hmacSha256(key, data) ==
                  QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256));
        }
    }
}

TEST_CASE("an HMAC is the same whichever keys were used before it", "[idnumber]")
{
    // hmacSha256 keeps the absorbed state of its last four keys: six keys in turn (more than it keeps),
    // keys that are prefixes of one another, an empty key and the same key again must each give
    // what a fresh computation gives.
    const QList<QByteArray> keys{QByteArray(32, '\x5a'), QByteArray(31, '\x5a'),  QByteArray("k"),
                                 QByteArray(),           QByteArray(200, '\x01'), QByteArray(64, '\x02')};
    for (int round = 0; round < 3; ++round) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QByteArray& key = keys[(i * (round + 1)) % keys.size()];
            const QByteArray data = QByteArray::number(round) + QByteArray(static_cast<int>(i) * 37, 'x');
            CHECK(hmacSha256(key, data) ==
                  QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256));
        }
    }
}
