#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QSerialPort;
class QSocketNotifier;
class QTcpSocket;

namespace hall {

class SimulatedPrinter;

/// A byte pipe to a printer: device file, TCP (port 9100) or serial port. Asynchronous: writes are
/// queued, replies arrive through received().
class PrinterLink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual bool write(const QByteArray& bytes) = 0;
    /// For logs and status pages, e.g. "tcp://10.0.0.5:9100".
    virtual QString describe() const = 0;

    /// `tcp://host[:9100]`, `file:///dev/usb/lp0`, `serial:/dev/ttyUSB0?baud=19200`; null on a
    /// malformed address (with the reason in `error`).
    static std::unique_ptr<PrinterLink> fromUrl(const QString& address, QString* error = nullptr);

signals:
    void received(const QByteArray& bytes);
    void failed(const QString& reason);
};

/// Network printer, raw TCP (the "JetDirect" port 9100).
class TcpPrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    TcpPrinterLink(QString host, quint16 port, QObject* parent = nullptr);
    bool open() override;
    void close() override;
    bool isOpen() const override;
    bool write(const QByteArray& bytes) override;
    QString describe() const override;

private:
    QString m_host;
    quint16 m_port;
    QTcpSocket* m_socket;
};

/// USB printer class device (/dev/usb/lpN) or a parallel port; read-back works where the kernel
/// driver supports it (usblp does).
class DeviceFilePrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    explicit DeviceFilePrinterLink(QString path, QObject* parent = nullptr);
    ~DeviceFilePrinterLink() override;
    bool open() override;
    void close() override;
    bool isOpen() const override { return m_fd >= 0; }
    bool write(const QByteArray& bytes) override;
    QString describe() const override { return QStringLiteral("file://") + m_path; }

private:
    void flush();
    void readAvailable();

    QString m_path;
    int m_fd = -1;
    QByteArray m_outgoing;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
};

/// RS-232 printer through Qt SerialPort (8N1, hardware flow control as most thermal printers use).
class SerialPrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    SerialPrinterLink(QString portName, qint32 baudRate, QObject* parent = nullptr);
    bool open() override;
    void close() override;
    bool isOpen() const override;
    bool write(const QByteArray& bytes) override;
    QString describe() const override;

private:
    QString m_portName;
    qint32 m_baudRate;
    QSerialPort* m_port;
};

/// In-process link to a SimulatedPrinter; replies are delivered on the next event-loop turn, as
/// they would be from a device.
class SimulatedPrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    explicit SimulatedPrinterLink(SimulatedPrinter* printer, QObject* parent = nullptr);
    bool open() override;
    void close() override { m_open = false; }
    bool isOpen() const override { return m_open; }
    bool write(const QByteArray& bytes) override;
    QString describe() const override { return QStringLiteral("simulated:"); }
    SimulatedPrinter* printer() const { return m_printer; }

private:
    SimulatedPrinter* m_printer;
    bool m_open = false;
};

} // namespace hall
