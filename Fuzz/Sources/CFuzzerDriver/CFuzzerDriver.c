// Only the header matters (LLVMFuzzerRunDriver is defined by libFuzzer); SwiftPM needs one
// source file in a C target.
#include "CFuzzerDriver.h"
