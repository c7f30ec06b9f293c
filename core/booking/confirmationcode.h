// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace hall {

/// Confirmation codes people read aloud and type: 8 characters from 32 that cannot be confused
/// (no 0/O, 1/I), 40 random bits, so a code cannot be guessed to cancel someone else's booking.
class ConfirmationCode
{
public:
    static constexpr QStringView kAlphabet = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static constexpr int kLength = 8;

    /// From the system's random source; a seed makes the sequence repeatable (benchmarks, tests).
    ConfirmationCode() : m_random(*QRandomGenerator::system()) {}
    explicit ConfirmationCode(quint32 seed) : m_random(seed) {}

    QString next();

    /// Upper case without spaces or dashes; empty when the text cannot be a code.
    static QString normalise(const QString& text);

private:
    QRandomGenerator m_random;
};

} // namespace hall
