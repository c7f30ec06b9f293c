// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The WAL buffer (storage/walbuffer): the same transactions leave the same bytes as the unix VFS,
// a reader on another thread never meets a frame that is not in the file, a process killed after
// COMMIT returned keeps every committed row, and a write that fails fails the commit with SQLite's
// own code. Through SQLite's C API on files in a temporary directory.
#include "storedhall.h"

#include "storage/walbuffer.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace hall;
using namespace hall::test;

namespace walbuffertest {

sqlite3* open(const QString& path, const char* vfs)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 10000);
    return db;
}

int exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

qint64 scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        value = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return value;
}

/// Rows with `bytes` of a pattern that depends on the key: the same on every run.
bool insertRows(sqlite3* db, int from, int count, int bytes)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO t (k, a, b) VALUES (?, ?, ?)", -1, &st, nullptr) != SQLITE_OK) {
        return false;
    }
    bool ok = true;
    for (int k = from; k < from + count && ok; ++k) {
        const QByteArray blob(bytes, static_cast<char>('a' + k % 26));
        sqlite3_bind_int(st, 1, k);
        sqlite3_bind_blob(st, 2, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(st, 3, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return ok;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Written
{
    QByteArray wal;
    QByteArray database;
    /// The WAL writes SQLite asked for in the 40 small commits, and those made of them (counted VFS only).
    qint64 smallAsked = 0;
    qint64 smallMade = 0;
};

/// Small commits, one transaction too big for its 10-page cache (pages spill into the WAL, and change
/// again after they spilled: rewritten in place, checksums rewritten after the commit frame), one
/// that spills and rolls back, and a commit after it.
Written runWorkload(const QString& path, const char* vfs, sqlite3_vfs* counted = nullptr)
{
    Written out;
    sqlite3* db = open(path, vfs);
    REQUIRE(db != nullptr);
    REQUIRE(exec(db, "PRAGMA journal_mode=WAL") == SQLITE_OK);
    REQUIRE(exec(db, "PRAGMA wal_autocheckpoint=0; PRAGMA cache_size=10; PRAGMA synchronous=NORMAL") ==
            SQLITE_OK);
    REQUIRE(exec(db, "CREATE TABLE t (k INTEGER PRIMARY KEY, a BLOB, b BLOB)") == SQLITE_OK);
    const walbuffer::Counts before = counted != nullptr ? walbuffer::counts(counted) : walbuffer::Counts{};
    for (int i = 0; i < 40; ++i) {
        REQUIRE(exec(db, "BEGIN") == SQLITE_OK);
        REQUIRE(insertRows(db, i * 3, 3, 200));
        REQUIRE(exec(db, "COMMIT") == SQLITE_OK);
    }
    if (counted != nullptr) {
        const walbuffer::Counts after = walbuffer::counts(counted);
        out.smallAsked = after.walWrites - before.walWrites;
        out.smallMade = after.fileWrites - before.fileWrites;
    }
    REQUIRE(exec(db, "BEGIN") == SQLITE_OK);
    REQUIRE(insertRows(db, 1000, 600, 700));
    REQUIRE(exec(db, "UPDATE t SET a = zeroblob(300) WHERE k BETWEEN 1000 AND 1100") == SQLITE_OK);
    REQUIRE(exec(db, "COMMIT") == SQLITE_OK);
    REQUIRE(exec(db, "BEGIN") == SQLITE_OK);
    REQUIRE(insertRows(db, 5000, 400, 700));
    REQUIRE(exec(db, "ROLLBACK") == SQLITE_OK);
    REQUIRE(exec(db, "BEGIN") == SQLITE_OK);
    REQUIRE(insertRows(db, 9000, 2, 100));
    REQUIRE(exec(db, "COMMIT") == SQLITE_OK);
    out.wal = bytesOf(path + QStringLiteral("-wal"));
    REQUIRE(sqlite3_close(db) == SQLITE_OK); // the last close checkpoints and removes the WAL
    out.database = bytesOf(path);
    return out;
}

sqlite3_vfs* shim(const char* name)
{
    sqlite3_vfs* vfs = sqlite3_vfs_find(name);
    return vfs != nullptr ? vfs : walbuffer::registerOver(name, sqlite3_vfs_find("unix"));
}

/// unix's pwrite, failing with `errno` while `failWith` is non-zero.
std::atomic<int> failWith{0};
sqlite3_syscall_ptr realPwrite = nullptr;
sqlite3_syscall_ptr realPwrite64 = nullptr;

ssize_t failingPwrite(int fd, const void* buf, size_t n, off_t off)
{
    if (const int e = failWith.load(); e != 0) {
        errno = e;
        return -1;
    }
    return reinterpret_cast<ssize_t (*)(int, const void*, size_t, off_t)>(realPwrite)(fd, buf, n, off);
}

ssize_t failingPwrite64(int fd, const void* buf, size_t n, off_t off)
{
    if (const int e = failWith.load(); e != 0) {
        errno = e;
        return -1;
    }
    return reinterpret_cast<ssize_t (*)(int, const void*, size_t, off_t)>(realPwrite64)(fd, buf, n, off);
}

} // namespace walbuffertest

using namespace walbuffertest;

TEST_CASE("WAL buffer: the same transactions leave the database and its WAL byte for byte as the unix VFS "
          "does, in fewer writes",
          "[storage][sqlite][walbuffer]")
{
    QTemporaryDir dir;
    sqlite3_vfs* vfs = shim("walbuffer-test-identical");
    REQUIRE(vfs != nullptr);
    // The WAL's salts come from SQLite's generator: both runs start it from the same state.
    char seed[4];
    sqlite3_randomness(sizeof seed, seed);
    REQUIRE(sqlite3_test_control(SQLITE_TESTCTRL_PRNG_SAVE) == SQLITE_OK);
    const Written plain = runWorkload(dir.filePath(QStringLiteral("plain.sqlite")), "unix");
    REQUIRE(sqlite3_test_control(SQLITE_TESTCTRL_PRNG_RESTORE) == SQLITE_OK);
    const Written buffered = runWorkload(dir.filePath(QStringLiteral("buffered.sqlite")), vfs->zName, vfs);

    CHECK(plain.wal.size() > 1'000'000); // the spilling transactions are in it
    CHECK(buffered.wal.size() == plain.wal.size());
    CHECK((buffered.wal == plain.wal)); // as a bool: a megabyte of differing bytes is not printed
    CHECK(buffered.database.size() == plain.database.size());
    CHECK((buffered.database == plain.database));
    // Each small commit (a frame header and a page per page) went out in one write.
    CHECK(buffered.smallAsked >= 80);
    CHECK(buffered.smallMade == 40);
}

TEST_CASE("WAL buffer: a reader on another thread never meets a torn or missing frame while the writer "
          "commits",
          "[storage][sqlite][walbuffer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    sqlite3_vfs* vfs = shim("walbuffer-test-reader");
    sqlite3* writer = open(path, vfs->zName);
    REQUIRE(writer != nullptr);
    REQUIRE(exec(writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL") == SQLITE_OK);
    REQUIRE(exec(writer, "CREATE TABLE t (k INTEGER PRIMARY KEY, a BLOB, b BLOB);"
                         "CREATE TABLE total (n INTEGER); INSERT INTO total VALUES (0)") == SQLITE_OK);

    std::atomic<bool> done{false};
    std::atomic<int> reads{0};
    std::atomic<int> faults{0};
    std::atomic<qint64> lastSeen{0};
    std::thread reader([&] {
        sqlite3* db = open(path, vfs->zName);
        if (db == nullptr) {
            faults.fetch_add(1);
            return;
        }
        while (!done.load()) {
            if (exec(db, "BEGIN") != SQLITE_OK) {
                faults.fetch_add(1);
                break;
            }
            const qint64 total = scalar(db, "SELECT n FROM total");
            const qint64 rows = scalar(db, "SELECT count(*) FROM t");
            const qint64 bad = scalar(db, "SELECT count(*) FROM t WHERE a != b OR length(a) != 1500");
            if (total < 0 || rows != total || bad != 0 || total < lastSeen.load()) {
                faults.fetch_add(1);
            }
            lastSeen.store(total);
            if (reads.fetch_add(1) % 50 == 0 && scalar(db, "SELECT count(*) FROM pragma_quick_check WHERE "
                                                           "quick_check != 'ok'") != 0) {
                faults.fetch_add(1);
            }
            exec(db, "COMMIT");
        }
        sqlite3_close(db);
    });
    for (int i = 0; i < 400; ++i) {
        REQUIRE(exec(writer, "BEGIN IMMEDIATE") == SQLITE_OK);
        REQUIRE(insertRows(writer, i * 5, 5, 1500));
        REQUIRE(exec(writer, "UPDATE total SET n = n + 5") == SQLITE_OK);
        REQUIRE(exec(writer, "COMMIT") == SQLITE_OK);
        if (i % 100 == 99) {
            // Restarting the WAL from its front: the next frames overwrite the last generation's.
            REQUIRE(exec(writer, "PRAGMA wal_checkpoint(RESTART)") == SQLITE_OK);
        }
    }
    // The reader ran beside the commits and read the end of them.
    while (lastSeen.load() < 2000 && faults.load() == 0) {
        std::this_thread::yield();
    }
    done.store(true);
    reader.join();
    CHECK(faults.load() == 0);
    CHECK(reads.load() > 1);
    CHECK(lastSeen.load() == 2000);
    CHECK(sqlite3_close(writer) == SQLITE_OK);
}

TEST_CASE("WAL buffer: a process killed right after COMMIT returned keeps every committed row",
          "[storage][sqlite][walbuffer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    sqlite3_vfs* vfs = shim("walbuffer-test-killed");
    {
        sqlite3* db = open(path, vfs->zName);
        REQUIRE(db != nullptr);
        REQUIRE(exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t (k INTEGER PRIMARY KEY, a BLOB, b BLOB)") ==
                SQLITE_OK);
        REQUIRE(sqlite3_close(db) == SQLITE_OK);
    }
    int acks[2];
    REQUIRE(::pipe(acks) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child commits until it is killed, and says so after each COMMIT returned.
        ::close(acks[0]);
        sqlite3* db = open(path, vfs->zName);
        if (db == nullptr || exec(db, "PRAGMA synchronous=NORMAL") != SQLITE_OK) {
            ::_exit(2);
        }
        for (int i = 0;; ++i) {
            if (exec(db, "BEGIN") != SQLITE_OK || !insertRows(db, i * 4, 4, 1500) ||
                exec(db, "COMMIT") != SQLITE_OK) {
                ::_exit(3);
            }
            if (::write(acks[1], &i, sizeof i) != sizeof i) {
                ::_exit(4);
            }
        }
    }
    ::close(acks[1]);
    int last = -1;
    int received = 0;
    pollfd pfd{acks[0], POLLIN, 0};
    while (received < 300 && ::poll(&pfd, 1, 60000) > 0) {
        int i = 0;
        if (::read(acks[0], &i, sizeof i) != sizeof i) {
            break;
        }
        last = i;
        ++received;
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    // Acknowledgements written before the kill are still in the pipe.
    for (int i = 0; ::read(acks[0], &i, sizeof i) == sizeof i;) {
        last = i;
    }
    ::close(acks[0]);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(received == 300);

    sqlite3* db = open(path, "unix");
    REQUIRE(db != nullptr);
    const qint64 rows = scalar(db, "SELECT count(*) FROM t");
    CHECK(rows >= (last + 1) * 4);
    CHECK(rows % 4 == 0); // whole transactions only
    const QByteArray committed = "SELECT count(*) FROM t WHERE k < " + QByteArray::number((last + 1) * 4);
    CHECK(scalar(db, committed.constData()) == (last + 1) * 4);
    CHECK(scalar(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0);
    CHECK(sqlite3_close(db) == SQLITE_OK);
}

TEST_CASE("WAL buffer: a write that fails fails the commit with SQLite's own code and changes nothing",
          "[storage][sqlite][walbuffer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("failing.sqlite"));
    sqlite3_vfs* unix = sqlite3_vfs_find("unix");
    sqlite3_vfs* vfs = shim("walbuffer-test-failing");
    REQUIRE(unix->iVersion >= 3);
    realPwrite = unix->xGetSystemCall(unix, "pwrite");
    realPwrite64 = unix->xGetSystemCall(unix, "pwrite64");
    REQUIRE((realPwrite != nullptr || realPwrite64 != nullptr));
    if (realPwrite != nullptr) {
        REQUIRE(unix->xSetSystemCall(unix, "pwrite", reinterpret_cast<sqlite3_syscall_ptr>(&failingPwrite)) ==
                SQLITE_OK);
    }
    if (realPwrite64 != nullptr) {
        REQUIRE(unix->xSetSystemCall(unix, "pwrite64",
                                     reinterpret_cast<sqlite3_syscall_ptr>(&failingPwrite64)) == SQLITE_OK);
    }
    struct Restore
    {
        sqlite3_vfs* vfs;
        ~Restore()
        {
            failWith.store(0);
            vfs->xSetSystemCall(vfs, "pwrite", nullptr);
            vfs->xSetSystemCall(vfs, "pwrite64", nullptr);
        }
    } restore{unix};

    sqlite3* db = open(path, vfs->zName);
    REQUIRE(db != nullptr);
    sqlite3_extended_result_codes(db, 1);
    REQUIRE(exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE t (k INTEGER PRIMARY KEY, a BLOB, b BLOB)") == SQLITE_OK);
    REQUIRE(exec(db, "BEGIN") == SQLITE_OK);
    REQUIRE(insertRows(db, 0, 10, 1500));
    REQUIRE(exec(db, "COMMIT") == SQLITE_OK);

    const auto failedCommit = [&](int error) {
        REQUIRE(exec(db, "BEGIN") == SQLITE_OK);
        REQUIRE(insertRows(db, 100, 20, 1500)); // fits the cache: written at COMMIT, gathered
        const walbuffer::Counts before = walbuffer::counts(vfs);
        failWith.store(error);
        const int rc = exec(db, "COMMIT");
        failWith.store(0);
        const walbuffer::Counts after = walbuffer::counts(vfs);
        if (sqlite3_get_autocommit(db) == 0) {
            exec(db, "ROLLBACK");
        }
        CHECK(after.walWrites - before.walWrites > 2 * (after.fileWrites - before.fileWrites));
        return rc;
    };
    CHECK(failedCommit(ENOSPC) == SQLITE_FULL);
    CHECK(scalar(db, "SELECT count(*) FROM t") == 10);
    CHECK(failedCommit(EIO) == SQLITE_IOERR_WRITE);
    CHECK(scalar(db, "SELECT count(*) FROM t") == 10);

    // The next commit goes through, and another connection sees exactly the committed rows.
    REQUIRE(exec(db, "BEGIN") == SQLITE_OK);
    REQUIRE(insertRows(db, 200, 3, 1500));
    REQUIRE(exec(db, "COMMIT") == SQLITE_OK);
    sqlite3* other = open(path, "unix");
    REQUIRE(other != nullptr);
    CHECK(scalar(other, "SELECT count(*) FROM t") == 13);
    CHECK(scalar(other, "SELECT count(*) FROM t WHERE k >= 100 AND k < 200") == 0);
    CHECK(scalar(other, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0);
    CHECK(sqlite3_close(other) == SQLITE_OK);
    CHECK(sqlite3_close(db) == SQLITE_OK);
}

TEST_CASE("WAL buffer: the store's connections write their WAL through it", "[storage][sqlite][walbuffer]")
{
    StoredHall h;
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    REQUIRE(vfs != nullptr);
    CHECK(QByteArray(vfs->zName) == walbuffer::kName);
    const walbuffer::Counts before = walbuffer::counts(vfs);
    for (int i = 0; i < 20; ++i) {
        h.issue({QStringLiteral("assistance")});
    }
    const walbuffer::Counts after = walbuffer::counts(vfs);
    CHECK(after.walWrites - before.walWrites >= 40);
    CHECK(after.fileWrites - before.fileWrites <= 20 + 2);
    h.restart();
    CHECK(h.engine->snapshot().tickets.size() == 20);
}
