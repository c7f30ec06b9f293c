// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcontext.h"

namespace hall {

Outcome success(QJsonObject result, QString detail)
{
    return Outcome{true, std::move(result), {}, std::move(detail)};
}

Outcome successJson(QByteArray resultJson, QString detail)
{
    Outcome o{true, {}, {}, std::move(detail)};
    o.encodedResult = std::move(resultJson);
    return o;
}

Outcome refusal(const QString& code, const QString& message)
{
    return Outcome{false, {}, {code, message}, {}};
}

Outcome refusal(ErrorCode code, const QString& message)
{
    return refusal(errorCodeName(code), message);
}

Outcome refusal(const Error& e)
{
    return Outcome{false, {}, {errorCodeName(e.code), e.message, e.sentence}, {}};
}

Outcome refusal(const protocol::ProtocolError& e)
{
    return Outcome{false, {}, e, {}};
}

} // namespace hall
