// Package natstest runs a cluster of NATS servers with JetStream inside a
// test process, on loopback ports, with stores in temporary folders; a
// server can be stopped and started again to test failover. With
// NATSTEST_LOG set in the environment the servers log to stderr.
package natstest

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Cluster is a running NATS cluster.
type Cluster struct {
	t       testing.TB
	opts    []*server.Options
	servers []*server.Server
	// held are the ports of the stopped servers, kept by listeners that
	// close every connection: a server down is refused like a crashed one,
	// and no other process (a parallel test package) can take its ports
	// and join, or block, the restart.
	held [][]net.Listener
}

// Option changes the options of every server of a cluster.
type Option func(*server.Options)

// MaxPayload sets the servers' message size limit.
func MaxPayload(bytes int32) Option { return func(o *server.Options) { o.MaxPayload = bytes } }

// Start starts n clustered servers with JetStream (one plain server when n
// is 1) and waits until they have elected a JetStream leader. They stop when the test ends.
func Start(t testing.TB, n int, opts ...Option) *Cluster {
	t.Helper()
	ports := freePorts(t, 2*n)
	var routes []string
	for i := range n {
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", ports[n+i]))
	}
	dir := t.TempDir()
	c := &Cluster{t: t}
	for i := range n {
		o := &server.Options{
			ServerName: fmt.Sprintf("nats%d", i+1),
			Host:       "127.0.0.1",
			Port:       ports[i],
			JetStream:  true,
			StoreDir:   filepath.Join(dir, fmt.Sprintf("nats%d", i+1)),
			NoLog:      os.Getenv("NATSTEST_LOG") == "",
			NoSigs:     true,
			Cluster: server.ClusterOpts{
				// A name of its own: servers of another test's cluster
				// (one that reused a port) refuse its routes.
				Name: fmt.Sprintf("geokg-test-%d", ports[n]),
				Host: "127.0.0.1",
				Port: ports[n+i],
			},
			Routes: server.RoutesFromStr(strings.Join(routes, ",")),
		}
		if n == 1 {
			// One server is not a cluster: no routes, no meta leader to wait for.
			o.Cluster, o.Routes = server.ClusterOpts{}, nil
		}
		for _, opt := range opts {
			opt(o)
		}
		c.opts = append(c.opts, o)
		c.servers = append(c.servers, nil)
		c.held = append(c.held, nil)
	}
	for i := range n {
		c.startServer(i)
	}
	t.Cleanup(c.Shutdown)
	c.WaitReady()
	return c
}

// freePorts returns n ports free on 127.0.0.1 a moment ago.
func freePorts(t testing.TB, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

func (c *Cluster) startServer(i int) {
	c.t.Helper()
	c.release(i)
	o := *c.opts[i]
	s, err := server.NewServer(&o)
	if err != nil {
		c.t.Fatalf("nats server %d: %v", i+1, err)
	}
	if !o.NoLog {
		s.ConfigureLogger()
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		c.t.Fatalf("nats server %d not ready", i+1)
	}
	c.servers[i] = s
}

// WaitReady waits until the running servers have a JetStream meta leader.
func (c *Cluster) WaitReady() {
	c.t.Helper()
	if len(c.servers) == 1 {
		return
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		for _, s := range c.servers {
			if s != nil && s.JetStreamIsLeader() {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	c.t.Fatal("nats cluster: no JetStream leader after 20s")
}

// URLs returns the client URLs of all servers, comma-separated.
func (c *Cluster) URLs() string {
	var urls []string
	for _, o := range c.opts {
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", o.Port))
	}
	return strings.Join(urls, ",")
}

// Stop shuts server i down (as a crash would, from the clients' view) and
// holds its ports until Restart.
func (c *Cluster) Stop(i int) {
	if s := c.servers[i]; s != nil {
		s.Shutdown()
		s.WaitForShutdown()
		c.servers[i] = nil
		c.hold(i)
	}
}

// hold listens on server i's ports, closing every connection at once.
func (c *Cluster) hold(i int) {
	o := c.opts[i]
	for _, port := range []int{o.Port, o.Cluster.Port} {
		if port == 0 {
			continue
		}
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			continue // taken meanwhile: the restart will say so
		}
		c.held[i] = append(c.held[i], l)
		go func() {
			for {
				conn, err := l.Accept()
				if err != nil {
					return
				}
				conn.Close()
			}
		}()
	}
}

// release closes the listeners that hold server i's ports.
func (c *Cluster) release(i int) {
	for _, l := range c.held[i] {
		l.Close()
	}
	c.held[i] = nil
}

// Restart starts server i again on its ports and store.
func (c *Cluster) Restart(i int) {
	c.t.Helper()
	c.Stop(i)
	c.startServer(i)
}

// StreamLeader returns the index of the running server that leads stream
// (of the default account), or -1 when none does (yet).
func (c *Cluster) StreamLeader(stream string) int {
	for i, s := range c.servers {
		if s != nil && s.JetStreamIsStreamLeader(server.DEFAULT_GLOBAL_ACCOUNT, stream) {
			return i
		}
	}
	return -1
}

// Shutdown stops every server and frees their ports.
func (c *Cluster) Shutdown() {
	for i := range c.servers {
		c.Stop(i)
		c.release(i)
	}
}

// JetStream connects to the servers at urls (comma-separated) and returns
// their JetStream API; the connection closes when the test ends.
func JetStream(t testing.TB, urls string) jetstream.JetStream {
	t.Helper()
	conn, err := nats.Connect(urls)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(conn.Close)
	js, err := jetstream.New(conn)
	if err != nil {
		t.Fatal(err)
	}
	return js
}
