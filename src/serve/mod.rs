//! `paperlint serve`: a small web service so that authors can check a
//! draft without installing anything.
//!
//! - `GET /`: a page where an author chooses or drops one or several
//!   `.docx`, `.md` or `.txt` files; they are posted to `POST /report`,
//!   which answers with the same HTML report `paperlint check --format
//!   html` writes (built by [`crate::report::html`], not a copy of it).
//!   The page works with scripts off (a plain form); its script only lets
//!   files be dropped and sends them as soon as they are chosen.
//! - `POST /api/check?filename=NAME`: the paper as the raw request body, or
//!   one or more papers as a multipart form; answers with exactly what
//!   `paperlint check --format json NAME` prints for that file, run in the
//!   folder the service was started from.
//! - `GET /healthz`: `ok`, for a load balancer or a monitor.
//!
//! **Privacy.** Papers may be exempt (confidential). An upload is held in
//! memory only while it is checked; nothing is written to disk, and the log
//! (standard error) gets counts and times only — never a file name, a
//! finding or a byte of a paper. Every answer says `Cache-Control:
//! no-store`, so no browser or proxy keeps a report.
//!
//! **Limits**, so that a hostile or broken upload cannot take the service
//! down: a request body of at most `--max-request-size` bytes (the default
//! is `check`'s `--max-file-size`, 64 MiB); the bodies held in memory at
//! once at most four times that; checks running at once at most the number
//! of CPUs (a semaphore; each check runs on tokio's blocking pool, never on
//! the threads serving connections); an upload must arrive, wait for a
//! free checker and be checked within `--timeout` seconds each (30); and a
//! `.docx` is read under the reader's usual limits (64 MiB unpacked, 10,000
//! entries, XML 256 deep). A refused request gets a 4xx answer whose
//! message says what was wrong in words an author understands (JSON
//! `{"error": "…"}` from the API, a page from the form), and the service
//! goes on serving.
//!
//! A check that overruns its time is answered at once; its thread cannot
//! be stopped, so it keeps its place among the checks running until it
//! finishes, and so cannot add to the load beyond the CPU count.

mod app;

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::check::{CheckOptions, Configs, Filter};
use crate::config::{Config, ConfigError};

/// Settings of `paperlint serve`.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// The address to listen on (port 0: any free port, printed).
    pub(crate) bind: SocketAddr,
    /// `--config FILE`: the configuration every upload is checked under
    /// (otherwise the one `check` would use in the current folder).
    pub(crate) config: Option<PathBuf>,
    /// The largest request body accepted, in bytes.
    pub(crate) max_request_size: u64,
    /// The longest an upload may take to arrive, to wait for a checker, and
    /// to be checked, each.
    pub(crate) timeout: Duration,
    /// Checks run at once (default: the number of CPUs).
    pub(crate) checks: usize,
}

/// Why the service could not start, or stopped.
#[derive(Debug)]
pub(crate) enum ServeError {
    /// The configuration is invalid (the CLI renders it, pointing at the
    /// TOML, as `check` does).
    Config(ConfigError),
    /// The runtime could not be built.
    Runtime(std::io::Error),
    /// The address cannot be listened on.
    Listen {
        bind: SocketAddr,
        error: std::io::Error,
    },
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServeError::Config(e) => write!(f, "invalid configuration: {e}"),
            ServeError::Runtime(e) => write!(f, "cannot start the service: {e}"),
            ServeError::Listen { bind, error } => write!(f, "cannot listen on {bind}: {error}"),
        }
    }
}

impl std::error::Error for ServeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ServeError::Config(e) => Some(e),
            ServeError::Runtime(e) => Some(e),
            ServeError::Listen { error, .. } => Some(error),
        }
    }
}

/// What every request handler shares.
struct Service {
    config: Arc<Config>,
    options: CheckOptions,
    filter: Filter,
    /// One permit per check that may run at once.
    checks: Arc<tokio::sync::Semaphore>,
    /// Request bodies held in memory, in KiB.
    memory: tokio::sync::Semaphore,
    memory_kib: u32,
    max_request_size: u64,
    timeout: Duration,
}

/// Runs the service until Ctrl-C (or SIGTERM), printing the address it
/// listens on to `out` and a line per request to standard error.
pub(crate) fn run(options: Options, out: &mut dyn Write) -> Result<(), ServeError> {
    let check_options = CheckOptions {
        config: options.config.clone(),
        max_file_size: options.max_request_size,
        meeting_date: None,
    };
    // The configuration is loaded (and checked) once, before listening: a
    // bad one stops the start, not every request. An upload is named by a
    // bare file name, so it is under the configuration for this folder.
    let config = Configs::new(&check_options)
        .and_then(|c| c.for_path(Path::new("paper.md")))
        .map_err(ServeError::Config)?;
    let memory_kib = u32::try_from(options.max_request_size.saturating_mul(4) / 1024 + 1)
        .unwrap_or(u32::MAX)
        .min(tokio::sync::Semaphore::MAX_PERMITS as u32);
    let service = Arc::new(Service {
        config,
        options: check_options,
        filter: Filter::default(),
        checks: Arc::new(tokio::sync::Semaphore::new(options.checks.max(1))),
        memory: tokio::sync::Semaphore::new(memory_kib as usize),
        memory_kib,
        max_request_size: options.max_request_size,
        timeout: options.timeout,
    });
    // A panic while checking an upload is caught and answered with a 500
    // (see `app::check`); its message may quote the paper, and the log
    // holds counts and times only, so no hook prints it, whatever
    // RUST_BACKTRACE says.
    std::panic::set_hook(Box::new(|_| {}));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("paperlint-serve")
        .build()
        .map_err(ServeError::Runtime)?;
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(options.bind)
            .await
            .map_err(|error| ServeError::Listen {
                bind: options.bind,
                error,
            })?;
        let addr = listener.local_addr().map_err(|error| ServeError::Listen {
            bind: options.bind,
            error,
        })?;
        let _ = writeln!(out, "paperlint serve: listening on http://{addr}/");
        let _ = out.flush();
        eprintln!(
            "paperlint serve: {} checks at once, requests up to {} bytes, {} s per step",
            options.checks.max(1),
            options.max_request_size,
            options.timeout.as_secs_f64()
        );
        serve_connections(listener, app::router(service), options.timeout).await;
        eprintln!("paperlint serve: stopped");
        Ok(())
    });
    // Dropping the runtime would wait for a check still running on a
    // blocking thread (its answer already given up on at the timeout),
    // keeping a stopped service alive for as long as that check takes.
    runtime.shutdown_background();
    served
}

/// Serves each connection accepted on `listener` with `app` until Ctrl-C
/// or SIGTERM, then lets the requests under way finish. As `axum::serve`
/// does, except that a client must send its request headers within
/// `timeout` (a connection that never finishes them is closed), so idle
/// half-open connections cannot use up the service's file descriptors.
async fn serve_connections(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    timeout: Duration,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let (closing, closed) = tokio::sync::watch::channel(());
    let stop = shutdown();
    tokio::pin!(stop);
    loop {
        let socket = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((socket, _)) => socket,
                // Out of file descriptors and the like: wait, as axum does.
                Err(_) => {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let mut closed = closed.clone();
        tokio::spawn(async move {
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(timeout)
                .serve_connection(TokioIo::new(socket), service);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = closed.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
    drop(listener);
    drop(closed);
    // Tell every connection to finish its request and close.
    let _ = closing.send(());
    closing.closed().await;
}

/// Resolves on Ctrl-C or SIGTERM (how systemd and Docker stop a service).
async fn shutdown() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<()>(2);
    let on_ctrl_c = tx.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            let _ = on_ctrl_c.send(()).await;
        }
    });
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            if term.recv().await.is_some() {
                let _ = tx.send(()).await;
            }
        }
    });
    rx.recv().await;
    eprintln!("paperlint serve: shutting down (finishing the requests under way)");
}
