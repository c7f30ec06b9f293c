// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

struct sqlite3_vfs;

/// A SQLite VFS that writes a transaction's WAL frames with one pwrite instead of two per page.
///
/// SQLite appends each WAL frame as two writes (the 24-byte frame header, then the page), so a commit
/// of 30 pages costs 60 system calls. This VFS wraps another (the default unix VFS) and, for WAL files
/// only, gathers appending writes in a per-file buffer, written out with one write of the wrapped VFS:
/// - after the page of the commit frame (a frame header whose bytes 4..7, the database size after the
///   commit, are non-zero), so before SQLite publishes the commit in the wal-index: no connection, in
///   this process or another, can see a frame that is not in the file, and a COMMIT that returned has
///   its frames in the kernel (a process killed after it loses nothing);
/// - before any other operation on the file (read, size, truncate, sync, lock, file control, close),
///   before a write that does not continue the buffer, and before the buffer would pass 128 KiB (the
///   most the unix VFS writes in one call; a big transaction goes out in writes of that size);
/// - a write over bytes already written in this WAL generation (SQLite rewriting a spilled page or the
///   checksums of rewritten frames, after the commit frame) goes through at once, unbuffered.
/// A failed write reaches SQLite with the wrapped VFS's code (SQLITE_IOERR_WRITE, SQLITE_FULL), so the
/// transaction fails as it would have; its buffered bytes are dropped. Other files (the database, its
/// shared memory, journals) are the wrapped VFS's own files, untouched; sector size and device
/// characteristics are the wrapped file's.
namespace hall::walbuffer {

inline constexpr const char* kName = "hall-walbuffer";

/// Registers the VFS over the default one as SQLite's new default, once per process (later calls do
/// nothing). Every SQLite connection the process opens afterwards uses it: the store's, the
/// checkpointer's, the backup's and the readers'.
void install();

/// A VFS named `name` over `base`, registered (not as the default) and kept for the process's life: for
/// tests that put a faulty VFS under it or compare it with `base`.
sqlite3_vfs* registerOver(const char* name, sqlite3_vfs* base);

/// What a VFS of this kind did so far: writes SQLite asked for on WAL files, and writes made of them.
struct Counts
{
    std::int64_t walWrites = 0;
    std::int64_t fileWrites = 0;
};
Counts counts(sqlite3_vfs* vfs);

} // namespace hall::walbuffer
