// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginidcardreader.h"

#include "idcardbackend.h"

#include <QTimer>

#include <memory>

namespace hall {

namespace {

/// Owns the backend on the worker thread: opens it, polls it, closes it.
class PollWorker : public QObject
{
    Q_OBJECT
public:
    PollWorker(IdCardBackend* backend, QVariantMap options, int pollMs)
        : m_backend(backend), m_options(std::move(options)), m_pollMs(pollMs)
    {}

    void begin()
    {
        QString error;
        if (!m_backend->open(m_options, &error)) {
            emit polled(int(IdCardBackend::Poll::Error), IdCard(), error);
            return;
        }
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PollWorker::pollOnce);
        m_timer->start(m_pollMs);
        pollOnce();
    }

    ~PollWorker() override
    {
        if (m_timer) {
            m_backend->close();
        }
    }

signals:
    void polled(int result, const hall::IdCard& card, const QString& error);

private:
    void pollOnce()
    {
        IdCard card;
        QString error;
        const IdCardBackend::Poll result = m_backend->poll(&card, &error);
        emit polled(int(result), card, error);
    }

    std::unique_ptr<IdCardBackend> m_backend;
    QVariantMap m_options;
    int m_pollMs;
    QTimer* m_timer = nullptr;
};

} // namespace

PluginIdCardReader::PluginIdCardReader(QString pluginPath, QVariantMap options, int pollMs, QObject* parent)
    : IdCardReader(parent), m_loader(pluginPath), m_options(std::move(options)), m_pollMs(pollMs)
{
    qRegisterMetaType<hall::IdCard>();
}

PluginIdCardReader::~PluginIdCardReader()
{
    stop();
}

bool PluginIdCardReader::start()
{
    if (m_worker) {
        return true;
    }
    auto* plugin = qobject_cast<IdCardBackendPlugin*>(m_loader.instance());
    if (!plugin) {
        emit errorOccurred(QStringLiteral("无法加载身份证阅读器插件：%1").arg(m_loader.errorString()));
        return false;
    }
    m_backendName = plugin->backendName();
    auto* worker = new PollWorker(plugin->createBackend(), m_options, m_pollMs);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &PollWorker::polled, this, &PluginIdCardReader::onPolled, Qt::QueuedConnection);
    m_worker = worker;
    m_thread.setObjectName(QStringLiteral("idcard-poll"));
    m_thread.start();
    QMetaObject::invokeMethod(worker, &PollWorker::begin, Qt::QueuedConnection);
    return true;
}

void PluginIdCardReader::stop()
{
    if (!m_worker) {
        return;
    }
    m_thread.quit();
    m_thread.wait(); // the worker, and with it the backend, is closed and deleted on its thread
    m_worker = nullptr;
    m_presentNumber.clear();
    if (m_available) {
        m_available = false;
        emit availableChanged();
    }
}

void PluginIdCardReader::onPolled(int result, const IdCard& card, const QString& error)
{
    const auto poll = IdCardBackend::Poll(result);
    if (poll == IdCardBackend::Poll::Error) {
        if (m_available) {
            m_available = false;
            emit availableChanged();
        }
        if (error != m_lastError) { // a failing device is polled again and again: say it once
            m_lastError = error;
            emit errorOccurred(error);
        }
        return;
    }
    m_lastError.clear();
    if (!m_available) {
        m_available = true;
        emit availableChanged();
    }
    if (poll == IdCardBackend::Poll::NoCard) {
        if (!m_presentNumber.isEmpty()) {
            m_presentNumber.clear();
            emit cardRemoved();
        }
        return;
    }
    if (card.idNumber != m_presentNumber) {
        if (!m_presentNumber.isEmpty()) {
            emit cardRemoved();
        }
        m_presentNumber = card.idNumber;
        emit cardRead(card);
    }
}

} // namespace hall

#include "pluginidcardreader.moc"
