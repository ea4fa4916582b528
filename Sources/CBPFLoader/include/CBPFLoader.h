// Loads portscope's BPF iterator (BPF/socket_owners.bpf.c) with the bpf(2) system call, its
// field offsets relocated against the running kernel's BTF, so neither building nor running
// portscope needs a BPF library: without the privilege or kernel support, loading fails with a
// reason and portscope walks /proc instead.
#ifndef PORTSCOPE_CBPFLOADER_H
#define PORTSCOPE_CBPFLOADER_H
#include <stddef.h>
#include <stdint.h>

/// A loaded and attached iterator program with its maps.
typedef struct portscope_bpf portscope_bpf;

/// An option of portscope_bpf_load: read the BTF file even where it could be mapped (as on
/// kernels before 6.16), for tests of that path.
#define PORTSCOPE_BPF_READ_BTF 1

/// Loads the program in section "iter/task_file" of the BPF object in `object`, relocated for
/// the kernel whose BTF is at `btf_path` (normally /sys/kernel/btf/vmlinux), and attaches it.
/// `options`: 0, or PORTSCOPE_BPF_READ_BTF. Returns NULL with a one-line reason in `reason` on
/// failure.
portscope_bpf *portscope_bpf_load(const void *object, size_t size, const char *btf_path, int options,
                                  char *reason, size_t reason_size);

/// Reads the BPF object and relocates its program against the `btf_size` bytes of BTF at `btf`,
/// as portscope_bpf_load does, without loading anything (for tests and fuzzing). Returns 0, or
/// -1 with a one-line reason.
int portscope_bpf_relocate(const void *object, size_t size, const void *btf, size_t btf_size,
                           char *reason, size_t reason_size);

/// Reports only sockets whose inode is in `inodes` (`count` of them) on the next walks, or
/// every socket when `count` is 0. The filter is a bitmap: a few other sockets may pass, and
/// the caller filters again. Returns 0, or a negative errno (the filter is then off).
int portscope_bpf_filter(portscope_bpf *bpf, const uint64_t *inodes, uint32_t count);

/// Starts a walk: a descriptor to read(2) until it returns 0, yielding 24-byte records
/// {u32 tgid, u32 fd, u64 inode, u64 start_boottime_ns} (host byte order); the caller closes
/// it. Returns a negative errno on failure.
int portscope_bpf_walk(portscope_bpf *bpf);

/// Detaches and unloads the program.
void portscope_bpf_unload(portscope_bpf *bpf);

#endif
