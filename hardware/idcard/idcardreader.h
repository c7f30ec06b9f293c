// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idcard.h"

#include <QObject>

namespace hall {

/// A desktop ID-card reader: the resident lays the card on it, the kiosk receives the card data.
/// Real readers come with vendor libraries and are reached through a backend plugin
/// (IdCardBackendPlugin); the SimulatedIdCardReader serves test identities.
class IdCardReader : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged FINAL)

public:
    using QObject::QObject;

    /// Opens the device and starts watching for cards; false (and errorOccurred) if it cannot.
    virtual bool start() = 0;
    virtual void stop() = 0;
    virtual bool isAvailable() const = 0;

signals:
    void cardRead(const hall::IdCard& card);
    void cardRemoved();
    void availableChanged();
    /// In Chinese, for staff; never contains personal data.
    void errorOccurred(const QString& message);
};

} // namespace hall
