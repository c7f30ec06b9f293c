// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The letter keyboard for a document other than the resident ID card: only the characters its
// numbers contain (the core's alphabet for the type; a passport's issuing state in letters), what to
// type above the keys and the core's refusal below them, each in room kept, so no key moves.
Column {
    id: panel

    property PartyDocument document: null
    property bool english: false
    property alias value: keys.value
    signal done()

    spacing: Theme.spacing / 2

    Text {
        objectName: "documentHint"
        width: keys.implicitWidth
        height: Theme.fontBody * 2.8
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: panel.document === null ? ""
              : panel.document.editing === PartyDocument.Nationality
                ? qsTr("护照签发国家或地区代码：护照上的 3 位字母，如 USA、GBR、D")
                : qsTr("请输入%1号码").arg(panel.english ? panel.document.nameEn : panel.document.nameZh)
    }
    CodeKeypad {
        id: keys
        objectName: "letterKeypad"
        alphabet: panel.document === null ? "" : panel.document.alphabet
        maxLength: panel.document === null ? 0 : panel.document.maxLength
        // Nine a row: ten are wider than a portrait page in large type.
        columns: 9
        acceptText: qsTr("下一栏")
        onAccepted: {
            if (panel.document !== null && panel.document.accept())
                panel.done()
        }
    }
    Text {
        objectName: "documentError"
        width: keys.implicitWidth
        height: Theme.fontBody * 2.8
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.danger
        // The core's own words; in English what kind of number is expected.
        text: panel.document === null || panel.document.errorZh.length === 0 ? ""
              : panel.english ? qsTr("这不是有效的%1号码，请核对证件后重新输入。").arg(panel.document.nameEn)
                              : panel.document.errorZh
    }
}
