// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingerror.h"
#include "bookingtype.h"
#include "calendar/daterule.h"
#include "calendar/hallcalendar.h"
#include "domain/persondocument.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTime>

#include <memory>
#include <optional>

namespace hall {

/// Part of an office's week: on `days` (1 = Monday … 7 = Sunday) from `from` to `until`, slots of
/// `slotMinutes`, each taking `capacity[type]` couples (0: the type is not offered then).
struct SessionPlan
{
    QList<int> days;
    QTime from;
    QTime until;
    int slotMinutes = 30;
    PerType capacity{};
};

/// Per-slot capacity of one type on one date, replacing the plan's.
struct CapacityOverride
{
    QDate date;
    BookingType type = BookingType::Marriage;
    int perSlot = 0;
};

/// A counsellor of the 婚姻家庭辅导室 and the weekdays (1 = Monday … 7) they are in the room.
struct Counsellor
{
    QString name;
    QList<int> days;
};

/// The office's counselling room (婚姻家庭辅导室): one couple at a time, in slots of its own hours on
/// the office's working days, with the counsellor on duty that weekday (the first listed who is).
struct CounsellingPlan
{
    QString room; ///< empty: the office offers no counselling
    QTime from;
    QTime until;
    int slotMinutes = 60;
    QList<Counsellor> counsellors;

    bool offered() const { return !room.isEmpty(); }
    /// Who is in the room on `weekday`; empty when nobody is (no slots that day).
    QString counsellorOn(int weekday) const;
};

/// An officiant of certificate ceremonies (颁证师) and the days they serve: staff officiants on
/// their weekdays (`days`), invited officiants (特邀颁证师) on their own `dates`; neither given:
/// every day the office holds ceremonies.
struct Officiant
{
    QString name;
    QList<int> days; ///< 1 = Monday … 7
    QSet<QDate> dates;
    bool invited = false;

    bool servesOn(QDate date) const;
};

/// A collective ceremony (集体颁证仪式): up to `couples` couples in one hall with one officiant, on
/// the dates of `on` or on every special date of the office, usually themed (七夕, 520 …).
struct CollectiveCeremony
{
    std::optional<DateRule> on; ///< none: every special date (specialDates: true)
    QTime at;
    int minutes = 60;
    QString hall;
    int couples = 0;
    QString themeZh; ///< empty: "<special date>集体颁证仪式", else "集体颁证仪式"
    QString themeEn;
    QString officiant; ///< empty: the first officiant on duty that day
};

/// A marriage registry office (婚姻登记处) and its opening plan. Which days are working days, and
/// which rest days open for which services (节假日为民服务), is the hall calendar's (HallCalendar).
struct OfficeConfig
{
    QString id;
    QString nameZh;
    QString nameEn;
    QList<SessionPlan> sessions;
    QSet<QDate> closures;
    QList<CapacityOverride> overrides;
    int workingWeekendLike = 1;    ///< whose sessions a 调休 working weekend takes (1 = Monday … 5)
    int holidayPlanLike = 1;       ///< whose sessions a rest day opened by the holiday plan takes
    bool openOnHolidayPlan = true; ///< the office takes bookings on days the holiday plan opens
    QStringList halls;             ///< ceremony halls (颁证厅)
    QStringList officiants;        ///< every officiant's name, in roster order
    QList<Officiant> roster;       ///< who leads ceremonies on which days
    QList<CollectiveCeremony> collective;
    /// Besides mainland residents, whose registrations the office may do (涉港澳台, 涉外): the
    /// provincial government designates the offices (《婚姻登记条例》).
    QList<Jurisdiction> foreignRelated;
    CounsellingPlan counselling;

    bool handles(Jurisdiction j) const { return designatedFor(foreignRelated, j); }
    /// The officiants on duty on `date`, in roster order.
    QStringList officiantsOn(QDate date) const;
};

/// A special date couples favour, as a rule: which dates (a month-day, a lunar date, a number
/// pattern, one date), its name, its capacity and when it is released, for some or all offices.
struct SpecialDateRule
{
    QString nameZh;
    QString nameEn;
    DateRule on;
    QStringList offices;                  ///< empty: every office
    PerType capacity{-1, -1, -1, -1, -1}; ///< per slot; -1 keeps SpecialDateRules::capacity, then the plan's
    int releaseDaysBefore = -1;           ///< -1: SpecialDateRules::releaseDaysBefore
    QTime releaseTime;                    ///< invalid: SpecialDateRules::releaseTime
    QDateTime releaseAt;                  ///< an exact moment, for a rule of one date
    bool operator==(const SpecialDateRule&) const = default;
};

/// The special dates and their defaults; the first rule that matches a date (for the office) wins.
struct SpecialDateRules
{
    int releaseDaysBefore = 30;
    QTime releaseTime{0, 0};
    PerType capacity{-1, -1, -1, -1, -1};
    QList<SpecialDateRule> rules;
    bool operator==(const SpecialDateRules&) const = default;
};

/// The rolling window of ordinary dates: from `maxDaysAhead` days before at `opensAt` until
/// `closeDaysBefore` days before at `closesAt` (also the end of booking for special dates).
struct BookingWindow
{
    int maxDaysAhead = 30;
    QTime opensAt{0, 0};
    int closeDaysBefore = 1;
    QTime closesAt{15, 0};
};

struct BookingRules
{
    int cancelMinutesBefore = 120; ///< couples cancel until this long before the slot starts
    int checkInMinutesBefore = 30;
    int checkInMinutesAfter = 15; ///< after the slot start
    int minAgeMen = 22;
    int minAgeWomen = 20;
    int coolingOffDays = 30;  ///< 离婚冷静期 (Civil Code art. 1077)
    int certificateDays = 30; ///< the period after it to obtain the certificate
};

enum class PersonEventKind
{
    NoShow,
    Cancellation
};

/// `count` events of `kind` within `withinDays` days ban the person for PenaltyConfig::banDays.
struct PenaltyRule
{
    PersonEventKind kind = PersonEventKind::NoShow;
    int count = 2;
    int withinDays = 180;
};

struct PenaltyConfig
{
    int banDays = 180;
    /// A cancellation by the couple counts towards the rules only when made this close to the slot's
    /// start (a late cancellation: the place can hardly be booked again); earlier ones free the place
    /// and count towards nothing. 0: no cancellation counts.
    int lateCancelHours = 24;
    QList<PenaltyRule> rules{{PersonEventKind::NoShow, 2, 180},
                             {PersonEventKind::Cancellation, 5, 180},
                             {PersonEventKind::Cancellation, 3, 30}};
};

/// Everything that configures marriage-registry booking (format: docs/booking.md).
struct BookingConfig
{
    QList<OfficeConfig> offices;
    /// The hall's one calendar (working days, 调休, holiday service plan). The parser sets the built-in
    /// one; the service replaces it with the calendar its queue and cases share.
    std::shared_ptr<const HallCalendar> calendar;
    BookingWindow window;
    SpecialDateRules special;
    BookingRules rules;
    PenaltyConfig penalties;
    /// The hall service (catalogue id) whose queue a checked-in booking joins.
    std::array<QString, kBookingTypeCount> services{QStringLiteral("marriage"), QStringLiteral("divorce"),
                                                    QStringLiteral("divorce"), QStringLiteral("certificates"),
                                                    QStringLiteral("marriage")};

    const OfficeConfig* office(const QString& id) const;
};

/// Parses the JSON booking configuration. Every problem is reported, with its JSON path, in one
/// INVALID_ARGUMENT error.
BookingResult<BookingConfig> parseBookingConfig(const QByteArray& json);
BookingResult<BookingConfig> loadBookingConfig(const QString& path);
/// The built-in configuration (core/booking/default-booking.json): one office, the default special dates.
BookingConfig defaultBookingConfig();

QString toString(PersonEventKind kind);
std::optional<PersonEventKind> personEventKindFromString(const QString& text);

} // namespace hall
