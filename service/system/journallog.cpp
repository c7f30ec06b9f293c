// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallog.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <systemd/sd-daemon.h>

namespace hall::journallog {

namespace {

bool g_active = false;

int levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

void handler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    std::fprintf(stderr, "<%d>%s\n", levelOf(type), qPrintable(message));
}

} // namespace

bool active()
{
    return g_active || !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
}

void install()
{
    if (!qEnvironmentVariableIsEmpty("JOURNAL_STREAM")) {
        g_active = true;
        qInstallMessageHandler(handler);
    }
}

QByteArray prefix(int level)
{
    return active() ? QByteArray("<") + QByteArray::number(level) + '>' : QByteArray();
}

} // namespace hall::journallog
