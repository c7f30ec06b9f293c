// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>

namespace hall {

/// How late the event loop runs: a timer due every 100 ms notes how much later than that it fired.
/// A turn that blocks (a slow commit, a long computation) shows as lag; /healthz and /metrics report
/// the latest and the worst of the last ten seconds.
class LoopLag : public QObject
{
    Q_OBJECT
public:
    explicit LoopLag(QObject* parent = nullptr);
    qint64 lastMs() const { return m_samples[(m_next + kSamples - 1) % kSamples]; }
    qint64 maxMs() const;

private:
    static constexpr int kIntervalMs = 100;
    static constexpr int kSamples = 100; ///< ten seconds
    void tick();

    QTimer m_timer;
    QElapsedTimer m_since;
    std::array<qint64, kSamples> m_samples{};
    int m_next = 0;
};

} // namespace hall
