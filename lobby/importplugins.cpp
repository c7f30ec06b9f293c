// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The static QML modules a lobby program needs; compiled into each program (not the library) so
// the linker keeps their registration code.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Hall_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hall_Lobby_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Hall_LobbyPlugin)
