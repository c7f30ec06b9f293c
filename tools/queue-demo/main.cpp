// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-queue-demo: shows the queue engine at work on a real SQLite file, for newcomers.
// It simulates a morning at two counters on a manual clock, so it runs the same at any hour.
// --history-days N first plays the N open days before that morning as a busy hall
// (history::HistoryPlayer), so reports have a month to show; --no-morning stops after them.
#include "domain/hallconfig.h"
#include "domain/halltime.h"
#include "historyplayer.h"
#include "storage/durablequeue.h"
#include "storage/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace hall;

namespace {

QTextStream out(stdout);

QString priorityZh(PriorityClass p)
{
    switch (p) {
    case PriorityClass::Normal:
        return {};
    case PriorityClass::Elder:
        return QStringLiteral(" [优先: 70岁以上]");
    case PriorityClass::Disabled:
        return QStringLiteral(" [优先: 残疾人]");
    case PriorityClass::Military:
        return QStringLiteral(" [优先: 军人优抚]");
    case PriorityClass::Pregnant:
        return QStringLiteral(" [优先: 孕妇]");
    }
    return {};
}

QString summary(const Ticket& t)
{
    return QStringLiteral("%1 (%2)").arg(t.number, toString(t.state));
}
QString summary(const CounterState& c)
{
    return toString(c.status);
}

void printQueue(const QueueEngine& engine, const Clock& clock, const QString& heading)
{
    out << "\n== " << heading << " (" << halltime::local(clock.now()).toString(QStringLiteral("HH:mm"))
        << ")\n";
    for (const ServiceDef& s : engine.config().catalogue.services()) {
        const int waiting = engine.waitingCount(s.id);
        if (waiting == 0) {
            continue;
        }
        out << "  " << s.prefix << " " << s.nameZh << ": " << waiting << " 人等候, 新取号约等 "
            << engine.estimateNewTicketMinutes(s.id) << " 分钟\n";
    }
    for (const Ticket& t : engine.snapshot().tickets) {
        if (t.state != TicketState::Waiting) {
            continue;
        }
        const auto e = engine.estimate(t.number);
        out << "    " << t.number << "  " << engine.config().catalogue.service(t.currentService())->nameZh
            << priorityZh(t.priority)
            << (t.errands.size() > 1
                    ? QStringLiteral(" [一号多办 %1/%2]").arg(t.currentErrand + 1).arg(t.errands.size())
                    : QString())
            << "  前面 " << e->ahead << " 人, 约 " << e->waitMinutes << " 分钟\n";
    }
    for (const CounterDef& c : engine.config().catalogue.counters()) {
        const CounterState* s = engine.counter(c.number);
        if (s->status == CounterStatus::Closed) {
            continue;
        }
        const Ticket* current = engine.ticketById(s->currentTicket);
        out << "  " << c.name << ": " << toString(s->status)
            << (current ? QStringLiteral(" — %1 (%2)").arg(current->number, toString(current->state))
                        : QString())
            << "\n";
    }
    out.flush();
}

template <typename T>
void step(DurableQueue& q, const QString& what, const std::function<Result<T>(QueueEngine&)>& op)
{
    const Result<T> r = q.run<T>(op);
    out << (r.ok() ? "  ✓ " : "  ✗ ") << what;
    if (r.ok()) {
        out << " → " << summary(r.value());
    } else {
        out << " → " << errorCodeName(r.error().code) << ": " << r.error().message;
    }
    out << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Queue engine demo: two counters, one simulated morning."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file to use (created if missing)."),
                      QStringLiteral("path"), QStringLiteral("hall-demo.sqlite")});
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("Hall configuration JSON (default: built in)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("date"),
                      QStringLiteral("The morning to play (default: the hall's first open day from today)."),
                      QStringLiteral("yyyy-mm-dd")});
    parser.addOption({QStringLiteral("history-days"),
                      QStringLiteral("First play this many open days before the morning (a busy hall, "
                                     "reproducible), for the reports."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("no-morning"), QStringLiteral("Stop after the history.")});
    parser.process(app);

    Result<HallConfig> config = parser.isSet(QStringLiteral("config"))
                                    ? loadHallConfig(parser.value(QStringLiteral("config")))
                                    : defaultHallConfig();
    if (!config) {
        QTextStream(stderr) << config.error().message << "\n";
        return 2;
    }
    auto store =
        SqlStore::open({QStringLiteral("QSQLITE"), parser.value(QStringLiteral("db")), {}, 0, {}, {}, 5000});
    if (!store) {
        QTextStream(stderr) << store.error().message << "\n";
        return 1;
    }
    // The queue follows the hall calendar: a demo morning on a closed day would issue no tickets.
    QDate day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid()) {
        day = QDate::currentDate();
        const HallCalendar& calendar = *config.value().calendar;
        if (calendar.hallDay(day).status != HallDay::Status::Open) {
            day = calendar.nextOpenDay(day);
        }
    }
    // The history's days: the open days before the morning, oldest first.
    const HallCalendar& calendar = *config.value().calendar;
    QList<QDate> history;
    for (QDate d = day.addDays(-1);
         history.size() < parser.value(QStringLiteral("history-days")).toInt() && d > day.addDays(-400);
         d = d.addDays(-1)) {
        if (calendar.hallDay(d).status == HallDay::Status::Open) {
            history.prepend(d);
        }
    }
    ManualClock clock(halltime::at(history.isEmpty() ? day : history.first(), QTime(9, 0)));
    QueueEngine engine(config.value(), clock);
    DurableQueue queue(engine, *store.value());
    if (auto e = queue.restore()) {
        QTextStream(stderr) << e->message << "\n";
        return 1;
    }
    if (!history.isEmpty()) {
        // Every window of the hall, staffed by the demo's people; 110–190 tickets a day.
        const QStringList people{QStringLiteral("li"),   QStringLiteral("wang"), QStringLiteral("zhang"),
                                 QStringLiteral("liu"),  QStringLiteral("chen"), QStringLiteral("yang"),
                                 QStringLiteral("zhao"), QStringLiteral("huang")};
        const int windows = int(config->catalogue.counters().size());
        history::HistoryPlayer::Options options{150, windows, {}, 2026, true};
        for (int c = 1; c <= windows; ++c) {
            options.staff.append(Actor{people.value(c - 1, QStringLiteral("staff%1").arg(c)),
                                       QStringLiteral("counter-pc-%1").arg(c)});
        }
        history::HistoryPlayer player(engine, queue, clock, options);
        long issued = 0;
        for (const QDate& d : history) {
            clock.set(halltime::at(d, QTime(4, 0)));
            queue.tick(); // the rollover into the day
            player.setPerDay(110 + (d.dayOfWeek() == 1 ? 80 : (d.day() * 7) % 50)); // Mondays are busiest
            issued += player.playDay(d);
        }
        queue.flush();
        out << "历史: " << history.size() << " 个工作日 (" << history.first().toString(Qt::ISODate) << " – "
            << history.last().toString(Qt::ISODate) << "), 共取号 " << issued << "\n";
        if (parser.isSet(QStringLiteral("no-morning"))) {
            out.flush();
            return 0;
        }
        clock.set(halltime::at(day, QTime(4, 0)));
        queue.tick();
        clock.set(halltime::at(day, QTime(9, 0)));
    }
    const Actor staff{QStringLiteral("demo-staff"), QStringLiteral("counter-pc")};
    const Actor kiosk{QString(), QStringLiteral("kiosk-1")};
    out << config->catalogue.centreNameZh()
        << " — 排队引擎演示 (database: " << parser.value(QStringLiteral("db")) << ")\n";

    for (int counter : {1, 4}) {
        step<CounterState>(queue, QStringLiteral("开启 %1 号窗口").arg(counter),
                           [&](QueueEngine& e) { return e.openCounter(counter, staff); });
    }
    const QList<std::pair<QStringList, PriorityClass>> residents{
        {{QStringLiteral("marriage")}, PriorityClass::Normal},
        {{QStringLiteral("assistance"), QStringLiteral("elderly")}, PriorityClass::Normal},
        {{QStringLiteral("assistance")}, PriorityClass::Elder},
        {{QStringLiteral("marriage")}, PriorityClass::Normal},
        {{QStringLiteral("assistance")}, PriorityClass::Normal},
        {{QStringLiteral("assistance")}, PriorityClass::Normal},
        {{QStringLiteral("marriage")}, PriorityClass::Pregnant},
    };
    for (const auto& [services, priority] : residents) {
        clock.advanceSecs(90);
        step<Ticket>(queue, QStringLiteral("取号 %1").arg(services.join(QLatin1Char('+'))),
                     [&](QueueEngine& e) {
                         return e.issue(IssueRequest{services, priority, {}, std::nullopt, kiosk});
                     });
    }
    printQueue(engine, clock, QStringLiteral("取号后"));

    const auto serve = [&](int counter, int minutes) {
        step<Ticket>(queue, QStringLiteral("%1 号窗口叫下一位").arg(counter),
                     [&](QueueEngine& e) { return e.callNext(counter, staff); });
        step<Ticket>(queue, QStringLiteral("%1 号窗口开始办理").arg(counter),
                     [&](QueueEngine& e) { return e.start(counter, staff); });
        clock.advanceSecs(60 * minutes);
        step<Ticket>(queue, QStringLiteral("%1 号窗口办结 (满意)").arg(counter),
                     [&](QueueEngine& e) { return e.finish(counter, Rating::Satisfied, staff); });
    };
    serve(1, 12);
    serve(4, 7);
    serve(4, 9);
    printQueue(engine, clock, QStringLiteral("两个窗口各办理后"));

    step<Ticket>(queue, QStringLiteral("4 号窗口叫下一位"),
                 [&](QueueEngine& e) { return e.callNext(4, staff); });
    for (int i = 0; i < 3; ++i) {
        step<Ticket>(queue, QStringLiteral("4 号窗口重呼"),
                     [&](QueueEngine& e) { return e.recall(4, staff); });
    }
    step<Ticket>(queue, QStringLiteral("1 号窗口办结一个没有叫过的号"),
                 [&](QueueEngine& e) { return e.finish(1, Rating::None, staff); });
    step<CounterState>(queue, QStringLiteral("1 号窗口暂停"),
                       [&](QueueEngine& e) { return e.pauseCounter(1, staff); });
    step<Ticket>(queue, QStringLiteral("1 号窗口叫下一位"),
                 [&](QueueEngine& e) { return e.callNext(1, staff); });
    // Open again: `./hall demo` hands window 1 to the counter client, where F1 must call at once.
    step<CounterState>(queue, QStringLiteral("1 号窗口恢复服务"),
                       [&](QueueEngine& e) { return e.resumeCounter(1, staff); });
    printQueue(engine, clock, QStringLiteral("过号、暂停与恢复后"));

    out << "\n日志共 " << engine.lastSeq() << " 条事件, 已全部写入 " << parser.value(QStringLiteral("db"))
        << "\n";
    return 0;
}
