// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errorcode.h"

#include <QDateTime>
#include <QString>

#include <cassert>
#include <utility>
#include <variant>

namespace hall {

/// A refusal written for the people at a device (a resident at the kiosk, staff at a window) in both
/// languages, where most messages are the staff's or the log's: the device shows the one in its
/// language instead of its own generic words for the code (docs/protocol.md, `messageZh`/`messageEn`).
struct Sentence
{
    QString zh;
    QString en;

    bool isEmpty() const { return zh.isEmpty() || en.isEmpty(); }
    /// In the device's language; empty when there is no sentence (the device's own words then).
    QString in(bool english) const { return isEmpty() ? QString() : english ? en : zh; }
    /// Both, zh first, as one message for the log and for clients that know no `messageZh`.
    QString joined() const { return zh + QStringLiteral(" / ") + en; }
};

/// A refused operation: a stable code for programs and a message for people (zh_CN, the hall's language).
struct Error
{
    ErrorCode code;
    QString message;
    /// When a refusal lasts until a known moment, that moment: booking opens (NOT_YET_OPEN), a ban
    /// ends (PENALTY_ACTIVE), a locked-out lookup may be tried again (RATE_LIMITED).
    QDateTime until;
    /// Set when `message` is written for the people at the device (then `message` is its joined()).
    Sentence sentence;
};

/// Either a value or the error that explains why there is none (std::expected is C++23).
template <typename T, typename E = Error> class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(E error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_v);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_v));
    }
    const E& error() const
    {
        assert(!ok());
        return std::get<E>(m_v);
    }
    const T* operator->() const { return &value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_v;
};

} // namespace hall
