// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryreading.h"

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace hall::bench {

namespace {

enum class Kind
{
    Heap,
    Anon,
    JsHeap,
    File,
    Stack,
    Other
};

Kind kindOf(const char* name)
{
    if (*name == '\0') {
        return Kind::Anon;
    }
    if (std::strcmp(name, "[heap]") == 0) {
        return Kind::Heap;
    }
    if (std::strncmp(name, "[stack", 6) == 0) {
        return Kind::Stack;
    }
    if (*name == '[') {
        return Kind::Other;
    }
    return std::strstr(name, "JSGCHeap") != nullptr ? Kind::JsHeap : Kind::File;
}

/// A mapping header starts with its address range in lower-case hex; field lines ("Rss:    4 kB")
/// start with a capital.
bool isHeader(const char* line)
{
    return (*line >= '0' && *line <= '9') || (*line >= 'a' && *line <= 'f');
}

const char* nameOf(const char* header)
{
    const char* p = header;
    for (int field = 0; field < 5 && p != nullptr; ++field) { // skip range, perms, offset, dev, inode
        p = std::strchr(p, ' ');
        while (p != nullptr && *p == ' ') {
            ++p;
        }
    }
    return p == nullptr ? "" : p;
}

} // namespace

MemoryReading readMemory()
{
    MemoryReading r;
    const int fd = ::open("/proc/self/smaps", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        r.rss = -1;
        return r;
    }
    static char buf[1 << 16];
    static char line[4096];
    size_t lineLen = 0;
    Kind kind = Kind::Other;
    const auto take = [&](const char* l) {
        if (isHeader(l)) {
            kind = kindOf(nameOf(l));
        } else if (std::strncmp(l, "Rss:", 4) == 0) {
            const long kib = std::strtol(l + 4, nullptr, 10);
            r.rss += kib;
            long* to[] = {&r.heap, &r.anon, &r.jsHeap, &r.files, &r.stack, &r.other};
            *to[static_cast<int>(kind)] += kib;
        }
    };
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0) {
            break;
        }
        for (ssize_t i = 0; i < n; ++i) {
            if (buf[i] == '\n') {
                line[lineLen] = '\0';
                take(line);
                lineLen = 0;
            } else if (lineLen + 1 < sizeof line) {
                line[lineLen++] = buf[i];
            }
        }
    }
    ::close(fd);
    const struct mallinfo2 mi = mallinfo2();
    r.mallocInUse = static_cast<long>((mi.uordblks + mi.hblkhd) / 1024);
    r.mallocArena = static_cast<long>(mi.arena / 1024);
    r.mallocTop = static_cast<long>(mi.keepcost / 1024);
    return r;
}

double slope(const long* x, const long* y, int n)
{
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; ++i) {
        mx += static_cast<double>(x[i]);
        my += static_cast<double>(y[i]);
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; ++i) {
        sxy += (static_cast<double>(x[i]) - mx) * (static_cast<double>(y[i]) - my);
        sxx += (static_cast<double>(x[i]) - mx) * (static_cast<double>(x[i]) - mx);
    }
    return sxx > 0 ? sxy / sxx : 0;
}

} // namespace hall::bench
