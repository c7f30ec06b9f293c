// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The design system's single source of sizes, colours and type. Elderly mode scales every size,
// so a page written against the theme grows as a whole.
QtObject {
    id: theme

    // Set by each front end from Screen.pixelDensity; 96 dpi until then.
    property real pixelsPerMm: 3.78
    property bool elderly: false
    readonly property real scale: elderly ? 1.35 : 1.0

    // 15 mm is the smallest target an unsteady finger hits reliably (domain: elderly residents).
    readonly property int touchTarget: Math.round(Math.max(64, 15 * pixelsPerMm) * scale)
    readonly property int spacing: Math.round(16 * scale)
    readonly property int radius: Math.round(12 * scale)

    readonly property string fontFamily: "WenQuanYi Micro Hei"
    readonly property int fontSmall: Math.round(22 * scale)
    readonly property int fontBody: Math.round(28 * scale)
    readonly property int fontTitle: Math.round(40 * scale)
    readonly property int fontHuge: Math.round(120 * scale)

    readonly property color background: "#F3F6FA"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1B2330"
    readonly property color textMuted: "#5B6576"
    readonly property color primary: "#0B57A4"
    readonly property color primaryText: "#FFFFFF"
    readonly property color accent: "#C8102E"
    readonly property color success: "#1E7D32"
    readonly property color warning: "#B25E00"
    readonly property color danger: "#B3261E"
    readonly property color border: "#C9D2DE"
    readonly property color selected: "#DCEBFA"
    // Pale fills behind dark text, so pages name a meaning rather than a colour.
    readonly property color done: "#E3F1E4" // a step already done
    readonly property color successTint: "#E8F4EC" // good news (the hall is open today)
    readonly property color dangerTint: "#FDECEA" // a problem someone must act on
    readonly property color warningTint: "#FFF4E5" // worth a look; not yet open
    readonly property color subtle: "#EEF2F7" // a total row
    readonly property color unavailable: "#E1E5EB" // nothing left (sold out)
    readonly property color notice: "#FFD54F" // the lobby's notice band
    readonly property color disabled: "#A9B2BF"

    function toneColor(tone) {
        switch (tone) {
        case "danger": return danger
        case "success": return success
        case "neutral": return surface
        default: return primary
        }
    }
}
