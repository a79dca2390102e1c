#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QString>

namespace core::storage {
class Database;
}

namespace core::maintenance {

// What a finished backup wrote.
struct BackupInfo
{
    QString path; // absolute path of the backup file
    qint64 bytes = 0; // its size
    int schemaVersion = 0; // the schema version it holds
    qint64 elapsedMs = 0; // how long the whole backup took
};

// An online backup of the chain database: a consistent snapshot taken while other connections
// keep writing. SQLite's VACUUM INTO copies one read transaction into a temporary file beside
// the target; the copy is flushed to disk, opened as a chain database and quick-checked, and
// only then renamed into place. Whatever fails, the target is either untouched or the complete
// backup, and no temporary file is left behind. On a large chain this takes a while (about half
// a minute for 1.4 GB): the GUI runs it on a worker thread with its own connection.
class Backup
{
public:
    // The owner only. Refuses an existing target unless `overwrite`, a missing or unwritable
    // folder, and the database itself (or its -wal/-shm files) as the target. Must not be
    // called inside a transaction on `db`.
    static Result<BackupInfo> run(storage::Database &db, const auth::Actor &actor,
        const QString &target, bool overwrite = false);
};

} // namespace core::maintenance
