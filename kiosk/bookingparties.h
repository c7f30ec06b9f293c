// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idinput.h"
#include "partydocument.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>

namespace hall {

/// Who books: both parties' ID numbers (card reader or keypad) and a mobile number to tell the
/// couple about changes. Booking is real-name by the ID numbers: a card also gives the name, which is
/// kept; a typed number has none (the kiosk has no Chinese input) and the office checks the cards on
/// the day. A party without a resident ID card chooses their document (`firstDocument`,
/// `secondDocument`) and types its number on the letter keyboard, with sex and birth date for a
/// marriage where the number holds none (the `…Details` fields). One keyboard fills the `active`
/// field. Numbers are held only to send them; the screen gets masked forms.
class BookingParties : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingFlow")
    Q_PROPERTY(hall::IdInput* first READ first CONSTANT FINAL)
    Q_PROPERTY(hall::IdInput* second READ second CONSTANT FINAL)
    Q_PROPERTY(hall::PartyDocument* firstDocument READ firstDocument CONSTANT FINAL)
    Q_PROPERTY(hall::PartyDocument* secondDocument READ secondDocument CONSTANT FINAL)
    Q_PROPERTY(QVariantList documentTypes READ documentTypes CONSTANT FINAL)
    Q_PROPERTY(int choosing READ choosing NOTIFY changed FINAL)
    Q_PROPERTY(bool otherDocuments READ otherDocuments NOTIFY changed FINAL)
    Q_PROPERTY(QString firstName READ firstNameMasked NOTIFY changed FINAL)
    Q_PROPERTY(QString secondName READ secondNameMasked NOTIFY changed FINAL)
    Q_PROPERTY(QString phoneDisplay READ phoneDisplay NOTIFY changed FINAL)
    Q_PROPERTY(QString phoneMasked READ phoneMasked NOTIFY changed FINAL)
    Q_PROPERTY(bool phoneComplete READ phoneComplete NOTIFY changed FINAL)
    Q_PROPERTY(int active READ active WRITE setActive NOTIFY changed FINAL)
    Q_PROPERTY(bool needsSecond READ needsSecond NOTIFY changed FINAL)
    Q_PROPERTY(bool complete READ isComplete NOTIFY changed FINAL)
    Q_PROPERTY(bool nameMissing READ nameMissing NOTIFY changed FINAL)
    Q_PROPERTY(QString activeValue READ activeValue NOTIFY changed FINAL)
    Q_PROPERTY(int phoneLength READ phoneLength CONSTANT FINAL)

public:
    enum Field
    {
        FirstField = 0,
        SecondField = 1,
        PhoneField = 2,
        FirstDetails = 3,  ///< sex and birth date as on the first party's document
        SecondDetails = 4, ///< the same for the second
    };
    Q_ENUM(Field)

    static constexpr int kPhoneLength = 11;

    explicit BookingParties(QObject* parent = nullptr);

    static int phoneLength() { return kPhoneLength; }
    IdInput* first() { return &m_first; }
    IdInput* second() { return &m_second; }
    PartyDocument* firstDocument() { return &m_firstDoc; }
    PartyDocument* secondDocument() { return &m_secondDoc; }
    /// The document types a party may hold, in the order offered: `{id, nameZh, nameEn}`.
    static QVariantList documentTypes();
    /// The party (0, 1) choosing their document type now, or -1.
    int choosing() const { return m_choosing; }
    Q_INVOKABLE void chooseDocumentFor(int party);
    /// `party` holds a document of `type`: their number is typed anew on the keyboard it needs.
    Q_INVOKABLE void setDocument(int party, const QString& type);
    /// Some party holds a document other than the resident ID card.
    bool otherDocuments() const { return m_firstDoc.isOther() || (m_needsSecond && m_secondDoc.isOther()); }
    /// The registry the parties' documents belong to (the stricter of the two: 涉外 over 涉港澳台).
    Jurisdiction jurisdiction() const;
    /// A marriage registration needs sex and birth date from a document whose number lacks them.
    void setMarriage(bool marriage);
    void setHallDaySource(const ServiceClient* client);
    /// The field after the active one, in the order a resident fills them; PhoneField at the end.
    Q_INVOKABLE int nextField() const;
    int active() const { return m_active; }
    void setActive(int field);
    /// A replacement certificate (补领) is booked by one person; every other type by both.
    void setNeedsSecond(bool needs);
    bool needsSecond() const { return m_needsSecond; }

    /// What the keypad typed into the active field.
    Q_INVOKABLE void setTyped(const QString& typed);
    /// The raw value of the active field, for the keypad to continue from.
    QString activeValue() const;
    /// A card on the reader fills the active person (the first person while the phone is active
    /// and the first is still empty, else the second).
    void setFromCard(const QString& name, const QString& idNumber);

    QString phoneDisplay() const;
    QString phoneMasked() const;
    bool phoneComplete() const { return m_phone.size() == kPhoneLength; }
    QString firstNameMasked() const;
    QString secondNameMasked() const;
    /// Every number needed and the phone; names are not needed (real name is by the ID numbers).
    bool isComplete() const;
    /// A complete number was typed, so it has no name: the screen reminds the couple that the office
    /// checks their ID cards on the day.
    bool nameMissing() const;

    /// `{"parties": [{"idNumber", "name"?}, …], "phone"}` for booking.create (docs/protocol.md):
    /// "name" only where a card gave one; a party with another document adds its type, a passport's
    /// state and, for a marriage, sex and birth date where the number holds none.
    QJsonObject toJson() const;
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    PartyDocument* documentOf(int field);
    bool partyComplete(const IdInput& id, const PartyDocument& doc) const;

    IdInput m_first;
    IdInput m_second;
    PartyDocument m_firstDoc;
    PartyDocument m_secondDoc;
    int m_choosing = -1;
    const ServiceClient* m_client = nullptr;
    QString m_firstName;
    QString m_secondName;
    QString m_phone;
    int m_active = FirstField;
    bool m_needsSecond = true;
};

/// A phone number as it is typed, its middle four digits hidden ("138****5678"), as everywhere a
/// phone number is shown on a kiosk.
QString maskedTypedPhone(const QString& digits);

} // namespace hall
