#include "core/common/clock.h"

#include <QDateTime>

#include <atomic>

namespace core::clock {

namespace {
std::atomic<qint64> pinned { 0 };
}

qint64 now()
{
    const qint64 p = pinned.load(std::memory_order_relaxed);
    return p != 0 ? p : QDateTime::currentSecsSinceEpoch();
}

void setNowForTesting(qint64 seconds)
{
    pinned.store(seconds, std::memory_order_relaxed);
}

} // namespace core::clock
