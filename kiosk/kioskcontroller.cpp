#include "kioskcontroller.h"

#include "client/serviceclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcKiosk, "hall.kiosk")
}

KioskController::KioskController(ServiceClient* client, TicketPrinter* printer, Options options,
                                 QObject* parent)
    : QObject(parent), m_client(client), m_options(std::move(options)), m_printer(printer),
      m_requests(client, m_options.requestTimeoutMs), m_connection(m_options.offlineAfterMs)
{
    connect(&m_requests, &JourneyRequests::busyChanged, this, &KioskController::busyChanged);
    m_idInput.setHallDaySource(m_client);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs());
    connect(&m_idle, &QTimer::timeout, this, &KioskController::reset);
    connect(&m_connection, &ConnectionWatch::changed, this, &KioskController::connectionChanged);
    m_connection.setClient(m_client);
    connect(m_client, &ServiceClient::snapshotChanged, this, &KioskController::onSnapshot);
    connect(&m_printer, &PrintStation::finished, this, &KioskController::onPrinted);
}

QString KioskController::connection() const
{
    return m_connection.connection();
}

bool KioskController::serviceAvailable() const
{
    return m_client->isReady();
}

QString KioskController::centreName() const
{
    const QJsonObject centre = m_client->snapshot().value(QLatin1String("centre")).toObject();
    const QString zh = centre.value(QLatin1String("nameZh")).toString();
    const QString en = centre.value(QLatin1String("nameEn")).toString();
    return m_english && !en.isEmpty() ? en : zh;
}

void KioskController::onSnapshot()
{
    m_services.setServices(m_client->snapshot().value(QLatin1String("services")).toArray());
    m_today.set(m_client->snapshot().value(QLatin1String("calendar")).toObject());
    emit centreChanged();
}

void KioskController::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    m_services.setEnglish(english);
    m_ticket.setEnglish(english);
    m_today.setEnglish(english);
    installTranslator();
    emit englishChanged();
    emit centreChanged();
}

void KioskController::installTranslator()
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

void KioskController::setElderly(bool elderly)
{
    if (m_elderly == elderly) {
        return;
    }
    m_elderly = elderly;
    m_idle.setInterval(idleTimeoutMs());
    noteActivity();
    emit elderlyChanged();
}

void KioskController::setPriorityClaim(const QString& claim)
{
    static const QStringList allowed{QString(), QStringLiteral("disabled"), QStringLiteral("military"),
                                     QStringLiteral("pregnant")};
    const QString next = allowed.contains(claim) ? claim : QString();
    if (next != m_priorityClaim) {
        m_priorityClaim = next;
        emit priorityClaimChanged();
    }
}

void KioskController::setPage(Page page)
{
    if (m_page != page) {
        m_page = page;
        emit pageChanged();
    }
    noteActivity();
}

void KioskController::noteActivity()
{
    if (m_page == Page::Home && !m_english && !m_elderly) {
        m_idle.stop(); // nothing to forget
    } else {
        m_idle.start();
    }
}

void KioskController::startTicket(const QString& serviceId)
{
    m_services.clearSelection();
    if (!serviceId.isEmpty()) {
        m_services.select(serviceId);
    }
    setPage(Page::Choose);
}

void KioskController::next()
{
    if (m_page == Page::Choose && m_services.selectedCount() > 0) {
        setPage(Page::Identify);
    }
}

void KioskController::back()
{
    switch (m_page) {
    case Page::Identify:
        setPage(Page::Choose);
        break;
    case Page::Refused:
        m_refusal.clear();
        setPage(m_services.selectedCount() > 0 ? Page::Identify : Page::Home);
        break;
    default:
        // 返回 is one step back, not "start again": the resident's large type and language stay
        // (only 返回首页 and the idle timer reset them).
        forgetJourney();
        setPage(Page::Home);
    }
}

void KioskController::submit()
{
    if (isBusy() || m_services.selectedCount() == 0 || !(m_idInput.isEmpty() || m_idInput.isComplete())) {
        return;
    }
    QJsonObject args{{QStringLiteral("services"), QJsonArray::fromStringList(m_services.selectedIds())}};
    if (!m_priorityClaim.isEmpty()) {
        args.insert(QStringLiteral("priority"), m_priorityClaim);
    }
    if (m_idInput.isComplete()) {
        args.insert(QStringLiteral("idNumber"), m_idInput.number());
    }
    // The same errands, ID and claim keep their requestId until answered (JourneyRequests), so a retry
    // after a lost reply can never give the resident a second ticket.
    m_requests.change(QStringLiteral("ticket.issue"), args,
                      [this](const ServiceReply& reply) { onReply(reply); });
}

void KioskController::onReply(const ServiceReply& reply)
{
    if (!reply.ok) {
        qCInfo(lcKiosk).noquote() << "ticket.issue refused:" << reply.errorCode;
        m_refusal.set(reply.errorCode, reply.errorMessage);
        setPage(Page::Refused);
        emit journeyFinished();
        return;
    }
    const bool wasEnglish = m_english;
    m_services.setEnglish(true);
    const QStringList namesEn = m_services.selectedNames();
    m_services.setEnglish(wasEnglish);
    m_ticket.set(reply.result, m_services.selectedNamesZh(), namesEn, m_options.followUrl);
    // The ID number has done its job; nothing of it stays on the kiosk.
    m_idInput.clear();
    setPage(Page::Ticket);
    const QJsonObject centre = m_client->snapshot().value(QLatin1String("centre")).toObject();
    if (m_printer.print(m_ticket.printed(centre.value(QLatin1String("nameZh")).toString()))) {
        m_ticket.setPrintState(IssuedTicket::PrintState::Printing);
    } else {
        m_ticket.setPrintState(IssuedTicket::PrintState::NotPrinted);
        emit journeyFinished();
    }
}

void KioskController::onPrinted(bool ok)
{
    if (m_ticket.printState() != IssuedTicket::PrintState::Printing) {
        return;
    }
    m_ticket.setPrintState(ok ? IssuedTicket::PrintState::Printed : IssuedTicket::PrintState::NotPrinted);
    emit journeyFinished();
}

void KioskController::onCardRead(const QString& idNumber)
{
    if (m_page == Page::Choose || m_page == Page::Identify) {
        m_idInput.setFromCard(idNumber);
        noteActivity();
    }
}

void KioskController::reset()
{
    forgetJourney();
    setElderly(false);
    setEnglish(false);
    setPage(Page::Home);
    m_idle.stop();
}

void KioskController::forgetJourney()
{
    m_requests.abandon();
    m_idle.stop();
    m_printer.abandon();
    m_services.clearSelection();
    m_idInput.clear();
    m_ticket.clear();
    m_refusal.clear();
    setPriorityClaim({});
}

} // namespace hall
