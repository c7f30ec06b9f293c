// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui

// A booking's label–value lines (the confirm page, the booking made or found): the labels' column
// as wide as the widest label in the language and type size shown, the values wrapping in what is
// left, so nothing is cut in English or large type. A line whose value is empty is left out.
// Plain rows, not a GridLayout: Qt 6.4's GridLayout crashed when a Repeater in it was rebuilt.
Column {
    id: lines

    // [[label, value], …]
    property var model: []
    // The labels' column is at least this wide, so short Chinese labels line up as before.
    property real labelWidth: 0

    readonly property var shownLines: model.filter(line => String(line[1]).length > 0)
    // Measured again when the type size changes (advanceWidth() alone would not be).
    readonly property real labelColumn: labelFont.font.pixelSize > 0
                                        ? Math.ceil(Math.max(labelWidth, ...shownLines.map(line => labelFont.advanceWidth(line[0]))))
                                        : labelWidth
    // As wide as the lines want on one line each: a page gives less and the values wrap.
    readonly property real naturalWidth: labelColumn + Theme.spacing
                                         + (valueFont.font.pixelSize > 0
                                            ? Math.ceil(Math.max(0, ...shownLines.map(line => widest(String(line[1])))))
                                            : 0)

    function widest(value) {
        return Math.max(...value.split("\n").map(part => valueFont.advanceWidth(part)))
    }

    spacing: Theme.spacing * 0.75

    FontMetrics {
        id: labelFont
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    FontMetrics {
        id: valueFont
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    Repeater {
        // A count, not the lines: the rows stay when a value changes (a cancelled booking).
        model: lines.model.length
        Row {
            id: row
            required property int index
            readonly property var line: lines.model[index] ?? ["", ""]
            visible: String(line[1]).length > 0
            spacing: Theme.spacing
            Text {
                width: lines.labelColumn
                text: row.line[0]
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Text {
                width: Math.max(0, lines.width - lines.labelColumn - Theme.spacing)
                wrapMode: Text.Wrap
                text: String(row.line[1])
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
        }
    }
}
