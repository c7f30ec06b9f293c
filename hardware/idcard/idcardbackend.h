// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idcard.h"

#include <QString>
#include <QVariantMap>
#include <QtPlugin>

namespace hall {

/// The plug point for real ID-card readers. Readers ship vendor libraries (each with its own C API);
/// a backend plugin wraps one of them behind this small polling interface, which is how those APIs
/// work (find card → select card → read base message). The project ships no vendor backend: we
/// cannot test one without the device. See docs/hardware.md.
///
/// Threading: all calls come from one worker thread, never concurrently; a call may block for as
/// long as the vendor library needs (typically 100-500 ms for a read).
class IdCardBackend
{
public:
    enum class Poll
    {
        NoCard,
        Card,
        Error
    };

    virtual ~IdCardBackend() = default;
    /// `options` is the "options" object of the reader configuration (port, baud, …).
    virtual bool open(const QVariantMap& options, QString* error) = 0;
    virtual void close() = 0;
    /// Reports whether a card lies on the reader; fills `card` when it does. A backend may report
    /// the same card on every poll: the reader only announces changes.
    virtual Poll poll(IdCard* card, QString* error) = 0;
};

/// What a backend plugin (a Qt plugin, .so) exports: Q_PLUGIN_METADATA(IID HALL_IDCARD_BACKEND_IID)
/// and Q_INTERFACES(hall::IdCardBackendPlugin).
class IdCardBackendPlugin
{
public:
    virtual ~IdCardBackendPlugin() = default;
    /// e.g. "vendorx-sdt", for logs.
    virtual QString backendName() const = 0;
    /// A new backend; the caller owns it.
    virtual IdCardBackend* createBackend() = 0;
};

} // namespace hall

#define HALL_IDCARD_BACKEND_IID "cn.servicehall.IdCardBackendPlugin/1.0"
Q_DECLARE_INTERFACE(hall::IdCardBackendPlugin, HALL_IDCARD_BACKEND_IID)
