#pragma once

#include "bookingerror.h"
#include "bookingtype.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTime>

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

/// A day the office opens although it normally would not (a Saturday before 5月20日).
struct ExtraOpening
{
    QDate date;
    int likeWeekday = 1; ///< whose sessions apply
};

/// Per-slot capacity of one type on one date, replacing the plan's.
struct CapacityOverride
{
    QDate date;
    BookingType type = BookingType::Marriage;
    int perSlot = 0;
};

/// A marriage registry office (婚姻登记处) and its opening plan.
struct OfficeConfig
{
    QString id;
    QString nameZh;
    QString nameEn;
    QList<SessionPlan> sessions;
    QSet<QDate> closures;
    QList<ExtraOpening> extraOpenings;
    QList<CapacityOverride> overrides;
    QStringList halls;      ///< ceremony halls (颁证厅)
    QStringList officiants; ///< invited officiants (特邀颁证师)
};

/// Public holidays and adjusted working days (调休) as the State Council publishes them each year.
struct HolidayTable
{
    QSet<QDate> holidays; ///< days off, whatever the weekday
    QSet<QDate> workdays; ///< weekend days that are working days
};

/// A special date from the configuration, or one of the built-in rules.
struct SpecialDateDef
{
    QDate date;
    QString nameZh;
    QDateTime releaseAt;                  ///< invalid: the special rules' default release moment
    PerType capacity{-1, -1, -1, -1, -1}; ///< per slot; -1 keeps the plan's
};

struct SpecialDateRules
{
    bool builtin = true; ///< 2月14日, 5月20日, 5月21日, 七夕, 10月10日
    int releaseDaysBefore = 30;
    QTime releaseTime{0, 0};
    bool openOnRestDays = true; ///< offices open for special dates on weekends and holidays
    int restDayLikeWeekday = 1; ///< whose sessions apply then
    PerType capacity{-1, -1, -1, -1, -1};
    QList<SpecialDateDef> dates;
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
    HolidayTable holidays;
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
/// The built-in configuration (core/booking/default-booking.json): one office, the 2025–2026 holidays.
BookingConfig defaultBookingConfig();

QString toString(PersonEventKind kind);
std::optional<PersonEventKind> personEventKindFromString(const QString& text);

} // namespace hall
