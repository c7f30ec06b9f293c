// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idnumber.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace hall {

/// The identity documents a party of a marriage registration may hold (《婚姻登记条例》: residents of
/// Hong Kong, Macao and Taiwan and foreigners register with these instead of a resident ID card).
enum class DocumentType
{
    MainlandId,    ///< 居民身份证 (and the 港澳台居民居住证, whose numbers have the same form)
    HkMacaoPermit, ///< 港澳居民来往内地通行证 (回乡证)
    TaiwanPermit,  ///< 台湾居民来往大陆通行证 (台胞证)
    Passport,      ///< a foreign passport
    ForeignPermanentResidence, ///< 外国人永久居留身份证
};

constexpr std::array<DocumentType, 5> kDocumentTypes{DocumentType::MainlandId, DocumentType::HkMacaoPermit,
                                                     DocumentType::TaiwanPermit, DocumentType::Passport,
                                                     DocumentType::ForeignPermanentResidence};

/// "mainlandId", "hkMacaoPermit", "taiwanPermit", "passport", "foreignPermanentResidence".
QString toString(DocumentType type);
std::optional<DocumentType> documentTypeFromString(const QString& text);
QString nameZh(DocumentType type);
QString nameEn(DocumentType type);

/// Which registry a party belongs to: marriage registration of residents of Hong Kong, Macao or
/// Taiwan (涉港澳台) and of foreigners (涉外) is done only at the offices entitled to it.
enum class Jurisdiction
{
    Mainland,
    HongKongMacaoTaiwan,
    Foreign,
};

QString toString(Jurisdiction j);
std::optional<Jurisdiction> jurisdictionFromString(const QString& text);
/// "涉港澳台婚姻登记", "涉外婚姻登记", "内地居民婚姻登记".
QString registrationNameZh(Jurisdiction j);
/// The same in English ("marriage registration involving Hong Kong, Macao or Taiwan", …).
QString registrationNameEn(Jurisdiction j);

/// The registry a document belongs to by its type alone; a resident ID's number can say more (the
/// residence permits of Hong Kong, Macao and Taiwan residents: PersonDocument::jurisdiction()).
Jurisdiction jurisdictionOf(DocumentType type);
/// Whether an office designated for `designated` (besides mainland residents) registers `j`.
bool designatedFor(const QList<Jurisdiction>& designated, Jurisdiction j);
/// Why `office` refuses a registration of `j` and where to go instead: `entitled` are the offices
/// of the hall designated for it; none: the registry the provincial government designates.
QString notEntitledZh(const QString& office, Jurisdiction j, const QStringList& entitled);
QString notEntitledEn(const QString& office, Jurisdiction j, const QStringList& entitled);
/// Every character a number of `type` can contain, for an on-screen keyboard: the letters the
/// permits, passports and permanent residence cards are written with, never a letter they lack.
QString numberAlphabet(DocumentType type);

/// A checked identity document number. Only parse() makes one. What is checked depends on what the
/// number's form allows (docs/booking.md, "Documents"): a resident ID and the 2023 permanent
/// residence card carry a birth date and a check character; the permits and passports only a shape.
/// Like IdNumber it is personal data: show masked(), store personKey().
class PersonDocument
{
public:
    /// `nationality` is needed for a passport (its issuing state, ICAO 9303 letters such as CHN, USA
    /// or D); other documents ignore it. Refuses with INVALID_ID_NUMBER and a message naming the
    /// document and its expected form (for the resident ID the one neutral message of IdNumber).
    static Result<PersonDocument> parse(DocumentType type, const QString& number, QDate today,
                                        const QString& nationality = {});

    DocumentType type() const { return m_type; }
    /// The number as written on the document, normalised (upper case, no spaces or brackets).
    const QString& number() const { return m_number; }
    const QString& nationality() const { return m_nationality; }
    Jurisdiction jurisdiction() const;
    /// Read from the number where its form holds them (resident IDs, the 2023 permanent residence
    /// card); otherwise unknown, and the person's word (checked on the day) must do.
    std::optional<QDate> birthDate() const { return m_birth; }
    std::optional<Sex> sex() const { return m_sex; }
    /// The number masked as ID numbers are: never a birth date, at most a third of the rest in clear.
    QString masked() const;
    /// A keyed hash that recognises the holder: for a resident ID exactly IdNumber::personKey; for
    /// others the document type and the part of the number that stays when the document is renewed
    /// (the permits' lifelong number), so a renewed permit is the same person.
    QString personKey(const QByteArray& secret) const;

private:
    PersonDocument() = default;

    DocumentType m_type = DocumentType::MainlandId;
    QString m_number;
    QString m_lifelong; ///< what identifies the holder across renewals
    QString m_nationality;
    std::optional<QDate> m_birth;
    std::optional<Sex> m_sex;
};

} // namespace hall
