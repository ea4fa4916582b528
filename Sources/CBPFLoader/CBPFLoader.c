// See include/CBPFLoader.h. The program is loaded with bpf(2) directly: portscope's one small
// program needs a fraction of what a general loader does, and libbpf 1.1 (Debian 12's) spent
// most of a load copying and indexing the kernel's 5.5 MB of BTF twice over (a load took
// 11-13 ms; this one takes about 2, docs/benchmarks.md). The kernel's BTF is mapped, not
// copied, where the kernel allows it (Linux 6.16 and newer), and read otherwise.
#ifdef __linux__
#include "CBPFLoader.h"
#include "bpf_image.h"
#include "btf.h"
#include "loader_util.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

struct portscope_bpf {
    int map_fd;
    int link_fd;
    struct filter *filter;
};

// The filter's value, as the BPF source declares it: an on flag and a bitmap of 2^19 bits, in
// which inode N sets bit N mod 2^19. Loading checks the object's BTF agrees on its size.
#define WANTED_BITS 19
struct filter {
    uint32_t on;
    uint32_t reserved;
    uint64_t bits[1 << (WANTED_BITS - 6)];
};

static int bpf(int command, union bpf_attr *attr) {
    return (int)syscall(__NR_bpf, command, attr, sizeof *attr);
}

/// The kernel's BTF, mapped or read into memory.
typedef struct {
    void *data;
    size_t size;
    int mapped;
} kernel_types;

static int kernel_types_open(kernel_types *types, const char *path, int map, char *reason, size_t reason_size) {
    memset(types, 0, sizeof *types);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat status;
    if (fd < 0 || fstat(fd, &status) != 0 || status.st_size <= 0) {
        (void)loader_fail(reason, reason_size, "the kernel's BTF (%s) could not be read (%s)", path, strerror(errno));
        if (fd >= 0) close(fd);
        return -1;
    }
    types->size = (size_t)status.st_size;
    types->data = map ? mmap(NULL, types->size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0) : MAP_FAILED;
    if (types->data != MAP_FAILED) {
        types->mapped = 1;
        close(fd);
        return 0;
    }
    // Kernels before 6.16 cannot map it: read it.
    types->data = malloc(types->size);
    size_t done = 0;
    while (types->data && done < types->size) {
        ssize_t count = read(fd, (char *)types->data + done, types->size - done);
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) break;
        done += (size_t)count;
    }
    close(fd);
    if (!types->data || done != types->size) {
        (void)loader_fail(reason, reason_size, "the kernel's BTF (%s) could not be read (%s)", path,
            types->data ? "it ended early" : "out of memory");
        free(types->data);
        types->data = NULL;
        return -1;
    }
    return 0;
}

static void kernel_types_close(kernel_types *types) {
    if (!types->data) return;
    if (types->mapped) munmap(types->data, types->size);
    else free(types->data);
    types->data = NULL;
}

/// Relocates the program for the kernel whose BTF is the `size` bytes at `data` (named `path`
/// in reasons); the attach point's BTF id in `attach_id`.
static int relocate(bpf_image *image, const void *data, size_t size, const char *path, uint32_t *attach_id,
                    char *reason, size_t reason_size) {
    btf_index kernel;
    char detail[160];
    if (btf_index_make(&kernel, data, size, detail, sizeof detail) != 0) {
        return loader_fail(reason, reason_size, "the kernel's BTF (%s) is unreadable: %s", path, detail);
    }
    int result = -1;
    uint32_t kind = 12;  // BTF_KIND_FUNC
    const char *name = "bpf_iter_task_file";
    btf_find_each(&kernel, 1, &kind, &name, attach_id);
    if (!*attach_id)
        (void)loader_fail(reason, reason_size, "this kernel has no task-file iterator (Linux 5.8 and newer have)");
    else if (bpf_image_relocate(image, &kernel, reason, reason_size) == 0)
        result = 0;
    btf_index_free(&kernel);
    return result;
}

/// Reads the object and checks that its filter is the one this file fills.
static int read_object(bpf_image *image, const void *object, size_t size, char *reason, size_t reason_size) {
    if (bpf_image_read(image, object, size, "iter/task_file", "wanted", reason, reason_size) != 0) return -1;
    uint32_t filter_type = btf_find(&image->local, 4 /* BTF_KIND_STRUCT */, "filter", 0);
    if (!filter_type || btf_size(&image->local, filter_type) != (int64_t)sizeof(struct filter)) {
        (void)loader_fail(reason, reason_size, "the BPF object's filter is not the one portscope fills");
        bpf_image_free(image);
        return -1;
    }
    return 0;
}

int portscope_bpf_relocate(const void *object, size_t size, const void *btf, size_t btf_size,
                           char *reason, size_t reason_size) {
    bpf_image image;
    if (read_object(&image, object, size, reason, reason_size) != 0) return -1;
    // The index reads the BTF in place, in 32-bit words: an aligned copy.
    void *copy = malloc(btf_size ? btf_size : 1);
    if (!copy) {
        bpf_image_free(&image);
        (void)loader_fail(reason, reason_size, "out of memory");
        return -1;
    }
    if (btf_size) memcpy(copy, btf, btf_size);
    uint32_t attach_id = 0;
    int result = relocate(&image, copy, btf_size, "given", &attach_id, reason, reason_size);
    free(copy);
    bpf_image_free(&image);
    return result;
}

/// Loads the program; on failure, loads it again with the verifier's log for the reason.
static int load_program(const bpf_image *image, uint32_t attach_id, char *reason, size_t reason_size) {
    union bpf_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.prog_type = BPF_PROG_TYPE_TRACING;
    attr.expected_attach_type = BPF_TRACE_ITER;
    attr.attach_btf_id = attach_id;
    attr.insns = (uint64_t)(uintptr_t)image->insns;
    attr.insn_cnt = image->insn_count;
    attr.license = (uint64_t)(uintptr_t)image->license;
    snprintf(attr.prog_name, sizeof attr.prog_name, "socket_owners");
    int fd;
    do fd = bpf(BPF_PROG_LOAD, &attr); while (fd < 0 && errno == EAGAIN);
    if (fd >= 0) return fd;
    int code = errno;
    char *log = calloc(1, 1 << 16);
    const char *last = NULL;
    if (log && code != EPERM) {
        attr.log_level = 1;
        attr.log_buf = (uint64_t)(uintptr_t)log;
        attr.log_size = 1 << 16;
        int again = bpf(BPF_PROG_LOAD, &attr);
        if (again >= 0) close(again);
        // The log's last line says why the verifier stopped.
        size_t length = strnlen(log, 1 << 16);
        while (length > 0 && log[length - 1] == '\n') log[--length] = 0;
        last = strrchr(log, '\n');
        last = last ? last + 1 : (log[0] ? log : NULL);
    }
    (void)loader_fail(reason, reason_size, "the kernel did not load the program (%s%s%s)", strerror(code), last ? ": " : "",
        last ? last : "");
    free(log);
    return -1;
}

portscope_bpf *portscope_bpf_load(const void *object, size_t size, const char *btf_path, int options,
                                  char *reason, size_t reason_size) {
    bpf_image image;
    if (read_object(&image, object, size, reason, reason_size) != 0) return NULL;
    kernel_types types;
    if (kernel_types_open(&types, btf_path, !(options & PORTSCOPE_BPF_READ_BTF), reason, reason_size) != 0) {
        bpf_image_free(&image);
        return NULL;
    }
    uint32_t attach_id = 0;
    int relocated = relocate(&image, types.data, types.size, btf_path, &attach_id, reason, reason_size);
    kernel_types_close(&types);
    if (relocated != 0) {
        bpf_image_free(&image);
        return NULL;
    }
    union bpf_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.map_type = BPF_MAP_TYPE_ARRAY;
    attr.key_size = sizeof(uint32_t);
    attr.value_size = sizeof(struct filter);
    attr.max_entries = 1;
    snprintf(attr.map_name, sizeof attr.map_name, "wanted");
    int map_fd = bpf(BPF_MAP_CREATE, &attr);
    if (map_fd < 0) {
        (void)loader_fail(reason, reason_size, "the kernel did not make the program's map (%s)", strerror(errno));
        bpf_image_free(&image);
        return NULL;
    }
    bpf_image_set_map(&image, map_fd);
    int program_fd = load_program(&image, attach_id, reason, reason_size);
    bpf_image_free(&image);
    if (program_fd < 0) {
        close(map_fd);
        return NULL;
    }
    memset(&attr, 0, sizeof attr);
    attr.link_create.prog_fd = (uint32_t)program_fd;
    attr.link_create.attach_type = BPF_TRACE_ITER;
    int link_fd = bpf(BPF_LINK_CREATE, &attr);
    int code = errno;
    close(program_fd);  // The link holds the program.
    portscope_bpf *result = malloc(sizeof *result);
    struct filter *filter = calloc(1, sizeof *filter);
    if (link_fd < 0 || !result || !filter) {
        (void)loader_fail(reason, reason_size, "the iterator could not be attached (%s)", link_fd < 0 ? strerror(code) : "out of memory");
        if (link_fd >= 0) close(link_fd);
        close(map_fd);
        free(result);
        free(filter);
        return NULL;
    }
    *result = (portscope_bpf){.map_fd = map_fd, .link_fd = link_fd, .filter = filter};
    return result;
}

static int update_filter(portscope_bpf *bpf_handle) {
    uint32_t zero = 0;
    union bpf_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.map_fd = (uint32_t)bpf_handle->map_fd;
    attr.key = (uint64_t)(uintptr_t)&zero;
    attr.value = (uint64_t)(uintptr_t)bpf_handle->filter;
    attr.flags = BPF_ANY;
    return bpf(BPF_MAP_UPDATE_ELEM, &attr);
}

int portscope_bpf_filter(portscope_bpf *bpf_handle, const uint64_t *inodes, uint32_t count) {
    struct filter *filter = bpf_handle->filter;
    memset(filter, 0, sizeof *filter);
    filter->on = count > 0;
    for (uint32_t i = 0; i < count; i++) {
        uint64_t bit = inodes[i] & ((UINT64_C(1) << WANTED_BITS) - 1);
        filter->bits[bit >> 6] |= UINT64_C(1) << (bit & 63);
    }
    if (update_filter(bpf_handle) == 0) return 0;
    // The filter could not be set: report every socket rather than a stale choice.
    int code = errno;
    memset(filter, 0, sizeof *filter);
    update_filter(bpf_handle);
    return -code;
}

int portscope_bpf_walk(portscope_bpf *bpf_handle) {
    union bpf_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.iter_create.link_fd = (uint32_t)bpf_handle->link_fd;
    int fd = bpf(BPF_ITER_CREATE, &attr);
    return fd < 0 ? -errno : fd;
}

void portscope_bpf_unload(portscope_bpf *bpf_handle) {
    if (!bpf_handle) return;
    close(bpf_handle->link_fd);
    close(bpf_handle->map_fd);
    free(bpf_handle->filter);
    free(bpf_handle);
}
#endif
