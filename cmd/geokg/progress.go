package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// newProgress returns the progress display of a load of paths: a progress
// bar with a total and an ETA when w is a terminal, plain log lines every
// interval otherwise. The total is counted in the background.
func newProgress(ctx context.Context, w io.Writer, logger *slog.Logger, paths []string, interval time.Duration) progress {
	total := make(chan int, 1)
	go func() { total <- countInputs(ctx, paths) }()
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar := progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionShowIts(),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		return &barProgress{bar: bar, total: total}
	}
	return &lineProgress{logger: logger, interval: interval, start: time.Now(), last: time.Now(), total: total}
}

// countInputs counts the documents under paths, as loader.Walk would find
// them: one per document file, one per line of a JSON Lines file.
func countInputs(ctx context.Context, paths []string) int {
	n := 0
	for _, p := range paths {
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || ctx.Err() != nil {
				return ctx.Err()
			}
			if d.IsDir() {
				return nil
			}
			lower := strings.ToLower(path)
			switch ext := filepath.Ext(lower); {
			case strings.HasSuffix(lower, ".meta.json"), strings.HasSuffix(lower, ".gold.json"):
			case ext == ".jsonl":
				n += countFileLines(path)
			case ext == ".txt", ext == ".md", ext == ".markdown", ext == ".html", ext == ".htm", ext == ".json":
				n++
			}
			return nil
		})
	}
	return n
}

// countFileLines counts the documents of the JSON Lines file at path (0 if
// it cannot be read).
func countFileLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n, _ := countLines(f)
	return n
}

// countLines counts the lines of r that hold more than white space, the
// documents loader.ReadJSONL reads from it. It reads 64 KiB at a time, so
// that counting a large file does not hold it in memory.
func countLines(r io.Reader) (int, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	n, blank := 0, true
	for {
		chunk, err := br.ReadSlice('\n')
		if blank && len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if !blank && (err == nil || err == io.EOF) {
			n++
		}
		blank = true
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// barProgress draws a progress bar.
type barProgress struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	total chan int
	known bool
}

func (p *barProgress) done(bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.known {
		select {
		case n := <-p.total:
			p.known = true
			p.bar.ChangeMax(max(n, 1))
		default:
		}
	}
	_ = p.bar.Add(1)
}

func (p *barProgress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.bar.Finish()
}

// lineProgress logs a line with counts, rate and ETA every interval.
type lineProgress struct {
	mu       sync.Mutex
	logger   *slog.Logger
	interval time.Duration
	start    time.Time
	last     time.Time
	total    chan int
	all      int
	n, new   int
}

func (p *lineProgress) done(created bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	if created {
		p.new++
	}
	if p.all == 0 {
		select {
		case p.all = <-p.total:
		default:
		}
	}
	if time.Since(p.last) < p.interval {
		return
	}
	p.last = time.Now()
	elapsed := time.Since(p.start)
	rate := float64(p.n) / elapsed.Seconds()
	args := []any{"done", p.n, "new", p.new, "docs_per_s", int(rate)}
	if p.all > 0 {
		eta := time.Duration(float64(max(p.all-p.n, 0)) / rate * float64(time.Second))
		args = append(args, "total", p.all, "eta", eta.Round(time.Second).String())
	}
	p.logger.Info("progress", args...)
}

func (p *lineProgress) finish() {}

// startProfiles starts a CPU profile into cpu and arranges a heap profile
// into mem (either may be empty); the returned function ends both.
func startProfiles(cpu, mem string) (func(), error) {
	var cpuFile *os.File
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, err
		}
		cpuFile = f
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if mem != "" {
			if f, err := os.Create(mem); err == nil {
				_ = pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		}
	}, nil
}
