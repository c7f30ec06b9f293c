#include "printerlink.h"

#include "simulatedprinter.h"

#include <QSerialPort>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hall {

std::unique_ptr<PrinterLink> PrinterLink::fromUrl(const QString& address, QString* error)
{
    const QUrl url(address);
    const QString scheme = url.scheme();
    auto fail = [&](const QString& why) {
        if (error) {
            *error = why;
        }
        return std::unique_ptr<PrinterLink>();
    };
    if (scheme == QLatin1String("tcp")) {
        if (url.host().isEmpty()) {
            return fail(QStringLiteral("tcp printer address needs a host"));
        }
        return std::make_unique<TcpPrinterLink>(url.host(), quint16(url.port(9100)));
    }
    if (scheme == QLatin1String("file")) {
        if (url.path().isEmpty()) {
            return fail(QStringLiteral("file printer address needs a device path"));
        }
        return std::make_unique<DeviceFilePrinterLink>(url.path());
    }
    if (scheme == QLatin1String("serial")) {
        bool ok = true;
        const QString baud = QUrlQuery(url).queryItemValue(QStringLiteral("baud"));
        const qint32 rate = baud.isEmpty() ? 19200 : baud.toInt(&ok);
        if (url.path().isEmpty() || !ok || rate <= 0) {
            return fail(QStringLiteral("serial printer address is serial:/dev/ttyX?baud=N"));
        }
        return std::make_unique<SerialPrinterLink>(url.path(), rate);
    }
    return fail(QStringLiteral("unknown printer address scheme: ") + scheme);
}

// --- TCP --------------------------------------------------------------------------------------

TcpPrinterLink::TcpPrinterLink(QString host, quint16 port, QObject* parent)
    : PrinterLink(parent), m_host(std::move(host)), m_port(port), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { emit received(m_socket->readAll()); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { emit failed(m_socket->errorString()); });
}

bool TcpPrinterLink::open()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        // Asynchronous: data written while connecting is buffered and sent once connected.
        m_socket->connectToHost(m_host, m_port);
    }
    return true;
}

void TcpPrinterLink::close()
{
    m_socket->disconnectFromHost();
}

bool TcpPrinterLink::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState ||
           m_socket->state() == QAbstractSocket::ConnectingState ||
           m_socket->state() == QAbstractSocket::HostLookupState;
}

bool TcpPrinterLink::write(const QByteArray& bytes)
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        open();
    }
    return m_socket->write(bytes) == bytes.size();
}

QString TcpPrinterLink::describe() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
}

// --- device file ------------------------------------------------------------------------------

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

// --- serial -----------------------------------------------------------------------------------

SerialPrinterLink::SerialPrinterLink(QString portName, qint32 baudRate, QObject* parent)
    : PrinterLink(parent), m_portName(std::move(portName)), m_baudRate(baudRate),
      m_port(new QSerialPort(this))
{
    connect(m_port, &QSerialPort::readyRead, this, [this] { emit received(m_port->readAll()); });
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e != QSerialPort::NoError) {
            emit failed(m_port->errorString());
        }
    });
}

bool SerialPrinterLink::open()
{
    if (m_port->isOpen()) {
        return true;
    }
    m_port->setPortName(m_portName);
    m_port->setBaudRate(m_baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::HardwareControl);
    return m_port->open(QIODevice::ReadWrite);
}

void SerialPrinterLink::close()
{
    m_port->close();
}

bool SerialPrinterLink::isOpen() const
{
    return m_port->isOpen();
}

bool SerialPrinterLink::write(const QByteArray& bytes)
{
    if (!m_port->isOpen() && !open()) {
        return false;
    }
    return m_port->write(bytes) == bytes.size();
}

QString SerialPrinterLink::describe() const
{
    return QStringLiteral("serial:%1?baud=%2").arg(m_portName).arg(m_baudRate);
}

// --- simulated --------------------------------------------------------------------------------

SimulatedPrinterLink::SimulatedPrinterLink(SimulatedPrinter* printer, QObject* parent)
    : PrinterLink(parent), m_printer(printer)
{}

bool SimulatedPrinterLink::open()
{
    m_open = true;
    return true;
}

bool SimulatedPrinterLink::write(const QByteArray& bytes)
{
    if (!m_open) {
        open();
    }
    const QByteArray replies = m_printer->feed(bytes);
    if (!replies.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, replies] { emit received(replies); }, Qt::QueuedConnection);
    }
    return true;
}

} // namespace hall
