/* For memrchr, a GNU extension of the C library. */
#define _GNU_SOURCE
#include <string.h>

#include "qalint_bits.h"

#if defined(__x86_64__)
#include <cpuid.h>
#endif

int qalint_has_popcount(void) {
#if defined(__x86_64__)
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    return (ecx & bit_POPCNT) != 0;
#else
    return 1;
#endif
}

/* One loop, compiled twice on x86-64: with the POPCNT instruction, and without it (the
   compiler's sequence of shifts and adds), so that the binary runs on any x86-64. */
#define QALINT_FILTER_BODY                                                                        \
    size_t found = 0;                                                                             \
    for (size_t index = 0; index < count; index++) {                                              \
        uint64_t otherLow = signatures[2 * index], otherHigh = signatures[2 * index + 1];          \
        int surplus = __builtin_popcountll(low & ~otherLow) + __builtin_popcountll(high & ~otherHigh); \
        int deficit = __builtin_popcountll(otherLow & ~low) + __builtin_popcountll(otherHigh & ~high); \
        int bound = surplus > deficit ? surplus : deficit;                                        \
        passing[found] = (int32_t)index;                                                          \
        found += bound <= limit;                                                                  \
    }                                                                                             \
    return found;

#if defined(__x86_64__)
__attribute__((target("popcnt")))
static size_t filterWithPopcount(const uint64_t *signatures, size_t count, uint64_t low, uint64_t high, int limit,
                                 int32_t *passing) {
    QALINT_FILTER_BODY
}
#endif

static size_t filterPortably(const uint64_t *signatures, size_t count, uint64_t low, uint64_t high, int limit,
                             int32_t *passing) {
    QALINT_FILTER_BODY
}

size_t qalint_signature_filter(const uint64_t *signatures, size_t count, uint64_t low, uint64_t high, int limit,
                               int popcount, int32_t *passing) {
#if defined(__x86_64__)
    if (popcount) return filterWithPopcount(signatures, count, low, high, limit, passing);
#else
    (void)popcount;
#endif
    return filterPortably(signatures, count, low, high, limit, passing);
}

ptrdiff_t qalint_last_byte(const uint8_t *bytes, size_t count, uint8_t byte) {
#if defined(__GLIBC__)
    const void *hit = memrchr(bytes, byte, count);
    return hit ? (const uint8_t *)hit - bytes : -1;
#else
    while (count > 0) {
        count--;
        if (bytes[count] == byte) return (ptrdiff_t)count;
    }
    return -1;
#endif
}
