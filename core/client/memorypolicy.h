// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Any C library header defines __GLIBC__ on glibc systems; without one first, the check below
// depended on what the includer had included before, and once silently compiled to nothing.
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace hall {

/// Sends every allocation of 64 KiB or more to a mapping of its own, given back to the system when
/// freed, for the whole life of the process. glibc starts at 128 KiB but raises its threshold (up to
/// 32 MiB) the first time such a block is freed: the software scene graph frees a 1.3 MiB raster
/// buffer while drawing the first frames, and from then on its ~470 KiB fill buffers
/// (QRasterPaintEngine::fillRect, one or two per ticket) and each ticket's 107 KiB QR texture were
/// cut from the main heap, whose top kept their pages resident: RSS crept up by 0.1–0.5 MiB over a
/// thousand tickets (docs/benchmarks.md, Kiosk). A kiosk runs for months, and its large blocks are
/// short-lived render buffers, for which a mapping each costs a few microseconds.
/// Call once, first thing in main(): hall-kiosk, hall-lobby and hall-counter do; all three render in
/// software for months on end.
inline void keepLargeAllocationsOutOfHeap()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 64 * 1024); // a set threshold also stays put, and so does the trim threshold
#endif
}

} // namespace hall
