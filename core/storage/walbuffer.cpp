// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walbuffer.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

namespace hall::walbuffer {

namespace walbufferimpl {

/// The most the unix VFS writes in one call: its seekAndWrite masks the length with 0x1ffff, so a
/// longer write is cut short and fails as SQLITE_FULL. The buffer is written before it would pass
/// this, which also bounds its memory (a big transaction goes out in writes of up to 128 KiB).
constexpr std::size_t kMaxWrite = 0x1ffff;
/// SQLite's WAL_FRAME_HDRSIZE: pages are at least 512 bytes, so a write of 24 is a frame header.
constexpr int kFrameHeader = 24;

struct Vfs
{
    sqlite3_vfs vfs{};
    sqlite3_vfs* base = nullptr;
    std::string name;
    std::atomic<std::int64_t> walWrites{0};
    std::atomic<std::int64_t> fileWrites{0};
};

/// A WAL file: SQLite's handle (first, as SQLite requires), then the wrapped VFS's handle at `kRealAt`.
/// SQLite allocates it (szOsFile bytes) and does not construct it: plain fields, set in xOpen.
struct File
{
    sqlite3_file io;
    Vfs* owner;
    unsigned char* data;
    std::size_t size;
    std::size_t capacity;
    sqlite3_int64 start;
    /// The end of the last commit frame this handle wrote in this WAL generation: SQLite appends after
    /// it, and writes before it only to rewrite the checksums of a transaction it just committed.
    sqlite3_int64 committedEnd;
    /// The last frame header gathered is a commit frame's: the writes after it complete the commit.
    bool commit;
};

constexpr std::size_t kRealAt =
    (sizeof(File) + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) * alignof(std::max_align_t);

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<sqlite3_file*>(reinterpret_cast<unsigned char*>(f) + kRealAt);
}

File* fileOf(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f);
}

int flush(File* f)
{
    if (f->size == 0) {
        return SQLITE_OK;
    }
    sqlite3_file* real = realOf(&f->io);
    const int rc = real->pMethods->xWrite(real, f->data, static_cast<int>(f->size), f->start);
    f->owner->fileWrites.fetch_add(1, std::memory_order_relaxed);
    // On failure the bytes are dropped: SQLite fails the transaction and never counts on them.
    f->size = 0;
    return rc;
}

bool append(File* f, const void* bytes, int amount, sqlite3_int64 offset)
{
    const std::size_t needed = f->size + static_cast<std::size_t>(amount);
    if (needed > f->capacity) {
        const std::size_t grown =
            std::max(needed, std::min(std::max<std::size_t>(f->capacity * 2, 64 * 1024), kMaxWrite));
        auto* data = static_cast<unsigned char*>(std::realloc(f->data, grown));
        if (data == nullptr) {
            return false;
        }
        f->data = data;
        f->capacity = grown;
    }
    if (f->size == 0) {
        f->start = offset;
    }
    std::memcpy(f->data + f->size, bytes, static_cast<std::size_t>(amount));
    f->size = needed;
    return true;
}

int walWrite(sqlite3_file* file, const void* bytes, int amount, sqlite3_int64 offset)
{
    File* f = fileOf(file);
    f->owner->walWrites.fetch_add(1, std::memory_order_relaxed);
    if (offset == 0) {
        // The WAL header: a new generation of frames starts at the front of the file.
        if (const int rc = flush(f); rc != SQLITE_OK) {
            return rc;
        }
        f->committedEnd = 0;
        f->commit = false;
    }
    if (offset + amount <= f->committedEnd) {
        // Checksums rewritten after the commit frame (a spilled page changed again): the last of these
        // is the commit frame's header with nothing after it before SQLite publishes the commit.
        if (const int rc = flush(f); rc != SQLITE_OK) {
            return rc;
        }
        f->owner->fileWrites.fetch_add(1, std::memory_order_relaxed);
        sqlite3_file* real = realOf(file);
        return real->pMethods->xWrite(real, bytes, amount, offset);
    }
    if (f->size > 0 && (offset != f->start + static_cast<sqlite3_int64>(f->size) ||
                        f->size + static_cast<std::size_t>(amount) > kMaxWrite)) {
        if (const int rc = flush(f); rc != SQLITE_OK) {
            return rc;
        }
    }
    if (static_cast<std::size_t>(amount) > kMaxWrite || !append(f, bytes, amount, offset)) {
        if (const int rc = flush(f); rc != SQLITE_OK) {
            return rc;
        }
        f->owner->fileWrites.fetch_add(1, std::memory_order_relaxed);
        sqlite3_file* real = realOf(file);
        return real->pMethods->xWrite(real, bytes, amount, offset);
    }
    if (amount == kFrameHeader) {
        const auto* header = static_cast<const unsigned char*>(bytes);
        f->commit = (header[4] | header[5] | header[6] | header[7]) != 0;
        return SQLITE_OK;
    }
    // Every write after a commit frame's header (its page, or the page's rest) goes out at once.
    if (f->commit) {
        const int rc = flush(f);
        if (rc == SQLITE_OK) {
            f->committedEnd = std::max(f->committedEnd, offset + amount);
        }
        return rc;
    }
    return SQLITE_OK;
}

int walClose(sqlite3_file* file)
{
    File* f = fileOf(file);
    const int flushed = flush(f);
    sqlite3_file* real = realOf(file);
    const int closed = real->pMethods->xClose(real);
    std::free(f->data);
    f->data = nullptr;
    f->capacity = 0;
    return flushed != SQLITE_OK ? flushed : closed;
}

int walRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    if (const int rc = flush(fileOf(file)); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xRead(real, out, amount, offset);
}

int walTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    File* f = fileOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    f->committedEnd = std::min(f->committedEnd, size);
    sqlite3_file* real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int walSync(sqlite3_file* file, int flags)
{
    if (const int rc = flush(fileOf(file)); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int walFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    if (const int rc = flush(fileOf(file)); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int walLock(sqlite3_file* file, int level)
{
    if (const int rc = flush(fileOf(file)); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int walUnlock(sqlite3_file* file, int level)
{
    if (const int rc = flush(fileOf(file)); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int walCheckReservedLock(sqlite3_file* file, int* out)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}

int walFileControl(sqlite3_file* file, int op, void* arg)
{
    if (const int rc = flush(fileOf(file)); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileControl(real, op, arg);
}

int walSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int walDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

// SQLite maps and locks the shared memory and the database file, never the WAL; these only pass on.
int walShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 2 || real->pMethods->xShmMap == nullptr) {
        return SQLITE_IOERR_SHMMAP;
    }
    return real->pMethods->xShmMap(real, region, size, extend, out);
}

int walShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 2 || real->pMethods->xShmLock == nullptr) {
        return SQLITE_IOERR_SHMLOCK;
    }
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void walShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion >= 2 && real->pMethods->xShmBarrier != nullptr) {
        real->pMethods->xShmBarrier(real);
    }
}

int walShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 2 || real->pMethods->xShmUnmap == nullptr) {
        return SQLITE_OK;
    }
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int walFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    if (const int rc = flush(fileOf(file)); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 3 || real->pMethods->xFetch == nullptr) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return real->pMethods->xFetch(real, offset, amount, out);
}

int walUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 3 || real->pMethods->xUnfetch == nullptr) {
        return SQLITE_OK;
    }
    return real->pMethods->xUnfetch(real, offset, page);
}

const sqlite3_io_methods kWalMethods = {
    3,
    walClose,
    walRead,
    walWrite,
    walTruncate,
    walSync,
    walFileSize,
    walLock,
    walUnlock,
    walCheckReservedLock,
    walFileControl,
    walSectorSize,
    walDeviceCharacteristics,
    walShmMap,
    walShmLock,
    walShmBarrier,
    walShmUnmap,
    walFetch,
    walUnfetch,
};

Vfs* vfsOf(sqlite3_vfs* vfs)
{
    return static_cast<Vfs*>(vfs->pAppData);
}

int vfsOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    if ((flags & SQLITE_OPEN_WAL) == 0) {
        // Not a WAL: the wrapped VFS's file itself, in the room SQLite allocated (szOsFile is larger).
        return base->xOpen(base, name, file, flags, outFlags);
    }
    File* f = fileOf(file);
    f->io.pMethods = nullptr;
    f->owner = vfsOf(vfs);
    f->data = nullptr;
    f->size = 0;
    f->capacity = 0;
    f->start = 0;
    f->committedEnd = 0;
    f->commit = false;
    sqlite3_file* real = realOf(file);
    real->pMethods = nullptr;
    const int rc = base->xOpen(base, name, real, flags, outFlags);
    // SQLite calls xClose exactly when pMethods is set, even after a failed open.
    if (real->pMethods != nullptr) {
        f->io.pMethods = &kWalMethods;
    }
    return rc;
}

int vfsDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xDelete(base, name, syncDir);
}

int vfsAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xAccess(base, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xFullPathname(base, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs* vfs, const char* name)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xDlOpen(base, name);
}

void vfsDlError(sqlite3_vfs* vfs, int size, char* out)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    base->xDlError(base, size, out);
}

void (*vfsDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xDlSym(base, handle, symbol);
}

void vfsDlClose(sqlite3_vfs* vfs, void* handle)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    base->xDlClose(base, handle);
}

int vfsRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xRandomness(base, size, out);
}

int vfsSleep(sqlite3_vfs* vfs, int microseconds)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xSleep(base, microseconds);
}

int vfsCurrentTime(sqlite3_vfs* vfs, double* out)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xCurrentTime(base, out);
}

int vfsGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xGetLastError != nullptr ? base->xGetLastError(base, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xCurrentTimeInt64(base, out);
}

int vfsSetSystemCall(sqlite3_vfs* vfs, const char* name, sqlite3_syscall_ptr call)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xSetSystemCall(base, name, call);
}

sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs* vfs, const char* name)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xGetSystemCall(base, name);
}

const char* vfsNextSystemCall(sqlite3_vfs* vfs, const char* name)
{
    sqlite3_vfs* base = vfsOf(vfs)->base;
    return base->xNextSystemCall(base, name);
}

} // namespace walbufferimpl

sqlite3_vfs* registerOver(const char* name, sqlite3_vfs* base)
{
    using namespace walbufferimpl;
    if (base == nullptr) {
        return nullptr;
    }
    auto* v = new Vfs; // lives as long as the process: connections may outlive any owner
    v->base = base;
    v->name = name;
    sqlite3_vfs& s = v->vfs;
    // Versions 2 and 3 add the 64-bit clock and the system-call hooks: offered exactly when the base has
    // them.
    s.iVersion = std::min(base->iVersion, 3);
    s.szOsFile = static_cast<int>(std::max<std::size_t>(static_cast<std::size_t>(base->szOsFile),
                                                        kRealAt + static_cast<std::size_t>(base->szOsFile)));
    s.mxPathname = base->mxPathname;
    s.zName = v->name.c_str();
    s.pAppData = v;
    s.xOpen = vfsOpen;
    s.xDelete = vfsDelete;
    s.xAccess = vfsAccess;
    s.xFullPathname = vfsFullPathname;
    s.xDlOpen = vfsDlOpen;
    s.xDlError = vfsDlError;
    s.xDlSym = vfsDlSym;
    s.xDlClose = vfsDlClose;
    s.xRandomness = vfsRandomness;
    s.xSleep = vfsSleep;
    s.xCurrentTime = vfsCurrentTime;
    s.xGetLastError = vfsGetLastError;
    if (base->iVersion >= 2) {
        s.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    }
    if (base->iVersion >= 3) {
        s.xSetSystemCall = vfsSetSystemCall;
        s.xGetSystemCall = vfsGetSystemCall;
        s.xNextSystemCall = vfsNextSystemCall;
    }
    if (sqlite3_vfs_register(&s, 0) != SQLITE_OK) {
        delete v;
        return nullptr;
    }
    return &s;
}

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_initialize() != SQLITE_OK) {
            return; // the first open reports it
        }
        if (sqlite3_vfs* vfs = registerOver(kName, sqlite3_vfs_find(nullptr))) {
            sqlite3_vfs_register(vfs, 1);
        }
    });
}

Counts counts(sqlite3_vfs* vfs)
{
    const auto* v = static_cast<const walbufferimpl::Vfs*>(vfs->pAppData);
    return {v->walWrites.load(std::memory_order_relaxed), v->fileWrites.load(std::memory_order_relaxed)};
}

} // namespace hall::walbuffer
