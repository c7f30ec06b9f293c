// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scandebouncer.h"

namespace hall {

bool ScanDebouncer::accept(const QString& text, qint64 nowMs)
{
    if (text.isEmpty()) {
        return false;
    }
    // Forget codes not seen for a while, so the table stays as small as what is in view.
    m_lastSeen.removeIf(
        [&](const auto& it) { return nowMs - it.value() >= m_debounceMs && it.key() != text; });
    const auto it = m_lastSeen.constFind(text);
    const bool news = it == m_lastSeen.constEnd() || nowMs - it.value() >= m_debounceMs;
    m_lastSeen.insert(text, nowMs);
    return news;
}

} // namespace hall
