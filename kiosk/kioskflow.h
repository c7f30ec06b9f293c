// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serviceclient.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>

namespace hall {

/// What every kiosk journey (take a ticket, booking, check-in, status lookup) offers the kiosk
/// shell, and all it knows of it: the shell resets a flow when the kiosk leaves its pages, hands it
/// the ID cards read and the codes scanned while it is on screen, and tells it the resident's
/// language; a flow tells the shell only that the resident did something (the idle timer starts
/// again). A flow sends its requests through its own JourneyRequests. docs/architecture.md, "How to
/// add a kiosk journey". Derive as `public hall::KioskFlow`: Qt 6.4's qmltyperegistrar does not
/// resolve the bare name, and qmllint would not know the flow is a QObject.
class KioskFlow : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    using QObject::QObject;

    /// Forgets everything the resident entered; back to the flow's first step.
    Q_INVOKABLE virtual void reset() = 0;
    /// An ID card on the reader while the flow is on screen (`name` as the card holds it).
    virtual void onCardRead(const QString& name, const QString& idNumber)
    {
        Q_UNUSED(name)
        Q_UNUSED(idNumber)
    }
    /// A booking QR code from the keyboard-wedge or camera scanner while the flow is on screen.
    virtual void onScan(const QString& payload) { Q_UNUSED(payload) }
    /// The resident switched language (English when true).
    virtual void setEnglish(bool english) { Q_UNUSED(english) }

signals:
    /// The resident did something: the shell's idle timer starts again.
    void activity();
};

/// The centre's name from the client's snapshot, in English when asked and the service has one.
inline QString centreNameOf(const ServiceClient* client, bool english = false)
{
    const QJsonObject centre = client->snapshot().value(QLatin1String("centre")).toObject();
    const QString en = centre.value(QLatin1String("nameEn")).toString();
    return english && !en.isEmpty() ? en : centre.value(QLatin1String("nameZh")).toString();
}

} // namespace hall
