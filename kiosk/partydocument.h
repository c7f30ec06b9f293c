// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/persondocument.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>

namespace hall {

class ServiceClient;

/// A party's identity document when it is not the resident ID card (a permit of Hong Kong, Macao or
/// Taiwan residents, a passport, a foreign permanent residence card), typed on the kiosk's letter
/// keyboard: the number, a passport's issuing state, and for a marriage the sex and birth date as
/// written on the document where its number does not hold them. Whether it is valid is the core's
/// own rule (PersonDocument::parse on the hall's day), so the kiosk and the service never disagree.
/// The screen gets the number masked once it is valid; the full number is held only to send it.
class PartyDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingParties")
    Q_PROPERTY(QString type READ typeId NOTIFY changed FINAL)
    Q_PROPERTY(bool other READ isOther NOTIFY changed FINAL)
    Q_PROPERTY(QString nameZh READ nameZh NOTIFY changed FINAL)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY changed FINAL)
    Q_PROPERTY(Part editing READ editing NOTIFY changed FINAL)
    Q_PROPERTY(QString alphabet READ alphabet NOTIFY changed FINAL)
    Q_PROPERTY(int maxLength READ maxLength NOTIFY changed FINAL)
    Q_PROPERTY(QString display READ display NOTIFY changed FINAL)
    Q_PROPERTY(QString nationality READ nationality NOTIFY changed FINAL)
    Q_PROPERTY(bool needsNationality READ needsNationality NOTIFY changed FINAL)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed FINAL)
    Q_PROPERTY(QString errorZh READ errorZh NOTIFY changed FINAL)
    Q_PROPERTY(bool needsDetails READ needsDetails NOTIFY changed FINAL)
    Q_PROPERTY(bool needsSex READ needsSex NOTIFY changed FINAL)
    Q_PROPERTY(bool needsBirthDate READ needsBirthDate NOTIFY changed FINAL)
    Q_PROPERTY(QString sex READ sex WRITE setSex NOTIFY changed FINAL)
    Q_PROPERTY(int birthYear READ birthYear NOTIFY changed FINAL)
    Q_PROPERTY(int birthMonth READ birthMonth NOTIFY changed FINAL)
    Q_PROPERTY(int birthDay READ birthDay NOTIFY changed FINAL)
    Q_PROPERTY(bool birthChosen READ birthChosen NOTIFY changed FINAL)
    Q_PROPERTY(bool detailsComplete READ detailsComplete NOTIFY changed FINAL)
    Q_PROPERTY(bool complete READ isComplete NOTIFY changed FINAL)

public:
    /// What the letter keyboard types into.
    enum Part
    {
        Number = 0,
        Nationality = 1,
    };
    Q_ENUM(Part)

    using QObject::QObject;

    /// "mainlandId" (the resident ID card: the kiosk's ID keypad and card reader, not this), or
    /// another document type of the protocol; the number typed so far is forgotten.
    Q_INVOKABLE bool setType(const QString& type);
    DocumentType type() const { return m_type; }
    QString typeId() const { return toString(m_type); }
    bool isOther() const { return m_type != DocumentType::MainlandId; }
    QString nameZh() const { return hall::nameZh(m_type); }
    QString nameEn() const { return hall::nameEn(m_type); }

    /// A marriage registration needs sex and birth date; other bookings do not.
    void setMarriage(bool marriage);
    void setHallDaySource(const ServiceClient* client) { m_client = client; }

    Part editing() const { return m_editing; }
    /// The number typed, then (a passport) its issuing state: what the keyboard's accept key moves to.
    Q_INVOKABLE void setEditing(int part);
    /// The characters the keyboard offers for the part being typed.
    QString alphabet() const;
    int maxLength() const;
    /// What the keyboard typed into the part being edited; characters the part cannot hold are dropped.
    Q_INVOKABLE void setTyped(const QString& typed);
    /// The keyboard's accept key: from a passport's number to its issuing state; the number is judged
    /// from now on (a refusal shows until it is typed again). Whether the document is valid.
    Q_INVOKABLE bool accept();
    /// The raw value of the part being edited, for the keyboard to continue from.
    QString editedValue() const { return m_editing == Nationality ? m_nationality : m_number; }

    /// As typed, with a permanent residence card's birth-date places hidden; masked once accepted
    /// and valid.
    QString display() const;
    QString nationality() const { return m_nationality; }
    bool needsNationality() const { return m_type == DocumentType::Passport; }
    bool isValid() const;
    /// The core's reason the number is refused (zh_CN), once the resident said it was all typed.
    QString errorZh() const;
    /// What the core reads from the number: its registry (涉港澳台, 涉外) and, for the 2023 card,
    /// sex and birth date.
    Jurisdiction jurisdiction() const;

    bool needsSex() const;
    bool needsBirthDate() const;
    bool needsDetails() const { return needsSex() || needsBirthDate(); }
    QString sex() const { return m_sex; }
    void setSex(const QString& sex);
    /// The date the picker shows: the one chosen, or where it starts (1 January thirty years ago).
    int birthYear() const { return shownBirth().year(); }
    int birthMonth() const { return shownBirth().month(); }
    int birthDay() const { return shownBirth().day(); }
    bool birthChosen() const { return m_birthChosen; }
    /// The birth date picker: `part` 0 year, 1 month, 2 day, moved by `delta`; the day stays in its
    /// month and the date between 1900 and the hall's today.
    Q_INVOKABLE void stepBirth(int part, int delta);
    /// The date the picker shows is the one on the document.
    Q_INVOKABLE void confirmBirth();
    bool detailsComplete() const;
    bool isComplete() const;

    /// The party's fields of booking.create besides the name: idNumber, document, nationality and,
    /// where needed, sex and birthDate.
    QJsonObject toJson() const;
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    QDate today() const;
    QDate shownBirth() const;
    std::optional<PersonDocument> parsed() const;

    DocumentType m_type = DocumentType::MainlandId;
    QString m_number;
    QString m_nationality;
    QString m_sex;
    QDate m_birth;
    bool m_birthChosen = false;
    bool m_checked = false;
    bool m_marriage = false;
    Part m_editing = Number;
    const ServiceClient* m_client = nullptr;
};

} // namespace hall
