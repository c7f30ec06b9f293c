// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic as T

// A large touch button. `tone` picks the colour ("primary", "neutral", "success", "danger"),
// `hint` shows the keyboard shortcut on counter screens, `busy` marks a request in flight.
T.Button {
    id: control

    property string subText: ""
    property string tone: "primary"
    property string hint: ""
    property bool busy: false

    // As wide as the label on one line; given less (a grid cell, English, large type), the label
    // wraps inside the button and the button grows taller rather than letting text spill out.
    implicitWidth: Math.max(Theme.touchTarget * 2,
                            Math.ceil(Math.max(labelMetrics.advanceWidth, subMetrics.advanceWidth)) + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + Theme.spacing)
    leftPadding: Theme.spacing / 2
    rightPadding: Theme.spacing / 2
    Accessible.name: text + (subText ? " " + subText : "")
    // The label sits in the middle of whatever height a page gives the button.
    topPadding: Math.max(0, (height - implicitContentHeight) / 2)
    bottomPadding: topPadding

    readonly property color fillColor: !enabled ? Theme.disabled : Theme.toneColor(tone)
    readonly property color labelColor: tone === "neutral" && enabled ? Theme.text : Theme.primaryText

    // The one-line widths of the label and the line under it (ids inside contentItem would stop
    // Qt deferring it).
    readonly property string labelText: busy ? qsTr("请稍候…") : text
    readonly property string subLine: subText + (hint ? (subText ? "  " : "") + "[" + hint + "]" : "")
    TextMetrics {
        id: labelMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        text: control.labelText
    }
    TextMetrics {
        id: subMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        text: control.subLine
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Qt.darker(control.fillColor, 1.15) : control.fillColor
        border.width: control.tone === "neutral" || control.visualFocus ? 2 : 0
        border.color: control.visualFocus ? Theme.accent : Theme.border
    }

    // Each line as wide as the button's inside, centred: a width bound to the Text's own implicitWidth
    // loops once the text wraps (wrapping changes the implicit width it was computed from).
    contentItem: Column {
        spacing: 4
        Text {
            width: control.availableWidth
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            text: control.labelText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: control.labelColor
        }
        Text {
            width: control.availableWidth
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: control.subLine
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: control.labelColor
            opacity: 0.85
        }
    }
}
