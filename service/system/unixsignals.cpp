// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unixsignals.h"

#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace hall {

UnixSignals::UnixSignals(std::initializer_list<int> watched, QObject* parent) : QObject(parent)
{
    sigset_t mask;
    sigemptyset(&mask);
    for (int s : watched) {
        sigaddset(&mask, s);
    }
    if (pthread_sigmask(SIG_BLOCK, &mask, nullptr) != 0) {
        return;
    }
    m_fd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_fd < 0) {
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &UnixSignals::drain);
}

UnixSignals::~UnixSignals()
{
    m_notifier.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void UnixSignals::drain()
{
    signalfd_siginfo info{};
    while (::read(m_fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
        emit received(static_cast<int>(info.ssi_signo));
    }
}

} // namespace hall
