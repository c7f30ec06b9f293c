// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "looplag.h"

#include <algorithm>

namespace hall {

LoopLag::LoopLag(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LoopLag::tick);
    m_since.start();
    m_timer.start();
}

void LoopLag::tick()
{
    m_samples[m_next] = qMax<qint64>(0, m_since.restart() - kIntervalMs);
    m_next = (m_next + 1) % kSamples;
}

qint64 LoopLag::maxMs() const
{
    return *std::max_element(m_samples.begin(), m_samples.end());
}

} // namespace hall
