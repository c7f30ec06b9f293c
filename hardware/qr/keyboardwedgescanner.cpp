// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardwedgescanner.h"

#include <QKeyEvent>

namespace hall {

KeyboardWedgeScanner::KeyboardWedgeScanner(QObject* parent) : QObject(parent) {}

bool KeyboardWedgeScanner::feedKey(int key, const QString& text, quint64 timestampMs)
{
    // Scanners press Shift for capitals; modifiers neither break a run nor count as keys.
    if (key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta) {
        return false;
    }
    const bool fast =
        m_haveLast && timestampMs >= m_lastKeyMs && timestampMs - m_lastKeyMs <= quint64(m_maxGapMs);
    m_lastKeyMs = timestampMs;
    m_haveLast = true;

    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        const QString code = m_buffer;
        m_buffer.clear();
        if (fast && code.size() >= m_minLength) {
            emit scanned(code);
            return true;
        }
        return false;
    }
    if (text.isEmpty() || !text.at(0).isPrint()) {
        m_buffer.clear(); // an arrow or function key breaks any run
        return false;
    }
    if (!fast) {
        m_buffer.clear(); // a slow key may still be the first key of a scan
    }
    m_buffer += text;
    return false;
}

bool KeyboardWedgeScanner::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (feedKey(key->key(), key->text(), key->timestamp())) {
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hall
