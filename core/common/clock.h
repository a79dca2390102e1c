#pragma once

#include <QtGlobal>

namespace core::clock {

// Seconds since the Unix epoch, UTC. Every stored time comes from here so tests can pin it.
qint64 now();

// Tests only: make now() return `seconds` (0 returns to the real clock).
void setNowForTesting(qint64 seconds);

} // namespace core::clock
