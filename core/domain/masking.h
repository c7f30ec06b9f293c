// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hall {

/// How a person's name and phone number are shown on every screen, slip, export for residents and
/// log line: the one rule of the hall (docs/protocol.md, "Personal data").
///
/// A name keeps its first character (a whole grapheme: a surname outside the BMP, such as 𠮷, is
/// never split between its surrogates) followed by a single "*", whatever its length, so the mask
/// does not tell 张三 from 张秀英 and a one-character name is never shown whole (张 → 张*).
/// An empty or blank name gives an empty string, never a lone "*".
QString maskName(const QString& name);

/// "138****5678": the first three and last four digits; anything shorter than 8 characters is
/// all "*".
QString maskPhone(const QString& phone);

/// `text` with its first `head` and last `tail` characters in clear and a "*" for each one between
/// (ID and document numbers: IdNumber::masked, PersonDocument::masked). Built in one allocation: a
/// booking attempt masks both persons' numbers.
QString maskMiddle(QStringView text, qsizetype head, qsizetype tail);

} // namespace hall
