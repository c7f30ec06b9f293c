// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingparties.h"

#include "domain/masking.h"

#include <QJsonArray>
#include <QVariantMap>

namespace hall {

QString maskedTypedPhone(const QString& digits)
{
    // While typing: the digits so far with the middle four hidden (maskPhone masks a whole number).
    QString out = digits;
    for (qsizetype i = 3; i < 7 && i < out.size(); ++i) {
        out[i] = u'*';
    }
    return out;
}

BookingParties::BookingParties(QObject* parent) : QObject(parent)
{
    // A number typed again replaces the card's, and the card's name no longer belongs to it.
    connect(&m_first, &IdInput::changed, this, [this] {
        if (!m_first.fromCard()) {
            m_firstName.clear();
        }
        emit changed();
    });
    connect(&m_second, &IdInput::changed, this, [this] {
        if (!m_second.fromCard()) {
            m_secondName.clear();
        }
        emit changed();
    });
    connect(&m_firstDoc, &PartyDocument::changed, this, &BookingParties::changed);
    connect(&m_secondDoc, &PartyDocument::changed, this, &BookingParties::changed);
}

QVariantList BookingParties::documentTypes()
{
    QVariantList out;
    for (DocumentType t : kDocumentTypes) {
        out << QVariantMap{{QStringLiteral("id"), toString(t)},
                           {QStringLiteral("nameZh"), nameZh(t)},
                           {QStringLiteral("nameEn"), nameEn(t)}};
    }
    return out;
}

void BookingParties::setHallDaySource(const ServiceClient* client)
{
    m_client = client;
    for (IdInput* id : {&m_first, &m_second}) {
        id->setHallDaySource(client);
    }
    for (PartyDocument* doc : {&m_firstDoc, &m_secondDoc}) {
        doc->setHallDaySource(client);
    }
}

void BookingParties::setMarriage(bool marriage)
{
    m_firstDoc.setMarriage(marriage);
    m_secondDoc.setMarriage(marriage);
}

void BookingParties::chooseDocumentFor(int party)
{
    const int p = party == 1 && m_needsSecond ? 1 : party == 0 ? 0 : -1;
    if (p != m_choosing) {
        m_choosing = p;
        emit changed();
    }
}

void BookingParties::setDocument(int party, const QString& type)
{
    PartyDocument* doc = party == 0 ? &m_firstDoc : party == 1 && m_needsSecond ? &m_secondDoc : nullptr;
    if (doc == nullptr || !doc->setType(type)) {
        return;
    }
    // The number belongs to the document it was typed for; a card's name with it.
    IdInput& id = party == 0 ? m_first : m_second;
    (party == 0 ? m_firstName : m_secondName).clear();
    id.clear();
    m_choosing = -1;
    m_active = party == 0 ? FirstField : SecondField;
    emit changed();
}

PartyDocument* BookingParties::documentOf(int field)
{
    PartyDocument* doc = field == FirstField ? &m_firstDoc : field == SecondField ? &m_secondDoc : nullptr;
    return doc != nullptr && doc->isOther() ? doc : nullptr;
}

Jurisdiction BookingParties::jurisdiction() const
{
    const QDate today = hallDayOf(m_client);
    const auto of = [today](const IdInput& id, const PartyDocument& doc) {
        if (doc.isOther()) {
            return doc.jurisdiction();
        }
        // A residence permit of Hong Kong, Macao or Taiwan residents has the ID card's form.
        const auto parsed = PersonDocument::parse(DocumentType::MainlandId, id.number(), today);
        return id.isComplete() && parsed ? parsed->jurisdiction() : Jurisdiction::Mainland;
    };
    Jurisdiction j = of(m_first, m_firstDoc);
    if (m_needsSecond) {
        j = std::max(j, of(m_second, m_secondDoc));
    }
    return j;
}

int BookingParties::nextField() const
{
    switch (m_active) {
    case FirstField:
        return m_firstDoc.needsDetails() ? FirstDetails : m_needsSecond ? SecondField : PhoneField;
    case FirstDetails:
        return m_needsSecond ? SecondField : PhoneField;
    case SecondField:
        return m_secondDoc.needsDetails() ? SecondDetails : PhoneField;
    default:
        return PhoneField;
    }
}

void BookingParties::setActive(int field)
{
    if ((field == SecondField || field == SecondDetails) && !m_needsSecond) {
        field = PhoneField;
    }
    if (field < FirstField || field > SecondDetails || (field == m_active && m_choosing < 0)) {
        return;
    }
    m_active = field;
    m_choosing = -1; // a tap on a field ends the choice of a document
    emit changed();
}

void BookingParties::setNeedsSecond(bool needs)
{
    if (needs == m_needsSecond) {
        return;
    }
    m_needsSecond = needs;
    if (!needs) {
        m_second.clear();
        m_secondDoc.setType(QStringLiteral("mainlandId"));
        if (m_active == SecondField || m_active == SecondDetails) {
            m_active = PhoneField;
        }
        if (m_choosing == 1) {
            m_choosing = -1;
        }
    }
    emit changed();
}

void BookingParties::setTyped(const QString& typed)
{
    if (PartyDocument* doc = documentOf(m_active)) {
        doc->setTyped(typed);
        return;
    }
    // The keypad starts empty over a card's number: its empty value is not a wish to clear it.
    IdInput* id = m_active == FirstField ? &m_first : m_active == SecondField ? &m_second : nullptr;
    if (id != nullptr && id->fromCard() && typed.isEmpty()) {
        return;
    }
    switch (m_active) {
    case FirstField:
        m_first.setTyped(typed);
        break;
    case SecondField:
        m_second.setTyped(typed);
        break;
    default: {
        QString digits;
        for (const QChar c : typed) {
            if (c.isDigit() && c.unicode() < 128 && digits.size() < kPhoneLength) {
                digits.append(c);
            }
        }
        if (digits != m_phone) {
            m_phone = digits;
            emit changed();
        }
    }
    }
}

QString BookingParties::activeValue() const
{
    if (const PartyDocument* doc = const_cast<BookingParties*>(this)->documentOf(m_active)) {
        return doc->editedValue();
    }
    switch (m_active) {
    case FirstField:
        return m_first.fromCard() ? QString() : m_first.number();
    case SecondField:
        return m_second.fromCard() ? QString() : m_second.number();
    default:
        return m_phone;
    }
}

void BookingParties::setFromCard(const QString& name, const QString& idNumber)
{
    const bool toSecond = m_needsSecond && (m_active == SecondField || m_active == SecondDetails ||
                                            (m_active == PhoneField && !m_first.isEmpty()));
    // A card on the reader is a resident ID card, whatever document was chosen before.
    if (toSecond) {
        m_secondDoc.setType(QStringLiteral("mainlandId"));
        m_secondName = name;
        m_second.setFromCard(idNumber);
    } else {
        m_firstDoc.setType(QStringLiteral("mainlandId"));
        m_firstName = name;
        m_first.setFromCard(idNumber);
    }
    m_choosing = -1;
    emit changed();
}

QString BookingParties::phoneDisplay() const
{
    return maskedTypedPhone(m_phone);
}

QString BookingParties::phoneMasked() const
{
    return phoneComplete() ? phoneDisplay() : QString();
}

QString BookingParties::firstNameMasked() const
{
    return maskName(m_firstName);
}

QString BookingParties::secondNameMasked() const
{
    return maskName(m_secondName);
}

bool BookingParties::partyComplete(const IdInput& id, const PartyDocument& doc) const
{
    return doc.isOther() ? doc.isComplete() : id.isComplete();
}

bool BookingParties::isComplete() const
{
    return partyComplete(m_first, m_firstDoc) && (!m_needsSecond || partyComplete(m_second, m_secondDoc)) &&
           phoneComplete();
}

bool BookingParties::nameMissing() const
{
    return (partyComplete(m_first, m_firstDoc) && m_firstName.isEmpty()) ||
           (m_needsSecond && partyComplete(m_second, m_secondDoc) && m_secondName.isEmpty());
}

QJsonObject BookingParties::toJson() const
{
    const auto party = [](const IdInput& id, const PartyDocument& doc, const QString& name) {
        QJsonObject p = doc.isOther() ? doc.toJson() : QJsonObject{{QStringLiteral("idNumber"), id.number()}};
        if (!name.isEmpty()) {
            p.insert(QStringLiteral("name"), name);
        }
        return p;
    };
    QJsonArray parties{party(m_first, m_firstDoc, m_firstName)};
    if (m_needsSecond) {
        parties.append(party(m_second, m_secondDoc, m_secondName));
    }
    return {{QStringLiteral("parties"), parties}, {QStringLiteral("phone"), m_phone}};
}

void BookingParties::clear()
{
    m_firstName.clear();
    m_secondName.clear();
    m_phone.clear();
    m_active = FirstField;
    m_choosing = -1;
    m_first.clear();
    m_second.clear();
    m_firstDoc.setType(QStringLiteral("mainlandId"));
    m_secondDoc.setType(QStringLiteral("mainlandId"));
    m_firstDoc.clear();
    m_secondDoc.clear();
    emit changed();
}

} // namespace hall
