// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayreaders.h"

#include "leandisplays.h"
#include "net/epolldispatcher.h"

namespace hall::bench {

std::unique_ptr<DisplayPool> makeDisplays(const BenchHall& hall, int displays, int threads, bool lean)
{
    if (lean) {
        return std::make_unique<LeanDisplays>(hall, displays, threads);
    }
    return std::make_unique<DisplayReaders>(hall, displays, threads);
}

DisplayReaders::DisplayReaders(const BenchHall& hall, int displays, int threads)
{
    const int groups = std::max(1, threads);
    for (int t = 0; t < groups; ++t) {
        auto g = std::make_unique<Group>();
        g->context = std::make_unique<QObject>();
        if (threads > 0) {
            g->thread = std::make_unique<QThread>();
            g->thread->setObjectName(QStringLiteral("displays-%1").arg(t + 1));
            g->thread->setEventDispatcher(new EpollDispatcher); // the thread owns it
            g->context->moveToThread(g->thread.get());
            g->thread->start();
        }
        m_groups.push_back(std::move(g));
    }
    for (int t = 0; t < groups; ++t) {
        Group& g = *m_groups.at(t);
        // Made on the reader's thread, so their sockets belong to its loop.
        runIn(g, [&hall, &g, t, groups, displays] {
            for (int i = t + 1; i <= displays; i += groups) {
                g.actors.push_back(std::make_unique<DisplayActor>(hall, i, g.obs));
            }
        });
    }
}

DisplayReaders::~DisplayReaders()
{
    for (auto& g : m_groups) {
        runIn(*g, [&g] { g->actors.clear(); });
        if (g->thread) {
            g->thread->quit();
            g->thread->wait();
        }
    }
}

void DisplayReaders::runIn(Group& g, const std::function<void()>& work)
{
    if (!g.thread) {
        work();
        return;
    }
    QMetaObject::invokeMethod(g.context.get(), work, Qt::BlockingQueuedConnection);
}

bool DisplayReaders::allReady() const
{
    for (const auto& g : m_groups) {
        for (const auto& d : g->actors) {
            if (!d->ready()) {
                return false;
            }
        }
    }
    return true;
}

bool DisplayReaders::allAtLeast(qint64 seq) const
{
    for (const auto& g : m_groups) {
        for (const auto& d : g->actors) {
            if (d->lastSeq() < seq) {
                return false;
            }
        }
    }
    return true;
}

void DisplayReaders::addTo(Observations& obs) const
{
    for (const auto& g : m_groups) {
        runIn(*g, [&obs, &g] { obs.addDisplays(g->obs); });
    }
}

} // namespace hall::bench
