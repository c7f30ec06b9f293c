// hall-lobby: the lobby display. Only wiring: options → LobbyApp → event loop (or the self-test).
#include "client/memorypolicy.h"
#include "lobbyapp.h"
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
    // The self-test runs headless, on CI and on a display being commissioned over SSH.
    if (args.contains(QStringLiteral("--self-test")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("hall-lobby"));

    hall::LobbyOptions options;
    if (const auto problem = hall::LobbyOptions::parse(args, options)) {
        QTextStream(stderr) << "hall-lobby: " << *problem << "\n";
        return 2;
    }
    hall::LobbyApp lobby(options);
    if (!lobby.load()) {
        QTextStream(stderr) << "hall-lobby: " << lobby.error() << "\n";
        return 2;
    }
    lobby.start();
    if (options.selfTest) {
        return hall::runSelfTest(lobby);
    }
    return QGuiApplication::exec();
}
