#include "app/cli/command.h"
namespace cli {
int runDemo(Context &) { return usageError(QStringLiteral("TEMPORARY: not implemented")); }
}
