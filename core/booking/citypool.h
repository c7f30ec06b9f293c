// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace hall {

class ConnectionBound;

/// The city's booking pool on PostgreSQL: every hall on the database takes places in the same slots
/// and the one-booking-per-person rules hold across halls, decided by the database, never by one
/// process's memory. Schema `city` (made on first use by whichever hall starts first):
///   slot_places    (office, slot_start, type) → capacity, taken: the last place is a conditional
///                  upsert (`taken + 1 … WHERE taken < capacity`), so two halls can never both take it;
///   booking_claims (hall, code) → the slot a booking holds now (moves and cancellations give it back);
///   person_claims  (person_key, kind) → the confirmed booking a person holds, until its check-in
///                  window closes (the person key is the HMAC under the city's one person-key.secret).
/// A trigger sends `NOTIFY city_booking, 'office|day'` when a slot's places change, so every hall can
/// reload that day's places into its cache. SQLite halls have no pool: their engine decides, as before.
class CityPool
{
public:
    /// The notification channel every hall LISTENs on.
    static constexpr const char* kChannel = "city_booking";

    /// Makes schema `city` if it is not there (under an advisory lock: halls start together) and
    /// prepares the statements. `db` is the hall's committing connection (its search_path is the hall's
    /// schema, which names the hall in the claims); `checkInMinutesAfter` is how long a confirmed
    /// booking still holds its persons after its slot starts (the engine's rule).
    ///
    /// `apart`: `db` is a connection of its own to the city (the hall keeps its state in its own
    /// SQLite store): a turn's claims then run in a transaction of this connection that the group
    /// commit ends (commitTurn before the hall's own commit, rollbackTurn with it), and each claim
    /// all or nothing (a refused one leaves nothing behind). Otherwise `db` is the
    /// hall's committing connection and the claims ride in its transaction.
    static Result<std::unique_ptr<CityPool>> open(QSqlDatabase db, int checkInMinutesAfter,
                                                  bool apart = false);
    /// Prepares the statements on the connection as it is now: at open, and after the connection was
    /// opened anew (SqlStore::addReopenHandler), whose session lost the old ones.
    std::optional<Error> prepareStatements();
    ~CityPool();
    CityPool(const CityPool&) = delete;
    CityPool& operator=(const CityPool&) = delete;

    /// Inside the turn's transaction: brings the city's claims of `b`, in the state it is written in,
    /// in line with it, in one statement that either claims all or, refused, nothing (no savepoint
    /// needed on either side). `capacity` is the slot's places of its
    /// type as the hall's calendar has them (the first hall to use a slot sets it). The value is the
    /// city's refusal (SLOT_FULL, ALREADY_BOOKED): the caller does not write the booking; an Error is
    /// a storage failure (the whole turn fails).
    Result<std::optional<Error>> claim(const Booking& b, int capacity);
    /// Takes the city pool for the rest of the caller's transaction, before its first claim: one
    /// hall's turn at a time claims places and persons, so two halls never wait on each other's rows
    /// crosswise (a deadlock would fail a whole turn). A turn's bookings are claimed together, so the
    /// wait is one commit per turn, not per booking.
    std::optional<Error> lockForTurn();
    /// Apart: commits the turn's claims (GroupCommit::Companion); nothing to do when the turn claimed
    /// nothing or the pool rides in the hall's transaction.
    std::optional<Error> commitTurn();
    /// Apart: drops the turn's claims (the hall's turn failed).
    void rollbackTurn();
    /// Apart: a turn's city part (its lock, claims and commit together) takes at most `ms()` ms
    /// (--commit-wait-ms, asked at each turn), or the city connection is cut and the turn fails
    /// (ConnectionBound): a city that hangs holds the hall's queue that long, not longer. 0: unbounded.
    void boundTurns(std::function<int()> ms) { m_turnBoundMs = std::move(ms); }

    /// The hall's bookings that hold a place from `now`'s day on but no claim in the city (made before the
    /// hall joined the city: on PostgreSQL before the pool existed, or before the city schema was
    /// made anew) are claimed at once, all in one transaction under the pool's lock, so the city
    /// counts them. If the city cannot take one (its slot is full, or a person holds a booking at
    /// another hall) nothing is claimed and the Error names those bookings by code (no personal
    /// data): the hall must not join a city that would overbook. The value is how many were claimed.
    Result<int> adopt(const QList<Booking>& bookings, const QDateTime& now,
                      const std::function<int(const Booking&)>& capacity);

    /// Apart, where the city's part of a turn commits before the hall's own (GroupCommit::Companion): a
    /// city commit followed by a failed local one leaves the city holding claims no booking of the
    /// hall holds. At start and after every reconnect the hall's claims are brought in line with
    /// `bookings` (its local records), in one transaction under the pool's lock: a place or person
    /// claimed for a code the hall has no booking of (or one that no longer holds it) is given back,
    /// a booking claimed in another slot than it holds is claimed again where it is. The value is how
    /// many claims were put right; one the city refuses (the slot filled meanwhile) is named in the log.
    Result<int> reconcile(const QList<Booking>& bookings, const QDateTime& now,
                          const std::function<int(const Booking&)>& capacity);

    /// Places taken in one slot, as the city holds them.
    struct SlotTaken
    {
        QString office;
        QDateTime slotStart;
        BookingType type = BookingType::Marriage;
        int capacity = 0;
        int taken = 0;
    };
    /// Every slot of `office` on `day`; with an empty office, every slot of every office from `day` on
    /// (after a start or a reconnect).
    Result<QList<SlotTaken>> places(const QString& office, QDate day);

    /// The hall's schema, as the claims name it.
    const QString& hall() const { return m_hall; }

    // --- A booking made at one hall for an office another hall serves (docs/architecture.md,
    // "A booking handed over to its office's hall"). The record goes to the office's hall through
    // city.booking_handover, sealed as the store writes it, and leaves the city once that hall has it.

    /// The notification channel of a handover; its payload is the receiving hall.
    static constexpr const char* kHandoverChannel = "city_handover";
    /// Says in city.office_halls that this hall serves `offices` (from --serves-offices, at every join):
    /// an office named by another hall before is this hall's from now on.
    std::optional<Error> serveOffices(const QStringList& offices);
    /// The hall that serves `office`, as read at the start of the current turn (lockForTurn); empty
    /// when no hall said so.
    QString hallOf(const QString& office) const { return m_officeHalls.value(office); }
    /// Inside the turn that claimed `code`: its record for `toHall`, in the same city transaction.
    std::optional<Error> handOver(const QString& code, const QString& toHall, const QByteArray& row);
    struct Handover
    {
        QString code;
        QString fromHall;
        QByteArray row;
    };
    /// The records waiting for this hall.
    Result<QList<Handover>> handoversToMe();
    /// After this hall committed the record of `h` locally: its claims become this hall's and the
    /// handover row goes, in one transaction of its own (done twice, the second changes nothing).
    std::optional<Error> settleHandover(const Handover& h);
    /// Where a booking this hall does not hold went: the hall holding its claims (or about to take it)
    /// and its office; nothing when no other hall holds it.
    struct Elsewhere
    {
        QString hall;
        QString office;
    };
    Result<std::optional<Elsewhere>> whereIs(const QString& code);

private:
    /// adopt() and reconcile(), outside the hall's turns: `claims` in a transaction of their own
    /// under the pool's lock, committed if it returns no Error, else rolled back (nothing claimed).
    std::optional<Error> inOwnTurn(const std::function<std::optional<Error>()>& claims);
    CityPool(QSqlDatabase db, int checkInMinutesAfter, bool apart);
    /// A failure of the turn's statements, said plainly when it is the bound that cut the connection.
    Error turnFailure(const QString& what, const QSqlError& e);

    QSqlDatabase m_db;
    QString m_hall;
    int m_checkInMinutesAfter;
    bool m_apart = false;
    bool m_inTurn = false; ///< apart: this turn's transaction on the city connection is open
    std::unique_ptr<QSqlQuery> m_lock;
    std::unique_ptr<QSqlQuery> m_claim; ///< city.claim_booking: the whole claim in one statement
    std::unique_ptr<QSqlQuery> m_officeHallsRead;
    std::unique_ptr<QSqlQuery> m_handOver;
    QHash<QString, QString> m_officeHalls; ///< office -> hall, read at each turn's lock
    std::function<int()> m_turnBoundMs;
    std::unique_ptr<ConnectionBound> m_turnBound; ///< apart: armed while a turn is open
};

} // namespace hall
