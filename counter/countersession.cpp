// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countersession.h"

#include "errortext.h"

#include <QLoggingCategory>

namespace hall {

namespace {

Q_LOGGING_CATEGORY(lcSession, "hall.counter")

// Events after which today's counts and calendar alerts (hall.overview) are worth fetching again.
bool changesCounts(const QString& kind)
{
    return kind == QLatin1String("ticket.issued") || kind == QLatin1String("ticket.finished") ||
           kind == QLatin1String("ticket.setAside") || kind == QLatin1String("ticket.cancelled") ||
           kind == QLatin1String("ticket.rated") || kind == QLatin1String("counter.changed") ||
           kind == QLatin1String("day.rolledOver") || kind == QLatin1String("calendar.changed");
}

} // namespace

CounterSession::CounterSession(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_connection(m_options.offlineAfterMs)
{
    m_overviewTimer.setSingleShot(true);
    m_overviewTimer.setInterval(m_options.overviewDebounceMs);
    connect(&m_overviewTimer, &QTimer::timeout, this, &CounterSession::refreshOverview);
    // Waited minutes grow while nothing happens.
    m_minuteTimer.setInterval(20000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &CounterSession::changed);
    connect(&m_connection, &ConnectionWatch::changed, this, &CounterSession::connectionChanged);
}

CounterSession::~CounterSession()
{
    // The client's callbacks refer to the owner's models; it goes first.
    delete m_client.data();
}

void CounterSession::failLogin(const QString& error)
{
    m_loginError = error;
    emit loginChanged();
}

void CounterSession::resetLogin()
{
    m_loginBusy = false;
    emit loginChanged();
}

void CounterSession::connectAs(const QString& user, const QString& password)
{
    if (!user.isEmpty()) {
        m_loginError.clear();
        m_loginBusy = true;
        emit loginChanged();
    }
    disconnectNow();
    ServiceClient::Options o;
    o.url = m_options.url;
    o.caFile = m_options.caFile;
    o.role = m_options.role;
    o.device = m_options.device;
    o.token = m_options.token;
    o.staffUser = user;
    o.staffPassword = password;
    o.backoffMaxMs = m_options.backoffMaxMs;
    o.requestTimeoutMs = m_options.requestTimeoutMs;
    m_client = new ServiceClient(o, this);
    m_connection.setClient(m_client);
    connect(m_client, &ServiceClient::ready, this, [this] {
        if (m_loginBusy) {
            m_loginBusy = false;
            emit loginChanged();
        }
        emit ready();
        refreshOverview();
    });
    connect(m_client, &ServiceClient::refused, this, [this](const QString& code, const QString& message) {
        qCInfo(lcSession) << "refused:" << code << message;
        m_loginBusy = false;
        m_loginError = ErrorText::forCode(code);
        emit loginChanged();
        disconnectNow();
        emit refused();
    });
    // A wrong or revoked device token is not a wrong password: say so, and let the client keep asking
    // (an operator may authorise this PC again) rather than sending staff back to retype.
    connect(m_client, &ServiceClient::unauthorised, this,
            [this](const QString& code, const QString& message) {
                qCWarning(lcSession).noquote()
                    << "this counter device is not authorised by the service:" << code << message;
                if (m_loginBusy) {
                    m_loginBusy = false;
                    m_loginError = ErrorText::forCode(QStringLiteral("DEVICE_UNAUTHORISED"));
                    emit loginChanged();
                }
            });
    connect(m_client, &ServiceClient::snapshotChanged, this, &CounterSession::changed);
    connect(m_client, &ServiceClient::resynced, this, &CounterSession::refreshOverview);
    connect(m_client, &ServiceClient::eventReceived, this, &CounterSession::onEvent);
    emit clientChanged();
    emit connectionChanged();
    m_client->start();
    m_minuteTimer.start();
}

void CounterSession::disconnectNow()
{
    if (m_client.isNull()) {
        return;
    }
    ServiceClient* old = m_client;
    m_client = nullptr;
    m_connection.setClient(nullptr);
    old->disconnect(this);
    old->stop();
    old->deleteLater(); // may be inside one of its own signals
    m_overview = {};
    m_minuteTimer.stop();
    emit clientChanged();
    emit connectionChanged();
}

QString CounterSession::connection() const
{
    return m_connection.connection();
}

void CounterSession::refreshOverview()
{
    if (m_client.isNull() || !m_client->isReady()) {
        return;
    }
    m_overviewTimer.stop();
    QPointer<ServiceClient> asked = m_client;
    m_client->request(QStringLiteral("hall.overview"), {}, [this, asked](const ServiceReply& r) {
        if (!r.ok || asked != m_client) {
            return;
        }
        m_overview = r.result;
        const QDateTime now =
            QDateTime::fromString(r.result.value(QLatin1String("now")).toString(), Qt::ISODate);
        if (now.isValid()) {
            m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(now);
        }
        emit overviewChanged();
    });
}

void CounterSession::onEvent(const QString& kind)
{
    if (changesCounts(kind) && !m_overviewTimer.isActive()) {
        m_overviewTimer.start();
    }
}

} // namespace hall
