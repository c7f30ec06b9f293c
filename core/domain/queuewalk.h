// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuepolicy.h"
#include "ticket.h"

#include <QDateTime>
#include <QList>

namespace hall {

/// The O(n) walk QueueIndex::ahead used before it kept subtree sizes, over a plain list of the
/// waiting tickets of the day. Not used by the engine: it is the oracle the index is tested against
/// (tests/core/test_queueindex.cpp) and the previous design bench-issue-depth prints beside it.
int walkedAhead(const Ticket& t, const QList<const Ticket*>& waiting, const QueuePolicy& policy,
                const QDateTime& now);

} // namespace hall
