// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for the hardware layer: a QGuiApplication, because tickets are rendered with fonts.
#include "catchsession.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Test discovery runs this binary at build time, where no display exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The ffmpeg media backend of Qt 6.4 crashed on this platform; GStreamer plays to PulseAudio.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND")) {
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    }
    QGuiApplication app(argc, argv);
    return hall::test::runCatchSession(argc, argv);
}
