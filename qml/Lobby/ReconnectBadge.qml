import QtQuick
import Hall.Ui

// A small, quiet note while the queue service is out of reach; nothing while all is well. The
// screen keeps showing the last known state meanwhile and catches up by itself.
Rectangle {
    id: badge

    property real unit: 1
    // "connected", "connecting", "reconnecting", "offline" or "unauthorised" (ConnectionWatch)
    property string connection: "connected"

    readonly property string message: {
        switch (connection) {
        case "connecting": return qsTr("正在连接…")
        case "reconnecting": return qsTr("正在重新连接…")
        case "offline": return qsTr("叫号信息暂停更新")
        case "unauthorised": return qsTr("本屏未获授权，叫号信息暂停更新")
        default: return ""
        }
    }

    visible: message.length > 0
    implicitWidth: visible ? label.implicitWidth + 32 * unit : 0
    implicitHeight: label.implicitHeight + 12 * unit
    radius: height / 2
    color: Qt.rgba(1, 1, 1, 0.18)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Text {
        id: label
        objectName: "reconnectText"
        anchors.centerIn: parent
        text: badge.message
        font.family: Theme.fontFamily
        font.pixelSize: 24 * badge.unit
        color: Theme.primaryText
    }
}
