// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hall::protocol {

/// A refusal as it travels on the wire: stable code for programs, message for people; and, when the
/// service wrote it for the people at the device, the same in each language (`messageZh`, `messageEn`).
struct ProtocolError
{
    QString code;
    QString message;
    Sentence sentence;
};

/// A request frame `{"id", "op", "args"}`; `id` is echoed unchanged in the reply.
struct Request
{
    QJsonValue id;
    QString op;
    QJsonObject args;
};

/// The outcome of reading one request frame: the request, or the error to reply with (and the id,
/// when one could be read, so the reply can still be matched).
struct ParsedRequest
{
    std::optional<Request> request;
    QJsonValue id;
    ProtocolError error;
};

ParsedRequest parseRequest(const QByteArray& frame);

QByteArray encodeRequest(const QJsonValue& id, const QString& op, const QJsonObject& args);
QByteArray encodeOk(const QJsonValue& id, const QJsonObject& result);
/// The same bytes as encodeOk(id, result), for a result already in compact JSON (a cached read), so
/// it is not serialised again for every reader.
QByteArray encodeOkJson(const QJsonValue& id, const QByteArray& resultJson);
QByteArray encodeError(const QJsonValue& id, const ProtocolError& error);
QByteArray encodeEvent(const QString& kind, qint64 seq, const QJsonObject& data);
/// A notice about the connection itself, outside the hall's seq stream: {"notice": kind, "data": …}.
/// Sent only to relays ("device.revoked": a display the relay serves was revoked).
QByteArray encodeNotice(const QString& kind, const QJsonObject& data);
/// The same bytes as encodeEvent(kind, seq, data) for data already in compact JSON.
QByteArray encodeEventJson(const QString& kind, qint64 seq, QByteArrayView dataJson);

/// A frame the client receives: a reply to one of its requests or a pushed event.
struct Incoming
{
    enum class Kind
    {
        Reply,
        Event,
        Notice, ///< `event` holds the notice's kind, `data` its data; no seq
        Invalid
    };
    Kind kind = Kind::Invalid;
    QJsonValue id;
    bool ok = false;
    QJsonObject result;
    ProtocolError error;
    QString event;
    qint64 seq = 0;
    QJsonObject data;
};

Incoming parseIncoming(const QByteArray& frame);

} // namespace hall::protocol
