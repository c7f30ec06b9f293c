#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <initializer_list>
#include <memory>

namespace hall {

/// Delivers Unix signals (SIGHUP for a reload, …) as a Qt signal on the event loop, through a
/// signalfd: the signals are blocked and read from a file descriptor, so no handler runs in an
/// async-signal context and nothing is lost between turns. Construct it in main() before any thread
/// starts, because threads inherit the blocked mask and must not take the signals themselves.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(std::initializer_list<int> watched, QObject* parent = nullptr);
    ~UnixSignals() override;

    bool isValid() const { return m_fd >= 0; }

signals:
    void received(int signal);

private:
    void drain();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace hall
