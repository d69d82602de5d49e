// The hot path keeps its buffers on the stack (tokens, hashes, cues, features: about 12 KB per sentence), and the
// runtime would otherwise zero all of them on every call, which cost more than the tree walk. Every stackalloc in
// this library writes an element before reading it, or clears its span explicitly.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
