#include "frontendstart.h"

#include <QCoreApplication>
#include <QTextStream>

namespace hall {

QStringList frontEndArguments(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (args.contains(QStringLiteral("--self-test")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return args;
}

int refuseToStart(const QString& problem)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << problem << "\n";
    return 2;
}

} // namespace hall
