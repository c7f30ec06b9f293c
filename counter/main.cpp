// hall-counter: the staff counter client. Only wiring: options → CounterApp → event loop (or the self-test).
#include "client/memorypolicy.h"
#include "counterapp.h"
#include "selftest.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    hall::keepLargeAllocationsOutOfHeap(); // before Qt allocates anything; see the header
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    // The self-test runs headless, on CI and on a counter being commissioned over SSH.
    if (args.contains(QStringLiteral("--self-test")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("hall-counter"));

    hall::CounterOptions options;
    if (const auto problem = hall::CounterOptions::parse(args, options)) {
        QTextStream(stderr) << "hall-counter: " << *problem << "\n";
        return 2;
    }
    hall::CounterApp counter(options);
    if (!counter.load()) {
        QTextStream(stderr) << "hall-counter: " << counter.error() << "\n";
        return 2;
    }
    counter.start();
    if (options.selfTest) {
        return hall::runSelfTest(counter);
    }
    return QGuiApplication::exec();
}
