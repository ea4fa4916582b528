// Standard output's C stream for Swift: Swift 6 cannot name the global `stdout` (shared
// mutable state), so these wrappers do. No logic beyond the calls.
#ifndef PORTSCOPE_CSTDIO_H
#define PORTSCOPE_CSTDIO_H
#include <stdio.h>

/// fflush(stdout): 0, or EOF with errno set.
static inline int portscope_stdout_flush(void) {
    return fflush(stdout);
}

/// ferror(stdout): non-zero once a write to standard output has failed.
static inline int portscope_stdout_error(void) {
    return ferror(stdout);
}
#endif
