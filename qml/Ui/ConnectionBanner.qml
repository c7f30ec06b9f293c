import QtQuick

// Tells people when the queue service is out of reach, and says nothing while all is well. The
// front end maps its client's connection state onto `state`.
Rectangle {
    id: banner

    // "connected", "connecting", "reconnecting" or "offline"
    property string connection: "connected"

    readonly property string message: {
        switch (connection) {
        case "connecting": return qsTr("正在连接排队服务…")
        case "reconnecting": return qsTr("网络中断，正在重新连接…")
        case "offline": return qsTr("排队服务暂时无法使用，请到咨询台")
        default: return ""
        }
    }

    visible: message.length > 0
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: visible ? label.implicitHeight + Theme.spacing : 0
    color: connection === "offline" ? Theme.danger : Theme.warning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Text {
        id: label
        anchors.centerIn: parent
        text: banner.message
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.primaryText
    }
}
