// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changerunner.h"

namespace hall {

/// A change of the queue engine, through the one runner (runChange): `op` runs on the engine; its
/// value becomes the reply (`toResult`: a QJsonObject, or its compact JSON already written) and the log
/// line (`detail`), its refusal the error.
template <typename T, typename ToResult>
void runQueueChange(OpContext ctx, std::function<Result<T>(QueueEngine&)> op, ToResult toResult,
                    std::function<QString(const T&)> detail)
{
    QueueEngine& engine = ctx.hall.engine();
    Change change;
    change.apply = [&engine, op = std::move(op), toResult = std::move(toResult), detail = std::move(detail)] {
        return outcomeOf(op(engine), toResult, detail);
    };
    runChange(std::move(ctx), std::move(change));
}

} // namespace hall
