// What the booking op files share: the desk, the office, and the fairness budget as a gate of the
// one runner.
#include "bookingops.h"
#include "domain/halltime.h"
#include "domain/idnumber.h"

namespace hall {

BookingDesk* deskOf(const OpContext& ctx)
{
    BookingDesk* desk = ctx.hall.booking();
    if (desk == nullptr) {
        ctx.respond(refusal(ErrorCode::UnknownOp, QStringLiteral("本服务未开通婚姻登记预约")));
    }
    return desk;
}

std::optional<QString> officeOf(const std::optional<QString>& asked, BookingDesk& desk, const OpContext& ctx)
{
    const QString office = asked.value_or(desk.defaultOffice());
    if (desk.config().office(office) == nullptr) {
        ctx.respond(refusal(ErrorCode::UnknownOffice, QStringLiteral("没有这个婚姻登记处")));
        return std::nullopt;
    }
    return office;
}

std::function<std::optional<Outcome>()> bookingBudget(BookingDesk& desk, const OpContext& ctx,
                                                      const QStringList& idNumbers)
{
    return [&desk, device = ctx.session->device, idNumbers, &secret = ctx.personSecret] {
        QList<BookingLimits::Person> persons;
        const QDate today = halltime::local(desk.clock().now()).date();
        for (const QString& text : idNumbers) {
            if (const auto id = IdNumber::parse(text, today)) {
                persons.append({id->personKey(secret), id->masked()});
            }
        }
        std::optional<Outcome> refused;
        if (auto limited = desk.limits().take(device, persons)) {
            refused = refusal(ErrorCode::RateLimited, *limited);
        }
        return refused;
    };
}

} // namespace hall
