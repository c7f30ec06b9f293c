// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opcontext.h"

#include <functional>
#include <optional>
#include <type_traits>

namespace hall {

/// One change a request asks for, as the runner takes it. Ops of every engine (queue, bookings,
/// cases, and whatever comes next) describe their change this way and hand it to runChange().
struct Change
{
    /// The arguments hold personal data (ID numbers, names, phones): the request ledger fingerprints
    /// them with that data keyed (one HMAC under the hall's secret), since a plain hash of an ID number can
    /// be reversed.
    bool personalArgs = false;
    /// A change of the booking desk (bookings, check-in, divorce, counselling): its rows may need
    /// the city's booking pool, so while the city is apart and unreachable it is refused at once,
    /// while the queue's changes go on (HallState::queueNeedsLink).
    bool needsCity = false;
    /// Checked after the ledger (a retry answered from it passes no gate and spends nothing) and
    /// before the change; a refusal ends the request there (rate limits and other budgets).
    std::function<std::optional<Outcome>()> gate;
    /// Makes the change on the engines now and says how it went. A refusal must change nothing;
    /// what it changed commits with the turn.
    std::function<Outcome()> apply;
    /// Asked once the turn's participants wrote, for a change the store itself may still refuse (a
    /// city pool decides the last place in the database): its refusal is the answer instead of apply()'s
    /// success, and no ledger row is written for it (a refusal changed nothing). Empty: the engine's
    /// answer stands.
    std::function<std::optional<Error>()> refusedByStorage;
};

/// The one road from a request to the disk: request ledger (a retry with the same `requestId` gets
/// the first answer) → gate → the change, now → its ledger row into the turn's transaction → the
/// group commit → the reply (STORAGE_FAILED if the commit failed; nothing is acknowledged that
/// storage does not hold). Committed journal events are pushed by the group commit's participants.
void runChange(OpContext ctx, Change change);

/// A read that must not show what is not durable: `read` runs once the turn's commit holds every
/// change made before it, and its answer goes out once that commit is on disk (GroupCommit::atCommit);
/// if that commit failed, the answer is STORAGE_FAILED.
void runRead(OpContext ctx, std::function<Outcome()> read);

/// The outcome of an engine's result: `toResult(value)` (a QJsonObject, or compact JSON bytes) with the
/// log line `detail(value)`, or the engine's refusal.
template <typename T, typename ToResult, typename Detail>
Outcome outcomeOf(const Result<T>& r, const ToResult& toResult, const Detail& detail)
{
    if (!r) {
        return refusal(r.error());
    }
    if constexpr (std::is_same_v<std::decay_t<decltype(toResult(r.value()))>, QByteArray>) {
        return successJson(toResult(r.value()), detail(r.value()));
    } else {
        return success(toResult(r.value()), detail(r.value()));
    }
}

} // namespace hall
