// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskpaper.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace hall {

/// One booking as the service returned it (just made, or found under "my booking"): what the
/// confirmation page shows and the printer prints, with the QR payload the service gave. Personal
/// data arrives masked from the service and stays so. Printing as every kiosk paper (KioskPaper).
class BookingConfirmation : public KioskPaper
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingFlow")
    Q_PROPERTY(bool valid READ isValid NOTIFY changed FINAL)
    Q_PROPERTY(QString code READ code NOTIFY changed FINAL)
    Q_PROPERTY(QString type READ type NOTIFY changed FINAL)
    Q_PROPERTY(QString date READ date NOTIFY changed FINAL)
    Q_PROPERTY(QString slot READ slot NOTIFY changed FINAL)
    Q_PROPERTY(QString status READ status NOTIFY changed FINAL)
    Q_PROPERTY(QStringList persons READ persons NOTIFY changed FINAL)
    Q_PROPERTY(QString personsText READ personsText NOTIFY changed FINAL)
    Q_PROPERTY(QString bringText READ bringText NOTIFY changed FINAL)
    Q_PROPERTY(QString checkInWindow READ checkInWindow NOTIFY changed FINAL)
    Q_PROPERTY(QString phone READ phone NOTIFY changed FINAL)
    Q_PROPERTY(QString officeName READ officeName NOTIFY changed FINAL)
    Q_PROPERTY(QString place READ place NOTIFY changed FINAL)
    Q_PROPERTY(QString ceremony READ ceremony NOTIFY changed FINAL)
    Q_PROPERTY(QString qrPayload READ qrPayload NOTIFY changed FINAL)
    Q_PROPERTY(QString qrSource READ qrSource NOTIFY changed FINAL)

public:
    using KioskPaper::KioskPaper;

    /// From a booking object of the protocol (booking.create, booking.find, booking.cancel).
    void set(const QJsonObject& booking, bool english);
    void clear();

    bool isValid() const { return !m_code.isEmpty(); }
    QString code() const { return m_code; }
    QString type() const { return m_type; }
    QString date() const;
    /// "09:00–09:30"
    QString slot() const;
    QString status() const { return m_status; }
    /// "张*  110***********1234" per party, as the service masked them.
    QStringList persons() const { return m_persons; }
    QString personsText() const { return m_persons.join(u'\n'); }
    /// What to bring on the day, one item a line, in the screen's language: the service's list for
    /// this booking type (core/booking's whatToBring), never a string of the kiosk's own.
    QString bringText() const
    {
        return (m_english && !m_bringEn.isEmpty() ? m_bringEn : m_bring).join(u'\n');
    }
    /// "09:30–09:45" on the slot's day: when the couple can check in (the service's window).
    QString checkInWindow() const;
    QString phone() const { return m_phone; }
    QString officeName() const { return m_officeName; }
    /// A ceremony's hall and officiant ("幸福厅 · 颁证师 李老师"); empty for other bookings.
    QString place() const;
    /// A collective ceremony's theme in the screen's language; empty for a couple's own.
    QString ceremony() const { return m_english && !m_themeEn.isEmpty() ? m_themeEn : m_themeZh; }
    QString qrPayload() const { return m_qrPayload; }
    QString qrSource() const;
    QDateTime slotStart() const { return m_slotStart; }

    /// What goes on paper: always Chinese, the hall's language; the code where a ticket has its
    /// number, so staff and the couple read it at a glance.
    PrintedTicket printed(const QString& centreNameZh) const override;

signals:
    void changed();

private:
    QString m_code;
    QString m_type;
    QDateTime m_slotStart;
    QDateTime m_slotEnd;
    QString m_status;
    QStringList m_persons;
    QStringList m_bring; ///< zh_CN, also for the slip
    QStringList m_bringEn;
    bool m_english = false;
    QDateTime m_checkInFrom;
    QDateTime m_checkInUntil;
    QString m_phone;
    QString m_officeName;
    QString m_officeNameZh; ///< for the slip
    QString m_hall;
    QString m_officiant;
    QString m_themeZh;
    QString m_themeEn;
    QString m_qrPayload;
};

/// 结婚登记, 离婚登记申请, … for a booking type id; the id itself when unknown.
QString bookingTypeNameZh(const QString& type);

} // namespace hall
