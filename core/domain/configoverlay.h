// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hall {

/// A centre's configuration file holds only what differs from the built-in defaults: it is laid over
/// them as a JSON Merge Patch (RFC 7386). Objects merge key by key, `null` removes a key, anything
/// else (a string, a number, a whole list) replaces what the defaults had. So `{}` is the defaults,
/// and `{"window": {...}}` changes the booking window and keeps every office.
namespace configoverlay {

/// `patch` laid over `base` (RFC 7386).
QJsonObject merge(QJsonObject base, const QJsonObject& patch);

/// The defaults file (a Qt resource) with the centre's file at `path` laid over it, as JSON text for
/// the configuration's own parser. On a problem (unreadable, not a JSON object) returns nullopt and
/// the reason, naming the file and the place, in `error`.
std::optional<QByteArray> read(const QString& defaultsPath, const QString& path, QString* error);

} // namespace configoverlay

} // namespace hall
