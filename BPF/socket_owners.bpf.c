// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
//
// portscope's kernel-side descriptor walk: a BPF iterator over every task's open files
// (iter/task_file, Linux 5.8+) that writes one record per socket descriptor, so portscope
// learns which processes hold which sockets without a readlink(2) per descriptor.
//
// The kernel already skips threads that share their leader's descriptor table, so a socket
// held by a multi-threaded process is reported once per table. With the filter on, only
// sockets whose inode's bit is set in `wanted` are written (a bitmap, so a few inodes that
// were not asked about share a bit with one that was: portscope filters again).
//
// Field offsets of kernel structs are relocated against the running kernel's BTF (CO-RE):
// the structs below name only the fields used, and portscope's loader (Sources/CBPFLoader)
// finds them by name in /sys/kernel/btf/vmlinux at load time. It applies member offsets
// only (no arrays, bitfields or other relocation kinds): keep to plain member reads. The
// iterator's context (bpf_iter__task_file, bpf_iter_meta) has a fixed layout, part of the
// iterator's ABI since Linux 5.8, and is not relocated.
// Built by scripts/build-bpf.sh into Sources/PortscopeProcesses/Generated/SocketOwnersBPF.swift.

typedef unsigned char __u8;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef int __s32;

#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define PRESERVE __attribute__((preserve_access_index))

enum { BPF_MAP_TYPE_ARRAY = 2 };
#define S_IFMT 00170000
#define S_IFSOCK 0140000

struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; };
struct inode { unsigned short i_mode; unsigned long i_ino; } PRESERVE;
struct file { struct inode *f_inode; } PRESERVE;
struct task_struct { int pid; int tgid; __u64 start_boottime; struct task_struct *group_leader; } PRESERVE;
struct bpf_iter__task_file {
    union { struct bpf_iter_meta *meta; };
    union { struct task_struct *task; };
    __u32 fd;
    union { struct file *file; };
};

// The helpers used, by their numbers in the kernel's UAPI (include/uapi/linux/bpf.h).
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_seq_write)(struct seq_file *m, const void *data, __u32 len) = (void *)127;

// The filter: with `on` set, a socket is reported only when bit (inode mod 2^19) of `bits`
// is set. One array entry of 64 KiB, small enough to stay in the CPU's cache through a
// walk (a hash lookup per socket costs a cache miss), replaced whole by one update.
#define WANTED_BITS 19
#define WANTED_WORDS (1 << (WANTED_BITS - 6))
struct filter {
    __u32 on;
    __u32 reserved;
    __u64 bits[WANTED_WORDS];
};

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, struct filter);
} wanted SEC(".maps");

// One socket descriptor: its process (thread group id, as in /proc), the descriptor, the
// socket's inode (socket:[N]) and the process's start time (ns since boot, as /proc/PID/stat
// field 22 counts it before the division into clock ticks).
struct record {
    __u32 tgid;
    __u32 fd;
    __u64 inode;
    __u64 start;
};

SEC("iter/task_file")
int socket_owners(struct bpf_iter__task_file *ctx)
{
    struct task_struct *task = ctx->task;
    struct file *file = ctx->file;
    if (!task || !file)
        return 0;
    struct inode *inode = file->f_inode;
    if (!inode || (inode->i_mode & S_IFMT) != S_IFSOCK)
        return 0;
    __u64 ino = inode->i_ino;
    __u32 zero = 0;
    struct filter *filter = bpf_map_lookup_elem(&wanted, &zero);
    if (filter && filter->on) {
        __u64 bit = ino & ((1ULL << WANTED_BITS) - 1);
        if (!(filter->bits[bit >> 6] & (1ULL << (bit & 63))))
            return 0;
    }
    struct record r = {
        .tgid = (__u32)task->tgid,
        .fd = ctx->fd,
        .inode = ino,
        .start = task->group_leader->start_boottime,
    };
    bpf_seq_write(ctx->meta->seq, &r, sizeof(r));
    return 0;
}

// bpf_seq_write is offered to GPL-compatible programs only.
char LICENSE[] SEC("license") = "Dual BSD/GPL";
