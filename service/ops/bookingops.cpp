// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// booking.info, booking.calendar, booking.slots, booking.create, booking.find, booking.cancel,
// booking.move, booking.checkIn: what the kiosk (and a phone or web front end) does, and the counter
// for a caller (a staff member and the channel, audited).
#include "bookingops.h"

#include "bookingviews.h"
#include "confirmationcode.h"
#include "domain/halltime.h"
#include "domain/waitfigures.h"
#include "protocol/protocol.h"
#include "requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hall {

using protocol::ArgReader;
using protocol::Audience;

namespace {

Outcome invalid(const QString& message)
{
    return refusal(ErrorCode::InvalidArgument, message);
}

std::optional<BookingType> readType(const QString& text, const OpContext& ctx)
{
    const auto t = bookingTypeFromString(text);
    if (!t) {
        ctx.respond(invalid(QStringLiteral(
            "参数 type 必须是 marriage、divorceApplication、divorceCertificate、replacement 或 ceremony")));
    }
    return t;
}

const QString kPartyForm = QStringLiteral(
    "{idNumber, name?, document?, nationality?, sex?, birthDate?}（证件号码，可附证件上的姓名；"
    "非居民身份证须写 document：hkMacaoPermit、taiwanPermit、passport（附 nationality）或 "
    "foreignPermanentResidence）");

/// One person as a front end sends them. Booking is real-name by the document number; the name
/// comes only from a card reader or the counter, so it may be left out (or empty). Permits and
/// passports do not hold sex and birth date: a marriage takes them as written on the document.
std::optional<PartyInput> readParty(const QJsonValue& v)
{
    if (!v.isObject()) {
        return std::nullopt;
    }
    // One pass over the person's keys (each looked up again by name cost a tenth of an attempt's
    // reading): every key known, every value a string of at most 40 characters.
    const QJsonObject o = v.toObject();
    PartyInput p;
    std::optional<QString> idNumber;
    std::optional<QString> document;
    std::optional<QString> sex;
    std::optional<QString> birthDate;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (!value.isString()) {
            return std::nullopt;
        }
        QString text = value.toString();
        if (text.size() > 40) {
            return std::nullopt;
        }
        const QString key = it.key();
        if (key == QLatin1String("idNumber")) {
            idNumber = std::move(text);
        } else if (key == QLatin1String("name")) {
            p.name = std::move(text);
        } else if (key == QLatin1String("document")) {
            document = std::move(text);
        } else if (key == QLatin1String("nationality")) {
            p.nationality = std::move(text);
        } else if (key == QLatin1String("sex")) {
            sex = std::move(text);
        } else if (key == QLatin1String("birthDate")) {
            birthDate = std::move(text);
        } else {
            return std::nullopt;
        }
    }
    if (!idNumber || idNumber->size() > 32) {
        return std::nullopt;
    }
    p.idNumber = *idNumber;
    p.once = std::make_shared<DocumentOnce>();
    if (document) {
        const auto d = documentTypeFromString(*document);
        if (!d) {
            return std::nullopt;
        }
        p.document = *d;
    }
    if (sex) {
        if (*sex != QLatin1String("male") && *sex != QLatin1String("female")) {
            return std::nullopt;
        }
        p.sex = *sex == QLatin1String("male") ? Sex::Male : Sex::Female;
    }
    if (birthDate) {
        p.birthDate = QDate::fromString(*birthDate, Qt::ISODate);
        if (!p.birthDate.isValid()) {
            return std::nullopt;
        }
    }
    return p;
}

/// `parties`: `min`–2 persons as readParty() takes them, nothing else.
std::optional<QList<PartyInput>> readParties(const QJsonObject& args, int min, const OpContext& ctx)
{
    const QJsonValue v = args.value(QLatin1String("parties"));
    // Worded only for a refusal: formatting it cost more than reading both persons.
    const auto refuse = [&ctx, min] {
        ctx.respond(invalid(QStringLiteral("参数 parties 必须是 %1–2 个 %2").arg(min).arg(kPartyForm)));
        return std::nullopt;
    };
    const QJsonArray list = v.toArray();
    if (!v.isArray() || list.size() < min || list.size() > 2) {
        return refuse();
    }
    QList<PartyInput> out;
    for (const QJsonValue& p : list) {
        const auto party = readParty(p);
        if (!party) {
            return refuse();
        }
        out.append(*party);
    }
    return out;
}

/// Who asks about a booking (find, cancel, move): `idNumber` of either party and, for a permit or a
/// passport, `document` (and `nationality`).
std::optional<PartyInput> readWho(const QString& idNumber, const std::optional<QString>& document,
                                  const std::optional<QString>& nationality, const OpContext& ctx)
{
    PartyInput who;
    who.once = std::make_shared<DocumentOnce>();
    who.idNumber = idNumber;
    who.nationality = nationality.value_or(QString());
    if (document) {
        const auto d = documentTypeFromString(*document);
        if (!d) {
            ctx.respond(
                invalid(QStringLiteral("参数 document 必须是 mainlandId、hkMacaoPermit、taiwanPermit、"
                                       "passport 或 foreignPermanentResidence")));
            return std::nullopt;
        }
        who.document = *d;
    }
    return who;
}

/// Availability is answered at once, not after the turn's commit: thousands of kiosks and phones
/// poll it during a release, and waiting for the turn would make each read as slow as the burst's
/// commits. The price: a read may count a place taken earlier in the same turn a few milliseconds
/// before that turn commits; should the commit fail, the next read shows the place free again (every
/// commit or rebuild invalidates the cache). Changes themselves are only acknowledged once durable.
void answerNow(const OpContext& ctx, const std::function<CachedRead()>& read)
{
    const CachedRead r = read();
    Outcome out = success(r.value);
    out.encodedResult = r.json;
    ctx.respond(std::move(out));
}

/// {booking}: the booking as its couple sees it, with the address of its page on their phones (the QR
/// code of the confirmation) when the hall has one. Written straight to JSON: the reply, the request
/// ledger's answer and its row share these bytes (built as a QJsonObject it cost ~150,000 instructions).
QByteArray bookingResult(BookingDesk& desk, const Booking& b, const ResidentLinks* links)
{
    JsonWriter w(1280);
    w.beginObject().key(QLatin1StringView("booking"));
    bookingview::writeBooking(w, b, desk.engine(),
                              links && !links->baseUrl().isEmpty() ? links->bookingUrl(b.code) : QString());
    return w.endObject().take();
}

} // namespace

void opBookingInfo(OpContext ctx)
{
    ArgReader args(ctx.request.args, {});
    BookingDesk* desk = args.ok() ? deskOf(ctx) : nullptr;
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    if (desk == nullptr) {
        return;
    }
    const BookingConfig& c = desk->config();
    QJsonArray offices;
    for (const OfficeConfig& o : c.offices) {
        QJsonArray designated;
        for (Jurisdiction j : o.foreignRelated) {
            designated.append(toString(j));
        }
        offices.append(QJsonObject{{QStringLiteral("id"), o.id},
                                   {QStringLiteral("foreignRelated"), designated},
                                   {QStringLiteral("nameZh"), o.nameZh},
                                   {QStringLiteral("nameEn"), o.nameEn},
                                   {QStringLiteral("halls"), QJsonArray::fromStringList(o.halls)},
                                   {QStringLiteral("officiants"), QJsonArray::fromStringList(o.officiants)}});
    }
    QJsonArray types;
    for (BookingType t : kBookingTypes) {
        types.append(
            QJsonObject{{QStringLiteral("id"), toString(t)},
                        {QStringLiteral("nameZh"), nameZh(t)},
                        {QStringLiteral("designatedOffices"), needsDesignatedOffice(t)},
                        {QStringLiteral("service"), c.services[static_cast<std::size_t>(typeIndex(t))]}});
    }
    const BookingRules& r = c.rules;
    ctx.respond(success(
        {{QStringLiteral("today"), halltime::local(desk->clock().now()).date().toString(Qt::ISODate)},
         {QStringLiteral("offices"), offices},
         {QStringLiteral("types"), types},
         {QStringLiteral("rules"),
          QJsonObject{{QStringLiteral("cancelMinutesBefore"), r.cancelMinutesBefore},
                      {QStringLiteral("checkInMinutesBefore"), r.checkInMinutesBefore},
                      {QStringLiteral("checkInMinutesAfter"), r.checkInMinutesAfter},
                      {QStringLiteral("minAgeMen"), r.minAgeMen},
                      {QStringLiteral("minAgeWomen"), r.minAgeWomen},
                      {QStringLiteral("coolingOffDays"), r.coolingOffDays},
                      {QStringLiteral("certificateDays"), r.certificateDays}}},
         {QStringLiteral("window"),
          QJsonObject{{QStringLiteral("maxDaysAhead"), c.window.maxDaysAhead},
                      {QStringLiteral("opensAt"), c.window.opensAt.toString(QStringLiteral("HH:mm"))},
                      {QStringLiteral("closeDaysBefore"), c.window.closeDaysBefore},
                      {QStringLiteral("closesAt"), c.window.closesAt.toString(QStringLiteral("HH:mm"))}}}}));
}

void opBookingCalendar(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"month", "type", "office"});
    const QString monthText = args.string("month", 7);
    const QString typeText = args.string("type", 32);
    const auto officeArg = args.optionalString("office", 64);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    const auto type = readType(typeText, ctx);
    if (!type) {
        return;
    }
    const auto office = officeOf(officeArg, *desk, ctx);
    if (!office) {
        return;
    }
    const QDate first = QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate);
    const QDate today = halltime::localDate(desk->clock().now());
    const QDate thisMonth(today.year(), today.month(), 1);
    if (!first.isValid() || monthText.size() != 7 || first < thisMonth || first > thisMonth.addMonths(13)) {
        ctx.respond(invalid(QStringLiteral("参数 month 必须是 YYYY-MM，从本月到 13 个月后")));
        return;
    }
    answerNow(ctx, [desk, office = *office, type = *type, first, monthText] {
        const QString key =
            QStringLiteral("c|") + office + QLatin1Char('|') + toString(type) + QLatin1Char('|') + monthText;
        return desk->cachedRead(key, [&] {
            const QDateTime now = desk->clock().now();
            QDateTime changesAt = now.addDays(1);
            QJsonArray days;
            for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
                bookingview::DayJson day = bookingview::day(desk->engine(), office, d, type, now);
                days.append(day.day);
                changesAt = std::min(changesAt, day.changesAt);
            }
            return std::pair{QJsonObject{{QStringLiteral("office"), office},
                                         {QStringLiteral("type"), toString(type)},
                                         {QStringLiteral("month"), monthText},
                                         {QStringLiteral("days"), days}},
                             changesAt};
        });
    });
}

void opBookingSlots(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"date", "type", "office"});
    const QString dateText = args.string("date", 10);
    const QString typeText = args.string("type", 32);
    const auto officeArg = args.optionalString("office", 64);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    const auto type = readType(typeText, ctx);
    if (!type) {
        return;
    }
    const auto office = officeOf(officeArg, *desk, ctx);
    if (!office) {
        return;
    }
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    const QDate today = halltime::localDate(desk->clock().now());
    if (!date.isValid() || date < today.addDays(-1) || date > today.addDays(400)) {
        ctx.respond(invalid(QStringLiteral("参数 date 必须是 YYYY-MM-DD，且在可查询范围内")));
        return;
    }
    answerNow(ctx, [desk, office = *office, type = *type, date] {
        // Joined, not formatted: the key is built for every read (QString::arg and QDate::toString
        // cost a sixth of a read).
        const QString key = QStringLiteral("s|") + office + QLatin1Char('|') + toString(type) +
                            QLatin1Char('|') + halltime::isoDate(date);
        return desk->cachedRead(key, [&] {
            bookingview::DayJson day =
                bookingview::day(desk->engine(), office, date, type, desk->clock().now());
            QJsonObject o = day.day;
            o.insert(QStringLiteral("office"), office);
            o.insert(QStringLiteral("type"), toString(type));
            o.insert(QStringLiteral("slots"), day.slotList);
            return std::pair{o, day.changesAt};
        });
    });
}

void opBookingCreate(OpContext ctx)
{
    ArgReader args(ctx.request.args,
                   {"requestId", "office", "type", "slotStart", "parties", "phone", "officiant", "channel"});
    const QString requestId = args.string("requestId", 64);
    const QString typeText = args.string("type", 32);
    const QString slotText = args.string("slotStart", 40);
    const QString phone = args.string("phone", 20);
    const auto officiant = args.optionalString("officiant", 40);
    const auto officeArg = args.optionalString("office", 64);
    const auto channel = args.optionalString("channel", 16);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    const auto type = readType(typeText, ctx);
    if (!type) {
        return;
    }
    const auto parties = readParties(ctx.request.args, 1, ctx);
    if (!parties) {
        return;
    }
    const auto actor = actorOf(channel, ctx);
    if (!actor) {
        return;
    }
    const auto slot = slotStartOf(slotText, QStringLiteral("booking.slots"), ctx);
    if (!slot) {
        return;
    }
    BookingRequest request;
    // Requests of different devices never meet in the engine's idempotency index.
    request.requestId = ctx.session->device + QLatin1Char('|') + requestId;
    request.office = officeArg.value_or(desk->defaultOffice());
    request.type = *type;
    request.slotStart = *slot;
    request.first = parties->value(0);
    request.second = parties->value(1);
    request.phone = phone;
    request.officiant = officiant.value_or(QString());
    request.actor = *actor;
    Change change;
    change.needsCity = true;
    change.personalArgs = true;
    change.gate = bookingBudget(*desk, ctx, *parties);
    // On a city's database the last place and the one-booking-per-person rules are the database's.
    auto code = std::make_shared<QString>();
    change.refusedByStorage = desk->cityVerdict(code);
    change.apply = [desk, request, code, links = ctx.hall.residentLinks()] {
        auto r = desk->engine().create(request);
        if (!r) {
            return refusal(r.error());
        }
        *code = r->code;
        return successJson(bookingResult(*desk, r.value(), links), QStringLiteral("booking=%1").arg(r->code));
    };
    runChange(std::move(ctx), std::move(change));
}

void opBookingFind(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"code", "idNumber", "document", "nationality", "office"});
    const QString codeText = args.string("code", 32);
    const QString idNumber = args.string("idNumber", 32);
    const auto document = args.optionalString("document", 32);
    const auto nationality = args.optionalString("nationality", 3);
    const auto office = args.optionalString("office", 64);
    BookingDesk* desk = deskOf(args, ctx);
    const auto who = desk ? readWho(idNumber, document, nationality, ctx) : std::nullopt;
    if (!who) {
        return;
    }
    Change change;
    change.personalArgs = true;
    change.gate = bookingBudget(*desk, ctx, {*who});
    change.apply = [desk, codeText, who = *who, office, links = ctx.hall.residentLinks()] {
        auto r = desk->engine().find(codeText, who);
        if (r && office && r->office != *office) {
            r = BookingError{BookingErrorCode::UnknownBooking,
                             QStringLiteral("没有找到该预约，请核对预约码和身份证号码"),
                             {}};
        }
        if (!r && r.error().code == ErrorCode::UnknownBooking) {
            // Handed over to its office's hall: say where, rather than that it does not exist.
            if (auto there = desk->heldElsewhere(ConfirmationCode::normalise(codeText))) {
                return refusal(*there);
            }
        }
        if (!r) {
            return refusal(r.error());
        }
        return successJson(bookingResult(*desk, r.value(), links), QStringLiteral("booking=%1").arg(r->code));
    };
    runChange(std::move(ctx), std::move(change));
}

void opBookingCancel(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"code", "idNumber", "document", "nationality", "requestId", "channel"});
    const QString codeText = args.string("code", 32);
    const QString idNumber = args.string("idNumber", 32);
    const auto document = args.optionalString("document", 32);
    const auto nationality = args.optionalString("nationality", 3);
    args.optionalString("requestId", 64);
    const auto channel = args.optionalString("channel", 16);
    BookingDesk* desk = deskOf(args, ctx);
    const auto who = desk ? readWho(idNumber, document, nationality, ctx) : std::nullopt;
    const auto actor = who ? actorOf(channel, ctx) : std::nullopt;
    if (!actor) {
        return;
    }
    Change change;
    change.needsCity = true;
    change.personalArgs = true;
    change.gate = bookingBudget(*desk, ctx, {*who});
    change.apply = [desk, codeText, who = *who, actor = *actor, links = ctx.hall.residentLinks()] {
        auto r = desk->engine().cancel(codeText, who, actor);
        if (!r) {
            return refusal(r.error());
        }
        return successJson(bookingResult(*desk, r.value(), links), QStringLiteral("booking=%1").arg(r->code));
    };
    runChange(std::move(ctx), std::move(change));
}

void opBookingCancelByPhone(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"code", "phoneLastFour"});
    const QString codeText = args.string("code", 32);
    const QString lastFour = args.string("phoneLastFour", 8);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    Change change;
    change.needsCity = true;
    change.personalArgs = true;
    // The resident's session stands for its address by the address's class (Dispatcher::residentSession).
    change.apply = [desk, codeText, lastFour, origin = ctx.session->address,
                    links = ctx.hall.residentLinks()] {
        auto r = desk->engine().cancelByPhone(codeText, lastFour, origin);
        if (!r) {
            return refusal(r.error());
        }
        // Masked: the code and the four digits are all a stranger with the log would need.
        return successJson(bookingResult(*desk, r.value(), links),
                           QStringLiteral("booking=%1 by residentPage").arg(RequestLog::mask(r->code)));
    };
    runChange(std::move(ctx), std::move(change));
}

void opBookingMove(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"requestId", "code", "idNumber", "document", "nationality", "slotStart",
                                      "officiant", "channel"});
    args.string("requestId", 64);
    const QString codeText = args.string("code", 32);
    const QString idNumber = args.string("idNumber", 32);
    const auto document = args.optionalString("document", 32);
    const auto nationality = args.optionalString("nationality", 3);
    const QString slotText = args.string("slotStart", 40);
    const auto officiant = args.optionalString("officiant", 40);
    const auto channel = args.optionalString("channel", 16);
    BookingDesk* desk = deskOf(args, ctx);
    const auto who = desk ? readWho(idNumber, document, nationality, ctx) : std::nullopt;
    const auto actor = who ? actorOf(channel, ctx) : std::nullopt;
    if (!actor) {
        return;
    }
    const auto slot = slotStartOf(slotText, QStringLiteral("booking.slots"), ctx);
    if (!slot) {
        return;
    }
    MoveRequest request;
    request.code = codeText;
    request.who = *who;
    request.slotStart = *slot;
    request.officiant = officiant.value_or(QString());
    request.actor = *actor;
    Change change;
    change.needsCity = true;
    change.personalArgs = true;
    change.gate = bookingBudget(*desk, ctx, {*who});
    auto code = std::make_shared<QString>();
    change.refusedByStorage = desk->cityVerdict(code);
    change.apply = [desk, request, code, links = ctx.hall.residentLinks()] {
        auto r = desk->engine().move(request);
        if (!r) {
            return refusal(r.error());
        }
        *code = r->code;
        return successJson(bookingResult(*desk, r.value(), links),
                           QStringLiteral("booking=%1 moved").arg(r->code));
    };
    runChange(std::move(ctx), std::move(change));
}

void opBookingCheckIn(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"requestId", "office", "qrPayload", "code", "idNumber", "type"});
    args.string("requestId", 64);
    const auto officeArg = args.optionalString("office", 64);
    const auto qr = args.optionalString("qrPayload", 200);
    const auto codeText = args.optionalString("code", 32);
    const auto idNumber = args.optionalString("idNumber", 32);
    const auto typeText = args.optionalString("type", 32);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    if (qr.has_value() == codeText.has_value() || (codeText && !idNumber)) {
        ctx.respond(invalid(
            QStringLiteral("请扫描预约二维码 (qrPayload)，或输入预约码 (code) 和身份证号码 (idNumber)")));
        return;
    }
    CheckInRequest request;
    request.office = officeArg.value_or(desk->defaultOffice());
    if (typeText) {
        request.type = readType(*typeText, ctx);
        if (!request.type) {
            return;
        }
    }
    request.qrPayload = qr.value_or(QString());
    // The booking page's address (the confirmation's QR code since the phone pages): its tag is
    // checked here, where the key is, and the engine gets the booking's own code as from the old QR.
    if (const auto page = ResidentLinks::parseBookingUrl(request.qrPayload)) {
        const ResidentLinks* links = ctx.hall.residentLinks();
        const Booking* b = desk->engine().booking(page->first);
        if (links != nullptr && b == nullptr && links->bookingTagValid(page->first, page->second)) {
            if (auto there = desk->heldElsewhere(page->first)) {
                ctx.respond(refusal(*there));
                return;
            }
        }
        if (links == nullptr || b == nullptr || !links->bookingTagValid(page->first, page->second)) {
            ctx.respond(refusal(Error{ErrorCode::UnknownBooking,
                                      QStringLiteral("无法识别该二维码，请出示预约确认单上的二维码")}));
            return;
        }
        request.qrPayload = b->qrPayload();
    }
    request.code = codeText.value_or(QString());
    request.idNumber = idNumber.value_or(QString());
    Change change;
    change.needsCity = true;
    change.personalArgs = true;
    change.gate = bookingBudget(*desk, ctx, {PartyInput{{}, request.idNumber}});
    QueueEngine& queue = ctx.hall.engine();
    const Actor actor = ctx.actor();
    const Audience audience = ctx.session->is(Role::Kiosk) ? Audience::Owner : Audience::Staff;
    change.apply = [desk, &queue, request, actor, audience, links = ctx.hall.residentLinks()] {
        // Everything is checked before anything changes: the booking first (without marking it),
        // then the queue ticket (which changes nothing when refused); only then is the booking
        // marked. Both changes then commit in the turn's one transaction.
        const auto checkIn = desk->engine().checkInPreview(request);
        if (!checkIn && (checkIn.error().code == ErrorCode::UnknownBooking ||
                         checkIn.error().code == ErrorCode::WrongOffice)) {
            const auto qr = parseQrPayload(request.qrPayload);
            const QString code = qr ? qr->second : ConfirmationCode::normalise(request.code);
            if (desk->engine().booking(code) == nullptr) {
                if (auto there = desk->heldElsewhere(code)) {
                    return refusal(*there); // handed over to its office's hall: its kiosks check in
                }
            }
        }
        if (!checkIn) {
            return refusal(checkIn.error());
        }
        IssueRequest issue;
        issue.services = {checkIn->service};
        issue.idRef = checkIn->maskedIds.value(0);
        issue.personKey = checkIn->personKey;
        issue.appointment = Appointment{checkIn->reference, checkIn->slotStart, checkIn->slotEnd};
        issue.actor = actor;
        const auto ticket = queue.issue(issue);
        if (!ticket) {
            return refusal(ticket.error());
        }
        desk->engine().confirmCheckIn(checkIn.value());
        QJsonObject result =
            QJsonDocument::fromJson(bookingResult(*desk, *desk->engine().booking(checkIn->reference), links))
                .object();
        result.insert(QStringLiteral("ticket"), protocol::ticketView(ticket.value(), audience));
        waitfigures::insertForTicket(result, queue, ticket->number);
        if (links && !links->baseUrl().isEmpty()) {
            result.insert(QStringLiteral("followUrl"), links->ticketUrl(ticket->day, ticket->number));
        }
        return success(result,
                       QStringLiteral("booking=%1 ticket=%2").arg(checkIn->reference, ticket->number));
    };
    runChange(std::move(ctx), std::move(change));
}

} // namespace hall
