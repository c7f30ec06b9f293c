// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskapp.h"

#include "activityfilter.h"
#include "bookingflow.h"
#include "caselookupflow.h"
#include "checkincamera.h"
#include "checkinflow.h"
#include "client/serviceclient.h"
#include "devicereporter.h"
#include "idcard/idcardreaderfactory.h"
#include "kioskshell.h"
#include "printer/escposprinter.h"
#include "printer/simulatedprinterlink.h"
#include "printer/ticketprinterfactory.h"
#include "qr/keyboardwedgescanner.h"
#include "qrimageprovider.h"
#include "voiceguide.h"

#include <QQuickWindow>

namespace hall {

KioskApp::KioskApp(KioskOptions options) : m_options(std::move(options))
{
    ServiceClient::Options client;
    client.url = m_options.url;
    client.caFile = m_options.caFile;
    client.role = QStringLiteral("kiosk");
    client.device = m_options.device;
    client.token = m_options.token;
    client.backoffMaxMs = m_options.backoffMaxMs;
    client.refusedBackoffInitialMs = m_options.refusedRetryMs;
    client.refusedBackoffMaxMs = m_options.refusedRetryMaxMs;
    m_client = std::make_unique<ServiceClient>(client);
}

KioskApp::~KioskApp()
{
    // The pages go before the objects they show.
    if (m_window != nullptr) {
        m_window->removeEventFilter(m_activity.get());
        m_window->removeEventFilter(m_wedge.get());
    }
    m_engine.clearComponentCache();
    const auto roots = m_engine.rootObjects();
    for (QObject* root : roots) {
        delete root;
    }
}

bool KioskApp::load()
{
    if (m_options.printer.value(QStringLiteral("backend")).toString() != QLatin1String("none")) {
        m_printer = createTicketPrinter(m_options.printer, &m_error);
        if (!m_printer) {
            return false;
        }
    }
    if (!m_options.idCard.isEmpty()) {
        m_idCard = createIdCardReader(m_options.idCard, &m_error);
        if (!m_idCard) {
            return false;
        }
    }
    m_controller = std::make_unique<KioskShell>(m_client.get(), m_printer.get(), m_options.journey);
    m_controller->setTranslationEngine(&m_engine);
    m_voice = std::make_unique<VoiceGuide>(m_controller.get(), m_options.voice);
    m_reporter = std::make_unique<DeviceReporter>(m_client.get(), m_controller->printer());
    CheckInFlow::Options checkIn;
    checkIn.followUrl = m_options.journey.followUrl;
    PrintStation* printer = m_controller->printer();
    m_booking = std::make_unique<BookingFlow>(m_client.get(), printer, BookingFlow::Options{});
    m_checkIn = std::make_unique<CheckInFlow>(m_client.get(), printer, checkIn);
    m_cases = std::make_unique<CaseLookupFlow>(m_client.get(), printer);
    m_controller->addFlow(KioskShell::Page::Booking, m_booking.get());
    m_controller->addFlow(KioskShell::Page::CheckIn, m_checkIn.get());
    m_controller->addFlow(KioskShell::Page::Cases, m_cases.get());
    if (m_options.camera != QLatin1String("none")) {
        QString problem;
        bool fatal = false;
        m_camera = CheckInCamera::create(m_options.camera, &problem, &fatal);
        if (fatal) {
            m_error = problem;
            return false;
        }
        if (!m_camera) {
            qWarning("hall-kiosk: %s", qUtf8Printable(problem)); // the kiosk works without it
        }
        m_checkIn->setCamera(m_camera.get());
    }
    if (m_idCard) {
        QObject::connect(
            m_idCard.get(), &IdCardReader::cardRead, m_controller.get(),
            [c = m_controller.get()](const IdCard& card) { c->onCardRead(card.name, card.idNumber); });
    }
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not search it by itself
    m_engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    m_engine.setInitialProperties({{QStringLiteral("kiosk"), QVariant::fromValue(m_controller.get())},
                                   {QStringLiteral("booking"), QVariant::fromValue(m_booking.get())},
                                   {QStringLiteral("checkIn"), QVariant::fromValue(m_checkIn.get())},
                                   {QStringLiteral("cases"), QVariant::fromValue(m_cases.get())},
                                   {QStringLiteral("width"), m_options.windowSize.width()},
                                   {QStringLiteral("height"), m_options.windowSize.height()}});
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Hall/Kiosk/Main.qml")));
    const auto roots = m_engine.rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
    if (m_window == nullptr) {
        m_error = QStringLiteral("无法加载界面 (the kiosk pages did not load)");
        return false;
    }
    m_activity = std::make_unique<ActivityFilter>();
    QObject::connect(m_activity.get(), &ActivityFilter::activity, m_controller.get(),
                     &KioskShell::noteActivity);
    m_window->installEventFilter(m_activity.get());
    // Either scanner goes to the flow on screen (the check-in flow checks in; the others ignore it).
    m_wedge = std::make_unique<KeyboardWedgeScanner>();
    QObject::connect(m_wedge.get(), &KeyboardWedgeScanner::scanned, m_controller.get(), &KioskShell::onScan);
    m_window->installEventFilter(m_wedge.get());
    if (m_camera) {
        QObject::connect(m_camera.get(), &CheckInCamera::codeScanned, m_controller.get(),
                         &KioskShell::onScan);
        // A kiosk camera runs only while someone is at the scan step, not all day.
        const auto follow = [c = m_controller.get(), i = m_checkIn.get(), cam = m_camera.get()] {
            cam->setWanted(c->page() == KioskShell::Page::CheckIn && i->step() == CheckInFlow::Step::Scan);
        };
        QObject::connect(m_controller.get(), &KioskShell::pageChanged, m_camera.get(), follow);
        QObject::connect(m_checkIn.get(), &CheckInFlow::stepChanged, m_camera.get(), follow);
        follow();
    }
    return true;
}

void KioskApp::start()
{
    m_client->start();
    if (m_printer) {
        m_printer->start();
    }
    if (m_idCard) {
        m_idCard->start();
    }
    if (m_options.fullScreen) {
        m_window->showFullScreen();
    } else {
        m_window->show();
    }
}

SimulatedPrinter* KioskApp::simulatedPrinter() const
{
    const auto* escpos = qobject_cast<EscPosPrinter*>(m_printer.get());
    const auto* link = escpos != nullptr ? qobject_cast<SimulatedPrinterLink*>(escpos->link()) : nullptr;
    return link != nullptr ? link->printer() : nullptr;
}

} // namespace hall
