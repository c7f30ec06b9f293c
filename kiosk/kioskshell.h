// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskflow.h"
#include "printstation.h"
#include "ticketflow.h"

#include "client/connectionwatch.h"
#include "client/halltoday.h"

#include <QMap>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QTranslator>

namespace hall {

class ServiceClient;

/// The kiosk around its journeys: which page is on screen, the resident's language and large type,
/// the idle timer, the printer and the connection. Each journey is a KioskFlow on pages of its own
/// (the take-a-ticket flow, which the home page's tiles start, is built here; KioskApp adds the
/// others); the shell resets a flow when the kiosk leaves its pages and hands ID cards and scans to
/// the flow on screen. After `idleTimeoutMs` without a touch it goes home and forgets everything
/// the resident entered, language and large type included.
class KioskShell : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by KioskApp")
    Q_PROPERTY(Page page READ page NOTIFY pageChanged FINAL)
    Q_PROPERTY(QString connection READ connection NOTIFY connectionChanged FINAL)
    Q_PROPERTY(bool serviceAvailable READ serviceAvailable NOTIFY connectionChanged FINAL)
    Q_PROPERTY(QString centreName READ centreName NOTIFY centreChanged FINAL)
    Q_PROPERTY(bool english READ english WRITE setEnglish NOTIFY englishChanged FINAL)
    Q_PROPERTY(bool elderly READ elderly WRITE setElderly NOTIFY elderlyChanged FINAL)
    Q_PROPERTY(int idleTimeoutMs READ idleTimeoutMs NOTIFY elderlyChanged FINAL)
    Q_PROPERTY(hall::TicketFlow* ticketFlow READ ticketFlow CONSTANT FINAL)
    Q_PROPERTY(hall::HallToday* today READ today CONSTANT FINAL)
    Q_PROPERTY(hall::PrintStation* printer READ printer CONSTANT FINAL)

public:
    enum class Page
    {
        Home,
        Choose, ///< TicketFlow's steps: Choose, Identify, Ticket, Refused
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

    KioskShell(ServiceClient* client, TicketPrinter* printer, Options options, QObject* parent = nullptr);

    /// Where retranslate() is called after a language switch.
    void setTranslationEngine(QQmlEngine* engine) { m_engine = engine; }
    /// `flow` owns the page `page` (Booking, CheckIn, Cases); the shell does not own the flow.
    void addFlow(Page page, KioskFlow* flow);

    Page page() const { return m_page; }
    QString connection() const;
    bool serviceAvailable() const;
    QString centreName() const;
    bool english() const { return m_english; }
    void setEnglish(bool english);
    bool elderly() const { return m_elderly; }
    void setElderly(bool elderly);
    int idleTimeoutMs() const { return m_options.idleTimeoutMs * (m_elderly ? 2 : 1); }
    TicketFlow* ticketFlow() { return &m_ticketFlow; }
    /// Today in the hall calendar (closed, or the holiday plan's services only), from the snapshot.
    HallToday* today() { return &m_today; }
    PrintStation* printer() { return &m_printer; }

    /// Home → choose, with `serviceId` already picked when the resident tapped its tile.
    Q_INVOKABLE void startTicket(const QString& serviceId = {});
    /// Home → the booking, check-in or status lookup flow.
    Q_INVOKABLE void startBooking() { setPage(Page::Booking); }
    Q_INVOKABLE void startCheckIn() { setPage(Page::CheckIn); }
    Q_INVOKABLE void startCases() { setPage(Page::Cases); }
    /// Back home, forgetting everything entered and the resident's language and large type (返回首页,
    /// and what the idle timer does).
    Q_INVOKABLE void reset();
    /// Any touch; keeps the idle timer from firing.
    Q_INVOKABLE void noteActivity();

    /// An ID card on the reader: to the flow on screen (at home nobody asked for it).
    void onCardRead(const QString& name, const QString& idNumber);
    /// A scanned code: to the flow on screen.
    void onScan(const QString& payload);

signals:
    void pageChanged();
    void connectionChanged();
    void centreChanged();
    void englishChanged();
    void elderlyChanged();

private:
    void setPage(Page page);
    KioskFlow* flowOn(Page page);
    void followTicketFlow();
    void installTranslator();

    ServiceClient* m_client;
    Options m_options;
    HallToday m_today;
    PrintStation m_printer;
    TicketFlow m_ticketFlow;
    QMap<Page, KioskFlow*> m_flows; ///< the other flows, by their page
    QTranslator m_translator;
    QQmlEngine* m_engine = nullptr;
    Page m_page = Page::Home;
    bool m_english = false;
    bool m_elderly = false;
    QTimer m_idle;
    ConnectionWatch m_connection;
};

} // namespace hall
