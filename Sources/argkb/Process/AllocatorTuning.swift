#if os(Linux)
    import Glibc
#endif

/// The process's memory allocator, tuned for a long ingest.
enum AllocatorTuning {
    /// Keeps freed memory in the process instead of returning it to the kernel after every
    /// document: glibc's default trims the heap top and unmaps large blocks as soon as they are free,
    /// and the page faults and `brk`/`munmap` calls that follow cost a fifth of an ingest's CPU
    /// (perf). Peak RSS is unchanged, since the memory is reused by the next document. A setting
    /// of the process, so the executable makes it, not the library (which other programs link).
    static func keepFreedMemory() {
        #if os(Linux)
            // <malloc.h>: M_TRIM_THRESHOLD -1, M_TOP_PAD -2, M_MMAP_THRESHOLD -3 (the Glibc module does not export them).
            _ = glibcMallopt(-1, 32 << 20)
            _ = glibcMallopt(-2, 16 << 20)
            _ = glibcMallopt(-3, 32 << 20)
        #endif
    }
}

#if os(Linux)
    /// glibc's `int mallopt(int param, int value)`, which the Glibc module does not import.
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
