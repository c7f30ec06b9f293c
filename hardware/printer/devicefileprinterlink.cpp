// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicefileprinterlink.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hall {

DeviceFilePrinterLink::DeviceFilePrinterLink(QString path, QObject* parent)
    : PrinterLink(parent), m_path(std::move(path))
{}

DeviceFilePrinterLink::~DeviceFilePrinterLink()
{
    close();
}

bool DeviceFilePrinterLink::open()
{
    if (m_fd >= 0) {
        return true;
    }
    const QByteArray path = m_path.toLocal8Bit();
    m_fd = ::open(path.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        // Some printer devices are write-only; printing still works, status then stays unknown.
        m_fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    }
    if (m_fd < 0) {
        emit failed(QStringLiteral("%1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &DeviceFilePrinterLink::readAvailable);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &DeviceFilePrinterLink::flush);
    return true;
}

void DeviceFilePrinterLink::close()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_outgoing.clear();
}

bool DeviceFilePrinterLink::write(const QByteArray& bytes)
{
    if (m_fd < 0 && !open()) {
        return false;
    }
    m_outgoing += bytes;
    flush();
    return true;
}

void DeviceFilePrinterLink::flush()
{
    while (!m_outgoing.isEmpty()) {
        const ssize_t n = ::write(m_fd, m_outgoing.constData(), size_t(m_outgoing.size()));
        if (n > 0) {
            m_outgoing.remove(0, qsizetype(n));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            break; // the printer's buffer is full; continue when the device is writable again
        }
        emit failed(QStringLiteral("%1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        m_outgoing.clear();
        break;
    }
    if (m_writeNotifier) {
        m_writeNotifier->setEnabled(!m_outgoing.isEmpty());
    }
}

void DeviceFilePrinterLink::readAvailable()
{
    char buffer[64];
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n > 0) {
        emit received(QByteArray(buffer, qsizetype(n)));
    } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        // End of file or a write-only device: no status from it, but keep printing; without this
        // the notifier would fire forever.
        m_readNotifier->setEnabled(false);
    }
}

} // namespace hall
