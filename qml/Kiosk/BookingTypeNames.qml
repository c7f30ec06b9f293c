// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The booking types in the order the kiosk offers them, with their names in the resident's
// language (the ids are the protocol's).
QtObject {
    // A list without translated text, for Repeaters: a language switch re-evaluates `types` and
    // would otherwise rebuild the buttons.
    readonly property var ids: ["marriage", "divorceApplication", "divorceCertificate", "replacement", "ceremony"]
    readonly property var types: [
        { id: "marriage", name: qsTr("结婚登记"), hint: qsTr("双方本人预约") },
        { id: "divorceApplication", name: qsTr("离婚登记申请"), hint: qsTr("协议离婚，第一次到场") },
        { id: "divorceCertificate", name: qsTr("离婚登记领证"), hint: qsTr("冷静期满后，第二次到场") },
        { id: "replacement", name: qsTr("补领结婚证/离婚证"), hint: qsTr("本人预约即可") },
        { id: "ceremony", name: qsTr("颁证仪式"), hint: qsTr("颁证厅和颁证师") }
    ]

    function hintOf(id) {
        for (const t of types) {
            if (t.id === id)
                return t.hint
        }
        return ""
    }

    function nameOf(id) {
        for (const t of types) {
            if (t.id === id)
                return t.name
        }
        return id
    }
}
