#include "core/people/querycancel.h"

#include "core/storage/bulkinserter.h"
#include "core/storage/database.h"

#include <QSqlDriver>
#include <QVariant>

#ifdef CHAINCARD_HAVE_SQLITE_API
#include <sqlite3.h>
#endif

namespace core::people {

namespace {
// Virtual-machine steps between two looks at the flag: well under a millisecond.
constexpr int stepsBetweenChecks = 20000;
} // namespace

QueryCancel::QueryCancel(storage::Database &db, std::function<bool()> cancelled)
    : m_cancelled(std::move(cancelled))
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_cancelled && storage::BulkInserter::sqliteApiAvailable(db)) {
        const QVariant handle = db.sql().driver()->handle();
        sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
        m_handle = raw;
        sqlite3_progress_handler(raw, stepsBetweenChecks, &QueryCancel::check, this);
    }
#else
    Q_UNUSED(db);
#endif
}

QueryCancel::~QueryCancel()
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
#endif
}

int QueryCancel::check(void *self)
{
    auto *guard = static_cast<QueryCancel *>(self);
    if (guard->m_cancelled()) {
        guard->m_stopped = true;
        return 1;
    }
    return 0;
}

} // namespace core::people
