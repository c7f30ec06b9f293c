// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcer.h"

#include <QVariantMap>

#include <memory>

namespace hall {

/// Builds the configured announcer. Keys:
///   audio       "media" (Qt Multimedia, default) or "silent" (simulated: no sound, real timing)
///   voiceDir    directory of clips (default: VoicePack::defaultDirectory())
///   repeat      times each call is spoken (default 2)
///   volume      0.0-1.0 (default 1.0)
///   quietFrom, quietTo   "HH:mm" in hall time; quietVolume 0.0-1.0 (0: calls are skipped)
/// Returns null with the reason in `error` when the voice pack or a value is wrong.
std::unique_ptr<Announcer> createAnnouncer(const QVariantMap& config, QString* error = nullptr);

} // namespace hall
