// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/residentlinks.h"
#include "http/httplistener.h"
#include "http/residenttext.h"
#include "http/ticketwatchers.h"
#include "ratelimiter.h"

#include <QHash>
#include <QTimer>

#include <unordered_map>

namespace hall {

class Dispatcher;
class HallState;
class RequestLog;

/// The residents' pages on the hall's guest network (a listener of its own, never the device port
/// nor the operator's): the ticket page `/t/DAY/NUMBER/TAG` (live through TicketWatchers), the
/// booking page `/b/CODE/TAG` with its check-in QR code and the couple's cancellation, and the
/// pages' own script and style under `/r/`, all compiled in. A page is found only with the right tag
/// (ResidentLinks); it shows no names, ID or phone numbers. Each client address has a request budget
/// and a smaller one for wrong addresses (guessing), and the live pages are bounded per address and
/// in total.
class ResidentPages : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int watchers = 4000;
        int watchersPerAddress = 6;
        int placeSpacingMs = 1000;    ///< TicketWatchers::Limits::placeSpacingMs
        double requestsPerSecond = 2; ///< per client address, after a burst of requestBurst
        int requestBurst = 40;
        double missesPerSecond = 0.1; ///< pages not found (a wrong tag, number or code) per address …
        int missBurst = 10;           ///< … after a burst of this many
        int cancelsPerHour = 6;       ///< cancellation attempts per address (four digits are few)
    };

    /// A cancellation's outcome goes to `log` (the request log and /metrics), as a device's would.
    ResidentPages(HallState& hall, Dispatcher& dispatcher, RequestLog& log, const ResidentLinks& links,
                  Limits limits, QObject* parent = nullptr);

    /// HTTPS for the pages (before listen()); a refusal names the file.
    std::optional<Error> enableTls(const QString& certificateFile, const QString& keyFile)
    {
        return m_listener.enableTls(certificateFile, keyFile);
    }
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const { return m_listener.port(); }
    const HttpListener& listener() const { return m_listener; }
    TicketWatchers& watchers() { return m_watchers; }
    /// Requests refused by the per-address budgets (for /metrics and tests).
    qint64 limited() const { return m_limited; }

private:
    struct Budget
    {
        explicit Budget(const Limits& l)
            : requests(l.requestsPerSecond, l.requestBurst), misses(l.missesPerSecond, l.missBurst),
              cancels(l.cancelsPerHour / 3600.0, l.cancelsPerHour)
        {}
        RateLimiter requests;
        RateLimiter misses;
        RateLimiter cancels;
        qint64 lastSeenMs = 0;
    };
    using Response = std::shared_ptr<HttpResponse>;

    Budget* admit(const QHttpServerRequest& request, const Response& response);
    void notFound(Budget& budget, const Response& response);
    void ticket(const QHttpServerRequest& request, const Response& response);
    void booking(const QHttpServerRequest& request, const Response& response);
    void cancel(const QHttpServerRequest& request, const Response& response);
    void asset(const QHttpServerRequest& request, const Response& response);
    QByteArray page(const QString& file, const QString& path, const QString& number,
                    const QJsonObject& state) const;
    QJsonObject bookingState(const QString& code) const;

    HallState& m_hall;
    Dispatcher& m_dispatcher;
    RequestLog& m_log;
    const ResidentLinks& m_links;
    Limits m_limits;
    ResidentText m_text;
    QHash<QString, QByteArray> m_templates; ///< the pages' HTML, its words filled in (Chinese)
    HttpListener m_listener;
    TicketWatchers m_watchers;
    std::unordered_map<QString, Budget> m_budgets; ///< per client address
    QTimer m_prune;
    QElapsedTimer m_clock;
    qint64 m_limited = 0;
};

} // namespace hall
