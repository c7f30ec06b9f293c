#pragma once

#include <QLatin1String>
#include <QString>

namespace hall::protocol {

inline constexpr int kVersion = 1;
/// Frames (and messages) larger than this are refused by the service with close code 1009.
inline constexpr qint64 kMaxFrameBytes = 64 * 1024;
inline constexpr QLatin1String kPath{"/v1"};
inline constexpr quint16 kDefaultPort = 7700;

/// Stable error codes of the protocol itself; domain refusals use errorCodeName(ErrorCode).
namespace code {
inline constexpr QLatin1String MalformedJson{"MALFORMED_JSON"};
inline constexpr QLatin1String BadRequest{"BAD_REQUEST"};
inline constexpr QLatin1String UnknownOp{"UNKNOWN_OP"};
inline constexpr QLatin1String InvalidArgument{"INVALID_ARGUMENT"};
inline constexpr QLatin1String Unauthenticated{"UNAUTHENTICATED"};
inline constexpr QLatin1String Forbidden{"FORBIDDEN"};
inline constexpr QLatin1String AuthFailed{"AUTH_FAILED"};
inline constexpr QLatin1String AlreadyAuthenticated{"ALREADY_AUTHENTICATED"};
inline constexpr QLatin1String ProtocolVersion{"PROTOCOL_VERSION"};
inline constexpr QLatin1String RateLimited{"RATE_LIMITED"};
inline constexpr QLatin1String LoginLocked{"LOGIN_LOCKED"};
inline constexpr QLatin1String RequestIdReused{"REQUEST_ID_REUSED"};
inline constexpr QLatin1String Internal{"INTERNAL"};
// Produced by the client library, never sent by the service.
inline constexpr QLatin1String Timeout{"TIMEOUT"};
inline constexpr QLatin1String Disconnected{"DISCONNECTED"};
} // namespace code

/// Close codes the service uses besides the standard ones (1008 policy, 1009 too big).
namespace closecode {
inline constexpr int Stale = 4000;              ///< no pong within the stale timeout
inline constexpr int TooManyConnections = 4001; ///< per-address connection limit
inline constexpr int Flooding = 4002;           ///< kept sending far beyond the rate limit
} // namespace closecode

} // namespace hall::protocol
