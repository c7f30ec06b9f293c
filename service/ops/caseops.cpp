// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseops.h"

#include "casejson.h"
#include "changerunner.h"
#include "desks/casedesk.h"
#include "protocol/protocol.h"

#include <QJsonArray>

namespace hall {

namespace {

// The CSV of case.import, in bytes as UTF-8: with the envelope and JSON's escaping of newlines and
// quotes it must still fit the 64 KiB frame (protocol::kMaxFrameBytes), or the frame is refused
// before it is read (1009). Larger files go through hall-admin case import.
constexpr int kMaxImportBytes = 60000;

CaseDesk* caseDeskOf(const OpContext& ctx)
{
    CaseDesk* desk = ctx.hall.cases();
    if (desk == nullptr) {
        ctx.respond(refusal(ErrorCode::UnknownOp, QStringLiteral("本服务未开通办件进度查询")));
    }
    return desk;
}

/// Admin devices may act on every type; counter staff on the types granted to their account.
bool permitted(OpContext& ctx, CaseDesk& desk, const QString& type)
{
    if (ctx.session->is(Role::Admin) || desk.mayHandle(ctx.session->staffUser(), type)) {
        return true;
    }
    ctx.respond(refusal(ErrorCode::NotPermitted, QStringLiteral("您的账号未获准办理「%1」")
                                                     .arg(desk.engine().config().workflow(type)
                                                              ? desk.engine().config().workflow(type)->nameZh
                                                              : type)));
    return false;
}

QJsonObject staffView(CaseDesk& desk, const CaseRecord& c)
{
    const CaseEngine& e = desk.engine();
    return caseJson(c, e.config(), e.calendar(), e.today(), CaseAudience::Staff);
}

QJsonArray staffViews(CaseDesk& desk, const QList<CaseRecord>& cases)
{
    QJsonArray out;
    for (const CaseRecord& c : cases) {
        out.append(staffView(desk, c));
    }
    return out;
}

/// The second staff member of a joint step must be a real, enabled account granted the case's type:
/// a name typed at the counter is checked before the engine records it as a signature.
bool secondStaffMayAct(OpContext& ctx, CaseDesk& desk, const QString& number, const QString& user)
{
    const CaseRecord* known = desk.engine().find(number);
    const auto account = ctx.auth.staffAccount(user);
    QString problem;
    if (!account || account->disabledAt.isValid()) {
        problem = QStringLiteral("没有可用的工作人员账号 %1").arg(user.left(64));
    } else if (known && !desk.mayHandle(user, known->type)) {
        problem = QStringLiteral("工作人员 %1 未获准办理「%2」")
                      .arg(user.left(64), desk.engine().config().workflow(known->type)
                                              ? desk.engine().config().workflow(known->type)->nameZh
                                              : known->type);
    }
    if (problem.isEmpty()) {
        return true;
    }
    ctx.respond(refusal(ErrorCode::NotPermitted, problem));
    return false;
}

/// Runs a change on one existing case (argument checks done) through the one runner, after the
/// permission for its type.
void runOnCase(OpContext ctx, CaseDesk& desk, const QString& number,
               std::function<CaseResult<CaseRecord>(CaseEngine&, const QString& staff)> change)
{
    const CaseRecord* known = desk.engine().find(number);
    if (known && !permitted(ctx, desk, known->type)) {
        return;
    }
    Change c;
    c.apply = [&desk, change, number, staff = ctx.actingStaff()] {
        return outcomeOf(
            change(desk.engine(), staff),
            [&desk](const CaseRecord& r) {
                return QJsonObject{{QStringLiteral("case"), staffView(desk, r)}};
            },
            [&number](const CaseRecord& r) {
                return QStringLiteral("case %1 step %2").arg(number).arg(r.step + 1);
            });
    };
    runChange(std::move(ctx), std::move(c));
}

} // namespace

void opCaseTypes(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {});
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    QJsonObject result = workflowsJson(desk->engine().config());
    if (ctx.session->is(Role::Counter)) {
        const auto types = desk->store().staffCaseTypes(ctx.session->staffUser());
        result.insert(QStringLiteral("permitted"),
                      QJsonArray::fromStringList(types.ok() ? types.value() : QStringList()));
    }
    ctx.respond(success(result));
}

void opCaseLookup(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"idNumber", "phone", "caseNumber"});
    const QString id = a.string("idNumber", 20);
    const QString phone = a.optionalString("phone", 20).value_or(QString());
    const QString number = a.optionalString("caseNumber", 24).value_or(QString());
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    // Looked up now (the lookup counts misses against the limits in this turn's order), answered
    // after the turn's commit, so a kiosk never shows a step that could still be lost.
    auto found = desk->engine().lookup(LookupRequest{ctx.session->device, id, phone, number});
    runRead(ctx, [desk, found] {
        if (!found) {
            return refusal(found.error());
        }
        QJsonArray cases;
        const CaseEngine& e = desk->engine();
        for (const CaseRecord& c : found.value()) {
            cases.append(caseJson(c, e.config(), e.calendar(), e.today(), CaseAudience::Resident));
        }
        return success(QJsonObject{{QStringLiteral("cases"), cases}},
                       QStringLiteral("%1 cases").arg(cases.size()));
    });
}

void opCaseFind(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "idNumber"});
    const auto number = a.optionalString("number", 24);
    const auto id = a.optionalString("idNumber", 20);
    if (!a.ok() || number.has_value() == id.has_value()) {
        ctx.respond(
            a.ok() ? refusal(ErrorCode::InvalidArgument, QStringLiteral("请给出办件编号或身份证号码之一"))
                   : refusal(a.error()));
        return;
    }
    QList<CaseRecord> cases;
    if (number) {
        const CaseRecord* c = desk->engine().find(*number);
        if (!c) {
            ctx.respond(refusal(caseError(CaseErrorCode::UnknownCase,
                                          QStringLiteral("没有编号为 %1 的办件").arg(number->left(24)))));
            return;
        }
        cases << *c;
    } else {
        auto r = desk->engine().byIdNumber(*id);
        if (!r) {
            ctx.respond(refusal(r.error()));
            return;
        }
        cases = r.value();
    }
    QList<CaseRecord> visible;
    for (const CaseRecord& c : std::as_const(cases)) {
        if (ctx.session->is(Role::Admin) || desk->mayHandle(ctx.session->staffUser(), c.type)) {
            visible << c;
        }
    }
    ctx.respond(success(QJsonObject{{QStringLiteral("cases"), staffViews(*desk, visible)}}));
}

void opCaseAccept(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"type", "office", "name", "idNumber", "phone", "householdSize",
                                             "note", "requestId"});
    AcceptRequest r;
    r.type = a.string("type", 40);
    r.office = a.string("office", 40);
    r.name = a.string("name", 40);
    r.idNumber = a.string("idNumber", 20);
    r.phone = a.string("phone", 20);
    r.householdSize = a.optionalInteger("householdSize", 1, 30).value_or(1);
    r.note = a.optionalString("note", 500).value_or(QString());
    a.optionalString("requestId", 64);
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    if (!permitted(ctx, *desk, r.type)) {
        return;
    }
    Change change;
    change.personalArgs = true;
    change.apply = [desk, r, staff = ctx.actingStaff()] {
        return outcomeOf(
            desk->engine().accept(r, staff),
            [desk](const CaseRecord& c) {
                return QJsonObject{{QStringLiteral("case"), staffView(*desk, c)}};
            },
            [](const CaseRecord& c) { return QStringLiteral("case %1 accepted").arg(c.number); });
    };
    runChange(std::move(ctx), std::move(change));
}

void opCaseAdvance(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "step", "note", "secondStaff", "outcome",
                                             "recipientSigned", "requestId"});
    const QString number = a.string("number", 24);
    const int step = a.integer("step", 0, 100);
    const QString note = a.optionalString("note", 500).value_or(QString());
    const QString second = a.optionalString("secondStaff", 64).value_or(QString()).trimmed();
    const StepPass pass{a.optionalString("outcome", 32).value_or(QString()),
                        a.optionalBool("recipientSigned").value_or(false)};
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    if (!second.isEmpty() && !secondStaffMayAct(ctx, *desk, number, second)) {
        return;
    }
    runOnCase(ctx, *desk, number, [=](CaseEngine& e, const QString& staff) {
        return e.advance(number, step, staff, note, second, pass);
    });
}

void opCaseObjection(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "step", "note", "requestId"});
    const QString number = a.string("number", 24);
    const int step = a.integer("step", 0, 100);
    const QString note = a.string("note", 500);
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    runOnCase(ctx, *desk, number, [=](CaseEngine& e, const QString& staff) {
        return e.recordObjection(number, step, staff, note);
    });
}

void opCaseResolveObjection(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "step", "outcome", "note", "requestId"});
    const QString number = a.string("number", 24);
    const int step = a.integer("step", 0, 100);
    const QString outcome = a.string("outcome", 16);
    const QString note = a.string("note", 500);
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    if (outcome != QLatin1String("upheld") && outcome != QLatin1String("dismissed")) {
        ctx.respond(
            refusal(ErrorCode::InvalidArgument, QStringLiteral("参数 outcome 必须是 upheld 或 dismissed")));
        return;
    }
    const bool upheld = outcome == QLatin1String("upheld");
    runOnCase(ctx, *desk, number, [=](CaseEngine& e, const QString& staff) {
        return e.resolveObjection(number, step, upheld, staff, note);
    });
}

void opCaseReturn(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "step", "missing", "requestId"});
    const QString number = a.string("number", 24);
    const int step = a.integer("step", 0, 100);
    const QString missing = a.string("missing", 500);
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    runOnCase(ctx, *desk, number, [=](CaseEngine& e, const QString& staff) {
        return e.returnForDocuments(number, step, missing, staff);
    });
}

void opCaseDocumentsReceived(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "note", "requestId"});
    const QString number = a.string("number", 24);
    const QString note = a.optionalString("note", 500).value_or(QString());
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    runOnCase(ctx, *desk, number,
              [=](CaseEngine& e, const QString& staff) { return e.documentsReceived(number, staff, note); });
}

void opCaseRefuse(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "step", "reason", "requestId"});
    const QString number = a.string("number", 24);
    const int step = a.integer("step", 0, 100);
    const QString reason = a.string("reason", 500);
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    runOnCase(ctx, *desk, number,
              [=](CaseEngine& e, const QString& staff) { return e.refuse(number, step, reason, staff); });
}

void opCaseWithdraw(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "note", "requestId"});
    const QString number = a.string("number", 24);
    const QString note = a.optionalString("note", 500).value_or(QString());
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    runOnCase(ctx, *desk, number,
              [=](CaseEngine& e, const QString& staff) { return e.withdraw(number, staff, note); });
}

void opCaseNote(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"number", "note", "requestId"});
    const QString number = a.string("number", 24);
    const QString note = a.string("note", 500);
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    runOnCase(ctx, *desk, number,
              [=](CaseEngine& e, const QString& staff) { return e.addNote(number, staff, note); });
}

void opCaseImport(OpContext ctx)
{
    CaseDesk* desk = caseDeskOf(ctx);
    if (!desk) {
        return;
    }
    protocol::ArgReader a(ctx.request.args, {"csv"});
    const QString csv = a.string("csv", kMaxImportBytes);
    if (!a.ok()) {
        ctx.respond(refusal(a.error()));
        return;
    }
    QByteArray bytes = csv.toUtf8();
    if (bytes.size() > kMaxImportBytes) {
        ctx.respond(refusal(
            ErrorCode::InvalidArgument,
            QStringLiteral("参数 csv 超过 %1 字节（UTF-8）；请分成几个文件导入，或用 hall-admin case import")
                .arg(kMaxImportBytes)));
        return;
    }
    Change change;
    change.apply = [desk, bytes = std::move(bytes), staff = ctx.actingStaff()] {
        return outcomeOf(
            desk->importCsv(bytes, staff),
            [](int imported) {
                return QJsonObject{{QStringLiteral("imported"), imported}};
            },
            [](int imported) { return QStringLiteral("%1 cases imported").arg(imported); });
    };
    runChange(std::move(ctx), std::move(change));
}

} // namespace hall
