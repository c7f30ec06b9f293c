// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingconfig.h"

#include "domain/configoverlay.h"
#include "domain/halltime.h"
#include "domain/jsonconfigreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hall {

namespace {

// The booking file's one reading of its own: capacities per booking type.
class Reader : public JsonConfigReader
{
public:
    /// {"marriage": 6, …}; types left out keep `fallback`'s value.
    PerType perType(const QJsonObject& o, const QString& key, const QString& path, PerType fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            return fallback;
        }
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            const auto type = bookingTypeFromString(it.key());
            const QString p = QStringLiteral("%1.%2.%3").arg(path, key, it.key());
            if (!type) {
                problems << QStringLiteral("%1: unknown booking type").arg(p);
                continue;
            }
            fallback[typeIndex(*type)] = integerValue(it.value(), p, 0, 0, 10000);
        }
        return fallback;
    }
};

SessionPlan readSession(Reader& r, const QJsonObject& o, const QString& path)
{
    SessionPlan s;
    const QJsonArray days = o.value(QStringLiteral("days")).toArray();
    for (qsizetype i = 0; i < days.size(); ++i) {
        s.days << r.integerValue(days.at(i), QStringLiteral("%1.days[%2]").arg(path).arg(i), 1, 1, 7);
    }
    if (s.days.isEmpty()) {
        r.problems << QStringLiteral("%1.days must list weekdays 1 (Monday) to 7 (Sunday)").arg(path);
    }
    s.from = r.time(o, QStringLiteral("from"), path, QTime());
    s.until = r.time(o, QStringLiteral("until"), path, QTime());
    s.slotMinutes = r.integer(o, QStringLiteral("slotMinutes"), path, s.slotMinutes, 5, 480);
    s.capacity = r.perType(o, QStringLiteral("capacity"), path, s.capacity);
    if (s.from.isValid() && s.until.isValid() && s.from.addSecs(s.slotMinutes * 60) > s.until) {
        r.problems << QStringLiteral("%1 must hold at least one slot between from and until").arg(path);
    }
    return s;
}

CounsellingPlan readCounselling(Reader& r, const QJsonObject& o, const QString& path)
{
    CounsellingPlan c;
    c.room = r.string(o, QStringLiteral("room"), path);
    c.from = r.time(o, QStringLiteral("from"), path, QTime());
    c.until = r.time(o, QStringLiteral("until"), path, QTime());
    c.slotMinutes = r.integer(o, QStringLiteral("slotMinutes"), path, c.slotMinutes, 15, 240);
    if (c.from.isValid() && c.until.isValid() && c.from.addSecs(c.slotMinutes * 60) > c.until) {
        r.problems << QStringLiteral("%1 must hold at least one slot between from and until").arg(path);
    }
    const QJsonArray counsellors = o.value(QStringLiteral("counsellors")).toArray();
    for (qsizetype i = 0; i < counsellors.size(); ++i) {
        const QString p = QStringLiteral("%1.counsellors[%2]").arg(path).arg(i);
        const QJsonObject e = counsellors.at(i).toObject();
        Counsellor who{r.string(e, QStringLiteral("name"), p), {}};
        const QJsonArray days = e.value(QStringLiteral("days")).toArray();
        for (qsizetype d = 0; d < days.size(); ++d) {
            who.days << r.integerValue(days.at(d), QStringLiteral("%1.days[%2]").arg(p).arg(d), 1, 1, 7);
        }
        if (who.days.isEmpty()) {
            r.problems << QStringLiteral("%1.days must list weekdays 1 (Monday) to 7 (Sunday)").arg(p);
        }
        c.counsellors << who;
    }
    if (counsellors.isEmpty()) {
        r.problems << QStringLiteral("%1.counsellors must list at least one counsellor").arg(path);
    }
    return c;
}

/// "officiants": names (every day) or {name, days?, dates?, invited?}; "collective": group ceremonies
/// on the dates of a rule ("on", as special dates write it) or on every special date.
void readCeremonies(Reader& r, const QJsonObject& o, const QString& path, OfficeConfig& office)
{
    const QJsonArray officiants = o.value(QStringLiteral("officiants")).toArray();
    for (qsizetype i = 0; i < officiants.size(); ++i) {
        const QString p = QStringLiteral("%1.officiants[%2]").arg(path).arg(i);
        Officiant who;
        if (officiants.at(i).isString()) {
            who.name = officiants.at(i).toString();
        } else {
            const QJsonObject e = officiants.at(i).toObject();
            who.name = r.string(e, QStringLiteral("name"), p);
            who.invited = r.boolean(e, QStringLiteral("invited"), p, false);
            const QJsonArray days = e.value(QStringLiteral("days")).toArray();
            for (qsizetype d = 0; d < days.size(); ++d) {
                who.days << r.integerValue(days.at(d), QStringLiteral("%1.days[%2]").arg(p).arg(d), 1, 1, 7);
            }
            who.dates = r.dates(e, QStringLiteral("dates"), p);
            if (who.invited && who.dates.isEmpty()) {
                r.problems << QStringLiteral("%1: an invited officiant needs the dates they come").arg(p);
            }
        }
        if (who.name.trimmed().isEmpty()) {
            r.problems << QStringLiteral("%1 needs a name").arg(p);
        } else if (office.officiants.contains(who.name)) {
            r.problems << QStringLiteral("%1: \"%2\" is listed twice").arg(p, who.name);
        }
        office.roster << who;
        office.officiants << who.name;
    }
    const QJsonArray collective = o.value(QStringLiteral("collective")).toArray();
    for (qsizetype i = 0; i < collective.size(); ++i) {
        const QString p = QStringLiteral("%1.collective[%2]").arg(path).arg(i);
        const QJsonObject e = collective.at(i).toObject();
        CollectiveCeremony c;
        const bool special = r.boolean(e, QStringLiteral("specialDates"), p, false);
        if (e.contains(QStringLiteral("on"))) {
            c.on = DateRule::fromJson(e.value(QStringLiteral("on")), p + QStringLiteral(".on"), r.problems);
        }
        if (special == e.contains(QStringLiteral("on"))) {
            r.problems
                << QStringLiteral("%1 needs either \"on\" (its dates) or \"specialDates\": true").arg(p);
        }
        c.at = r.time(e, QStringLiteral("at"), p, QTime());
        c.minutes = r.integer(e, QStringLiteral("minutes"), p, c.minutes, 15, 480);
        c.hall = r.string(e, QStringLiteral("hall"), p);
        if (!c.hall.isEmpty() && !office.halls.contains(c.hall)) {
            r.problems << QStringLiteral("%1.hall: \"%2\" is not one of the ceremony halls").arg(p, c.hall);
        }
        c.couples = r.integer(e, QStringLiteral("couples"), p, 0, 2, 1000);
        if (!e.contains(QStringLiteral("couples"))) {
            r.problems << QStringLiteral("%1.couples is required").arg(p);
        }
        c.themeZh = r.string(e, QStringLiteral("themeZh"), p, QString(QLatin1String("")));
        c.themeEn = r.string(e, QStringLiteral("themeEn"), p, QString(QLatin1String("")));
        c.officiant = r.string(e, QStringLiteral("officiant"), p, QString(QLatin1String("")));
        if (!c.officiant.isEmpty() && !office.officiants.contains(c.officiant)) {
            r.problems
                << QStringLiteral("%1.officiant: \"%2\" is not one of the officiants").arg(p, c.officiant);
        }
        office.collective << c;
    }
}

OfficeConfig readOffice(Reader& r, const QJsonObject& o, const QString& path)
{
    OfficeConfig office;
    office.id = r.string(o, QStringLiteral("id"), path);
    office.nameZh = r.string(o, QStringLiteral("nameZh"), path);
    office.nameEn = r.string(o, QStringLiteral("nameEn"), path, QString(QLatin1String("")));
    const QJsonArray sessions = o.value(QStringLiteral("sessions")).toArray();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        office.sessions << readSession(r, sessions.at(i).toObject(),
                                       QStringLiteral("%1.sessions[%2]").arg(path).arg(i));
    }
    if (sessions.isEmpty()) {
        r.problems << QStringLiteral("%1.sessions must list at least one session").arg(path);
    }
    office.closures = r.dates(o, QStringLiteral("closures"), path);
    if (o.contains(QStringLiteral("extraOpenings"))) {
        r.problems << QStringLiteral(
                          "%1.extraOpenings moved to the hall calendar: open a rest day for chosen "
                          "services with calendar.holidayServicePlan (docs/configuration.md)")
                          .arg(path);
    }
    office.workingWeekendLike = r.integer(o, QStringLiteral("workingWeekendLike"), path, 1, 1, 7);
    office.holidayPlanLike = r.integer(o, QStringLiteral("holidayPlanLike"), path, 1, 1, 7);
    office.openOnHolidayPlan = r.boolean(o, QStringLiteral("openOnHolidayPlan"), path, true);
    const QJsonArray overrides = o.value(QStringLiteral("capacityOverrides")).toArray();
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const QString p = QStringLiteral("%1.capacityOverrides[%2]").arg(path).arg(i);
        const QJsonObject e = overrides.at(i).toObject();
        CapacityOverride c;
        c.date = r.date(e.value(QStringLiteral("date")), p + QStringLiteral(".date"));
        const auto type = bookingTypeFromString(e.value(QStringLiteral("type")).toString());
        if (!type) {
            r.problems << QStringLiteral("%1.type must be a booking type").arg(p);
        } else {
            c.type = *type;
        }
        c.perSlot = r.integer(e, QStringLiteral("perSlot"), p, -1, 0, 10000);
        if (!e.contains(QStringLiteral("perSlot"))) {
            r.problems << QStringLiteral("%1.perSlot is required").arg(p);
        }
        office.overrides << c;
    }
    const QStringList foreign = r.strings(o, QStringLiteral("foreignRelated"), path);
    for (const QString& f : foreign) {
        const auto j = jurisdictionFromString(f);
        if (!j || *j == Jurisdiction::Mainland) {
            r.problems << QStringLiteral("%1.foreignRelated: \"%2\" must be hongKongMacaoTaiwan or foreign")
                              .arg(path, f);
        } else if (!office.foreignRelated.contains(*j)) {
            office.foreignRelated << *j;
        }
    }
    if (o.contains(QStringLiteral("counselling"))) {
        office.counselling = readCounselling(r, o.value(QStringLiteral("counselling")).toObject(),
                                             path + QStringLiteral(".counselling"));
    }
    const QJsonObject ceremony = o.value(QStringLiteral("ceremony")).toObject();
    office.halls = r.strings(ceremony, QStringLiteral("halls"), path + QStringLiteral(".ceremony"));
    readCeremonies(r, ceremony, path + QStringLiteral(".ceremony"), office);
    bool offersCeremony = !office.collective.isEmpty();
    for (const SessionPlan& s : office.sessions) {
        offersCeremony = offersCeremony || s.capacity[typeIndex(BookingType::Ceremony)] > 0;
    }
    if (offersCeremony && (office.halls.isEmpty() || office.officiants.isEmpty())) {
        r.problems << QStringLiteral("%1.ceremony needs halls and officiants when a session offers ceremony")
                          .arg(path);
    }
    return office;
}

QDateTime readMoment(Reader& r, const QJsonObject& e, const QString& path)
{
    if (!e.contains(QStringLiteral("releaseAt"))) {
        return {};
    }
    const QDateTime at = QDateTime::fromString(e.value(QStringLiteral("releaseAt")).toString(), Qt::ISODate);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        r.problems
            << QStringLiteral("%1.releaseAt must be a moment like \"2026-04-20T00:00:00+08:00\"").arg(path);
        return {};
    }
    return at;
}

SpecialDateRule readRule(Reader& r, const QJsonObject& e, const QString& path)
{
    SpecialDateRule rule;
    rule.nameZh = r.string(e, QStringLiteral("nameZh"), path);
    rule.nameEn = r.string(e, QStringLiteral("nameEn"), path, QString(QLatin1String("")));
    if (auto on =
            DateRule::fromJson(e.value(QStringLiteral("on")), path + QStringLiteral(".on"), r.problems)) {
        rule.on = *on;
    }
    rule.offices = r.strings(e, QStringLiteral("offices"), path);
    rule.capacity = r.perType(e, QStringLiteral("capacity"), path, rule.capacity);
    rule.releaseDaysBefore = r.integer(e, QStringLiteral("releaseDaysBefore"), path, -1, 0, 366);
    rule.releaseTime = r.time(e, QStringLiteral("releaseTime"), path, QTime(0, 0));
    if (!e.contains(QStringLiteral("releaseTime"))) {
        rule.releaseTime = QTime();
    }
    rule.releaseAt = readMoment(r, e, path);
    if (rule.releaseAt.isValid() && rule.on.kind != DateRule::Kind::Date) {
        r.problems << QStringLiteral("%1.releaseAt needs a rule of one date (\"on\": {\"date\": …}); use "
                                     "releaseDaysBefore and releaseTime for a yearly rule")
                          .arg(path);
    }
    return rule;
}

SpecialDateRules readSpecial(Reader& r, const QJsonObject& o)
{
    const QString path = QStringLiteral("specialDates");
    for (const char* gone : {"builtin", "openOnRestDays", "restDayLikeWeekday"}) {
        if (o.contains(QLatin1String(gone))) {
            r.problems << QStringLiteral(
                              "specialDates.%1 is no longer read: special dates are the rules in "
                              "specialDates.rules, and the hall calendar's holidayServicePlan opens "
                              "rest days (docs/booking.md)")
                              .arg(QLatin1String(gone));
        }
    }
    SpecialDateRules s;
    s.releaseDaysBefore =
        r.integer(o, QStringLiteral("releaseDaysBefore"), path, s.releaseDaysBefore, 0, 366);
    s.releaseTime = r.time(o, QStringLiteral("releaseTime"), path, s.releaseTime);
    s.capacity = r.perType(o, QStringLiteral("capacity"), path, s.capacity);
    // "dates" (one date each, often with an exact release) come before the yearly rules.
    const QJsonArray dates = o.value(QStringLiteral("dates")).toArray();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QString p = QStringLiteral("%1.dates[%2]").arg(path).arg(i);
        const QJsonObject e = dates.at(i).toObject();
        SpecialDateRule rule;
        rule.on.kind = DateRule::Kind::Date;
        rule.on.date = r.date(e.value(QStringLiteral("date")), p + QStringLiteral(".date"));
        rule.nameZh = r.string(e, QStringLiteral("nameZh"), p);
        rule.nameEn = r.string(e, QStringLiteral("nameEn"), p, QString(QLatin1String("")));
        rule.releaseAt = readMoment(r, e, p);
        rule.capacity = r.perType(e, QStringLiteral("capacity"), p, rule.capacity);
        s.rules << rule;
    }
    const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        s.rules << readRule(r, rules.at(i).toObject(), QStringLiteral("%1.rules[%2]").arg(path).arg(i));
    }
    return s;
}

PenaltyConfig readPenalties(Reader& r, const QJsonObject& o)
{
    const QString path = QStringLiteral("penalties");
    PenaltyConfig p;
    p.banDays = r.integer(o, QStringLiteral("banDays"), path, p.banDays, 0, 3650);
    p.lateCancelHours = r.integer(o, QStringLiteral("lateCancelHours"), path, p.lateCancelHours, 0, 24 * 400);
    if (!o.contains(QStringLiteral("rules"))) {
        return p;
    }
    p.rules.clear();
    const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString rp = QStringLiteral("%1.rules[%2]").arg(path).arg(i);
        const QJsonObject e = rules.at(i).toObject();
        PenaltyRule rule;
        const auto kind = personEventKindFromString(e.value(QStringLiteral("kind")).toString());
        if (!kind) {
            r.problems << QStringLiteral("%1.kind must be \"noShow\" or \"cancellation\"").arg(rp);
        } else {
            rule.kind = *kind;
        }
        rule.count = r.integer(e, QStringLiteral("count"), rp, rule.count, 1, 1000);
        rule.withinDays = r.integer(e, QStringLiteral("withinDays"), rp, rule.withinDays, 1, 3650);
        p.rules << rule;
    }
    return p;
}

} // namespace

bool Officiant::servesOn(QDate date) const
{
    if (days.isEmpty() && dates.isEmpty()) {
        return true;
    }
    return days.contains(date.dayOfWeek()) || dates.contains(date);
}

QStringList OfficeConfig::officiantsOn(QDate date) const
{
    QStringList out;
    for (const Officiant& o : roster) {
        if (o.servesOn(date)) {
            out << o.name;
        }
    }
    return out;
}

QString CounsellingPlan::counsellorOn(int weekday) const
{
    for (const Counsellor& c : counsellors) {
        if (c.days.contains(weekday)) {
            return c.name;
        }
    }
    return {};
}

const OfficeConfig* BookingConfig::office(const QString& id) const
{
    for (const OfficeConfig& o : offices) {
        if (o.id == id) {
            return &o;
        }
    }
    return nullptr;
}

QString toString(PersonEventKind kind)
{
    return kind == PersonEventKind::NoShow ? QStringLiteral("noShow") : QStringLiteral("cancellation");
}

std::optional<PersonEventKind> personEventKindFromString(const QString& text)
{
    if (text == QLatin1String("noShow")) {
        return PersonEventKind::NoShow;
    }
    if (text == QLatin1String("cancellation")) {
        return PersonEventKind::Cancellation;
    }
    return std::nullopt;
}

BookingResult<BookingConfig> parseBookingConfig(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return BookingError{BookingErrorCode::InvalidArgument,
                            QStringLiteral("预约配置不是有效的 JSON 对象 (offset %1: %2)")
                                .arg(parseError.offset)
                                .arg(parseError.errorString())};
    }
    const QJsonObject root = doc.object();
    Reader r;
    BookingConfig c;
    const QJsonArray offices = root.value(QStringLiteral("offices")).toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < offices.size(); ++i) {
        const QString path = QStringLiteral("offices[%1]").arg(i);
        c.offices << readOffice(r, offices.at(i).toObject(), path);
        if (ids.contains(c.offices.last().id)) {
            r.problems << QStringLiteral("%1.id \"%2\" is used twice").arg(path, c.offices.last().id);
        }
        ids.insert(c.offices.last().id);
    }
    if (offices.isEmpty()) {
        r.problems << QStringLiteral("offices must list at least one office");
    }
    if (root.contains(QStringLiteral("holidays"))) {
        r.problems << QStringLiteral(
            "holidays moved to the hall calendar (the hall configuration's \"calendar\", "
            "hall-admin calendar; docs/configuration.md): booking, cases and the queue "
            "read one table");
    }
    c.calendar = HallCalendar::builtIn();
    const QJsonObject window = root.value(QStringLiteral("window")).toObject();
    const QString wp = QStringLiteral("window");
    c.window.maxDaysAhead =
        r.integer(window, QStringLiteral("maxDaysAhead"), wp, c.window.maxDaysAhead, 1, 366);
    c.window.opensAt = r.time(window, QStringLiteral("opensAt"), wp, c.window.opensAt);
    c.window.closeDaysBefore =
        r.integer(window, QStringLiteral("closeDaysBefore"), wp, c.window.closeDaysBefore, 0, 30);
    c.window.closesAt = r.time(window, QStringLiteral("closesAt"), wp, c.window.closesAt);
    if (c.window.closeDaysBefore > c.window.maxDaysAhead) {
        r.problems << QStringLiteral("window.closeDaysBefore must not exceed window.maxDaysAhead");
    }
    c.special = readSpecial(r, root.value(QStringLiteral("specialDates")).toObject());
    // A special date released after its booking closes could never be booked.
    const auto releasedTooLate = [&](int daysBefore, QTime time) {
        return daysBefore < c.window.closeDaysBefore ||
               (daysBefore == c.window.closeDaysBefore && time >= c.window.closesAt);
    };
    if (releasedTooLate(c.special.releaseDaysBefore, c.special.releaseTime)) {
        r.problems << QStringLiteral(
            "specialDates.releaseDaysBefore/releaseTime must come before booking closes "
            "(window.closeDaysBefore, window.closesAt)");
    }
    const qsizetype fixed =
        root.value(QStringLiteral("specialDates")).toObject().value(QStringLiteral("dates")).toArray().size();
    for (qsizetype i = 0; i < c.special.rules.size(); ++i) {
        const SpecialDateRule& d = c.special.rules[i];
        const QString p = i < fixed ? QStringLiteral("specialDates.dates[%1]").arg(i)
                                    : QStringLiteral("specialDates.rules[%1]").arg(i - fixed);
        if (d.on.kind == DateRule::Kind::Date && d.on.date.isValid() && d.releaseAt.isValid() &&
            d.releaseAt >= halltime::at(d.on.date.addDays(-c.window.closeDaysBefore), c.window.closesAt)) {
            r.problems << QStringLiteral("%1.releaseAt must come before booking closes").arg(p);
        }
        if (!d.releaseAt.isValid() &&
            releasedTooLate(d.releaseDaysBefore >= 0 ? d.releaseDaysBefore : c.special.releaseDaysBefore,
                            d.releaseTime.isValid() ? d.releaseTime : c.special.releaseTime)) {
            r.problems
                << QStringLiteral("%1: releaseDaysBefore/releaseTime must come before booking closes").arg(p);
        }
        for (const QString& office : d.offices) {
            if (!c.office(office)) {
                r.problems << QStringLiteral("%1.offices: no office \"%2\"").arg(p, office);
            }
        }
    }
    const QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    const QString rp = QStringLiteral("rules");
    BookingRules& br = c.rules;
    br.cancelMinutesBefore =
        r.integer(rules, QStringLiteral("cancelMinutesBefore"), rp, br.cancelMinutesBefore, 0, 43200);
    br.checkInMinutesBefore =
        r.integer(rules, QStringLiteral("checkInMinutesBefore"), rp, br.checkInMinutesBefore, 0, 480);
    br.checkInMinutesAfter =
        r.integer(rules, QStringLiteral("checkInMinutesAfter"), rp, br.checkInMinutesAfter, 0, 480);
    br.minAgeMen = r.integer(rules, QStringLiteral("minAgeMen"), rp, br.minAgeMen, 16, 30);
    br.minAgeWomen = r.integer(rules, QStringLiteral("minAgeWomen"), rp, br.minAgeWomen, 16, 30);
    br.coolingOffDays = r.integer(rules, QStringLiteral("coolingOffDays"), rp, br.coolingOffDays, 1, 365);
    br.certificateDays = r.integer(rules, QStringLiteral("certificateDays"), rp, br.certificateDays, 1, 365);
    c.penalties = readPenalties(r, root.value(QStringLiteral("penalties")).toObject());
    const QJsonObject services = root.value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const auto type = bookingTypeFromString(it.key());
        if (!type || !it.value().isString() || it.value().toString().isEmpty()) {
            r.problems << QStringLiteral("services.%1 must map a booking type to a service id").arg(it.key());
            continue;
        }
        c.services[static_cast<std::size_t>(typeIndex(*type))] = it.value().toString();
    }
    if (!r.problems.isEmpty()) {
        return BookingError{BookingErrorCode::InvalidArgument,
                            QStringLiteral("预约配置有误: ") + r.problems.join(QStringLiteral("; "))};
    }
    return c;
}

namespace {

const QString kDefaultBooking = QStringLiteral(":/hall/booking/default-booking.json");

} // namespace

BookingResult<BookingConfig> loadBookingConfig(const QString& path)
{
    QString error;
    const auto json = configoverlay::read(kDefaultBooking, path, &error);
    if (!json) {
        return BookingError{BookingErrorCode::InvalidArgument, error};
    }
    return parseBookingConfig(*json);
}

BookingConfig defaultBookingConfig()
{
    QFile f(kDefaultBooking);
    f.open(QIODevice::ReadOnly);
    BookingResult<BookingConfig> r = parseBookingConfig(f.readAll());
    // The default is part of the program; if it does not parse, the build is broken, not the input.
    Q_ASSERT_X(r.ok(), "defaultBookingConfig", qPrintable(r.ok() ? QString() : r.error().message));
    return r.ok() ? std::move(r).value() : BookingConfig{};
}

} // namespace hall
