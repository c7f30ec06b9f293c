// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskoptions.h"

#include <QQmlApplicationEngine>

#include <memory>

class QQuickWindow;

namespace hall {

class ActivityFilter;
class DeviceReporter;
class VoiceGuide;
class BookingFlow;
class CheckInCamera;
class CheckInFlow;
class CaseLookupFlow;
class KeyboardWedgeScanner;
class IdCardReader;
class KioskShell;
class ServiceClient;
class SimulatedPrinter;
class TicketPrinter;

/// One kiosk, wired: service client, printer, ID-card reader, the journey's view-models and the
/// Hall.Kiosk pages in a window. hall-kiosk, its self-test, the tests, screenshots and benchmarks
/// all build the kiosk through this, so they exercise the same wiring.
class KioskApp
{
public:
    explicit KioskApp(KioskOptions options);
    ~KioskApp();

    /// Loads the pages; false (with the reason in error()) when something is misconfigured.
    bool load();
    /// Connects to the service and starts the devices.
    void start();

    QString error() const { return m_error; }
    QQuickWindow* window() const { return m_window; }
    KioskShell* controller() const { return m_controller.get(); }
    ServiceClient* client() const { return m_client.get(); }
    TicketPrinter* printer() const { return m_printer.get(); }
    VoiceGuide* voiceGuide() const { return m_voice.get(); }
    /// The simulated device behind the printer, or null with a real printer.
    SimulatedPrinter* simulatedPrinter() const;
    IdCardReader* idCardReader() const { return m_idCard.get(); }
    BookingFlow* booking() const { return m_booking.get(); }
    CheckInFlow* checkIn() const { return m_checkIn.get(); }
    CaseLookupFlow* cases() const { return m_cases.get(); }
    /// The check-in QR camera; null without `--camera` or when the camera was not found.
    CheckInCamera* checkInCamera() const { return m_camera.get(); }
    QQmlApplicationEngine& engine() { return m_engine; }

private:
    KioskOptions m_options;
    QString m_error;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<VoiceGuide> m_voice;
    std::unique_ptr<TicketPrinter> m_printer;
    std::unique_ptr<IdCardReader> m_idCard;
    std::unique_ptr<KioskShell> m_controller;
    std::unique_ptr<ActivityFilter> m_activity;
    std::unique_ptr<DeviceReporter> m_reporter;
    std::unique_ptr<BookingFlow> m_booking;
    std::unique_ptr<CheckInFlow> m_checkIn;
    std::unique_ptr<CaseLookupFlow> m_cases;
    std::unique_ptr<KeyboardWedgeScanner> m_wedge; ///< booking QR codes from a USB scanner
    std::unique_ptr<CheckInCamera> m_camera;       ///< booking QR codes from a camera, if any
    QQmlApplicationEngine m_engine;                // destroyed first: the pages refer to the objects above
    QQuickWindow* m_window = nullptr;
};

} // namespace hall
