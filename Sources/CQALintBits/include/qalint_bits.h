#ifndef QALINT_BITS_H
#define QALINT_BITS_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor counts bits in one instruction (x86-64's POPCNT; always on arm64).
int qalint_has_popcount(void);

/// Filters titles by their character-class signatures: `signatures` holds `count` pairs of
/// words (low, high), one pair a title. Title `i` passes when the larger of the bits set in
/// (low, high) and not in its pair, and the bits set in its pair and not in (low, high), is
/// at most `limit`. Writes the passing indices, in order, to `passing` (room for `count`) and
/// returns how many there are. With `popcount`, the bits are counted by the processor's
/// instruction (only when `qalint_has_popcount()` said it has one).
size_t qalint_signature_filter(const uint64_t *signatures, size_t count, uint64_t low, uint64_t high, int limit,
                               int popcount, int32_t *passing);

/// The offset of the last byte equal to `byte` among the `count` at `bytes`, or -1 when none is:
/// the C library's `memrchr` where it has one, which reads many bytes a step.
ptrdiff_t qalint_last_byte(const uint8_t *bytes, size_t count, uint8_t byte);

/// Asks the processor to bring the cache line holding `address` into its caches ahead of a
/// read: a hint that reads nothing and cannot fault, whatever the address.
static inline void qalint_prefetch(const void *address) {
    __builtin_prefetch(address);
}

#endif
