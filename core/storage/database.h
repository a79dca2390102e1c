#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace core::storage {

struct Migration;

struct OpenOptions
{
    enum class Mode { OpenExisting, CreateIfMissing };
    Mode mode = Mode::CreateIfMissing;
    int busyTimeoutMs = 5000;
    // Page cache for this connection in KiB (0: SQLite's default). Bulk jobs raise it.
    int cacheSizeKiB = 0;
    // Tests only: migrate to this version instead of the latest, or use other migrations.
    int targetVersion = -1;
    const std::vector<Migration> *migrations = nullptr;
};

// One connection to a chain database file. Opening checks that the file is a ChainCard
// database this build understands, applies the connection pragmas (DESIGN.md, Storage),
// verifies they are in effect and migrates the schema. A connection belongs to the thread that
// opened it; a worker thread calls openAnother() on its own thread.
class Database
{
public:
    static constexpr quint32 ApplicationId = 0x43484344; // "CHCD"

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const OpenOptions &options = {});
    Result<std::unique_ptr<Database>> openAnother() const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Transaction nesting, for WriteTransaction only.
    int &transactionDepth() { return m_transactionDepth; }
    bool &transactionFailed() { return m_transactionFailed; }

private:
    Database(QString path, QString connectionName, OpenOptions options);
    Status initialise(bool isNew);
    Status applyPragmas(bool isNew);
    Status migrate();
    Status checkRebuilt(const QString &table, const QString &rowsBefore);

    QString m_path;
    QString m_connectionName;
    OpenOptions m_options;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace core::storage
