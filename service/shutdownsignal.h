#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace hall {

/// Turns SIGTERM and SIGINT into a signal on the event loop (the handler only writes one byte to a
/// socket pair), so hall-service can stop the way an operator expects from `systemctl stop`: the
/// current turn's commit finishes, clients are told (close code 1001), the WAL is checkpointed.
class ShutdownSignal : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignal(QObject* parent = nullptr);
    ~ShutdownSignal() override;

signals:
    void requested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace hall
