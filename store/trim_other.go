//go:build !linux

package store

// pageOutTables reclaims nothing outside Linux (see trim_linux.go).
func pageOutTables(dir string) int { return 0 }

// unmapTables reclaims nothing outside Linux (see trim_linux.go).
func unmapTables(dir string) int { return 0 }

// mappedDir is dir outside Linux.
func mappedDir(dir string) string { return dir }
