// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idcardreader.h"

#include <QVariantMap>

#include <memory>

namespace hall {

/// Builds the configured reader. Keys:
///   backend        "simulated" or "plugin"
///   file           simulated: the test-identity JSON file
///   autoPresentMs  simulated: cycle through the cards by itself (demos), 0 = off
///   plugin         plugin: path of the backend .so
///   options        plugin: object handed to IdCardBackend::open()
///   pollMs         plugin: poll interval (default 300)
/// Returns null with the reason in `error` when the configuration is wrong.
std::unique_ptr<IdCardReader> createIdCardReader(const QVariantMap& config, QString* error = nullptr);

} // namespace hall
