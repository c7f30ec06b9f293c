// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hall {

/// Chooses hall-service's main event loop. It must run before QCoreApplication is constructed, which
/// is before the options are parsed, so it reads `--event-loop epoll|qt` from argv itself (the
/// option parser accepts and checks the same flag). The default is epoll (EpollDispatcher); `qt`
/// keeps Qt's own dispatcher, for comparison and as a way out. Returns the loop installed.
QString installServiceEventLoop(int argc, char** argv);

} // namespace hall
