// hall-kiosk: the resident kiosk. Only wiring: options → KioskApp → event loop (or the self-test).
#include "client/memorypolicy.h"
#include "kioskapp.h"
#include "selftest.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    hall::keepLargeAllocationsOutOfHeap();
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    // The self-test runs headless, on CI and on a kiosk being commissioned over SSH.
    if (args.contains(QStringLiteral("--self-test")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("hall-kiosk"));

    hall::KioskOptions options;
    if (const auto problem = hall::KioskOptions::parse(args, options)) {
        QTextStream(stderr) << "hall-kiosk: " << *problem << "\n";
        return 2;
    }
    hall::KioskApp kiosk(options);
    if (!kiosk.load()) {
        QTextStream(stderr) << "hall-kiosk: " << kiosk.error() << "\n";
        return 2;
    }
    kiosk.start();
    if (options.selfTest) {
        return hall::runSelfTest(kiosk);
    }
    return QGuiApplication::exec();
}
