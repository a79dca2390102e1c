#include "app/cli/command.h"
namespace cli {
int runBackup(Context &) { return usageError(QStringLiteral("TEMPORARY: not implemented")); }
}
