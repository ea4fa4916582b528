// Standard output's C stream for Swift: Swift 6 cannot name the global `stdout` (shared
// mutable state), so these wrappers do; and malloc's mapping threshold. No logic beyond the calls.
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

// malloc's tuning, which the Glibc module leaves out (<malloc.h>).
#ifdef __GLIBC__
#include <malloc.h>
/// mallopt(M_MMAP_THRESHOLD, bytes): 1 on success, 0 on failure.
static inline int portscope_malloc_mmap_threshold(int bytes) {
    return mallopt(M_MMAP_THRESHOLD, bytes);
}
#else
static inline int portscope_malloc_mmap_threshold(int bytes) {
    (void)bytes;
    return 0;
}
#endif
#endif
