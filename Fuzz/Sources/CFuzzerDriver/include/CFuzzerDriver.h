#ifndef QALINT_CFUZZERDRIVER_H
#define QALINT_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own `main` (provided by
/// libclang_rt.fuzzer, linked by `-sanitize=fuzzer`). Parses libFuzzer's flags from
/// argc/argv and calls `callback` once per input; returns the process exit status.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
