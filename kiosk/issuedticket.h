// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskpaper.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace hall {

/// The ticket the service just issued, as the result page shows it and the printer prints it, and
/// whether it came out of the printer. Holds no personal data: the service's reply carries only
/// the masked ID, and the kiosk does not keep even that. Printing as every kiosk paper (KioskPaper).
class IssuedTicket : public KioskPaper
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a kiosk flow")
    Q_PROPERTY(bool valid READ isValid NOTIFY changed FINAL)
    Q_PROPERTY(QString number READ number NOTIFY changed FINAL)
    Q_PROPERTY(QStringList serviceNames READ serviceNames NOTIFY changed FINAL)
    Q_PROPERTY(int ahead READ ahead NOTIFY changed FINAL)
    Q_PROPERTY(int waitMinutes READ waitMinutes NOTIFY changed FINAL)
    Q_PROPERTY(QString issuedAt READ issuedAt NOTIFY changed FINAL)
    Q_PROPERTY(QString priority READ priority NOTIFY changed FINAL)
    Q_PROPERTY(QString qrPayload READ qrPayload NOTIFY changed FINAL)
    Q_PROPERTY(QString qrSource READ qrSource NOTIFY changed FINAL)

public:
    using KioskPaper::KioskPaper;

    /// From the reply to ticket.issue; `namesZh`/`namesEn` are the errands' names in order and
    /// `followUrl` the QR payload template ({day}, {number}), used when the result has no `followUrl`
    /// of its own (the service's address of the ticket's phone page).
    void set(const QJsonObject& result, const QStringList& namesZh, const QStringList& namesEn,
             const QString& followUrl);
    void clear();
    void setEnglish(bool english);

    bool isValid() const { return !m_number.isEmpty(); }
    QString number() const { return m_number; }
    QString day() const { return m_day; }
    QStringList serviceNames() const { return m_english ? m_namesEn : m_namesZh; }
    int ahead() const { return m_ahead; }
    int waitMinutes() const { return m_waitMinutes; }
    QString issuedAt() const;
    QString priority() const { return m_priority; }
    QString qrPayload() const { return m_qrPayload; }
    QString qrSource() const;

    /// What goes on paper: always Chinese, the hall's language.
    PrintedTicket printed(const QString& centreNameZh) const override;

signals:
    void changed();

private:
    QString m_number;
    QString m_day;
    QStringList m_namesZh;
    QStringList m_namesEn;
    int m_ahead = 0;
    int m_waitMinutes = 0;
    QDateTime m_issuedAt;
    QString m_priority;
    QString m_qrPayload;
    bool m_english = false;
};

} // namespace hall
