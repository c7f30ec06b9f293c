// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelope.h"

#include "domain/jsonwriter.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hall::protocol {

namespace {

QByteArray compact(const QJsonObject& o)
{
    return JsonWriter::compact(o);
}

bool validId(const QJsonValue& id)
{
    if (id.isString()) {
        return !id.toString().isEmpty() && id.toString().size() <= 64;
    }
    // Integral numbers only: 7.5 would not survive a round trip through every client unchanged.
    return id.isDouble() && id.toDouble() == static_cast<double>(id.toInteger()) && id.toDouble() >= 0;
}

} // namespace

ParsedRequest parseRequest(const QByteArray& frame)
{
    ParsedRequest out;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = {errorCodeName(ErrorCode::MalformedJson), QStringLiteral("请求不是一个 JSON 对象")};
        return out;
    }
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(QLatin1String("id"));
    if (validId(id)) {
        out.id = id;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("id") && it.key() != QLatin1String("op") &&
            it.key() != QLatin1String("args")) {
            out.error = {errorCodeName(ErrorCode::BadRequest),
                         QStringLiteral("请求含有未知字段: %1").arg(it.key().left(40))};
            return out;
        }
    }
    if (!validId(id)) {
        out.error = {errorCodeName(ErrorCode::BadRequest),
                     QStringLiteral("请求缺少 id (非负整数或不超过 64 字的字符串)")};
        return out;
    }
    const QJsonValue op = o.value(QLatin1String("op"));
    if (!op.isString() || op.toString().isEmpty()) {
        out.error = {errorCodeName(ErrorCode::BadRequest), QStringLiteral("请求缺少 op")};
        return out;
    }
    const QJsonValue args = o.value(QLatin1String("args"));
    if (!args.isUndefined() && !args.isObject()) {
        out.error = {errorCodeName(ErrorCode::BadRequest), QStringLiteral("args 必须是 JSON 对象")};
        return out;
    }
    out.request = Request{id, op.toString(), args.toObject()};
    return out;
}

// The frames are written around the payload's compact JSON, not built as one more QJsonObject that
// copies it: keys in sorted order, so the bytes are what QJsonDocument gave for the whole object.
QByteArray encodeRequest(const QJsonValue& id, const QString& op, const QJsonObject& args)
{
    JsonWriter w;
    w.beginObject().key(QLatin1StringView("args")).raw(compact(args));
    return w.field(QLatin1StringView("id"), id).field(QLatin1StringView("op"), op).endObject().take();
}

QByteArray encodeOk(const QJsonValue& id, const QJsonObject& result)
{
    return encodeOkJson(id, compact(result));
}

QByteArray encodeOkJson(const QJsonValue& id, const QByteArray& resultJson)
{
    JsonWriter w(resultJson.size() + 48);
    w.beginObject().field(QLatin1StringView("id"), id).field(QLatin1StringView("ok"), true);
    return w.key(QLatin1StringView("result")).raw(resultJson).endObject().take();
}

QByteArray encodeError(const QJsonValue& id, const ProtocolError& error)
{
    // Keys in QJsonDocument's order (sorted), so the bytes are what it would write.
    JsonWriter w;
    w.beginObject().key(QLatin1StringView("error")).beginObject();
    w.field(QLatin1StringView("code"), error.code).field(QLatin1StringView("message"), error.message);
    if (!error.sentence.isEmpty()) {
        w.field(QLatin1StringView("messageEn"), error.sentence.en)
            .field(QLatin1StringView("messageZh"), error.sentence.zh);
    }
    w.endObject().field(QLatin1StringView("id"), id).field(QLatin1StringView("ok"), false);
    return w.endObject().take();
}

QByteArray encodeEvent(const QString& kind, qint64 seq, const QJsonObject& data)
{
    return encodeEventJson(kind, seq, compact(data));
}

QByteArray encodeEventJson(const QString& kind, qint64 seq, QByteArrayView dataJson)
{
    JsonWriter w(dataJson.size() + 64);
    w.beginObject().key(QLatin1StringView("data")).raw(dataJson);
    return w.field(QLatin1StringView("event"), kind).field(QLatin1StringView("seq"), seq).endObject().take();
}

QByteArray encodeNotice(const QString& kind, const QJsonObject& data)
{
    return compact({{QStringLiteral("notice"), kind}, {QStringLiteral("data"), data}});
}

Incoming parseIncoming(const QByteArray& frame)
{
    Incoming in;
    const QJsonDocument doc = QJsonDocument::fromJson(frame);
    if (!doc.isObject()) {
        return in;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("event"))) {
        const QJsonValue seq = o.value(QLatin1String("seq"));
        if (!o.value(QLatin1String("event")).isString() || !seq.isDouble()) {
            return in;
        }
        in.kind = Incoming::Kind::Event;
        in.event = o.value(QLatin1String("event")).toString();
        in.seq = seq.toInteger();
        in.data = o.value(QLatin1String("data")).toObject();
        return in;
    }
    if (o.value(QLatin1String("notice")).isString()) {
        in.kind = Incoming::Kind::Notice;
        in.event = o.value(QLatin1String("notice")).toString();
        in.data = o.value(QLatin1String("data")).toObject();
        return in;
    }
    if (!o.contains(QLatin1String("id")) || !o.value(QLatin1String("ok")).isBool()) {
        return in;
    }
    in.kind = Incoming::Kind::Reply;
    in.id = o.value(QLatin1String("id"));
    in.ok = o.value(QLatin1String("ok")).toBool();
    if (in.ok) {
        in.result = o.value(QLatin1String("result")).toObject();
    } else {
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        in.error = {e.value(QLatin1String("code")).toString(), e.value(QLatin1String("message")).toString(),
                    Sentence{e.value(QLatin1String("messageZh")).toString(),
                             e.value(QLatin1String("messageEn")).toString()}};
    }
    return in;
}

} // namespace hall::protocol
