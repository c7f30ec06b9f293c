// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace hall {

/// A USB 2D scanner in keyboard mode "types" the code and presses Enter, a few milliseconds per key.
/// People cannot type that fast: a run of at least minLength characters whose every inter-key gap
/// (Enter included) is at most maxGapMs is a scan; anything slower is human typing and is left alone.
/// Timestamps come from the key events (or the caller), never from a clock read here, so the
/// decision is deterministic.
class KeyboardWedgeScanner : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardWedgeScanner(QObject* parent = nullptr);

    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    void setMinLength(int n) { m_minLength = n; }
    int maxGapMs() const { return m_maxGapMs; }
    int minLength() const { return m_minLength; }

    /// Feeds one key press at `timestampMs`. `text` is what the key typed (empty for Enter and other
    /// non-printing keys). Returns true when the key completed a scan and should be swallowed, so
    /// the Enter does not also submit the form that has focus.
    bool feedKey(int key, const QString& text, quint64 timestampMs);

    /// Installed on a window or the application, feeds its key presses using QKeyEvent::timestamp().
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// A complete scan. The scanner's characters also reached the focused field (they could not be
    /// told apart before the Enter), so a view that receives this clears what they typed.
    void scanned(const QString& code);

private:
    int m_maxGapMs = 30;
    int m_minLength = 4;
    QString m_buffer;
    quint64 m_lastKeyMs = 0;
    bool m_haveLast = false;
};

} // namespace hall
