// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcatalogue.h"

namespace hall::protocol {

std::optional<OpKind> opKind(QStringView op)
{
    for (const OpInfo& info : kOps) {
        if (op == info.name) {
            return info.kind;
        }
    }
    return std::nullopt;
}

} // namespace hall::protocol
