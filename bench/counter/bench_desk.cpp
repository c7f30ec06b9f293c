// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-counter-desk: "actions answer within a frame". A counter client with its pages offscreen
// against a real hall-service works N tickets by keys (F1 call, F3 start, F4 finish) and measures
// per key press: key press → request handed to the socket (the page's key handler, the key map, the
// action, the request), and the service's answer (the event that changes the ticket in hand) →
// models rebuilt → the next frame rendered. Also the whole round trip key → new frame.
#include "client/waituntil.h"
#include "counterapp.h"
#include "countercontroller.h"
#include "serviceprocess.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QString summarise(std::vector<double> v)
{
    if (v.empty()) {
        return QStringLiteral("no samples");
    }
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) {
        return v.at(std::min(v.size() - 1, static_cast<size_t>(q * double(v.size()))));
    };
    return QStringLiteral("median %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms (n=%5)")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(at(0.99), 0, 'f', 2)
        .arg(v.back(), 0, 'f', 2)
        .arg(v.size());
}

QString admin(const QString& dir, const QStringList& args, const QByteArray& input = {})
{
    return hall::ServiceProcess::admin(dir, args, input).out.trimmed();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication qapp(argc, argv);
    QTextStream out(stdout);
    const int tickets = qEnvironmentVariableIntValue("HALL_BENCH_TICKETS") > 0
                            ? qEnvironmentVariableIntValue("HALL_BENCH_TICKETS")
                            : 150;

    QTemporaryDir dir;
    admin(dir.path(), {QStringLiteral("init")});
    const QString counterToken =
        admin(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                           QStringLiteral("counter"), QStringLiteral("--name"), QStringLiteral("counter-1")});
    const QString adminToken =
        admin(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                           QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("admin-1")});
    admin(dir.path(),
          {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("li"),
           QStringLiteral("--name"), QStringLiteral("李明"), QStringLiteral("--counters"),
           QStringLiteral("*")},
          "bench-password\n");
    hall::ServiceProcess service;
    if (!service.start(dir.path(),
                       {QStringLiteral("--quiet"), QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                        QStringLiteral("--rate-burst"), QStringLiteral("100000"),
                        QStringLiteral("--start-time"), QStringLiteral("2026-11-24T10:00:00+08:00")},
                       15000)) {
        out << "bench-counter-desk: " << service.error() << "\n";
        return 1;
    }
    const QUrl url = service.url();

    // The tickets, issued by an admin device (the kiosk's own path is benchmarked elsewhere).
    hall::ServiceClient::Options ao;
    ao.url = url;
    ao.role = QStringLiteral("admin");
    ao.device = QStringLiteral("admin-1");
    ao.token = adminToken;
    ao.subscribe = false;
    hall::ServiceClient issuer(ao);
    issuer.start();
    int issued = 0;
    for (int i = 0; i < tickets; ++i) {
        issuer.request(QStringLiteral("ticket.issue"),
                       {{QStringLiteral("services"), QJsonArray{QStringLiteral("enquiries")}},
                        {QStringLiteral("requestId"), hall::ServiceClient::newRequestId()}},
                       [&](const hall::ServiceReply& r) { issued += r.ok ? 1 : 0; });
    }
    hall::waitUntil([&] { return issued == tickets; }, 60000);

    hall::CounterOptions o;
    o.controller.url = url;
    o.controller.device = QStringLiteral("counter-1");
    o.controller.token = counterToken;
    o.controller.defaultUser = QStringLiteral("li");
    o.password = QStringLiteral("bench-password");
    o.window = 8;                 // the integrated window serves enquiries
    o.controller.ratingAskMs = 1; // the rating prompt would cover the desk
    hall::CounterApp app(o);
    if (!app.load()) {
        return 1;
    }
    app.start();
    hall::CounterController* c = app.controller();
    if (!hall::waitUntil(
            [&] {
                return c->stage() == hall::CounterController::Stage::Desk &&
                       c->waiting()->rowCount() == tickets;
            },
            30000)) {
        out << "bench-counter-desk: the desk did not come up (" << issued << " tickets)\n";
        return 1;
    }
    QQuickWindow* window = app.window();
    window->requestActivate();
    hall::waitUntil([] { return false; }, 300);

    std::vector<double> keyToSent;
    std::vector<double> answerToFrame;
    std::vector<double> keyToFrame;
    QElapsedTimer clock;
    clock.start();
    qint64 pressedAt = 0;
    qint64 changedAt = 0;
    qint64 framedAt = 0;
    QString seenState;
    QObject::connect(c, &hall::CounterController::rebuilt, c, [&] {
        const QString state = c->ticket()->number() + c->ticket()->state();
        if (changedAt == 0 && pressedAt != 0 && state != seenState) {
            changedAt = clock.nsecsElapsed();
        }
    });
    QObject::connect(window, &QQuickWindow::frameSwapped, c, [&] {
        if (changedAt != 0 && framedAt == 0) {
            framedAt = clock.nsecsElapsed();
        }
    });
    const auto press = [&](int key) {
        seenState = c->ticket()->number() + c->ticket()->state();
        changedAt = 0;
        framedAt = 0;
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
        QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
        pressedAt = clock.nsecsElapsed();
        QCoreApplication::sendEvent(window, &down); // the handler sends the request before returning
        const qint64 sentAt = clock.nsecsElapsed();
        QCoreApplication::sendEvent(window, &up);
        if (!hall::waitUntil([&] { return framedAt != 0 && !c->actions()->busy(); }, 10000)) {
            return false;
        }
        keyToSent.push_back(double(sentAt - pressedAt) / 1e6);
        answerToFrame.push_back(double(framedAt - changedAt) / 1e6);
        keyToFrame.push_back(double(framedAt - pressedAt) / 1e6);
        return true;
    };
    for (int i = 0; i < tickets; ++i) {
        if (!press(Qt::Key_F1) || !press(Qt::Key_F3) || !press(Qt::Key_F4)) {
            out << "bench-counter-desk: ticket " << i + 1 << " stalled (" << c->actions()->errorCode()
                << ")\n";
            return 1;
        }
        c->rating()->dismiss();
    }
    out << "bench-counter-desk: " << tickets << " tickets called, started and finished by keys (F1, F3, F4), "
        << "pages offscreen, service on loopback\n";
    out << "  key press -> request sent:        " << summarise(keyToSent) << "\n";
    out << "  answer (event) -> frame rendered:  " << summarise(answerToFrame) << "\n";
    out << "  key press -> new frame (round trip, incl. the service's group commit): "
        << summarise(keyToFrame) << "\n";
    service.kill();
    return 0;
}
