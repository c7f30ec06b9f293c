// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingengine.h"
#include "bookingstore.h"
#include "storage/durableengine.h"

namespace hall {

/// The booking engine made durable: a participant of the group commit like the queue and the cases
/// (DurableEngine). With the service's shared driver a check-in and the queue ticket it issues commit
/// in one transaction; with one of its own (the two-argument constructor) for tools and tests.
using DurableBooking = DurableEngine<BookingEngine, BookingStore>;

} // namespace hall
