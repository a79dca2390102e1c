#include "app/cli/command.h"
namespace cli {
int runRetention(Context &) { return usageError(QStringLiteral("TEMPORARY: not implemented")); }
}
