#pragma once

#include "client/connectionwatch.h"
#include "client/halltoday.h"
#include "client/journeyrequests.h"
#include "idinput.h"
#include "issuedticket.h"
#include "printstation.h"
#include "refusal.h"
#include "servicelistmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QTranslator>

namespace hall {

class ServiceClient;

/// The take-a-ticket journey: home → choose services → identify (optional ID, optional priority
/// claim) → the ticket or a refusal. It asks the service and shows what the service answers; the
/// rules (ID validity, age priority, quotas, hours, duplicates) are the service's. After
/// `idleTimeoutMs` without a touch it returns home and forgets everything the resident entered.
class KioskController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by KioskApp")
    Q_PROPERTY(Page page READ page NOTIFY pageChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString connection READ connection NOTIFY connectionChanged FINAL)
    Q_PROPERTY(bool serviceAvailable READ serviceAvailable NOTIFY connectionChanged FINAL)
    Q_PROPERTY(QString centreName READ centreName NOTIFY centreChanged FINAL)
    Q_PROPERTY(bool english READ english WRITE setEnglish NOTIFY englishChanged FINAL)
    Q_PROPERTY(bool elderly READ elderly WRITE setElderly NOTIFY elderlyChanged FINAL)
    Q_PROPERTY(int idleTimeoutMs READ idleTimeoutMs NOTIFY elderlyChanged FINAL)
    Q_PROPERTY(
        QString priorityClaim READ priorityClaim WRITE setPriorityClaim NOTIFY priorityClaimChanged FINAL)
    Q_PROPERTY(hall::ServiceListModel* services READ services CONSTANT FINAL)
    Q_PROPERTY(hall::IdInput* idInput READ idInput CONSTANT FINAL)
    Q_PROPERTY(hall::IssuedTicket* ticket READ ticket CONSTANT FINAL)
    Q_PROPERTY(hall::Refusal* refusal READ refusal CONSTANT FINAL)
    Q_PROPERTY(hall::HallToday* today READ today CONSTANT FINAL)
    Q_PROPERTY(hall::PrintStation* printer READ printer CONSTANT FINAL)

public:
    enum class Page
    {
        Home,
        Choose,
        Identify,
        Ticket,
        Refused,
        Booking, ///< BookingFlow's pages (预约, 我的预约)
        CheckIn, ///< CheckInFlow's pages (预约签到)
        Cases,   ///< CaseLookupFlow's pages (办理进度查询)
    };
    Q_ENUM(Page)

    struct Options
    {
        int idleTimeoutMs = 60000; ///< doubled in elderly mode
        int requestTimeoutMs = 8000;
        int offlineAfterMs = 3000; ///< reconnecting longer than this shows "unavailable"
        QString followUrl = QStringLiteral("hall:ticket/{day}/{number}");
    };

    KioskController(ServiceClient* client, TicketPrinter* printer, Options options,
                    QObject* parent = nullptr);

    /// Where retranslate() is called after a language switch.
    void setTranslationEngine(QQmlEngine* engine) { m_engine = engine; }

    Page page() const { return m_page; }
    bool isBusy() const { return m_requests.busy(); }
    QString connection() const;
    bool serviceAvailable() const;
    QString centreName() const;
    bool english() const { return m_english; }
    void setEnglish(bool english);
    bool elderly() const { return m_elderly; }
    void setElderly(bool elderly);
    int idleTimeoutMs() const { return m_options.idleTimeoutMs * (m_elderly ? 2 : 1); }
    QString priorityClaim() const { return m_priorityClaim; }
    void setPriorityClaim(const QString& claim);

    ServiceListModel* services() { return &m_services; }
    IdInput* idInput() { return &m_idInput; }
    IssuedTicket* ticket() { return &m_ticket; }
    Refusal* refusal() { return &m_refusal; }
    /// Today in the hall calendar (closed, or the holiday plan's services only), from the snapshot.
    HallToday* today() { return &m_today; }
    PrintStation* printer() { return &m_printer; }

    /// Home → choose, with `serviceId` already picked when the resident tapped its tile.
    Q_INVOKABLE void startTicket(const QString& serviceId = {});
    /// Home → the booking or check-in flow (BookingFlow, CheckInFlow; KioskApp resets them at home).
    Q_INVOKABLE void startBooking() { setPage(Page::Booking); }
    Q_INVOKABLE void startCheckIn() { setPage(Page::CheckIn); }
    Q_INVOKABLE void startCases() { setPage(Page::Cases); }
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    /// Asks the service for the ticket (repeats keep the requestId until the answer arrives).
    Q_INVOKABLE void submit();
    /// Back home, forgetting everything entered and the resident's language and large type (返回首页,
    /// and what the idle timer does).
    Q_INVOKABLE void reset();
    /// Any touch; keeps the idle timer from firing.
    Q_INVOKABLE void noteActivity();

    void onCardRead(const QString& idNumber);

signals:
    void pageChanged();
    void busyChanged();
    void connectionChanged();
    void centreChanged();
    void englishChanged();
    void elderlyChanged();
    void priorityClaimChanged();
    /// A journey ended with a ticket (printed or not) or a refusal; for self-tests and benchmarks.
    void journeyFinished();

private:
    void setPage(Page page);
    /// Forgets what the resident entered (services, ID, claim, ticket); keeps language and large type.
    void forgetJourney();
    void onSnapshot();
    void onReply(const ServiceReply& reply);
    void onPrinted(bool ok);
    void installTranslator();

    ServiceClient* m_client;
    Options m_options;
    ServiceListModel m_services;
    IdInput m_idInput;
    IssuedTicket m_ticket;
    Refusal m_refusal;
    HallToday m_today;
    PrintStation m_printer;
    QTranslator m_translator;
    QQmlEngine* m_engine = nullptr;
    Page m_page = Page::Home;
    bool m_english = false;
    bool m_elderly = false;
    QString m_priorityClaim;
    JourneyRequests m_requests;
    QTimer m_idle;
    ConnectionWatch m_connection;
};

} // namespace hall
