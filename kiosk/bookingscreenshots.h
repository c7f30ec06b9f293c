#pragma once

#include <QString>
#include <QVariantMap>

namespace hall {

class KioskApp;

/// ID cards for the booking screenshots (a simulated reader's file, written to the temp folder):
/// two couples per run, different for each `run` name so portrait and landscape book apart.
QVariantMap bookingScreenshotCards(const QString& run);

/// Walks the booking and check-in pages against the running service and saves
/// `dir/kiosk-booking-<scene>-<run>.png`: type, calendar, slots, IDs, summary, confirmation with
/// its QR code, check-in, a refusal (check-in too early), my booking, the calendar in English.
/// The calendar shows sold-out, special and unreleased days when the service runs with
/// kiosk/booking-screenshots.json. Returns the number of failures.
int shootBookingScenes(KioskApp& app, const QString& dir, const QString& run);

} // namespace hall
