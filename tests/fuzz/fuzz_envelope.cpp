// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: one WebSocket text frame as hall-service reads it. The envelope parser, then the
// argument reader with the shapes of real ops, then the reply encoders: whatever arrives must give
// a reply or a refusal, never a crash, a hang or undefined behaviour.
#include "protocol/argreader.h"
#include "protocol/envelope.h"

#include <QJsonArray>

using namespace hall::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ParsedRequest parsed = parseRequest(frame);
    if (!parsed.request) {
        (void)encodeError(parsed.id, parsed.error);
        return 0;
    }
    const QJsonObject& args = parsed.request->args;
    {
        ArgReader a(args, {"protocol", "role", "device", "token"}); // hello
        a.integer("protocol", 0, 1000);
        a.string("role", 16);
        a.string("device", 64);
        a.string("token", 200);
    }
    {
        ArgReader a(
            args, {"requestId", "services", "priority", "idRef", "idNumber", "appointment"}); // ticket.issue
        a.string("requestId", 64);
        a.stringList("services", 8);
        a.optionalString("priority", 16);
        a.optionalString("idRef", 32);
        a.optionalString("idNumber", 32);
    }
    {
        ArgReader a(args, {"counter", "requestId", "rating", "toService", "toCounter", "full"});
        a.optionalInteger("counter", 1, 999);
        a.optionalString("rating", 16);
        a.optionalInteger("toCounter", 1, 999);
        a.optionalBool("full");
        if (!a.ok()) {
            (void)encodeError(parsed.request->id, a.error());
        }
    }
    (void)encodeOk(parsed.request->id, args);
    return 0;
}
