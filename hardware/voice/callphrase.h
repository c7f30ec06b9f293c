// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callannouncement.h"

#include <QStringList>

namespace hall {

/// Turns calls into voice-pack clip keys. Hall reading rules: a ticket number is read character by
/// character, digits one by one (A012 → A 零 一 二); a window number is read as a cardinal up to
/// 99 (12 → 十二, 20 → 二十), digit by digit beyond.
namespace callphrase {

/// The clip keys of one spoken sentence, without the chime.
QStringList sentence(const CallAnnouncement& call);
QStringList ticketNumber(const QString& number);
QStringList counterNumber(int counter);
/// Every key a voice pack must provide.
QStringList requiredKeys();

} // namespace callphrase

} // namespace hall
