// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views.h"

#include "envelope.h"
#include "recentcalls.h"

#include "domain/halltime.h"
#include "domain/jsonwriter.h"

#include <QVarLengthArray>

#include <algorithm>

namespace hall::protocol {

QJsonObject filterTicketJson(QJsonObject ticket, Audience audience)
{
    if (audience != Audience::Public) {
        return ticket;
    }
    // What a window on the lobby screen shows, and the id that ties it to its counter.
    QJsonObject out;
    for (const char* key : {"id", "number", "state", "calledAt"}) {
        const auto it = ticket.constFind(QLatin1String(key));
        if (it != ticket.constEnd() && !(it->isString() && it->toString().isEmpty())) {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

QJsonObject ticketView(const Ticket& t, Audience audience)
{
    return filterTicketJson(toJson(t), audience);
}

namespace {

/// One top-level member of a compact JSON object: its key as written (no quotes) and its value.
struct ViewsJsonMember
{
    QLatin1StringView key;
    QByteArrayView value;
};

/// Splits a compact JSON object, as JsonWriter writes it, into its top-level members without
/// parsing their values. False if it is not one, or a key is not plain ASCII (escaped or not, its
/// order against the common fields' would need the decoded text): the caller takes data's road.
bool viewsSplitMembers(QByteArrayView json, QVarLengthArray<ViewsJsonMember, 8>& out)
{
    const char* p = json.data();
    const char* const end = p + json.size();
    if (p == end || *p++ != '{') {
        return false;
    }
    if (p != end && *p == '}') {
        return p + 1 == end;
    }
    while (p != end) {
        if (*p++ != '"') {
            return false;
        }
        const char* const key = p;
        while (p != end && *p != '"') {
            const auto c = static_cast<unsigned char>(*p++);
            if (c == '\\' || c < 0x20 || c >= 0x80) {
                return false;
            }
        }
        if (p == end) {
            return false;
        }
        const QLatin1StringView name(key, p - key);
        if (++p == end || *p++ != ':') {
            return false;
        }
        const char* const value = p;
        int depth = 0;
        while (p != end) {
            const char c = *p;
            if (c == '"') { // a string: skip to its closing quote, over escapes
                for (++p; p != end && *p != '"'; ++p) {
                    if (*p == '\\' && ++p == end) {
                        return false;
                    }
                }
                if (p == end) {
                    return false;
                }
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
            ++p;
        }
        if (p == end || p == value) {
            return false;
        }
        out.append({name, QByteArrayView(value, p - value)});
        if (*p++ == '}') {
            return p == end;
        }
    }
    return false;
}

/// The members of an event's data that eventView() gives the public as they are.
bool viewsPublicAsIs(QLatin1StringView key)
{
    for (const char* name : {"queue", "counterName", "recall", "from", "to", "expired", "notices"}) {
        if (key == QLatin1StringView(name)) {
            return true;
        }
    }
    return false;
}

} // namespace

QByteArray eventJson(const JournalEvent& e, Audience audience)
{
    // The bytes the engine wrote, member by member, when it wrote them: data is not serialised again
    // (nor parsed: EventData parses only when read).
    QVarLengthArray<ViewsJsonMember, 8> members;
    const bool split = !e.json.isEmpty() && viewsSplitMembers(e.json, members);
    if (audience == Audience::Public) {
        // A counter's state and its ticket are filtered key by key (eventView); an event without one
        // (a ticket issued, a queue's figures) is the members the public sees, copied.
        const bool fromBytes = split && e.kind != QLatin1StringView("device.status") &&
                               std::none_of(members.cbegin(), members.cend(), [](const ViewsJsonMember& m) {
                                   return m.key == QLatin1StringView("counterState");
                               });
        if (!fromBytes) {
            const QJsonObject data = eventData(e, audience);
            // Most events reach the public as their kind and seq alone (a ticket issued).
            return data.isEmpty() ? encodeEventJson(e.kind, e.seq, "{}") : encodeEvent(e.kind, e.seq, data);
        }
        members.erase(std::remove_if(members.begin(), members.end(),
                                     [](const ViewsJsonMember& m) { return !viewsPublicAsIs(m.key); }),
                      members.end());
        if (members.isEmpty() && callOutcome(e.kind).isEmpty()) {
            return encodeEventJson(e.kind, e.seq, "{}"); // eventData() adds no common fields to nothing
        }
    }
    using L = QLatin1StringView;
    JsonWriter w(e.json.size() + 128);
    w.beginObject().key(L("data")).beginObject();
    // eventData() inserts these into the event's data (replacing a key of the same name).
    const bool counter = e.counter != 0;
    const bool number = !e.ticket.isEmpty();
    bool counterDone = !counter;
    bool numberDone = !number;
    // Before a key (or at the end, for none) come the common fields that sort before it: at(name)
    // says whether the key sorts at or after `name`.
    const auto writeCommonBefore = [&](auto at) {
        if (!counterDone && at(u"counter")) {
            w.field(L("counter"), e.counter);
            counterDone = true;
        }
        if (!numberDone && at(u"number")) {
            w.field(L("number"), e.ticket);
            numberDone = true;
        }
    };
    const auto replaced = [&](auto key) {
        return (counter && key == QStringView(u"counter")) || (number && key == QStringView(u"number"));
    };
    if (split) {
        for (const ViewsJsonMember& m : members) {
            writeCommonBefore([&m](QStringView name) { return m.key.compare(name) >= 0; });
            if (!replaced(m.key)) {
                w.key(m.key).raw(m.value);
            }
        }
    } else {
        for (auto it = e.data.constBegin(); it != e.data.constEnd(); ++it) {
            const QString key = it.key();
            writeCommonBefore([&key](QStringView name) { return key.compare(name) >= 0; });
            if (!replaced(QStringView(key))) {
                w.key(key).value(it.value());
            }
        }
    }
    writeCommonBefore([](QStringView) { return true; });
    w.endObject().field(L("event"), e.kind).field(L("seq"), e.seq);
    return w.endObject().take();
}

QJsonObject counterStateView(QJsonObject state, Audience audience)
{
    if (audience == Audience::Public) {
        state.remove(QLatin1String("staff"));
        state.remove(QLatin1String("normalStreak"));
    }
    return state;
}

QJsonObject eventView(const QString& kind, const QJsonObject& data, Audience audience)
{
    if (audience != Audience::Public) {
        return data;
    }
    if (kind == QLatin1String("device.status")) {
        return {}; // a device's report is free text for staff
    }
    QJsonObject out;
    // A ticket matters to the public only while a window shows it: with the counter's state.
    if (data.contains(QLatin1String("counterState"))) {
        out.insert(QStringLiteral("counterState"),
                   counterStateView(data.value(QLatin1String("counterState")).toObject(), audience));
        if (data.contains(QLatin1String("ticket"))) {
            out.insert(QStringLiteral("ticket"),
                       filterTicketJson(data.value(QLatin1String("ticket")).toObject(), audience));
        }
    }
    // "notices": the lobby's public notices (notices.changed), which every display shows.
    for (const char* key : {"queue", "counterName", "recall", "from", "to", "expired", "notices"}) {
        const auto it = data.constFind(QLatin1String(key));
        if (it != data.constEnd()) {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

QJsonObject eventData(const JournalEvent& e, Audience audience)
{
    QJsonObject data = eventView(e.kind, e.data, audience);
    // A set-aside or finished ticket is marked in every screen's recent calls by its number.
    if (!data.isEmpty() || audience != Audience::Public || !callOutcome(e.kind).isEmpty()) {
        if (e.counter != 0) {
            data.insert(QStringLiteral("counter"), e.counter);
        }
        if (!e.ticket.isEmpty()) {
            data.insert(QStringLiteral("number"), e.ticket);
        }
    }
    return data;
}

} // namespace hall::protocol
