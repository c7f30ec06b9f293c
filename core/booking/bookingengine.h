// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "bookingcalendar.h"
#include "bookingerror.h"
#include "confirmationcode.h"
#include "domain/clock.h"
#include "domain/idnumber.h"
#include "domain/keyeddocument.h"
#include "penaltypolicy.h"

#include <QHash>

#include <map>
#include <memory>

namespace hall {

/// One person as the kiosk or counter enters them: the ID number, and the name when an ID-card
/// reader supplied it (booking is real-name by the ID numbers; a typed number has no name, and the
/// office checks the cards on the day). An empty name is "not given".
struct PartyInput
{
    QString name;
    QString idNumber; ///< the number of `document`
    /// Residents of Hong Kong, Macao and Taiwan and foreigners book with their permit or passport.
    DocumentType document = DocumentType::MainlandId;
    QString nationality; ///< a passport's issuing state (ICAO letters)
    /// As written on the document, for a marriage registration when the number does not hold them
    /// (permits, passports); a number that does hold them wins.
    std::optional<Sex> sex;
    QDate birthDate;
    /// Shared by the copies of one request's person (the fairness gate's and the engine's), so the
    /// document is parsed and keyed once (keyedDocument()); empty: each asks on its own.
    std::shared_ptr<DocumentOnce> once;
};

/// `p`'s document parsed and keyed under `secret` as of `today`: through `p.once` when the request
/// shares one, else parsed here.
Result<KeyedDocument> keyedDocument(const PartyInput& p, QDate today, const QByteArray& secret);

struct BookingRequest
{
    QString requestId; ///< repeating it returns the first booking (the protocol prefixes the device)
    QString office;
    BookingType type = BookingType::Marriage;
    QDateTime slotStart;
    PartyInput first;
    PartyInput second;  ///< may be empty for a replacement certificate of one person
    QString phone;      ///< mainland mobile number, to tell the couple about changes
    QString officiant;  ///< ceremony: the officiant wished for; empty takes any free one
    BookingActor actor; ///< staff booking for a caller (audited); empty: the couple themselves
};

/// A confirmed booking moved to another slot (same office and type), by the couple or by staff for
/// them: the same rules as a new booking, the same code, and a late move counts as a late cancellation.
struct MoveRequest
{
    QString code;
    PartyInput who; ///< either party, as for cancel()
    QDateTime slotStart;
    QString officiant; ///< ceremony: the officiant wished for at the new slot
    BookingActor actor;
};

/// Places of one slot, per booking type.
struct SlotAvailability
{
    QDateTime start;
    QDateTime end;
    PerType capacity{};
    PerType remaining{};
    std::optional<CollectiveSlot> collective; ///< a collective ceremony begins at this slot
};

/// One ceremony of a day, as the counter and the lobby show it: no personal data.
struct CeremonyOfDay
{
    QDateTime start;
    QDateTime end;
    QString hall;
    QString officiant;
    QString themeZh; ///< a collective ceremony's theme; empty for a couple's own
    QString themeEn;
    bool collective = false;
    int couples = 0;  ///< booked (confirmed or checked in)
    int capacity = 1; ///< couples it takes
    bool operator==(const CeremonyOfDay&) const = default;
};

enum class ReleaseState
{
    NotYetOpen,
    Open,
    Closed
};

/// What the kiosk's month calendar and slot list show for one date.
struct DayAvailability
{
    QString office;
    QDate date;
    bool open = false;
    QString closedReason;
    std::optional<SpecialDate> special;
    QDateTime opensAt;
    QDateTime closesAt;
    ReleaseState release = ReleaseState::Closed;
    QList<SlotAvailability> timeSlots;
};

/// How a couple checks in at the kiosk: the QR payload, or the confirmation code with an ID number.
struct CheckInRequest
{
    QString office;
    std::optional<BookingType> type; ///< what the resident chose, if the kiosk asked
    QString qrPayload;
    QString code;
    QString idNumber; ///< with a code; with a QR payload it must belong to the couple if given
};

/// What the kiosk needs to issue an appointment ticket (Appointment in core/domain/ticket.h).
struct CheckIn
{
    QString reference; ///< the confirmation code
    QString office;
    BookingType type = BookingType::Marriage;
    QString service; ///< hall service whose queue the ticket joins
    QDateTime slotStart;
    QDateTime slotEnd;
    QStringList maskedIds;
    QString personKey; ///< of the first party, for the queue's one-ticket-per-person rule
};

/// One couple to tell about a cancelled day.
struct CoupleNotice
{
    QString code;
    BookingType type = BookingType::Marriage;
    QDateTime slotStart;
    QStringList names; ///< one per person, empty where no name was given
    QString phone;
    QStringList maskedIds;
    /// A divorce certificate visit: the last day of the couple's legal certificate period as it
    /// stands after the cancellation (moved on when the cancelled day was that last day).
    QDate certificateUntil;
    bool certificateExtended = false;
    /// What the couple is told besides "your booking is cancelled" (zh_CN), e.g. the new last day.
    QString messageZh;
};

/// The result of an office cancelling a whole day.
struct BulkCancellation
{
    DayClosure closure;
    QList<Booking> cancelled;
    /// Pending divorce applications whose certificate period ended on the cancelled day: the law's
    /// window moves to the next day the office is open (engine.divorcePeriods() says to when).
    QList<DivorceApplication> extendedDivorces;
    /// The last day of the certificate period of each cancelled divorce certificate visit, by
    /// booking code, and whether the cancellation moved it.
    QHash<QString, std::pair<QDate, bool>> certificatePeriods;

    /// For screens: names, phones and IDs masked.
    QList<CoupleNotice> maskedNotices() const;
    /// For staff who phone the couples: full names and phones (ID numbers stay masked: the full
    /// number is never kept).
    QList<CoupleNotice> fullNotices() const;
    /// fullNotices() as CSV with a header line.
    QString staffExportCsv() const;
};

/// Everything an engine changed, for storage to make durable (rows in their state after the change).
struct BookingChanges
{
    QList<Booking> bookings;
    QList<PersonEvent> events;
    QList<DivorceApplication> divorces;
    QList<DayClosure> closures;
    QList<BookingAuditEntry> audit;
    QList<CounsellingSession> counselling;
    /// Events (by id) that retention untied from their person: stored ones whose key is emptied.
    QList<qint64> untiedEvents;

    bool isEmpty() const { return size() == 0; }
    qsizetype size() const
    {
        return bookings.size() + events.size() + divorces.size() + closures.size() + audit.size() +
               counselling.size() + untiedEvents.size();
    }
};

/// What one pass of BookingEngine::tick() changed.
struct BookingSweep
{
    QList<Booking> noShows;           ///< of days that are over, neither checked in nor cancelled
    QList<DivorceApplication> lapsed; ///< pending applications past their certificate period
};

/// What one retention pass emptied (BookingEngine::forgetPersons).
struct BookingForgetting
{
    int bookings = 0;
    int events = 0;
    int divorces = 0;
};

/// All booking state, as storage holds it and as restart tests compare it.
struct BookingState
{
    QList<Booking> bookings;               ///< ordered by code
    QList<PersonEvent> events;             ///< ordered by id
    QList<DivorceApplication> divorces;    ///< ordered by id
    QList<DayClosure> closures;            ///< ordered by office, day
    QList<BookingAuditEntry> audit;        ///< ordered by id
    QList<CounsellingSession> counselling; ///< ordered by id
    bool operator==(const BookingState&) const = default;
};

/// Marriage-registry bookings: every rule of docs/booking.md. In memory and single-threaded (the
/// service's one writer); every successful operation records its rows (takeChanges()), every refused
/// one returns a BookingError and changes nothing. Availability is kept per date in memory.
class BookingEngine
{
public:
    /// `personSecret` keys IdNumber::personKey; `codeSeed` 0 draws codes from the system's random source.
    BookingEngine(BookingConfig config, const Clock& clock, QByteArray personSecret, quint32 codeSeed = 0);

    /// Replaces all state with what storage held.
    void restore(const BookingState& state);
    BookingState state() const;

    BookingResult<Booking> create(const BookingRequest& request);
    /// A booking another hall of the city made for an office this hall serves (city.booking_handover):
    /// learned as if made here, its audit lines numbered anew here. Known already (a handover taken
    /// twice): nothing changes and the booking as known is the value.
    Booking learnHandedOver(const Booking& b, const QList<BookingAuditEntry>& audit);
    /// "My booking": the code and the ID number of either party. Unknown and not-yours look alike.
    BookingResult<Booking> find(const QString& code, const QString& idNumber) const;
    /// The same with any document of either party.
    BookingResult<Booking> find(const QString& code, const PartyInput& who) const;
    /// By the couple, until rules.cancelMinutesBefore before the slot; counts towards penalties only
    /// inside penalties.lateCancelHours before the slot.
    BookingResult<Booking> cancel(const QString& code, const QString& idNumber);
    /// The same for any document, by the couple or by staff for them (`actor`, audited).
    BookingResult<Booking> cancel(const QString& code, const PartyInput& who, const BookingActor& actor);
    /// Another slot of the same office and type, under every rule of create() (window, capacity,
    /// bans, one booking per person, divorce periods, legal age on the new date); allowed until the
    /// cancellation deadline; a move inside penalties.lateCancelHours counts as a late cancellation.
    /// The code stays. Refused: nothing changes.
    BookingResult<Booking> move(const MoveRequest& request);
    /// The staff actions on a booking, oldest first.
    QList<BookingAuditEntry> auditOf(const QString& code) const;
    /// The same cancellation from the resident's phone: the code and the last four digits of the phone
    /// number given at booking instead of an ID number (the same deadline and penalty rules).
    /// Unknown and not-yours look alike. Audited as `BookingActor::residentPage(addressClass)`.
    BookingResult<Booking> cancelByPhone(const QString& code, const QString& phoneLastFour,
                                         const QString& addressClass);
    /// By staff, once the check-in window has closed without the couple (early marking: tick()
    /// marks every such booking when its day is over, and neither ever counts one twice).
    BookingResult<Booking> markNoShow(const QString& code, const QString& staff);
    /// The daily housekeeping, from the service's timer; cheap (nothing to do) until the hall's
    /// date changes. Bookings of days that are over and still confirmed become no-shows with a
    /// no-show event per person; pending divorce applications past their period are marked deemed
    /// withdrawn. A second call, or a call after a restart, changes nothing more.
    BookingSweep tick();
    /// Office-side closure of a date: cancels every confirmed booking, refuses new ones, and
    /// records no penalty event for anyone.
    BookingResult<BulkCancellation> cancelDay(const QString& office, QDate day, const QString& reason,
                                              const QString& staff);
    BookingResult<CheckIn> checkIn(const CheckInRequest& request);
    /// Every check of checkIn() without changing anything, so a caller that must do more (issue the
    /// queue ticket) can check everything before it changes anything.
    BookingResult<CheckIn> checkInPreview(const CheckInRequest& request) const;
    /// Marks the booking of a successful checkInPreview() checked in (same turn, nothing in between).
    void confirmCheckIn(const CheckIn& checkIn);
    /// The office-side cancellation of a date, if there is one.
    std::optional<DayClosure> closureOn(const QString& office, QDate day) const;
    /// An office-side cancellation again, as cancelDay() returned it (for the notices read later).
    std::optional<BulkCancellation> bulkCancellationOn(const QString& office, QDate day) const;

    BookingResult<DayAvailability> availability(const QString& office, QDate day) const;
    /// The ceremonies of a day: each couple's own, and the collective ones (also before any couple
    /// booked), by start then hall.
    QList<CeremonyOfDay> ceremoniesOn(const QString& office, QDate day) const;
    /// The collective ceremony a booking belongs to, if any (from the day's plan).
    std::optional<CollectiveSlot> collectiveOf(const Booking& b) const;
    /// The officiants on duty at `office` on `day`, in roster order.
    QStringList officiantsOn(const QString& office, QDate day) const;
    /// The counter's list of a day, ordered by slot then code.
    QList<Booking> bookingsOn(const QString& office, QDate day) const;
    const Booking* booking(const QString& code) const;
    /// The ban in force for a person now, if any.
    std::optional<Ban> banOf(const QString& personKey) const;

    /// The first visit of a divorce, recorded at the counter: starts the cooling-off period.
    BookingResult<DivorceApplication> recordDivorceApplication(const QString& office, const PartyInput& first,
                                                               const PartyInput& second,
                                                               const QString& staff);
    /// By either party, until the cooling-off period ends; cancels a booked certificate visit.
    BookingResult<DivorceApplication> withdrawDivorce(qint64 id, const QString& idNumber);
    /// The certificate was issued (second visit, within the certificate period).
    BookingResult<DivorceApplication> completeDivorce(qint64 id, const QString& staff);
    /// Marks pending applications whose certificate period is over as deemed withdrawn (a timer in
    /// the service calls it daily; rules never depend on it having run).
    QList<DivorceApplication> sweepDeemedWithdrawn();
    const DivorceApplication* divorceApplication(qint64 id) const;
    /// The periods of an application as the law gives them now: the calendar's (art. 1077, art. 203),
    /// with a certificate period whose last day the office does not open (a closure of its
    /// configuration, or a day it cancelled) running on to its next open working day. A booking
    /// ban or a cancelled day never shortens it.
    DivorcePeriods divorcePeriods(const DivorceApplication& a) const;
    /// Counselling (婚姻家庭辅导) offered with a divorce application: the counselling room's free slots
    /// from now to the last day of the cooling-off period, on the days the office is open and a
    /// counsellor is on duty. Refused for an application that is not pending, or at an office
    /// without a counselling room.
    BookingResult<QList<CounsellingSlot>> counsellingSlots(qint64 application) const;
    /// Books one of those slots for the couple (one open session per application; staff only).
    BookingResult<CounsellingSession> bookCounselling(qint64 application, const QDateTime& start,
                                                      const QString& staff);
    /// What came of it: reconciled (the application is withdrawn, as the couple may within the
    /// cooling-off period), continuing or declined; once per session, and — except declined, which
    /// frees the room — not before it began. The legal periods never change.
    BookingResult<CounsellingSession> recordCounselling(qint64 session, CounsellingOutcome outcome,
                                                        const QString& staff);
    /// The sessions of an application, oldest first.
    QList<CounsellingSession> counsellingOf(qint64 application) const;
    /// The sessions in an office's counselling room on `day`, by start.
    QList<CounsellingSession> counsellingOn(const QString& office, QDate day) const;

    /// Whether the office is closed on `day` by its configuration, an office-side cancellation or a
    /// closure of the whole hall (the hall calendar's).
    bool officeClosedOn(const QString& office, QDate day) const;

    const BookingCalendar& calendar() const { return m_calendar; }
    /// A new calendar (holidays, 调休, special dates) while running: refused, changing nothing, when a
    /// confirmed booking from today on would lose its slot (close the day with cancelDay first, which
    /// tells the couples); the days' availability is then computed again.
    std::optional<Error> reconfigure(BookingConfig config);
    QString personKey(const QString& idNumber) const;
    /// Retention: empties the parties (keys, masked IDs, names) and the phone of bookings of days
    /// before `bookingsBefore` that are over (not confirmed), and of divorce applications closed
    /// before it; unties no-show and cancellation events before `eventsBefore` from their person.
    /// The records stay, so every figure stays. Recorded as changes like any other.
    BookingForgetting forgetPersons(QDate bookingsBefore, QDate eventsBefore);
    /// How far back the penalty rules look: the longest rule's window plus the ban it can start.
    int penaltyLookbackDays() const;
    BookingChanges takeChanges();

    /// The city's count of places taken in a slot (CityPool), as last heard: this hall's availability
    /// and first check count at least that many, so a place another hall took shows as taken. The
    /// database decides the last place; this only saves it the refusals it can foresee. Kept across
    /// restore(); SQLite halls never set it and pay nothing for it.
    void setCityTaken(const QString& office, const QDateTime& slotStart, BookingType type, int taken);
    /// The places of `type` in the slot of `office` starting at `slotStart` as the calendar gives them
    /// (0 for no such slot).
    int capacityOf(const QString& office, const QDateTime& slotStart, BookingType type) const;
    /// What takeChanges() would return now, without taking it.
    const BookingChanges& pendingChanges() const { return m_changes; }

private:
    BookingResult<Booking> cancelByCouple(Booking& b, const BookingActor& actor);
    struct SlotUse
    {
        PerType booked{};
        QStringList halls;
        QStringList officiants;
    };
    struct DayState
    {
        const OfficeConfig* office = nullptr;
        DayPlan plan;
        QList<SlotUse> use;
        std::optional<DayClosure> closure;
    };
    struct ParsedParty
    {
        Party party;
        std::optional<Sex> sex;
        QDate birth;
        Jurisdiction jurisdiction = Jurisdiction::Mainland;
    };
    /// Where a booking goes: its day, slot and ceremony resources, checked against every rule.
    struct Placement
    {
        DayState* day = nullptr;
        int slot = -1;
        QString hall;
        QString officiant;
        QDateTime end; ///< the slot's, or a collective ceremony's own end
        qint64 application = 0;
    };
    /// The halls and officiants a collective ceremony holds during `slot` (one that overlaps it
    /// and does not begin with it).
    std::pair<QStringList, QStringList> heldByCollective(const DayState& d, int slot) const;

    DayState& dayState(const OfficeConfig& office, QDate day) const;
    static QString dayKey(const QString& office, QDate day);
    int slotIndex(const DayState& d, const QDateTime& start) const;
    int remaining(const DayState& d, int slot, BookingType type) const;
    bool isActive(const Booking& b) const;
    const Booking* activeBookingOf(const QString& personKey, BookingType type) const;
    BookingResult<ParsedParty> parseParty(const PartyInput& p, BookingType type, QDate day) const;
    /// "10:00 的结婚登记已约满": the text of a SLOT_FULL refusal, worded once per slot and type.
    const QString& slotFullText(const QDateTime& slotStart, BookingType type) const;
    BookingResult<QList<ParsedParty>> parseParties(const BookingRequest& r) const;
    /// Marriage: one man and one woman; the first date both are of legal age (invalid: not marriage).
    BookingResult<QDate> eligibleFrom(BookingType type, const QList<ParsedParty>& parties) const;
    std::optional<BookingError> checkEntitled(const OfficeConfig& office, BookingType type,
                                              const QList<ParsedParty>& parties) const;
    /// Every rule about where a booking goes (date, window, slot, bans, one per person, divorce
    /// periods, capacity, ceremony resources); `moving` is the booking being moved, if any.
    BookingResult<Placement> place(const OfficeConfig& office, BookingType type, const QDateTime& slotStart,
                                   const QList<Party>& parties, QDate eligible, const QString& officiant,
                                   const Booking* moving) const;
    void audit(const QString& code, const QString& action, const BookingActor& actor, const QString& detail);
    std::optional<BookingError> checkDivorce(BookingType type, const QList<Party>& parties, QDate day,
                                             qint64* application) const;
    const DivorceApplication* pendingDivorceOf(const QList<Party>& parties) const;
    bool divorceExpired(const DivorceApplication& a) const;
    void take(const Booking& b, DayState& d, int slot);
    void release(const Booking& b);
    void addEvent(const QString& personKey, PersonEventKind kind, const QString& code);
    void markNoShowNow(Booking& b);
    void describeDivorces(BulkCancellation& bulk) const;
    /// Withdraws a pending application now and frees its certificate visit (checks done by the caller).
    void withdrawNow(DivorceApplication& a);
    /// The counselling room's slots of `day` at `office` (empty when closed or nobody on duty).
    QList<CounsellingSlot> counsellingPlanOn(const OfficeConfig& office, QDate day) const;
    void recordBooking(const Booking& b) { m_changes.bookings << b; }
    QDate today() const;

    BookingCalendar m_calendar;
    const Clock& m_clock;
    QByteArray m_secret;
    PenaltyPolicy m_penalties;
    ConfirmationCode m_codes;

    std::map<QString, Booking> m_bookings; // by code; ordered so that lists never depend on hash order
    QHash<QString, QString> m_byRequest;
    QHash<QString, QString> m_registrationOf; // personKey -> code of the newest registration booking
    QHash<QString, QString> m_ceremonyOf;     // personKey -> code of the newest ceremony booking
    QHash<QString, QList<PersonEvent>> m_events;
    qint64 m_lastEventId = 0;
    std::map<qint64, DivorceApplication> m_divorces;
    QHash<QString, qint64> m_pendingDivorce;          // couple key -> application
    QHash<QString, DayClosure> m_closures;            // dayKey -> closure
    QHash<QString, QList<BookingAuditEntry>> m_audit; // code -> staff actions, oldest first
    qint64 m_lastAuditId = 0;
    std::map<qint64, CounsellingSession> m_counselling;
    QDate m_sweptBefore; // tick() has marked the no-shows of every day before this one
    /// (office, Julian day): a day's state is looked up on every booking attempt, and formatting a
    /// text key for it cost more than the look-up.
    using DayId = std::pair<QString, qint64>;
    mutable QHash<DayId, DayState> m_days; // plan and places, built on first use
    // A release refuses thousands of attempts SLOT_FULL for the same few slots: wording the refusal
    // (the slot's time, the type's name) was more than a tenth of placing such an attempt.
    mutable QHash<std::pair<qint64, int>, QString> m_slotFullTexts;
    QHash<QString, PerType> m_cityTaken; // office|slot start (ISO) -> places the city has taken
    BookingChanges m_changes;
};

} // namespace hall
