// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bookings for every party: documents other than the resident ID (permits of Hong Kong, Macao and
// Taiwan residents, passports, the foreign permanent residence card), the offices entitled to
// 涉外/涉港澳台 registrations, one booking per person whatever the document.
#include "bookingfixture.h"
#include "domain/keyeddocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hall;
using namespace hall::test;

namespace {

const QByteArray kPartySecret = QByteArrayLiteral("test-secret");

/// The 2023 permanent residence card: 9, province 11, country 840, the birth date, a sequence whose
/// last digit is odd for a man, the check character of GB 11643.
QString permanentResidence(QDate birth, bool male)
{
    const QString first17 = QStringLiteral("911840") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            (male ? QStringLiteral("001") : QStringLiteral("002"));
    return first17 + IdNumber::checkCharacter(first17);
}

/// The test offices, with "east" entitled to foreign-related (涉外) registrations only.
BookingConfig entitledConfig()
{
    QJsonObject root = QJsonDocument::fromJson(testBookingJson()).object();
    QJsonArray offices = root.value(QStringLiteral("offices")).toArray();
    QJsonObject east = offices.at(1).toObject();
    east.insert(QStringLiteral("foreignRelated"), QJsonArray{QStringLiteral("foreign")});
    offices.replace(1, east);
    root.insert(QStringLiteral("offices"), offices);
    auto c = parseBookingConfig(QJsonDocument(root).toJson());
    REQUIRE_BOOKED(c);
    return std::move(c).value();
}

PartyInput passport(const QString& number, const QString& nationality = QStringLiteral("USA"))
{
    PartyInput p;
    p.name = QStringLiteral("SMITH JANE");
    p.idNumber = number;
    p.document = DocumentType::Passport;
    p.nationality = nationality;
    p.sex = Sex::Female;
    p.birthDate = QDate(1994, 5, 6);
    return p;
}

PartyInput permit(DocumentType type, const QString& number, Sex sex = Sex::Female)
{
    PartyInput p;
    p.idNumber = number;
    p.document = type;
    p.sex = sex;
    p.birthDate = QDate(1996, 8, 1);
    return p;
}

BookingRequest mixed(const QString& requestId, const QString& office, const PartyInput& second,
                     int couple = 1)
{
    BookingRequest r;
    r.requestId = requestId;
    r.office = office;
    r.type = BookingType::Marriage;
    r.slotStart = at(QDate(2026, 12, 1), office == QLatin1String("east") ? 10 : 9);
    r.first = PartyInput{QStringLiteral("张三"), man(couple)};
    r.second = second;
    r.phone = QStringLiteral("13800138000");
    return r;
}

} // namespace

TEST_CASE("Each document is checked as far as its form allows", "[booking][documents]")
{
    const auto ok = [](DocumentType t, const QString& n, const QString& nationality = {}) {
        const auto d = PersonDocument::parse(t, n, kToday, nationality);
        INFO(n.toStdString() << " " << (d ? std::string() : d.error().message.toStdString()));
        REQUIRE(d.ok());
        return d.value();
    };
    const auto refused = [](DocumentType t, const QString& n, const QString& nationality = {}) {
        const auto d = PersonDocument::parse(t, n, kToday, nationality);
        INFO(n.toStdString());
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().code == ErrorCode::InvalidIdNumber);
        CHECK_FALSE(d.error().message.isEmpty());
    };
    // 回乡证: H or M and the 8-digit lifelong number; the old booklet adds 2 digits of renewals.
    CHECK(ok(DocumentType::HkMacaoPermit, QStringLiteral("h1234 5678")).number() ==
          QStringLiteral("H12345678"));
    CHECK(ok(DocumentType::HkMacaoPermit, QStringLiteral("M1234567801")).jurisdiction() ==
          Jurisdiction::HongKongMacaoTaiwan);
    refused(DocumentType::HkMacaoPermit, QStringLiteral("K12345678"));
    refused(DocumentType::HkMacaoPermit, QStringLiteral("H1234567"));
    refused(DocumentType::HkMacaoPermit, QStringLiteral("H123456789"));
    // 台胞证: 8 digits since 2008; older ones 10, some with the issuing office in brackets.
    CHECK(ok(DocumentType::TaiwanPermit, QStringLiteral("12345678")).masked() == QStringLiteral("1*****78"));
    CHECK(ok(DocumentType::TaiwanPermit, QStringLiteral("1234567801（B）")).number() ==
          QStringLiteral("1234567801"));
    refused(DocumentType::TaiwanPermit, QStringLiteral("1234567"));
    refused(DocumentType::TaiwanPermit, QStringLiteral("A2345678"));
    // Passports: 5–9 letters and digits (ICAO 9303) and the issuing state.
    const PersonDocument p = ok(DocumentType::Passport, QStringLiteral("e12345678"), QStringLiteral("usa"));
    CHECK(p.number() == QStringLiteral("E12345678"));
    CHECK(p.nationality() == QStringLiteral("USA"));
    CHECK(p.masked() == QStringLiteral("E******78"));
    CHECK(p.jurisdiction() == Jurisdiction::Foreign);
    CHECK_FALSE(p.birthDate().has_value());
    CHECK_FALSE(p.sex().has_value());
    refused(DocumentType::Passport, QStringLiteral("E123"), QStringLiteral("USA"));
    refused(DocumentType::Passport, QStringLiteral("E1234567890"), QStringLiteral("USA"));
    refused(DocumentType::Passport, QStringLiteral("E12345678"), QString());
    refused(DocumentType::Passport, QStringLiteral("E12345678"), QStringLiteral("US1"));
    // The 2023 permanent residence card: birth date, sex and check character as GB 11643.
    const QString card = permanentResidence(QDate(1990, 1, 15), true);
    const PersonDocument pr = ok(DocumentType::ForeignPermanentResidence, card);
    CHECK(pr.birthDate() == QDate(1990, 1, 15));
    CHECK(pr.sex() == Sex::Male);
    CHECK(pr.masked() == QStringLiteral("911***********") + card.right(4));
    CHECK_FALSE(pr.masked().contains(QStringLiteral("19900115")));
    QString wrongCheck = card;
    wrongCheck[17] = card.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    refused(DocumentType::ForeignPermanentResidence, wrongCheck);
    refused(DocumentType::ForeignPermanentResidence,
            permanentResidence(QDate(2027, 1, 1), true)); // not born yet
    // The 2017 card: 3 letters and 12 digits with a birth date (YYMMDD) among them; no sex read.
    const PersonDocument old = ok(DocumentType::ForeignPermanentResidence, QStringLiteral("USA310090011512"));
    CHECK(old.masked() == QStringLiteral("USA**********12"));
    CHECK_FALSE(old.sex().has_value());
    refused(DocumentType::ForeignPermanentResidence, QStringLiteral("USA310091340012")); // month 34
    // A resident ID is the resident ID: the same checks, key and mask as before.
    const PersonDocument id = ok(DocumentType::MainlandId, man());
    CHECK(id.personKey(kPartySecret) == IdNumber::parse(man(), kToday)->personKey(kPartySecret));
    CHECK(id.masked() == IdNumber::parse(man(), kToday)->masked());
    CHECK(id.jurisdiction() == Jurisdiction::Mainland);
    // Numbers 81/82/83 are the residence permits of Hong Kong, Macao and Taiwan residents.
    const QString hkResident17 = QStringLiteral("81000019940823002");
    CHECK(
        ok(DocumentType::MainlandId, hkResident17 + IdNumber::checkCharacter(hkResident17)).jurisdiction() ==
        Jurisdiction::HongKongMacaoTaiwan);
}

TEST_CASE("Person keys recognise a holder across renewals and never mix document types",
          "[booking][documents]")
{
    const auto key = [](DocumentType t, const QString& n, const QString& nationality = {}) {
        return PersonDocument::parse(t, n, kToday, nationality)->personKey(kPartySecret);
    };
    // A renewed 回乡证 keeps its first 9 characters (公安部: 前9位相同，表明为签发给同一持证人).
    CHECK(key(DocumentType::HkMacaoPermit, QStringLiteral("H1234567800")) ==
          key(DocumentType::HkMacaoPermit, QStringLiteral("H1234567801")));
    CHECK(key(DocumentType::HkMacaoPermit, QStringLiteral("H1234567801")) ==
          key(DocumentType::HkMacaoPermit, QStringLiteral("H12345678")));
    CHECK(key(DocumentType::HkMacaoPermit, QStringLiteral("H12345678")) !=
          key(DocumentType::HkMacaoPermit, QStringLiteral("M12345678")));
    CHECK(key(DocumentType::TaiwanPermit, QStringLiteral("1234567802")) ==
          key(DocumentType::TaiwanPermit, QStringLiteral("12345678")));
    // The same digits on different documents are different people; a passport number is unique only
    // within its issuing state.
    CHECK(key(DocumentType::TaiwanPermit, QStringLiteral("12345678")) !=
          key(DocumentType::Passport, QStringLiteral("12345678"), QStringLiteral("USA")));
    CHECK(key(DocumentType::Passport, QStringLiteral("12345678"), QStringLiteral("USA")) !=
          key(DocumentType::Passport, QStringLiteral("12345678"), QStringLiteral("GBR")));
}

TEST_CASE("An on-screen keyboard offers every character of each document's numbers, and its registry",
          "[booking][documents]")
{
    // Numbers the parser accepts (the test above): every character is on the keyboard for the type.
    const QList<std::pair<DocumentType, QString>> accepted{
        {DocumentType::HkMacaoPermit, QStringLiteral("H12345678")},
        {DocumentType::HkMacaoPermit, QStringLiteral("M1234567801")},
        {DocumentType::TaiwanPermit, QStringLiteral("1234567801")},
        {DocumentType::Passport, QStringLiteral("E12345678")},
        {DocumentType::Passport, QStringLiteral("PZ0Q1I9O")},
        {DocumentType::ForeignPermanentResidence, permanentResidence(QDate(1990, 5, 17), true)},
        {DocumentType::ForeignPermanentResidence, QStringLiteral("USA110090051701")},
        {DocumentType::MainlandId, QStringLiteral("11010519491231002X")}};
    for (const auto& [type, number] : accepted) {
        INFO(number.toStdString());
        for (const QChar c : number) {
            CHECK(numberAlphabet(type).contains(c));
        }
    }
    // …and nothing a number of the type never holds.
    CHECK_FALSE(numberAlphabet(DocumentType::HkMacaoPermit).contains(QLatin1Char('E')));
    CHECK_FALSE(numberAlphabet(DocumentType::TaiwanPermit).contains(QLatin1Char('H')));
    CHECK_FALSE(numberAlphabet(DocumentType::MainlandId).contains(QLatin1Char('A')));
    CHECK(numberAlphabet(DocumentType::Passport).size() == 36);

    CHECK(jurisdictionOf(DocumentType::MainlandId) == Jurisdiction::Mainland);
    CHECK(jurisdictionOf(DocumentType::TaiwanPermit) == Jurisdiction::HongKongMacaoTaiwan);
    CHECK(jurisdictionOf(DocumentType::ForeignPermanentResidence) == Jurisdiction::Foreign);
    CHECK(designatedFor({}, Jurisdiction::Mainland));
    CHECK_FALSE(designatedFor({Jurisdiction::HongKongMacaoTaiwan}, Jurisdiction::Foreign));
    // The refusal a kiosk shows before booking is the engine's, word for word (the test below).
    CHECK(notEntitledZh(QStringLiteral("测试区婚姻登记处"), Jurisdiction::Foreign,
                        {QStringLiteral("东区婚姻登记处")}) ==
          QStringLiteral("测试区婚姻登记处不办理涉外婚姻登记，请预约：东区婚姻登记处"));
    CHECK(
        notEntitledEn(QStringLiteral("Marriage Registry"), Jurisdiction::Foreign, {}) ==
        QStringLiteral("Marriage Registry does not handle marriage registration involving foreigners. "
                       "Please book with the registry the provincial civil affairs department designates."));
}

TEST_CASE("A passport party books at an entitled office and is refused at another", "[booking][documents]")
{
    BookingFixture fx(entitledConfig());
    REQUIRE_REFUSED(fx,
                    fx.engine.create(mixed(QStringLiteral("p1"), QStringLiteral("main"),
                                           passport(QStringLiteral("E12345678")))),
                    BookingErrorCode::OfficeNotEntitled);
    const auto refused = fx.engine.create(
        mixed(QStringLiteral("p1"), QStringLiteral("main"), passport(QStringLiteral("E12345678"))));
    CHECK(refused.error().message ==
          QStringLiteral("测试区婚姻登记处不办理涉外婚姻登记，请预约：东区婚姻登记处"));

    const Booking b =
        fx.book(mixed(QStringLiteral("p2"), QStringLiteral("east"), passport(QStringLiteral("E12345678"))));
    CHECK(b.office == QStringLiteral("east"));
    REQUIRE(b.parties.size() == 2);
    CHECK(b.parties[0].document == DocumentType::MainlandId);
    CHECK(b.parties[1].document == DocumentType::Passport);
    CHECK(b.parties[1].maskedId == QStringLiteral("E******78"));
    CHECK(b.eligibleFrom.isValid());
    // The holder finds and cancels it with the passport.
    CHECK(fx.engine.find(b.code, passport(QStringLiteral("E12345678"))).ok());
    CHECK(fx.engine.find(b.code, passport(QStringLiteral("E12345678"), QStringLiteral("GBR"))).error().code ==
          BookingErrorCode::UnknownBooking);
    // One booking per person whatever the office.
    REQUIRE_REFUSED(fx,
                    fx.engine.create(mixed(QStringLiteral("p3"), QStringLiteral("east"),
                                           passport(QStringLiteral("E12345678")), 2)),
                    BookingErrorCode::AlreadyBooked);
    REQUIRE_BOOKED(fx.engine.cancel(b.code, passport(QStringLiteral("E12345678")), {}));
}

TEST_CASE("涉港澳台 needs its own entitlement, and a marriage with a permit needs sex and birth date",
          "[booking][documents]")
{
    BookingFixture fx(entitledConfig());
    const PartyInput hk = permit(DocumentType::HkMacaoPermit, QStringLiteral("H1234567801"));
    REQUIRE_REFUSED(fx, fx.engine.create(mixed(QStringLiteral("h1"), QStringLiteral("east"), hk)),
                    BookingErrorCode::OfficeNotEntitled);
    CHECK(fx.engine.create(mixed(QStringLiteral("h1"), QStringLiteral("east"), hk))
              .error()
              .message.contains(QStringLiteral("涉港澳台婚姻登记")));
    // A Hong Kong resident's residence permit (81…) is 涉港澳台 too.
    const QString permit17 = QStringLiteral("81000019940823002");
    REQUIRE_REFUSED(fx,
                    fx.engine.create(mixed(QStringLiteral("h2"), QStringLiteral("main"),
                                           PartyInput{{}, permit17 + IdNumber::checkCharacter(permit17)})),
                    BookingErrorCode::OfficeNotEntitled);
    // Where the number holds no sex or birth date, a marriage needs them as written on the document.
    PartyInput unknown = passport(QStringLiteral("E7654321"));
    unknown.sex.reset();
    REQUIRE_REFUSED(fx, fx.engine.create(mixed(QStringLiteral("h3"), QStringLiteral("east"), unknown)),
                    BookingErrorCode::InvalidArgument);
    PartyInput male = passport(QStringLiteral("E7654321"));
    male.sex = Sex::Male;
    REQUIRE_REFUSED(fx, fx.engine.create(mixed(QStringLiteral("h4"), QStringLiteral("east"), male)),
                    BookingErrorCode::NotOneManOneWoman);
    PartyInput young = passport(QStringLiteral("E7654321"));
    young.birthDate = QDate(2007, 1, 1);
    REQUIRE_REFUSED(fx, fx.engine.create(mixed(QStringLiteral("h5"), QStringLiteral("east"), young)),
                    BookingErrorCode::UnderAge);
    // The 2023 card holds both: what was typed beside it does not matter.
    PartyInput card =
        permit(DocumentType::ForeignPermanentResidence, permanentResidence(QDate(1993, 2, 3), false));
    card.sex.reset();
    card.birthDate = {};
    REQUIRE_BOOKED(fx.engine.create(mixed(QStringLiteral("h6"), QStringLiteral("east"), card)));
}

TEST_CASE("A person's document is parsed and keyed once per request, and again for anything else",
          "[booking][documents]")
{
    const auto fresh = [](const QString& n, QDate day, const QByteArray& secret) {
        return KeyedDocument::parse(DocumentType::MainlandId, n, day, {}, secret);
    };
    const QString bornToday = [] {
        const QString first17 =
            QStringLiteral("110105") + kToday.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("001");
        return first17 + IdNumber::checkCharacter(first17);
    }();
    DocumentOnce once;
    const auto& first = once.get(DocumentType::MainlandId, man(1), kToday, {}, kPartySecret);
    REQUIRE(first);
    CHECK(first->key ==
          PersonDocument::parse(DocumentType::MainlandId, man(1), kToday)->personKey(kPartySecret));
    CHECK(first->masked == PersonDocument::parse(DocumentType::MainlandId, man(1), kToday)->masked());
    CHECK(once.get(DocumentType::MainlandId, man(1), kToday, {}, kPartySecret)->key == first->key);
    // Another number, key or day is another answer: what a parse of its own gives.
    CHECK(once.get(DocumentType::MainlandId, woman(1), kToday, {}, kPartySecret)->key ==
          fresh(woman(1), kToday, kPartySecret)->key);
    CHECK(once.get(DocumentType::MainlandId, woman(1), kToday, {}, "other")->key ==
          fresh(woman(1), kToday, "other")->key);
    CHECK(once.get(DocumentType::MainlandId, bornToday, kToday, {}, kPartySecret));
    CHECK_FALSE(once.get(DocumentType::MainlandId, bornToday, kToday.addDays(-1), {}, kPartySecret));
    CHECK(once.get(DocumentType::MainlandId, bornToday, kToday, {}, kPartySecret));
    // A passport's number is unique within its issuing state only.
    const auto usa = once.get(DocumentType::Passport, QStringLiteral("X1234567"), kToday,
                              QStringLiteral("USA"), kPartySecret)
                         ->key;
    CHECK(once.get(DocumentType::Passport, QStringLiteral("X1234567"), kToday, QStringLiteral("GBR"),
                   kPartySecret)
              ->key != usa);
}

TEST_CASE("The engine books the persons it is given, whatever their shared parse was asked before",
          "[booking][documents]")
{
    BookingFixture f;
    const QDateTime slot = at(kToday.addDays(7), 9);
    BookingRequest r = f.marriage(QStringLiteral("r1"), slot);
    r.first.once = std::make_shared<DocumentOnce>();
    r.second.once = std::make_shared<DocumentOnce>();
    // The first's parse was asked for somebody else (a copy changed after the gate): not reused.
    REQUIRE(r.first.once->get(DocumentType::MainlandId, man(2), kToday, {}, "test-secret"));
    const Booking b = f.book(r);
    REQUIRE(b.parties.size() == 2);
    CHECK(
        b.parties[0].personKey ==
        PersonDocument::parse(DocumentType::MainlandId, r.first.idNumber, kToday)->personKey("test-secret"));
    CHECK(
        b.parties[1].personKey ==
        PersonDocument::parse(DocumentType::MainlandId, r.second.idNumber, kToday)->personKey("test-secret"));
    // The same persons again, their parse shared: refused as the same couple would be.
    BookingRequest again = f.marriage(QStringLiteral("r2"), slot);
    again.first.once = r.first.once;
    again.second.once = r.second.once;
    REQUIRE_REFUSED(f, f.engine.create(again), BookingErrorCode::AlreadyBooked);
}
