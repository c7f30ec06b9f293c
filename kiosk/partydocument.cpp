// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partydocument.h"

#include "idinput.h"

#include <QJsonObject>

namespace hall {

namespace {
constexpr int kEarliestYear = 1900;
const QString kStateLetters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
} // namespace

QDate PartyDocument::today() const
{
    return hallDayOf(m_client);
}

QDate PartyDocument::shownBirth() const
{
    return m_birth.isValid() ? m_birth : QDate(today().year() - 30, 1, 1);
}

bool PartyDocument::setType(const QString& type)
{
    const auto t = documentTypeFromString(type);
    if (!t) {
        return false;
    }
    if (*t != m_type) {
        m_type = *t;
        clear();
    }
    return true;
}

void PartyDocument::setMarriage(bool marriage)
{
    if (marriage != m_marriage) {
        m_marriage = marriage;
        emit changed();
    }
}

void PartyDocument::setEditing(int part)
{
    const Part p = part == Nationality && needsNationality() ? Nationality : Number;
    if (p != m_editing) {
        m_editing = p;
        emit changed();
    }
}

QString PartyDocument::alphabet() const
{
    return m_editing == Nationality ? kStateLetters : numberAlphabet(m_type);
}

int PartyDocument::maxLength() const
{
    // ICAO: up to 3 letters for the state; the longest number is the 2023 card's 18 characters.
    return m_editing == Nationality ? 3 : 18;
}

void PartyDocument::setTyped(const QString& typed)
{
    const QString allowed = alphabet();
    QString kept;
    for (const QChar c : typed.toUpper()) {
        if (allowed.contains(c) && kept.size() < maxLength()) {
            kept.append(c);
        }
    }
    QString& part = m_editing == Nationality ? m_nationality : m_number;
    if (kept != part) {
        part = kept;
        m_checked = false;
        emit changed();
    }
}

bool PartyDocument::accept()
{
    if (m_editing == Number && needsNationality() && !m_number.isEmpty()) {
        m_editing = Nationality;
    }
    m_checked = !m_number.isEmpty();
    emit changed();
    return isValid();
}

std::optional<PersonDocument> PartyDocument::parsed() const
{
    if (!isOther() || m_number.isEmpty()) {
        return std::nullopt;
    }
    auto doc = PersonDocument::parse(m_type, m_number, today(), m_nationality);
    if (!doc) {
        return std::nullopt;
    }
    return doc.value();
}

bool PartyDocument::isValid() const
{
    return parsed().has_value();
}

QString PartyDocument::errorZh() const
{
    if (!m_checked || !isOther() || m_number.isEmpty()) {
        return {};
    }
    if (m_editing == Nationality && m_nationality.isEmpty()) {
        return {}; // the state is still to be typed: nothing to refuse yet
    }
    auto doc = PersonDocument::parse(m_type, m_number, today(), m_nationality);
    return doc ? QString() : doc.error().message;
}

QString PartyDocument::display() const
{
    // Masked once the resident has said it is all typed; until then as typed, so they can check it.
    if (const auto doc = m_checked ? parsed() : std::nullopt) {
        return doc->masked();
    }
    // The permanent residence cards hold the birth date in these places (2017: 8–13, 2023: 7–14).
    QString out = m_number;
    if (m_type == DocumentType::ForeignPermanentResidence) {
        for (qsizetype i = 6; i < 14 && i < out.size(); ++i) {
            out[i] = u'*';
        }
    }
    return out;
}

Jurisdiction PartyDocument::jurisdiction() const
{
    const auto doc = parsed();
    return doc ? doc->jurisdiction() : jurisdictionOf(m_type);
}

bool PartyDocument::needsSex() const
{
    if (!m_marriage || !isOther()) {
        return false;
    }
    const auto doc = parsed();
    return !doc || !doc->sex();
}

bool PartyDocument::needsBirthDate() const
{
    if (!m_marriage || !isOther()) {
        return false;
    }
    const auto doc = parsed();
    return !doc || !doc->birthDate();
}

void PartyDocument::setSex(const QString& sex)
{
    if ((sex == QLatin1String("male") || sex == QLatin1String("female") || sex.isEmpty()) && sex != m_sex) {
        m_sex = sex;
        emit changed();
    }
}

void PartyDocument::stepBirth(int part, int delta)
{
    const QDate t = today();
    const QDate start = shownBirth();
    int y = start.year();
    int m = start.month();
    int d = start.day();
    if (part == 0) {
        y = std::clamp(y + delta, kEarliestYear, t.year());
    } else if (part == 1) {
        m = (m - 1 + delta % 12 + 12) % 12 + 1; // round the year, as a wheel does
    } else {
        const int days = QDate(y, m, 1).daysInMonth();
        d = (d - 1 + delta % days + days) % days + 1;
    }
    d = std::min(d, QDate(y, m, 1).daysInMonth());
    QDate next(y, m, d);
    if (next > t) {
        next = t;
    }
    m_birth = next;
    m_birthChosen = true;
    emit changed();
}

void PartyDocument::confirmBirth()
{
    m_birth = shownBirth();
    m_birthChosen = true;
    emit changed();
}

bool PartyDocument::detailsComplete() const
{
    return (!needsSex() || !m_sex.isEmpty()) && (!needsBirthDate() || m_birthChosen);
}

bool PartyDocument::isComplete() const
{
    return isValid() && detailsComplete();
}

QJsonObject PartyDocument::toJson() const
{
    QJsonObject o{{QStringLiteral("idNumber"), m_number}, {QStringLiteral("document"), typeId()}};
    if (needsNationality()) {
        o.insert(QStringLiteral("nationality"), m_nationality);
    }
    if (needsSex()) {
        o.insert(QStringLiteral("sex"), m_sex);
    }
    if (needsBirthDate()) {
        o.insert(QStringLiteral("birthDate"), m_birth.toString(Qt::ISODate));
    }
    return o;
}

void PartyDocument::clear()
{
    m_number.clear();
    m_nationality.clear();
    m_sex.clear();
    m_birth = {};
    m_birthChosen = false;
    m_checked = false;
    m_editing = Number;
    emit changed();
}

} // namespace hall
