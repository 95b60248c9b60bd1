//go:build !linux

package store

// pageOutTables reclaims nothing outside Linux (see trim_linux.go).
func pageOutTables(dir string) int { return 0 }

// unmapTables reclaims nothing outside Linux (see trim_linux.go).
func unmapTables(dir string) int { return 0 }

// residentFileBytes is 0 outside Linux: trimWhile then trims on its
// period alone.
func residentFileBytes() int64 { return 0 }

// mappedDir is dir outside Linux.
func mappedDir(dir string) string { return dir }
