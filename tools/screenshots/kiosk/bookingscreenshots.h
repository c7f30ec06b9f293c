// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskoptions.h"

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
/// tools/screenshots/booking-screenshots.json. Returns the number of failures.
int shootBookingScenes(KioskApp& app, const QString& dir, const QString& run);

/// The check-in page of a kiosk with a camera: a kiosk of its own from `options` with a simulated
/// camera showing a confirmation slip on its way into view (not yet readable, so the page stays
/// on the scan step), saved as `dir/kiosk-booking-checkin-camera-<run>.png`. Returns the number of
/// failures.
int shootCameraCheckIn(KioskOptions options, const QString& dir, const QString& run);

} // namespace hall
