// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hall {

/// An event's data: a JSON object. The queue engine writes it as compact JSON (JournalEvent::json),
/// and what most events meet on their way (the journal row, the fan-out's frames, the reply) needs
/// only those bytes; the object is parsed from them the first time something reads it as one. Qt's
/// parser cost ~29,000 instructions for an issued ticket's data, a fifth of the request's own work,
/// for readers that mostly never came.
///
/// Reads it as QJsonObject does (value, contains, iteration) and converts to one. A copy made before
/// the first read parses on its own: read an event on the thread that holds it.
class EventData
{
public:
    EventData() = default;
    EventData(QJsonObject object) : m_object(std::move(object)) {} // NOLINT: data is an object
    /// Data whose object is `json` parsed when first read. `json` is a compact JSON object that Qt's
    /// parser reads back as written (JsonWriter::parseBack() says which); anything else reads as {}.
    static EventData parsedWhenRead(QByteArray json)
    {
        EventData d;
        d.m_unparsed = std::move(json);
        return d;
    }

    const QJsonObject& object() const
    {
        if (!m_unparsed.isNull()) {
            parse();
        }
        return m_object;
    }
    operator const QJsonObject&() const { return object(); } // NOLINT: reads as the object it is
    /// False until something read the object (for tests of who reads it).
    bool parsed() const { return m_unparsed.isNull(); }

    template <typename K> QJsonValue value(const K& key) const { return object().value(key); }
    template <typename K> bool contains(const K& key) const { return object().contains(key); }
    template <typename K> QJsonObject::const_iterator constFind(const K& key) const
    {
        return object().constFind(key);
    }
    QJsonObject::const_iterator constBegin() const { return object().constBegin(); }
    QJsonObject::const_iterator constEnd() const { return object().constEnd(); }
    QJsonObject::const_iterator begin() const { return object().constBegin(); }
    QJsonObject::const_iterator end() const { return object().constEnd(); }
    bool isEmpty() const { return object().isEmpty(); }
    qsizetype size() const { return object().size(); }
    QStringList keys() const { return object().keys(); }
    template <typename K> QJsonObject::iterator insert(const K& key, const QJsonValue& v)
    {
        object();
        return m_object.insert(key, v);
    }
    template <typename K> void remove(const K& key)
    {
        object();
        m_object.remove(key);
    }
    friend bool operator==(const EventData& a, const EventData& b) { return a.object() == b.object(); }

private:
    void parse() const; // journalevent.cpp

    mutable QJsonObject m_object;
    mutable QByteArray m_unparsed; ///< not null until parsed
};

/// Who asked for a change: the staff member (if logged in) and the device. Recorded in the journal.
struct Actor
{
    QString staff;
    QString device;
};

/// One entry of the audit journal: a change of hall state. `seq` rises by one per entry and is the
/// `seq` that clients see on pushed events.
struct JournalEvent
{
    qint64 seq = 0;
    QDateTime at;
    QString kind;   ///< e.g. "ticket.called"; see docs/architecture.md for the list
    QString ticket; ///< ticket number, if about a ticket
    int counter = 0;
    Actor actor;
    EventData data; ///< the state after the change (ticket or counter) plus kind-specific fields
    /// `data` as compact JSON, when whoever made the event wrote it (the queue engine, for events about
    /// a ticket or a counter): the fan-out sends these bytes instead of serialising `data` again, and
    /// `data` is parsed from them only when read. Empty otherwise; whoever changes `data` afterwards
    /// must clear it.
    QByteArray json;
};

} // namespace hall
