// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondocument.h"

#include "hmac.h"
#include "masking.h"

#include <QRegularExpression>

namespace hall {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidIdNumber, message};
}

/// Spaces, dashes and full-width brackets are how people copy numbers; none of them is part of one.
QString normalised(const QString& input)
{
    QString s = input.toUpper();
    s.replace(QChar(0xFF08), QLatin1Char('('));
    s.replace(QChar(0xFF09), QLatin1Char(')'));
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('-'));
    return s;
}

int digits(const QString& s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        n = n * 10 + (s.at(i).unicode() - u'0');
    }
    return n;
}

bool plausibleBirth(QDate birth, QDate today)
{
    return birth.isValid() && birth.year() >= IdNumber::kEarliestBirthYear && today.isValid() &&
           birth <= today;
}

} // namespace

QString toString(DocumentType type)
{
    switch (type) {
    case DocumentType::MainlandId:
        return QStringLiteral("mainlandId");
    case DocumentType::HkMacaoPermit:
        return QStringLiteral("hkMacaoPermit");
    case DocumentType::TaiwanPermit:
        return QStringLiteral("taiwanPermit");
    case DocumentType::Passport:
        return QStringLiteral("passport");
    case DocumentType::ForeignPermanentResidence:
        return QStringLiteral("foreignPermanentResidence");
    }
    return QStringLiteral("mainlandId");
}

std::optional<DocumentType> documentTypeFromString(const QString& text)
{
    for (DocumentType t : kDocumentTypes) {
        if (toString(t) == text) {
            return t;
        }
    }
    return std::nullopt;
}

QString nameZh(DocumentType type)
{
    switch (type) {
    case DocumentType::MainlandId:
        return QStringLiteral("居民身份证");
    case DocumentType::HkMacaoPermit:
        return QStringLiteral("港澳居民来往内地通行证");
    case DocumentType::TaiwanPermit:
        return QStringLiteral("台湾居民来往大陆通行证");
    case DocumentType::Passport:
        return QStringLiteral("护照");
    case DocumentType::ForeignPermanentResidence:
        return QStringLiteral("外国人永久居留身份证");
    }
    return {};
}

QString nameEn(DocumentType type)
{
    switch (type) {
    case DocumentType::MainlandId:
        return QStringLiteral("Resident ID card");
    case DocumentType::HkMacaoPermit:
        return QStringLiteral("Mainland Travel Permit for Hong Kong and Macao Residents");
    case DocumentType::TaiwanPermit:
        return QStringLiteral("Mainland Travel Permit for Taiwan Residents");
    case DocumentType::Passport:
        return QStringLiteral("Passport");
    case DocumentType::ForeignPermanentResidence:
        return QStringLiteral("Foreign Permanent Resident ID Card");
    }
    return {};
}

QString toString(Jurisdiction j)
{
    switch (j) {
    case Jurisdiction::Mainland:
        return QStringLiteral("mainland");
    case Jurisdiction::HongKongMacaoTaiwan:
        return QStringLiteral("hongKongMacaoTaiwan");
    case Jurisdiction::Foreign:
        return QStringLiteral("foreign");
    }
    return QStringLiteral("mainland");
}

std::optional<Jurisdiction> jurisdictionFromString(const QString& text)
{
    for (Jurisdiction j :
         {Jurisdiction::Mainland, Jurisdiction::HongKongMacaoTaiwan, Jurisdiction::Foreign}) {
        if (toString(j) == text) {
            return j;
        }
    }
    return std::nullopt;
}

QString registrationNameZh(Jurisdiction j)
{
    switch (j) {
    case Jurisdiction::Mainland:
        return QStringLiteral("内地居民婚姻登记");
    case Jurisdiction::HongKongMacaoTaiwan:
        return QStringLiteral("涉港澳台婚姻登记");
    case Jurisdiction::Foreign:
        return QStringLiteral("涉外婚姻登记");
    }
    return {};
}

QString registrationNameEn(Jurisdiction j)
{
    switch (j) {
    case Jurisdiction::Mainland:
        return QStringLiteral("marriage registration of mainland residents");
    case Jurisdiction::HongKongMacaoTaiwan:
        return QStringLiteral("marriage registration involving Hong Kong, Macao or Taiwan residents");
    case Jurisdiction::Foreign:
        return QStringLiteral("marriage registration involving foreigners");
    }
    return {};
}

Jurisdiction jurisdictionOf(DocumentType type)
{
    switch (type) {
    case DocumentType::MainlandId:
        return Jurisdiction::Mainland;
    case DocumentType::HkMacaoPermit:
    case DocumentType::TaiwanPermit:
        return Jurisdiction::HongKongMacaoTaiwan;
    case DocumentType::Passport:
    case DocumentType::ForeignPermanentResidence:
        return Jurisdiction::Foreign;
    }
    return Jurisdiction::Mainland;
}

bool designatedFor(const QList<Jurisdiction>& designated, Jurisdiction j)
{
    return j == Jurisdiction::Mainland || designated.contains(j);
}

QString notEntitledZh(const QString& office, Jurisdiction j, const QStringList& entitled)
{
    return entitled.isEmpty() ? QStringLiteral("%1不办理%2，请向省级民政部门指定的婚姻登记机关预约")
                                    .arg(office, registrationNameZh(j))
                              : QStringLiteral("%1不办理%2，请预约：%3")
                                    .arg(office, registrationNameZh(j), entitled.join(QStringLiteral("、")));
}

QString notEntitledEn(const QString& office, Jurisdiction j, const QStringList& entitled)
{
    return entitled.isEmpty()
               ? QStringLiteral("%1 does not handle %2. Please book with the registry the provincial "
                                "civil affairs department designates.")
                     .arg(office, registrationNameEn(j))
               : QStringLiteral("%1 does not handle %2. Please book at: %3.")
                     .arg(office, registrationNameEn(j), entitled.join(QStringLiteral(", ")));
}

QString numberAlphabet(DocumentType type)
{
    static const QString digits = QStringLiteral("0123456789");
    static const QString letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    switch (type) {
    case DocumentType::MainlandId:
        return digits + QLatin1Char('X');
    case DocumentType::HkMacaoPermit:
        return digits + QStringLiteral("HM");
    case DocumentType::TaiwanPermit:
        return digits; // the issuing office in brackets is not part of the holder's number
    case DocumentType::Passport:
    case DocumentType::ForeignPermanentResidence: // 2017: three letters of the nationality
        return digits + letters;
    }
    return digits;
}

Result<PersonDocument> PersonDocument::parse(DocumentType type, const QString& input, QDate today,
                                             const QString& nationality)
{
    PersonDocument d;
    d.m_type = type;
    // A resident ID is read by IdNumber::parse from the input itself: normalising it as well (an upper-cased
    // copy, four passes) was a tenth of keying the person.
    const QString text = type == DocumentType::MainlandId ? QString() : normalised(input);
    switch (type) {
    case DocumentType::MainlandId: {
        auto id = IdNumber::parse(input, today);
        if (!id) {
            return id.error();
        }
        d.m_number = id->text();
        d.m_lifelong = id->text();
        d.m_birth = id->birthDate();
        d.m_sex = id->sex();
        return d;
    }
    case DocumentType::HkMacaoPermit: {
        // Ministry of Public Security, 2010: H (Hong Kong) or M (Macao), an 8-digit lifelong number,
        // then 2 digits counting renewals; the card of 2013 prints the renewal count apart.
        static const QRegularExpression re(QStringLiteral("^([HM][0-9]{8})([0-9]{2})?$"));
        const auto m = re.match(text);
        if (!m.hasMatch()) {
            return invalid(
                QStringLiteral("港澳居民来往内地通行证号码应为 H 或 M 加 8 位数字（旧证为 10 位数字），"
                               "请核对后重新输入"));
        }
        d.m_number = text;
        d.m_lifelong = m.captured(1);
        return d;
    }
    case DocumentType::TaiwanPermit: {
        // Since 2008 an 8-digit lifelong number (一人一号、终身不变); older permits add 2 digits of
        // issue count and, from some offices, the issuing office in brackets.
        static const QRegularExpression re(QStringLiteral("^([0-9]{8})([0-9]{2}(\\([0-9A-Z]\\))?)?$"));
        const auto m = re.match(text);
        if (!m.hasMatch()) {
            return invalid(QStringLiteral(
                "台湾居民来往大陆通行证号码应为 8 位数字（旧证为 10 位数字），请核对后重新输入"));
        }
        d.m_number =
            text.left(m.captured(2).isEmpty() ? 8 : 10); // the office in brackets is not the holder's
        d.m_lifelong = m.captured(1);
        return d;
    }
    case DocumentType::Passport: {
        // ICAO 9303: a document number of up to 9 letters and digits, unique only within its issuing
        // state, which ICAO names by up to 3 letters (D for Germany).
        static const QRegularExpression number(QStringLiteral("^[A-Z0-9]{5,9}$"));
        static const QRegularExpression state(QStringLiteral("^[A-Z]{1,3}$"));
        const QString issuer = normalised(nationality);
        if (!number.match(text).hasMatch()) {
            return invalid(QStringLiteral("护照号码应为 5 至 9 位字母或数字，请核对后重新输入"));
        }
        if (!state.match(issuer).hasMatch()) {
            return invalid(
                QStringLiteral("请填写护照签发国家或地区的代码（护照上的 3 位字母，如 USA、GBR）"));
        }
        d.m_number = text;
        d.m_nationality = issuer;
        d.m_lifelong = issuer + QLatin1Char('|') + text;
        return d;
    }
    case DocumentType::ForeignPermanentResidence: {
        const QString neutral = QStringLiteral("外国人永久居留身份证号码无效，请核对后重新输入");
        // The card of 2023: 18 characters modelled on the resident ID (GB 11643's check character):
        // 9, the province that issued it, a 3-digit country code, the birth date, a sequence whose last
        // digit is odd for men, the check character.
        static const QRegularExpression card2023(QStringLiteral("^9[0-9]{16}[0-9X]$"));
        // The card of 2017: 3 letters of nationality and 12 digits, the birth date (YYMMDD) among them.
        static const QRegularExpression card2017(QStringLiteral("^[A-Z]{3}[0-9]{12}$"));
        if (card2023.match(text).hasMatch()) {
            const QDate birth(digits(text, 6, 4), digits(text, 10, 2), digits(text, 12, 2));
            if (!IdNumber::isProvinceCode(digits(text, 1, 2)) || !plausibleBirth(birth, today) ||
                IdNumber::checkCharacter(QStringView(text).left(17)) != text.at(17)) {
                return invalid(neutral);
            }
            d.m_birth = birth;
            d.m_sex = text.at(16).digitValue() % 2 == 1 ? Sex::Male : Sex::Female;
        } else if (card2017.match(text).hasMatch()) {
            const int yy = digits(text, 7, 2);
            const QDate late(2000 + yy, digits(text, 9, 2), digits(text, 11, 2));
            const QDate early(1900 + yy, digits(text, 9, 2), digits(text, 11, 2));
            // The century is not written: either reading must be a real date.
            if (!plausibleBirth(late, today) && !plausibleBirth(early, today)) {
                return invalid(neutral);
            }
        } else {
            return invalid(neutral);
        }
        d.m_number = text;
        d.m_lifelong = text;
        return d;
    }
    }
    return invalid(QStringLiteral("证件类型无效"));
}

Jurisdiction PersonDocument::jurisdiction() const
{
    if (m_type != DocumentType::MainlandId) {
        return jurisdictionOf(m_type);
    }
    // The residence permits of Hong Kong, Macao and Taiwan residents carry 81, 82 and 83 (71 is
    // Taiwan's code in GB/T 2260, never issued on a card).
    const int province = digits(m_number, 0, 2);
    return province == 71 || province >= 81 ? Jurisdiction::HongKongMacaoTaiwan : Jurisdiction::Mainland;
}

QString PersonDocument::masked() const
{
    if (m_number.size() == 18) {
        // Resident IDs and the 2023 card: the birth date (positions 7–14) is never shown.
        return maskMiddle(m_number, 3, 4);
    }
    if (m_type == DocumentType::ForeignPermanentResidence) {
        return maskMiddle(m_number, 3, 2);
    }
    // Short numbers: at most a third in clear, the first character (H/M, a passport's letter) and the
    // last two.
    return maskMiddle(m_number, 1, 2);
}

namespace {

/// The MAC as lower-case hex straight into the QString (toHex and fromLatin1 were two more copies).
QString personKeyHexOf(const QByteArray& mac)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString out(mac.size() * 2, Qt::Uninitialized);
    QChar* d = out.data();
    for (const char c : mac) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = QChar(kHex[b >> 4]);
        *d++ = QChar(kHex[b & 0xf]);
    }
    return out;
}

} // namespace

QString PersonDocument::personKey(const QByteArray& secret) const
{
    if (m_type == DocumentType::MainlandId) {
        // Exactly IdNumber::personKey, so keys stored before documents existed still match.
        return personKeyHexOf(hmacSha256(secret, m_number.toLatin1()));
    }
    const QByteArray data =
        QByteArrayLiteral("doc|") + toString(m_type).toLatin1() + '|' + m_lifelong.toLatin1();
    return personKeyHexOf(hmacSha256(secret, data));
}

} // namespace hall
