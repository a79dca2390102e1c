#pragma once

#include "core/common/error.h"
#include "core/retention/retentionresult.h"

namespace core::retention {

// A slice [from, to] of a caller's 0..1000 progress, so each step reports its own 0..1000.
class ProgressRange
{
public:
    ProgressRange(const Progress &progress, int from, int to);

    // Reports `done` of `total`; false when the caller cancelled.
    bool report(qint64 done, qint64 total) const;
    bool report(int permille) const { return report(permille, 1000); }
    // A sub-slice of this slice, in this slice's thousandths.
    ProgressRange slice(int from, int to) const;

private:
    const Progress *m_progress;
    int m_from;
    int m_to;
};

// The error a cancelled run returns.
Error cancelledError();
bool isCancelled(const Error &error);

} // namespace core::retention
