// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay.h"

#include <optional>

namespace hall {

/// hall-relay's command line and its --config JSON file (the same keys in camelCase; flags override
/// the file): the service it relays (--url, --ca, --device, --token of its `relay` device) and where
/// its displays connect (--listen, --port, TLS and the limits of hall-service's own listener).
struct RelayOptions
{
    Relay::Options relay;
    bool quiet = false;

    /// Parses argv over `out`; on a refusal (zh_CN and English) `out` is left as it was. --help exits.
    static std::optional<QString> parse(const QStringList& arguments, RelayOptions& out);
    static QString helpText();
};

} // namespace hall
