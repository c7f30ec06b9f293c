// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace hall {

/// Why the service (or the network) did not give the resident a ticket, reduced to the few kinds
/// the screen explains in the resident's language. The service's own messages are for staff.
class Refusal : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a kiosk flow")
    Q_PROPERTY(Kind kind READ kind NOTIFY changed FINAL)
    Q_PROPERTY(QString code READ code NOTIFY changed FINAL)
    Q_PROPERTY(QString heldTicket READ heldTicket NOTIFY changed FINAL)

public:
    enum class Kind
    {
        None,
        QuotaReached,
        OutsideHours,
        InvalidId,
        Duplicate,
        HallClosed,  ///< the hall calendar closes today, or today's holiday plan does not open the service
        Unreachable, ///< no answer: network, timeout, storage; ask at the enquiry desk
        Other,
    };
    Q_ENUM(Kind)

    using QObject::QObject;

    static Kind kindFor(const QString& code);

    void set(const QString& code, const QString& message);
    void clear();

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    /// DUPLICATE_TICKET: the number of the ticket the resident already holds (from the message).
    QString heldTicket() const { return m_heldTicket; }

signals:
    void changed();

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_heldTicket;
};

} // namespace hall
