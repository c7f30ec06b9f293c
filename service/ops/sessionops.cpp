// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hello, staff.login, staff.logout, hall.snapshot, subscribe.
#include "auth/secrets.h"
#include "changerunner.h"
#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <variant>

namespace hall {

using protocol::ArgReader;

namespace {

// A relay's one connection carries every request of the displays behind it (their hellos at a
// reconnect among them): it gets this many connections' worth of the per-connection rate limit.
constexpr double kRelayRateShare = 50;

/// The device named by hello's or relay.admit's arguments, when its token is right and it is not
/// revoked; else the refusal (one message for every case, so a caller learns nothing about which
/// devices exist). `only` narrows the roles accepted (relay.admit: displays only).
std::variant<Role, Outcome> checkDevice(OpContext& ctx, ArgReader& args, std::optional<Role> only)
{
    const QString roleName = args.string("role", 16);
    const QString device = args.string("device", 64);
    const QString token = args.string("token", 200);
    if (!args.ok()) {
        return refusal(args.error());
    }
    const auto role = roleFromString(roleName);
    if (!role) {
        return refusal(ErrorCode::InvalidArgument,
                       QStringLiteral("参数 role 必须是 kiosk、counter、display、relay 或 admin"));
    }
    if (only && *role != *only) {
        return refusal(ErrorCode::Forbidden,
                       QStringLiteral("经中继只能连接显示屏 (display)，%1 请直接连接服务").arg(roleName));
    }
    const auto known = ctx.auth.device(device);
    if (!known || known->revokedAt.isValid() || known->role != *role ||
        !secrets::tokenMatches(token, known->tokenHash)) {
        return refusal(ErrorCode::AuthFailed, QStringLiteral("设备未授权、已吊销或令牌无效"));
    }
    return *role;
}

QJsonObject welcome(const OpContext& ctx, Role role, const QString& device)
{
    return {{QStringLiteral("protocol"), protocol::kVersion},
            {QStringLiteral("role"), toString(role)},
            {QStringLiteral("device"), device},
            {QStringLiteral("seq"), ctx.hall.engine().lastSeq()},
            {QStringLiteral("centre"), ctx.hall.engine().config().catalogue.centreNameZh()}};
}

} // namespace

void opHello(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"protocol", "role", "device", "token"});
    const int version = args.integer("protocol", 0, 1000);
    if (args.ok() && version != protocol::kVersion) {
        ctx.respond(refusal(ErrorCode::ProtocolVersion,
                            QStringLiteral("本服务只支持协议版本 %1").arg(protocol::kVersion)));
        return;
    }
    if (args.ok() && ctx.session->authenticated()) {
        ctx.respond(refusal(ErrorCode::AlreadyAuthenticated, QStringLiteral("本连接已完成 hello")));
        return;
    }
    const auto checked = checkDevice(ctx, args, std::nullopt);
    if (const auto* refused = std::get_if<Outcome>(&checked)) {
        ctx.respond(*refused);
        return;
    }
    const Role role = std::get<Role>(checked);
    const QString device = ctx.request.args.value(QLatin1String("device")).toString();
    ctx.session->role = role;
    ctx.session->device = device;
    if (role == Role::Relay) {
        ctx.session->limiter.widen(kRelayRateShare);
    }
    ctx.respond(success(welcome(ctx, role, device), QStringLiteral("device=%1").arg(device)));
}

void opRelayAdmit(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"role", "device", "token"});
    const auto checked = checkDevice(ctx, args, Role::Display);
    const QString device = ctx.request.args.value(QLatin1String("device")).toString();
    if (const auto* refused = std::get_if<Outcome>(&checked)) {
        Outcome out = *refused;
        out.detail = QStringLiteral("relay=%1 device=%2").arg(ctx.session->device, device.left(64));
        ctx.respond(out);
        return;
    }
    // Remembered so that revoking the display reaches the relay at once (HallServer::closeDevice).
    ctx.session->relayed.insert(device);
    ctx.respond(success(welcome(ctx, Role::Display, device),
                        QStringLiteral("relay=%1 device=%2").arg(ctx.session->device, device)));
}

void opStaffLogin(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"user", "password"});
    const QString user = args.string("user", 64);
    const QString password = args.string("password", 256);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    const auto account = ctx.auth.staffAccount(user);
    // An unknown or disabled user goes through a check too (against a dummy hash), so neither the
    // reply's timing nor the failure count tells a guesser which user names exist.
    const bool known = account && !account->disabledAt.isValid();
    // User names are unique without regard to case; so is a lockout.
    const LoginGate::Attempt attempt{known ? account->user : user.toLower(), ctx.session->address,
                                     ctx.session->device, known};
    switch (ctx.logins.admit(attempt)) {
    case LoginGate::Verdict::Go:
        break;
    case LoginGate::Verdict::Busy:
        ctx.respond(refusal(ErrorCode::RateLimited, QStringLiteral("登录请求过多，请稍后再试")));
        return;
    case LoginGate::Verdict::Locked:
        ctx.respond(
            refusal(ErrorCode::LoginLocked,
                    QStringLiteral("密码错误次数过多，请 %1 分钟后再试")
                        .arg((ctx.logins.lockedForSeconds(attempt.user, attempt.address) + 59) / 60)));
        return;
    }
    const auto refuse = [respond = ctx.respond] {
        respond(refusal(ErrorCode::AuthFailed, QStringLiteral("用户名或密码错误")));
    };
    const QString hash = known ? account->passwordHash : QString();
    // Argon2id takes ~0.1 s and 64 MiB on purpose: run it on the thread pool, not the event loop.
    QtConcurrent::run([password, hash, known] {
        return secrets::verifyPassword(password, known ? hash : secrets::dummyPasswordHash());
    }).then(&ctx.hall, [ctx, account, refuse, known, attempt](bool verified) {
        const bool ok = known && verified;
        ctx.logins.finished(attempt, ok);
        if (!ok) {
            refuse();
            return;
        }
        StaffAccount signedIn = *account;
        signedIn.passwordHash.clear();
        ctx.session->staff = signedIn;
        QJsonValue counters = QStringLiteral("*");
        if (!signedIn.allCounters) {
            QJsonArray list;
            for (int c : signedIn.counters) {
                list.append(c);
            }
            counters = list;
        }
        ctx.respond(success({{QStringLiteral("user"), signedIn.user},
                             {QStringLiteral("name"), signedIn.displayName},
                             {QStringLiteral("counters"), counters}},
                            QStringLiteral("staff=%1").arg(signedIn.user)));
    });
}

void opStaffLogout(OpContext ctx)
{
    ArgReader args(ctx.request.args, {});
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    const QString user = ctx.session->staffUser();
    ctx.session->staff.reset();
    ctx.respond(success({}, QStringLiteral("staff=%1").arg(user)));
}

namespace {

void sendSnapshot(OpContext ctx, bool subscribe)
{
    ArgReader args(ctx.request.args, {});
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    if (!ctx.session->snapshots.take()) {
        ctx.respond(refusal(ErrorCode::RateLimited, QStringLiteral("快照请求过于频繁，请稍后再试")));
        return;
    }
    // Read at the commit and sent after its sync: until then its bytes are held (heldSnapshotBytes), and
    // the next snapshot's check below counts them, or a storm would pass the check unsent and then
    // arrive all at once, past the cap (4003).
    auto held = std::make_shared<qint64>(0);
    OpContext reading = ctx;
    reading.respond = [respond = std::move(ctx.respond), session = ctx.session, held](Outcome out) {
        session->heldSnapshotBytes -= *held;
        respond(std::move(out));
    };
    // After the commit, so the snapshot shows only durable state and its seq matches the events that
    // follow; subscribing takes effect with it, so no event reaches the client before its snapshot.
    runRead(reading, [ctx = reading, subscribe, held] {
        const qint64 seq = ctx.hall.engine().lastSeq();
        Outcome out = success({}, QStringLiteral("seq=%1").arg(seq));
        QByteArray json = ctx.hall.snapshotJson(ctx.session->eventAudience());
        // A snapshot that would put the connection past its unsent-bytes cap behind what it has not
        // read yet (earlier snapshots) is refused rather than sent: the client is told to wait, not
        // closed (4003). On a connection that has read everything it always goes out.
        const qint64 unsent = ctx.session->unsentBytes() + ctx.session->heldSnapshotBytes;
        if (unsent > 0 && unsent + json.size() > ctx.session->unsentCap) {
            return refusal(ErrorCode::RateLimited, QStringLiteral("上一份快照尚未读完，请稍后再试"));
        }
        *held = json.size();
        ctx.session->heldSnapshotBytes += *held;
        out.encodedResult = std::move(json);
        // A later hall.snapshot on a subscribed connection changes nothing here: events still on
        // their way (pushes are paced) are delivered, and the client drops those it has.
        if (subscribe) {
            ctx.session->subscribedSeq =
                ctx.session->subscribed ? qMax(ctx.session->subscribedSeq, seq) : seq;
            ctx.session->subscribed = true;
        }
        return out;
    });
}

} // namespace

void opSnapshot(OpContext ctx)
{
    sendSnapshot(std::move(ctx), false);
}

void opSubscribe(OpContext ctx)
{
    sendSnapshot(std::move(ctx), true);
}

} // namespace hall
