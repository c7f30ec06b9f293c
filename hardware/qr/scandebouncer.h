// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace hall {

/// Decides whether a decoded code is news. A code held in front of a camera is seen in every frame;
/// it is reported once, and the same code again only after it has been out of sight for the
/// debounce time (a resident scanning twice on purpose), even if other codes were seen meanwhile.
class ScanDebouncer
{
public:
    explicit ScanDebouncer(qint64 debounceMs = 1500) : m_debounceMs(debounceMs) {}

    /// Called for every frame in which `text` was read, at monotonic time `nowMs`.
    bool accept(const QString& text, qint64 nowMs);
    qint64 debounceMs() const { return m_debounceMs; }
    void setDebounceMs(qint64 ms) { m_debounceMs = ms; }

private:
    qint64 m_debounceMs;
    QHash<QString, qint64> m_lastSeen;
};

} // namespace hall
