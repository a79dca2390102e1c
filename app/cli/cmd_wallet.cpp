#include "app/cli/command.h"
namespace cli {
int runWallet(Context &) { return usageError(QStringLiteral("TEMPORARY: not implemented")); }
}
