// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

namespace hall {

/// Why a counter action did not happen, in plain words for the staff member at the window. The
/// service's error codes are stable; its messages are zh_CN and sometimes too terse, so the screen
/// shows the text mapped here (translated with the rest of the counter) and keeps the service's
/// message as the detail.
struct ErrorText
{
    /// The plain sentence for `code`; unknown codes get a generic sentence naming the code.
    static QString forCode(const QString& code);
    /// What the screen says for a refusal: the service's own sentence in the counter's language when
    /// it wrote one for people (the city database is away, the hall was taken over), else forCode().
    static QString forRefusal(const QString& code, const Sentence& sentence);
    /// The counter's language for the service's sentences: CounterController sets it together with
    /// the translator, which is as much the whole application's as this.
    static void setEnglish(bool english);
    /// Codes after which the action may not have run and may be retried (mayNotHaveRun, the one list
    /// in domain/errorretry.h): the network, storage, a rate limit or an expired login, not a refusal.
    static bool isConnectionProblem(const QString& code);
    /// Every code that has its own sentence: the protocol's (hall::ErrorCode, docs/protocol.md) and
    /// the counter's own.
    static QStringList knownCodes();
    /// The codes the counter makes itself, for what never reaches the service (a key pressed while
    /// offline, a refused device token, a ticket ending several match, an export written on this
    /// PC): not protocol codes, so never in hall::ErrorCode; docs/protocol.md names them.
    static QStringList counterCodes();
};

} // namespace hall
