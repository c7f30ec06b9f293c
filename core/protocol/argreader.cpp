// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "argreader.h"

#include "protocol.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace hall::protocol {

ArgReader::ArgReader(const QJsonObject& args, std::initializer_list<const char*> known) : m_args(args)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        // Each key() builds a QString: one per argument, not one per argument and known name.
        const QString key = it.key();
        const bool isKnown = std::any_of(known.begin(), known.end(),
                                         [&key](const char* k) { return key == QLatin1String(k); });
        if (!isKnown) {
            m_error = ProtocolError{errorCodeName(ErrorCode::InvalidArgument),
                                    QStringLiteral("未知参数: %1").arg(key.left(40))};
            return;
        }
    }
}

void ArgReader::fail(const char* key, const QString& what)
{
    if (!m_error) {
        m_error = ProtocolError{errorCodeName(ErrorCode::InvalidArgument),
                                QStringLiteral("参数 %1 %2").arg(QLatin1String(key), what)};
    }
}

QString ArgReader::string(const char* key, int maxLength)
{
    return text(key, maxLength, true).value_or(QString());
}

std::optional<QString> ArgReader::optionalString(const char* key, int maxLength)
{
    return text(key, maxLength, false);
}

std::optional<QString> ArgReader::text(const char* key, int maxLength, bool required)
{
    // One lookup and one conversion per argument: every request reads three to eight of them.
    const QJsonValue v = m_args.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required) {
            fail(key, QStringLiteral("缺失"));
        }
        return std::nullopt;
    }
    if (!v.isString()) {
        fail(key, QStringLiteral("必须是字符串"));
        return std::nullopt;
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("超过 %1 个字符").arg(maxLength));
        return std::nullopt;
    }
    if (required && s.isEmpty()) {
        fail(key, QStringLiteral("不能为空"));
    }
    return s;
}

int ArgReader::integer(const char* key, int min, int max)
{
    if (m_args.value(QLatin1String(key)).isUndefined()) {
        fail(key, QStringLiteral("缺失"));
        return 0;
    }
    return optionalInteger(key, min, max).value_or(0);
}

std::optional<int> ArgReader::optionalInteger(const char* key, int min, int max)
{
    const QJsonValue v = m_args.value(QLatin1String(key));
    if (v.isUndefined()) {
        return std::nullopt;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        fail(key, QStringLiteral("必须是 %1 到 %2 之间的整数").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<bool> ArgReader::optionalBool(const char* key)
{
    const QJsonValue v = m_args.value(QLatin1String(key));
    if (v.isUndefined()) {
        return std::nullopt;
    }
    if (!v.isBool()) {
        fail(key, QStringLiteral("必须是 true 或 false"));
        return std::nullopt;
    }
    return v.toBool();
}

QStringList ArgReader::stringList(const char* key, int maxItems, int maxLength)
{
    const QJsonValue v = m_args.value(QLatin1String(key));
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > maxItems) {
        fail(key, QStringLiteral("必须是 1 到 %1 个字符串的数组").arg(maxItems));
        return {};
    }
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxLength) {
            fail(key, QStringLiteral("的每一项必须是不超过 %1 个字符的非空字符串").arg(maxLength));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

} // namespace hall::protocol
