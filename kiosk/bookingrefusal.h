// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace hall {

/// Why the service did not book, find, cancel or check in, reduced to the kinds the booking pages
/// explain in the resident's language (the service's own zh_CN message is for staff; a sentence it
/// wrote for people, e.g. the city database is away, is `serviceText` in that language). Refusals
/// that end at a known moment (not yet open, a penalty, too early to check in) carry it in `until`.
class BookingRefusal : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingFlow or CheckInFlow")
    Q_PROPERTY(Kind kind READ kind NOTIFY changed FINAL)
    Q_PROPERTY(QString code READ code NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY changed FINAL)
    Q_PROPERTY(QString until READ untilText NOTIFY changed FINAL)
    Q_PROPERTY(QString serviceText READ serviceText NOTIFY changed FINAL)

public:
    enum class Kind
    {
        None,
        Full,              ///< SLOT_FULL, RESOURCE_UNAVAILABLE
        NotYetOpen,        ///< until = the release moment
        BookingClosed,     ///< the window for that date has closed
        OfficeClosed,      ///< closure, holiday, rest day, office-side cancellation
        Penalty,           ///< until = the end of the ban
        InvalidId,         ///< GB 11643 check failed
        UnderAge,          ///< marriage: legal age on the registration date
        SamePerson,        ///< the two ID numbers are the same
        NotOneManOneWoman, ///< marriage
        AlreadyBooked,     ///< one active booking per person
        Divorce,           ///< no application, one pending, or outside the certificate period
        NotFound,          ///< unknown code, or not this person's booking
        CancelTooLate,
        CheckInTooEarly, ///< until = the start of the check-in window
        CheckInTooLate,
        WrongCouple,
        WrongType,
        WrongOffice,
        AlreadyDone, ///< checked in, cancelled or marked no-show before
        Unreachable, ///< no answer (network, timeout, storage): retry or ask at the desk
        Other,
    };
    Q_ENUM(Kind)

    using QObject::QObject;

    static Kind kindFor(const QString& code);

    /// `until` comes from the error object when the service sends it; otherwise the first date
    /// (and time) in the message, which is how the booking engine words these refusals.
    void set(const QString& code, const QString& message, const QDateTime& until = {},
             const Sentence& sentence = {});
    /// The resident's language for serviceText().
    void setEnglish(bool english);
    void clear();

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QDateTime until() const { return m_until; }
    /// The service's own sentence for people in the resident's language; empty when it sent none.
    QString serviceText() const { return m_sentence.in(m_english); }
    /// "2026-12-24 00:00" in hall time, or "2027-06-01" when the moment is a whole day.
    QString untilText() const;

signals:
    void changed();

private:
    void readUntil(const QString& message);

    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    QDateTime m_until;
    bool m_untilHasTime = false;
    Sentence m_sentence;
    bool m_english = false;
};

} // namespace hall
