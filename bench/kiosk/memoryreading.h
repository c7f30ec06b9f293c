// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hall::bench {

/// Where this process's resident pages are, from /proc/self/smaps, in KiB; with malloc's view of
/// its own heap. Read without allocating on the heap, so reading does not move what it measures.
struct MemoryReading
{
    long rss = 0;         ///< all mappings (VmRSS)
    long heap = 0;        ///< `[heap]`: glibc's main arena (brk)
    long anon = 0;        ///< anonymous mmaps: other threads' malloc arenas, large mallocs, GPU-less buffers
    long jsHeap = 0;      ///< the QML engine's garbage-collected heap (memfd "JSGCHeap")
    long files = 0;       ///< other file mappings: libraries, fonts, QML caches
    long stack = 0;       ///< `[stack]`
    long other = 0;       ///< vdso and the like
    long mallocInUse = 0; ///< mallinfo2: bytes in use in every arena plus mmapped chunks
    long mallocArena = 0; ///< mallinfo2: bytes the arenas hold from the system (in use or free)
    long mallocTop = 0;   ///< mallinfo2: free bytes at the top of the main arena (trimmable)
};

/// The current reading; rss < 0 when /proc/self/smaps cannot be read.
MemoryReading readMemory();

/// Least-squares slope of `y` over `x` (same length, at least two points).
double slope(const long* x, const long* y, int n);

} // namespace hall::bench
