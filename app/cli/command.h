#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace core::storage {
class Database;
}

namespace cli {

// What every command gets: the open database (null for commands that create it), the acting
// user and its own arguments (without the command name).
struct Context
{
    QString dbPath;
    core::storage::Database *db = nullptr;
    core::auth::Actor actor = core::auth::Actor::localOwner();
    QStringList args;
};

struct Command
{
    const char *name;
    const char *usage;
    bool opensDatabase; // false: the command opens or creates the file itself (init)
    int (*run)(Context &context);
};

const QVector<Command> &commands();

// Output: one JSON document on stdout; errors as one line on stderr with a non-zero exit.
int printJson(const QJsonObject &object);
int fail(const core::Error &error);
int usageError(const QString &message);

// Each command's entry point, defined in its own file.
int runInit(Context &context);
int runDemo(Context &context);
int runStats(Context &context);
int runCheck(Context &context);
int runBackup(Context &context);
int runWallet(Context &context);
int runCounter(Context &context);
int runRetention(Context &context);
int runVisit(Context &context);
int runCoupon(Context &context);
int runReview(Context &context);
int runImport(Context &context);
int runExport(Context &context);
int runBroadcast(Context &context);

} // namespace cli
