// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskshell.h"

#include "client/serviceclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcKiosk, "hall.kiosk")

TicketFlow::Options ticketOptions(const KioskShell::Options& o)
{
    TicketFlow::Options t;
    t.requestTimeoutMs = o.requestTimeoutMs;
    t.followUrl = o.followUrl;
    return t;
}
} // namespace

KioskShell::KioskShell(ServiceClient* client, TicketPrinter* printer, Options options, QObject* parent)
    : QObject(parent), m_client(client), m_options(std::move(options)), m_printer(printer),
      m_ticketFlow(client, &m_printer, ticketOptions(m_options)), m_connection(m_options.offlineAfterMs)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs());
    connect(&m_idle, &QTimer::timeout, this, &KioskShell::reset);
    connect(&m_connection, &ConnectionWatch::changed, this, &KioskShell::connectionChanged);
    m_connection.setClient(m_client);
    connect(m_client, &ServiceClient::snapshotChanged, this, [this] {
        m_today.set(m_client->snapshot().value(QLatin1String("calendar")).toObject());
        emit centreChanged();
    });
    connect(&m_ticketFlow, &KioskFlow::activity, this, &KioskShell::noteActivity);
    connect(&m_ticketFlow, &TicketFlow::stepChanged, this, &KioskShell::followTicketFlow);
    connect(&m_ticketFlow, &TicketFlow::left, this, [this] { setPage(Page::Home); });
}

void KioskShell::addFlow(Page page, KioskFlow* flow)
{
    m_flows.insert(page, flow);
    flow->setEnglish(m_english);
    connect(flow, &KioskFlow::activity, this, &KioskShell::noteActivity);
}

KioskFlow* KioskShell::flowOn(Page page)
{
    switch (page) {
    case Page::Choose:
    case Page::Identify:
    case Page::Ticket:
    case Page::Refused:
        return &m_ticketFlow;
    default:
        return m_flows.value(page);
    }
}

QString KioskShell::connection() const
{
    return m_connection.connection();
}

bool KioskShell::serviceAvailable() const
{
    return m_client->isReady();
}

QString KioskShell::centreName() const
{
    return centreNameOf(m_client, m_english);
}

void KioskShell::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    m_ticketFlow.setEnglish(english);
    for (KioskFlow* flow : std::as_const(m_flows)) {
        flow->setEnglish(english);
    }
    m_today.setEnglish(english);
    installTranslator();
    emit englishChanged();
    emit centreChanged();
}

void KioskShell::installTranslator()
{
    QCoreApplication::removeTranslator(&m_translator);
    if (m_english) {
        if (m_translator.isEmpty() && !m_translator.load(QStringLiteral(":/i18n/hall_kiosk_en.qm"))) {
            qCWarning(lcKiosk) << "English translation missing; the kiosk stays in Chinese";
        }
        QCoreApplication::installTranslator(&m_translator);
    }
    if (m_engine != nullptr) {
        m_engine->retranslate();
    }
}

void KioskShell::setElderly(bool elderly)
{
    if (m_elderly == elderly) {
        return;
    }
    m_elderly = elderly;
    m_idle.setInterval(idleTimeoutMs());
    noteActivity();
    emit elderlyChanged();
}

void KioskShell::setPage(Page page)
{
    if (m_page != page) {
        m_page = page;
        // A flow left behind forgets what the resident entered in it: it holds numbers of people.
        KioskFlow* shown = flowOn(page);
        if (shown != &m_ticketFlow) {
            m_ticketFlow.reset();
        }
        for (KioskFlow* flow : std::as_const(m_flows)) {
            if (flow != shown) {
                flow->reset();
            }
        }
        emit pageChanged();
    }
    noteActivity();
}

void KioskShell::followTicketFlow()
{
    if (flowOn(m_page) != &m_ticketFlow) {
        return; // reset while the kiosk shows something else
    }
    static const Page pages[] = {Page::Choose, Page::Identify, Page::Ticket, Page::Refused};
    setPage(pages[int(m_ticketFlow.step())]);
}

void KioskShell::noteActivity()
{
    if (m_page == Page::Home && !m_english && !m_elderly) {
        m_idle.stop(); // nothing to forget
    } else {
        m_idle.start();
    }
}

void KioskShell::startTicket(const QString& serviceId)
{
    m_ticketFlow.start(serviceId);
    setPage(Page::Choose);
}

void KioskShell::onCardRead(const QString& name, const QString& idNumber)
{
    if (KioskFlow* flow = flowOn(m_page)) {
        flow->onCardRead(name, idNumber);
    }
}

void KioskShell::onScan(const QString& payload)
{
    if (KioskFlow* flow = flowOn(m_page)) {
        flow->onScan(payload);
    }
}

void KioskShell::reset()
{
    m_ticketFlow.reset();
    for (KioskFlow* flow : std::as_const(m_flows)) {
        flow->reset();
    }
    setElderly(false);
    setEnglish(false);
    setPage(Page::Home);
    m_idle.stop();
}

} // namespace hall
