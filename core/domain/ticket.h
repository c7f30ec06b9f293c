// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hall {

enum class TicketState
{
    Waiting,
    Called,
    Serving,
    Finished,
    SetAside,
    Cancelled,
    Expired
};
enum class PriorityClass
{
    Normal,
    Elder,
    Disabled,
    Military,
    Pregnant
};
enum class Rating
{
    None,
    Satisfied,
    Basic,
    Unsatisfied
};

QString toString(TicketState s);
QString toString(PriorityClass p);
QString toString(Rating r);
std::optional<TicketState> ticketStateFromString(const QString& s);
std::optional<PriorityClass> priorityFromString(const QString& s);
std::optional<Rating> ratingFromString(const QString& s);

/// One service a resident came for. A one-stop ticket carries several, served in order.
struct Errand
{
    QString serviceId;
    int servedBy = 0; ///< counter number that finished it, 0 while open
    QDateTime startedAt;
    QDateTime finishedAt;
    Rating rating = Rating::None;
    /// Staff account that finished it: the one serving at the window then (CounterState::staff),
    /// empty when nobody was logged in there (an admin device acting alone).
    QString staff;

    bool done() const { return finishedAt.isValid(); }
    bool operator==(const Errand&) const = default;
};

/// A booking the ticket was issued for (check-in at the kiosk); the call policy serves it first
/// while its slot is current.
struct Appointment
{
    QString reference;
    QDateTime slotStart;
    QDateTime slotEnd;
    bool operator==(const Appointment&) const = default;
};

/// A queue ticket for one business day: its number, errands, priority and where it stands.
struct Ticket
{
    qint64 id = 0;
    QDate day;
    QString number;     ///< prefix of the first errand's service + 3 digits, e.g. "A012"
    QDateTime issuedAt; ///< original issue time: transfers and re-queues keep it
    QList<Errand> errands;
    int currentErrand = 0;
    TicketState state = TicketState::Waiting;
    PriorityClass priority = PriorityClass::Normal;
    QString idRef; ///< masked ID number (110***********1234), never the full number
    /// Keyed hash of the ID number (IdNumber::personKey) to refuse a second open ticket for the same
    /// service; stays in the service: not part of toJson().
    QString personKey;
    std::optional<Appointment> appointment;
    int counter = 0;         ///< counter that called it, while called or serving
    int assignedCounter = 0; ///< set by a transfer to a counter: only that counter may call it
    int recalls = 0;
    int requeues = 0;
    QDateTime calledAt;
    QString device; ///< device that issued it
    /// When it joined the queue it waits in (or last waited in): the issue, the previous errand's
    /// finish, a transfer or a re-queue. The wait of its next visit counts from here.
    QDateTime queuedAt;
    int visits = 0; ///< stays at a window so far (Visit::seq of the last one); not in the JSON

    const QString& currentService() const { return errands.at(currentErrand).serviceId; }
    bool isPriority() const { return priority != PriorityClass::Normal; }
    bool isOpen() const
    {
        return state == TicketState::Waiting || state == TicketState::Called ||
               state == TicketState::Serving || state == TicketState::SetAside;
    }
    bool operator==(const Ticket&) const = default;
};

class JsonWriter;

QJsonArray errandsToJson(const QList<Errand>& errands);
/// The same array straight into `w`, byte for byte what QJsonDocument writes for errandsToJson()
/// (keys in its sorted order): the tickets row and the protocol's ticket, without a QJsonArray.
void writeErrands(JsonWriter& w, const QList<Errand>& errands);
QList<Errand> errandsFromJson(const QJsonArray& array);

class JsonWriter;

/// JSON form used by storage, the protocol and snapshots (times as ISO-8601 with +08:00).
QJsonObject toJson(const Ticket& t);
/// The same ticket written straight to `w` as compact JSON, keys in QJsonObject's (sorted) order:
/// the bytes QJsonDocument(toJson(t)).toJson(Compact) would give, without the object. toJson() is
/// these bytes parsed back.
void writeJson(JsonWriter& w, const Ticket& t);
/// toJson() built key by key: its road when the bytes do not parse back exactly, and the account of
/// the fields that writeJson() is tested against.
QJsonObject toJsonKeyByKey(const Ticket& t);
std::optional<Ticket> ticketFromJson(const QJsonObject& o);

} // namespace hall
