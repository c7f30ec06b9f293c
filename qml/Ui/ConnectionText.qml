// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQml

// The one place a connection state becomes words: ConnectionWatch's state ("connected",
// "connecting", "reconnecting", "offline", "unauthorised") → the sentence for it, nothing while all
// is well. Each screen words the states for the people in front of it (residents, staff, the
// lobby) and shows the message in its own way (ConnectionBanner, the lobby's ReconnectBadge).
QtObject {
    property string connection: "connected"
    required property string connectingText
    required property string reconnectingText
    required property string offlineText
    // The service refused this device's token; the client keeps asking, an operator must fix it.
    required property string unauthorisedText

    // The screen is not up to date and will not be until someone acts or the network returns.
    readonly property bool outage: connection === "offline" || connection === "unauthorised"
    readonly property string message: {
        switch (connection) {
        case "connecting": return connectingText
        case "reconnecting": return reconnectingText
        case "offline": return offlineText
        case "unauthorised": return unauthorisedText
        default: return ""
        }
    }
}
