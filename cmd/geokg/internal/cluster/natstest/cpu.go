package natstest

import (
	"os"
	"strings"
	"syscall"
	"time"
)

// ProcessCPU returns the CPU time (user and system) this process has used,
// for benchmarks to report alongside their rates on a shared machine.
func ProcessCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// LoadAverage returns the machine's 1, 5 and 15 minute load averages, or ""
// where /proc/loadavg is not available.
func LoadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
