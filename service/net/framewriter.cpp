// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framewriter.h"

#include "socketwrite.h"

#include <QWebSocket>

#include <algorithm>

namespace hall::wsframe {

void appendText(QByteArray& out, QByteArrayView payload)
{
    const auto size = static_cast<quint64>(payload.size());
    out.append(char(0x81)); // FIN, opcode 1 (text)
    if (size < 126) {
        out.append(char(size));
    } else if (size <= 0xFFFF) {
        out.append(char(126));
        out.append(char(size >> 8));
        out.append(char(size & 0xFF));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.append(char((size >> shift) & 0xFF));
        }
    }
    out.append(payload);
}

void appendClose(QByteArray& out, quint16 code, QByteArrayView reason)
{
    const QByteArrayView text = reason.first(std::min<qsizetype>(reason.size(), 123));
    out.append(char(0x88)); // FIN, opcode 8 (close)
    out.append(char(2 + text.size()));
    out.append(char(code >> 8));
    out.append(char(code & 0xFF));
    out.append(text);
}

bool write(QWebSocket& ws, QAbstractSocket* tcp, const char* data, qsizetype size)
{
    if (tcp == nullptr || ws.state() != QAbstractSocket::ConnectedState) {
        return false;
    }
    socketwrite::write(tcp, data, size);
    return true;
}

} // namespace hall::wsframe
