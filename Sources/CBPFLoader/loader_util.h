// Small helpers the loader's C files share.
#ifndef PORTSCOPE_LOADER_UTIL_H
#define PORTSCOPE_LOADER_UTIL_H
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/// Writes a one-line reason (printf-style) into `reason` and returns -1.
static inline int loader_fail(char *reason, size_t size, const char *format, ...) {
    if (reason && size) {
        va_list args;
        va_start(args, format);
        vsnprintf(reason, size, format, args);
        va_end(args);
    }
    return -1;
}

/// A 32-bit value in host byte order, at any alignment.
static inline uint32_t loader_read32(const uint8_t *at) {
    uint32_t value;
    memcpy(&value, at, sizeof value);
    return value;
}

#endif
