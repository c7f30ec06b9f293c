// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "envelope.h"

#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace hall::protocol {

/// Reads the typed arguments of one request and remembers the first problem, so a handler reads
/// everything it needs and then checks ok() once. Unknown keys are refused too: a misspelt
/// optional argument must not be silently ignored.
class ArgReader
{
public:
    ArgReader(const QJsonObject& args, std::initializer_list<const char*> known);

    QString string(const char* key, int maxLength = 200);
    std::optional<QString> optionalString(const char* key, int maxLength = 200);
    int integer(const char* key, int min, int max);
    std::optional<int> optionalInteger(const char* key, int min, int max);
    std::optional<bool> optionalBool(const char* key);
    QStringList stringList(const char* key, int maxItems, int maxLength = 64);

    bool ok() const { return !m_error.has_value(); }
    const ProtocolError& error() const { return *m_error; }

private:
    void fail(const char* key, const QString& what);
    /// A string argument: absent (a failure when `required`), not a string, too long, or empty when
    /// `required` fail as string() and optionalString() describe.
    std::optional<QString> text(const char* key, int maxLength, bool required);

    QJsonObject m_args;
    std::optional<ProtocolError> m_error;
};

} // namespace hall::protocol
