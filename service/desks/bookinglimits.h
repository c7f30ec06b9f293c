// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace hall {

/// The fairness limits of booking: token buckets per device and per person (ID number,
/// by its keyed hash) at that device, so one kiosk or one gateway cannot crowd out the others at a
/// release moment, nor hammer one person's bookings. The person's bucket is per device on purpose:
/// a bucket shared by every device let anyone who knew an ID number lock that person out of
/// booking (five look-ups from any kiosk, renewable at a release). A request spends one token of
/// its device and of every person in it, or none when any bucket is empty; the refusal says whose
/// budget ran out and when to retry.
class BookingLimits
{
public:
    struct Settings
    {
        double deviceRate = 1; ///< tokens per second
        int deviceBurst = 30;
        double personRate = 0.1;
        int personBurst = 5;
    };
    /// A person as the limiter sees them: the keyed hash and, for the message, the masked number.
    struct Person
    {
        QString key;
        QString masked;
    };

    explicit BookingLimits(Settings settings) : m_settings(settings) {}

    /// nullopt: the tokens are spent, go ahead. Otherwise the zh_CN refusal (nothing spent).
    std::optional<QString> take(const QString& device, const QList<Person>& persons);

private:
    using Clock = std::chrono::steady_clock;
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point at;
    };
    static double level(const Bucket& b, double rate, int burst, Clock::time_point now);
    void prune(Clock::time_point now);

    Settings m_settings;
    QHash<QString, Bucket> m_devices;
    QHash<QString, Bucket> m_persons;
    int m_sincePrune = 0;
};

} // namespace hall
