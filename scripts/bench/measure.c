/*
 * Runs a command and writes its wall time and peak memory to a file (scripts/bench.py):
 *
 *   measure RESULT COMMAND [ARGS...]    RESULT gets "SECONDS MAXRSS_KIB"; exits as COMMAND did
 *
 * Why not wait4 straight from Python: Linux counts into a process's ru_maxrss the memory of the
 * image it replaced at exec. A child forked (or vforked) from the benchmark's Python process
 * starts with Python's 25-30 MiB, so a small child's peak would read as Python's. Forked from
 * this small program instead, the command's own peak is what wait4 reports.
 *
 * Build: cc -O2 -o measure measure.c
 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: measure RESULT COMMAND [ARGS...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) { perror("measure: fork"); return 2; }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) { perror("measure: wait4"); return 2; }
    clock_gettime(CLOCK_MONOTONIC, &end);

    FILE *result = fopen(argv[1], "w");
    if (!result) { perror(argv[1]); return 2; }
    fprintf(result, "%.6f %ld\n", (double)(end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9,
            usage.ru_maxrss);
    fclose(result);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
