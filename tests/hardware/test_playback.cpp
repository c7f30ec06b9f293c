// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Real audio: the announcer plays a call through Qt Multimedia (GStreamer) into a PulseAudio null
// sink that this test starts on a private runtime directory and stops again. CI runs no services.
#include "voice/announcer.h"
#include "voice/announcerfactory.h"
#include "voice/wavfile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

/// A PulseAudio daemon with one null sink, alive for the scope of a test.
class NullSinkServer
{
public:
    NullSinkServer()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        m_env.insert(QStringLiteral("HOME"), m_runtime.path());
        const int rc = run(QStringLiteral("pulseaudio"),
                           {QStringLiteral("-D"), QStringLiteral("--exit-idle-time=-1"), QStringLiteral("-n"),
                            QStringLiteral("--load=module-null-sink sink_name=null"),
                            QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1")});
        m_socket = m_runtime.filePath(QStringLiteral("pulse/native"));
        for (int i = 0; i < 50 && !QFile::exists(m_socket); ++i) {
            QThread::msleep(100);
        }
        m_running = rc == 0 && QFile::exists(m_socket);
        if (m_running) {
            // This process (and the GStreamer pulsesink in it) talks to our server only.
            qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
            qputenv("PULSE_SERVER", QByteArray("unix:") + m_socket.toLocal8Bit());
        }
    }
    ~NullSinkServer()
    {
        if (m_running) {
            run(QStringLiteral("pulseaudio"), {QStringLiteral("--kill")});
        }
    }
    bool running() const { return m_running; }
    /// Output of `pactl ARGS` against this server.
    QString pactl(const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral("pactl"), args);
        p.waitForFinished(5000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private:
    int run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        if (!p.waitForFinished(10000)) {
            return -1;
        }
        return p.exitCode();
    }

    QTemporaryDir m_runtime;
    QProcessEnvironment m_env;
    QString m_socket;
    bool m_running = false;
};

} // namespace

TEST_CASE("announcer plays a call to the end on a PulseAudio null sink", "[announcer][audio]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty());
    NullSinkServer pulse;
    REQUIRE(pulse.running());
    REQUIRE(pulse.pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")})
                .contains(QStringLiteral("null")));

    QString error;
    auto announcer = createAnnouncer({{QStringLiteral("audio"), QStringLiteral("media")},
                                      {QStringLiteral("repeat"), 1},
                                      {QStringLiteral("volume"), 0.5}},
                                     &error);
    INFO(error.toStdString());
    REQUIRE(announcer);
    const CallAnnouncement call{QStringLiteral("A012"), 3, true};
    const QStringList clips = announcer->clipsFor(call);
    int expectedMs = 0;
    for (const QString& key : clips) {
        expectedMs += WavFile::read(announcer->voicePack().file(key))->durationMs();
    }

    // While it speaks, its stream must be on our server: proof that sound really went out.
    QString sinkInputs;
    QTimer probe;
    probe.setInterval(250);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (sinkInputs.trimmed().isEmpty()) {
            sinkInputs =
                pulse.pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sink-inputs")});
        }
    });
    probe.start();
    QSignalSpy failed(announcer.get(), &Announcer::playbackFailed);
    QSignalSpy finished(announcer.get(), &Announcer::announcementFinished);
    QElapsedTimer timer;
    timer.start();
    announcer->announce(call);
    REQUIRE(finished.wait(60000));
    const qint64 elapsed = timer.elapsed();

    CHECK(failed.isEmpty());
    CHECK_FALSE(sinkInputs.trimmed().isEmpty());
    // Played to the end: at least as long as the audio itself.
    CHECK(elapsed >= expectedMs - 50);
    WARN("played " << clips.size() << " clips, " << expectedMs << " ms of audio, in " << elapsed << " ms");
}
