#include "bookingparties.h"

#include "domain/masking.h"

#include <QJsonArray>

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
}

void BookingParties::setActive(int field)
{
    if (field == SecondField && !m_needsSecond) {
        field = PhoneField;
    }
    if (field < FirstField || field > PhoneField || field == m_active) {
        return;
    }
    m_active = field;
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
        if (m_active == SecondField) {
            m_active = PhoneField;
        }
    }
    emit changed();
}

void BookingParties::setTyped(const QString& typed)
{
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
    const bool toSecond =
        m_needsSecond && (m_active == SecondField || (m_active == PhoneField && !m_first.isEmpty()));
    if (toSecond) {
        m_secondName = name;
        m_second.setFromCard(idNumber);
    } else {
        m_firstName = name;
        m_first.setFromCard(idNumber);
    }
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

bool BookingParties::isComplete() const
{
    return m_first.isComplete() && (!m_needsSecond || m_second.isComplete()) && phoneComplete();
}

bool BookingParties::nameMissing() const
{
    return (m_first.isComplete() && m_firstName.isEmpty()) ||
           (m_needsSecond && m_second.isComplete() && m_secondName.isEmpty());
}

QJsonObject BookingParties::toJson() const
{
    const auto party = [](const IdInput& id, const QString& name) {
        QJsonObject p{{QStringLiteral("idNumber"), id.number()}};
        if (!name.isEmpty()) {
            p.insert(QStringLiteral("name"), name);
        }
        return p;
    };
    QJsonArray parties{party(m_first, m_firstName)};
    if (m_needsSecond) {
        parties.append(party(m_second, m_secondName));
    }
    return {{QStringLiteral("parties"), parties}, {QStringLiteral("phone"), m_phone}};
}

void BookingParties::clear()
{
    m_firstName.clear();
    m_secondName.clear();
    m_phone.clear();
    m_active = FirstField;
    m_first.clear();
    m_second.clear();
    emit changed();
}

} // namespace hall
