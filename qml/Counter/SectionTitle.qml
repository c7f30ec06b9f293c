// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui

// A heading inside a counter page.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.text
}
