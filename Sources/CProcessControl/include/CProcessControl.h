// pidfd system calls for Swift (Swift cannot call the variadic syscall(2) itself).
// These two wrappers are the only code here; they exist because glibc before 2.36 has no
// pidfd_open/pidfd_send_signal functions.
#ifndef PORTSCOPE_CPROCESSCONTROL_H
#define PORTSCOPE_CPROCESSCONTROL_H
#ifdef __linux__
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>
#include <signal.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif

/// pidfd_open(2): a descriptor that refers to exactly this process, immune to pid reuse.
static inline int portscope_pidfd_open(pid_t pid) {
    return (int)syscall(SYS_pidfd_open, pid, 0);
}

/// pidfd_send_signal(2): signals the process the descriptor refers to.
static inline int portscope_pidfd_send_signal(int pidfd, int sig) {
    return (int)syscall(SYS_pidfd_send_signal, pidfd, sig, NULL, 0);
}
#endif
#endif
