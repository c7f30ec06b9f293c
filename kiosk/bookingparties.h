#pragma once

#include "idinput.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>

namespace hall {

/// Who books: both parties' ID numbers (card reader or keypad) and a mobile number to tell the
/// couple about changes. Booking is real-name by the ID numbers: a card also gives the name, which is
/// kept; a typed number has none (the kiosk has no Chinese input) and the office checks the cards on
/// the day. One keypad fills the `active` field. Numbers are held only to send them; the screen gets
/// masked forms.
class BookingParties : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingFlow")
    Q_PROPERTY(hall::IdInput* first READ first CONSTANT FINAL)
    Q_PROPERTY(hall::IdInput* second READ second CONSTANT FINAL)
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
    };
    Q_ENUM(Field)

    static constexpr int kPhoneLength = 11;

    explicit BookingParties(QObject* parent = nullptr);

    static int phoneLength() { return kPhoneLength; }
    IdInput* first() { return &m_first; }
    IdInput* second() { return &m_second; }
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
    /// "name" only where a card gave one.
    QJsonObject toJson() const;
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    IdInput m_first;
    IdInput m_second;
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
