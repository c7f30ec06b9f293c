// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/errorcode.h" // every refusal's code: the one vocabulary, ErrorCode

#include <QLatin1String>
#include <QString>

namespace hall::protocol {

inline constexpr int kVersion = 1;
/// Frames (and messages) larger than this are refused by the service with close code 1009.
inline constexpr qint64 kMaxFrameBytes = 64 * 1024;
inline constexpr QLatin1String kPath{"/v1"};
inline constexpr quint16 kDefaultPort = 7700;

/// Close codes the service uses besides the standard ones (1008 policy, 1009 too big).
namespace closecode {
inline constexpr int Stale = 4000;              ///< no pong within the stale timeout
inline constexpr int TooManyConnections = 4001; ///< per-address limit (now an HTTP 503 before the upgrade)
inline constexpr int Flooding = 4002;           ///< kept sending far beyond the rate limit
inline constexpr int SlowConsumer = 4003;       ///< more unread bytes queued than the per-connection cap
inline constexpr int HelloTimeout = 4004;       ///< no successful hello within the grace period
inline constexpr int DeviceRevoked = 4005;      ///< the device's token was revoked while connected
inline constexpr int StaffSessionEnded = 4006;  ///< the logged-in staff account was disabled
inline constexpr int RelayUnlinked = 4007; ///< hall-relay lost the service (or was revoked); reconnect later
inline constexpr int ShuttingDown = 1001;  ///< the service stops (SIGTERM); reconnect later
} // namespace closecode

} // namespace hall::protocol
