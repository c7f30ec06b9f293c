// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui

// A page's headline and, below it, one sentence saying what to do.
Column {
    id: title

    property string text: ""
    property string hint: ""

    spacing: Theme.spacing / 2

    Text {
        width: title.width
        text: title.text
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
    Text {
        width: title.width
        visible: title.hint.length > 0
        text: title.hint
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
}
