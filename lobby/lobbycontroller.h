// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calllistmodel.h"
#include "client/connectionwatch.h"
#include "client/halltoday.h"
#include "hallclock.h"
#include "noticeboard.h"
#include "servicefiguresmodel.h"
#include "windowlistmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>

#include <optional>

namespace hall {

class ServiceClient;

/// What the lobby screen shows, kept equal to the service's snapshot: the latest call, the last
/// calls, every window's state, the waiting figures, the notices, hall time and whether the
/// service is reachable. Holds no rules: every change comes from the client's snapshot, which the
/// client keeps current with events and replaces after a reconnect, so the screen shows the truth.
class LobbyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by LobbyApp")
    Q_PROPERTY(hall::CallListModel* calls READ calls CONSTANT FINAL)
    Q_PROPERTY(hall::WindowListModel* windows READ windows CONSTANT FINAL)
    Q_PROPERTY(hall::ServiceFiguresModel* services READ services CONSTANT FINAL)
    Q_PROPERTY(hall::NoticeBoard* notices READ notices CONSTANT FINAL)
    Q_PROPERTY(hall::HallClock* clock READ clock CONSTANT FINAL)
    /// Today in the hall calendar: the holiday service plan, or why the hall is closed.
    Q_PROPERTY(hall::HallToday* today READ today CONSTANT FINAL)
    /// "connected", "connecting", "reconnecting" or "offline" (refused: it will not come back).
    Q_PROPERTY(QString connection READ connection NOTIFY connectionChanged FINAL)
    Q_PROPERTY(QString centreName READ centreName NOTIFY centreChanged FINAL)
    Q_PROPERTY(bool english READ english NOTIFY englishChanged FINAL)
    Q_PROPERTY(QString latestTicket READ latestTicket NOTIFY latestChanged FINAL)
    Q_PROPERTY(QString latestCounterName READ latestCounterName NOTIFY latestChanged FINAL)
    Q_PROPERTY(int latestCounter READ latestCounter NOTIFY latestChanged FINAL)
    Q_PROPERTY(bool latestRecall READ latestRecall NOTIFY latestChanged FINAL)
    /// Seq of the latest call: rises with every new call, so the page knows when to blink.
    Q_PROPERTY(double latestSeq READ latestSeqValue NOTIFY latestChanged FINAL)
    Q_PROPERTY(double seq READ seqValue NOTIFY rendered FINAL)

public:
    /// Without a client the controller shows only what render() is given (tests, screenshots).
    explicit LobbyController(ServiceClient* client = nullptr, QObject* parent = nullptr);

    /// Shows `snapshot`: every model is brought to it.
    void render(const QJsonObject& snapshot);
    void setEnglish(bool english);
    void setCallsShown(int count) { m_calls.setLimit(count); }

    CallListModel* calls() { return &m_calls; }
    WindowListModel* windows() { return &m_windows; }
    ServiceFiguresModel* services() { return &m_services; }
    NoticeBoard* notices() { return &m_notices; }
    HallClock* clock() { return &m_clock; }
    HallToday* today() { return &m_today; }
    QString connection() const;
    QString centreName() const;
    bool english() const { return m_english; }
    QString latestTicket() const;
    QString latestCounterName() const;
    int latestCounter() const;
    bool latestRecall() const;
    qint64 latestSeq() const;
    double latestSeqValue() const { return double(latestSeq()); } // QML numbers; exact below 2^53
    qint64 seq() const { return m_seq; }
    double seqValue() const { return double(m_seq); }

signals:
    void connectionChanged();
    void centreChanged();
    void englishChanged();
    void latestChanged();
    /// The models show the snapshot of `seq` (the next frame will draw it).
    void rendered(qint64 seq);

private:
    /// Asks for last month's published figures (report.public) once per business day.
    void askMonthlyFigures(const QString& day);

    ServiceClient* m_client;
    CallListModel m_calls;
    WindowListModel m_windows;
    ServiceFiguresModel m_services;
    NoticeBoard m_notices;
    HallClock m_clock;
    HallToday m_today;
    QJsonObject m_centre;
    qint64 m_seq = 0;
    QString m_figuresDay; ///< the business day the monthly figures were asked for
    /// The newest call whose ticket is still at its window; none when every call is over (a
    /// finished ticket is not presented as the one to go to).
    std::optional<CallListModel::Call> m_latest;
    bool m_english = false;
    /// A display keeps its last picture through short outages: "offline" only after a long one.
    ConnectionWatch m_connection{10000};
};

} // namespace hall
