// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>

namespace hall {

/// True when `text` holds a character that is not meant to be shown: control characters (line
/// breaks, tabs, escapes), invisible format characters (bidirectional overrides, zero-width
/// joiners) and the Unicode line and paragraph separators. Names typed, imported or read from a
/// card must hold none: they end up on printed tickets, screens, logs and CSV exports.
inline bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
               c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

} // namespace hall
