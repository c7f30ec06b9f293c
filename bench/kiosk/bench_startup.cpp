// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-kiosk-startup: cold start to first frame. The bench starts itself as a child process ten
// times; each child builds the kiosk offscreen and reports when the window's first frame is done.
// Figures: process start → first frame (as the parent sees it), and main() → first frame.
#include "benchhall.h"
#include "client/memorypolicy.h"
#include "kioskapp.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickWindow>
#include <QTextStream>

namespace {

int child(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    hall::keepLargeAllocationsOutOfHeap(); // as hall-kiosk's main does
    QGuiApplication qapp(argc, argv);
    hall::KioskOptions options;
    options.url =
        QUrl(QStringLiteral("ws://127.0.0.1:9/v1")); // the first frame does not wait for the service
    options.token = QStringLiteral("bench");
    options.printer = {{QStringLiteral("backend"), QStringLiteral("simulated")}};
    hall::KioskApp app(options);
    if (!app.load()) {
        return 1;
    }
    QObject::connect(app.window(), &QQuickWindow::frameSwapped, &qapp, [&, reported = false]() mutable {
        if (reported) {
            return; // a second frame may come before the loop exits
        }
        reported = true;
        QTextStream(stdout) << "first-frame " << static_cast<double>(sinceMain.nsecsElapsed()) / 1e6 << "\n";
        QGuiApplication::exit(0);
    });
    app.start();
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        return child(argc, argv);
    }
    QCoreApplication qapp(argc, argv);
    std::vector<double> launch;
    std::vector<double> inProcess;
    for (int i = 0; i < 10; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        if (!p.waitForReadyRead(20000)) {
            QTextStream(stdout) << "bench-kiosk-startup: child did not draw a frame\n";
            return 1;
        }
        launch.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        p.waitForFinished(10000); // the line may arrive in pieces: read it whole
        const QString line = QString::fromUtf8(p.readAllStandardOutput()).section(u'\n', 0, 0);
        inProcess.push_back(line.section(u' ', 1, 1).toDouble());
    }
    QTextStream(stdout) << "bench-kiosk-startup: process start to first frame (offscreen): "
                        << hall::bench::summarise(launch) << "; target < 1500 ms\n"
                        << "bench-kiosk-startup: main() to first frame: " << hall::bench::summarise(inProcess)
                        << "\n";
    return 0;
}
