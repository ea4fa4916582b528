// libFuzzer's driver, for fuzz targets built by SwiftPM (whose entry point is its own
// `main`, so libFuzzer's `main` cannot be used). No logic.
#ifndef PORTSCOPE_CFUZZDRIVER_H
#define PORTSCOPE_CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
#endif
