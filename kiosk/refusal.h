// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QQmlEngine>

namespace hall {

/// Why the service (or the network) did not give the resident a ticket, reduced to the few kinds
/// the screen explains in the resident's language. The service's own messages are for staff, except
/// a sentence it wrote for people (Sentence: the city database is away), shown as `serviceText`.
class Refusal : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a kiosk flow")
    Q_PROPERTY(Kind kind READ kind NOTIFY changed FINAL)
    Q_PROPERTY(QString code READ code NOTIFY changed FINAL)
    Q_PROPERTY(QString heldTicket READ heldTicket NOTIFY changed FINAL)
    Q_PROPERTY(QString serviceText READ serviceText NOTIFY changed FINAL)

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

    void set(const QString& code, const QString& message, const Sentence& sentence = {});
    /// The resident's language for serviceText().
    void setEnglish(bool english);
    void clear();

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    /// DUPLICATE_TICKET: the number of the ticket the resident already holds (from the message).
    QString heldTicket() const { return m_heldTicket; }
    /// The service's own sentence for people in the resident's language; empty when it sent none
    /// (the page's words for the kind then).
    QString serviceText() const { return m_sentence.in(m_english); }

signals:
    void changed();

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_heldTicket;
    Sentence m_sentence;
    bool m_english = false;
};

} // namespace hall
