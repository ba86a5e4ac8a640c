//! The routes of `paperlint serve`, reading uploads and checking them.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use http_body_util::BodyExt;
use serde::Deserialize;

use super::Service;
use crate::check::{report_source, PaperReport, Settings};
use crate::report::{html, json};
use crate::source::{SourceError, SourceFile};

/// The upload page: self-contained, like the report.
const PAGE: &str = include_str!("page.html");

/// The Content-Security-Policy of the upload page (the report carries its
/// own, stricter one: it posts nowhere).
const PAGE_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     script-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

/// The report's policy, as its own `<meta>` gives it, also sent as a header.
const REPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     script-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/// The service's routes.
pub(super) fn router(service: Arc<Service>) -> Router {
    // The multipart reader stops at this many bytes (the raw body is
    // limited where it is read).
    let limit = usize::try_from(service.max_request_size).unwrap_or(usize::MAX);
    Router::new()
        .route("/", get(upload_page))
        .route("/healthz", get(healthz))
        .route("/api/check", post(api_check))
        .route("/report", post(report))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limit))
        .with_state(service)
}

/// Why a request was refused: its status, a message for the person who
/// sent it, and a few words for the log that name nothing uploaded.
#[derive(Debug)]
struct Refusal {
    status: StatusCode,
    message: String,
    log: &'static str,
}

impl Refusal {
    fn new(status: StatusCode, log: &'static str, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            message: message.into(),
            log,
        }
    }

    /// A paper that cannot be read: 415 if it is not a paper at all, 422 if
    /// it is a Word document that cannot be read.
    fn unreadable(e: &SourceError) -> Refusal {
        match e {
            SourceError::NotText { .. } | SourceError::Utf16 { .. } => Refusal::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "not a paper",
                e.to_string(),
            ),
            SourceError::TooLarge { .. } => {
                Refusal::new(StatusCode::PAYLOAD_TOO_LARGE, "too large", e.to_string())
            }
            SourceError::Docx { .. } | SourceError::Io { .. } => Refusal::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unreadable Word document",
                e.to_string(),
            ),
            SourceError::Pdf { .. } => Refusal::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unreadable PDF",
                e.to_string(),
            ),
            SourceError::Empty { .. } => {
                Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, "empty", e.to_string())
            }
        }
    }

    fn busy(service: &Service) -> Refusal {
        Refusal::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            format!(
                "paperlint is busy checking other papers and none of them finished within {} s; \
                 please try again in a minute",
                service.timeout.as_secs_f64()
            ),
        )
    }
}

/// Headers every answer carries: nothing is to be cached (a report may be
/// about an exempt paper) or sniffed as another type.
fn private(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

fn typed(status: StatusCode, content_type: &'static str, body: impl Into<Body>) -> Response {
    private(
        (
            status,
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            body.into(),
        )
            .into_response(),
    )
}

fn with_csp(mut response: Response, csp: &'static str) -> Response {
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(csp),
    );
    response
}

/// The refusal for a program: `{"error": "..."}`.
fn json_refusal(r: &Refusal) -> Response {
    log_refusal(r);
    let body = serde_json::json!({ "error": r.message }).to_string() + "\n";
    typed(r.status, "application/json", body)
}

/// The refusal for a person at the upload page: a short page.
fn html_refusal(r: &Refusal) -> Response {
    log_refusal(r);
    let body = format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\">\
         <title>paperlint: the papers were not checked</title></head>\n<body>\n\
         <h1>The papers were not checked</h1>\n<p class=\"error\">{}</p>\n\
         <p><a href=\".\">Back to the upload page</a></p>\n</body>\n</html>\n",
        html_escape::encode_text(&r.message)
    );
    with_csp(
        typed(r.status, "text/html; charset=utf-8", body),
        REPORT_CSP,
    )
}

fn log_refusal(r: &Refusal) {
    eprintln!("refused a request: {} ({})", r.status.as_u16(), r.log);
}

fn log_checked(papers: usize, findings: usize, started: Instant) {
    eprintln!(
        "checked {}, {} {}, {} ms",
        plural(papers, "paper"),
        findings,
        if findings == 1 { "finding" } else { "findings" },
        started.elapsed().as_millis()
    );
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

async fn upload_page() -> Response {
    with_csp(
        typed(StatusCode::OK, "text/html; charset=utf-8", PAGE),
        PAGE_CSP,
    )
}

async fn healthz() -> Response {
    typed(StatusCode::OK, "text/plain; charset=utf-8", "ok\n")
}

async fn not_found() -> Response {
    typed(
        StatusCode::NOT_FOUND,
        "text/plain; charset=utf-8",
        "no such page: the upload page is /, the API POST /api/check\n",
    )
}

/// One uploaded file.
struct Upload {
    name: String,
    bytes: Vec<u8>,
}

#[derive(Deserialize)]
struct CheckQuery {
    filename: Option<String>,
}

/// `POST /api/check`: the JSON contract for the papers uploaded.
async fn api_check(
    State(service): State<Arc<Service>>,
    query: Result<Query<CheckQuery>, axum::extract::rejection::QueryRejection>,
    request: Request,
) -> Response {
    // A query string that does not read (`?filename=a&filename=b`) gets the
    // API's JSON error, not axum's plain text.
    let Ok(Query(query)) = query else {
        return json_refusal(&Refusal::new(
            StatusCode::BAD_REQUEST,
            "bad query string",
            "the query string does not read: give at most one filename, as in \
             /api/check?filename=paper.md",
        ));
    };
    let started = Instant::now();
    let result = async {
        let (uploads, _memory) = read_uploads(&service, request, query.filename).await?;
        let mut reports = Vec::with_capacity(uploads.len());
        for upload in uploads {
            let report = check(&service, upload, false).await?;
            if let Some(e) = report.error {
                return Err(e);
            }
            reports.push(report.report);
        }
        Ok(reports)
    }
    .await;
    match result {
        Ok(reports) => {
            let papers = reports.len();
            let mut figures = Vec::new();
            let mut records = Vec::new();
            for report in reports {
                if let Some(readability) = report.readability {
                    figures.push(json::PaperEntry {
                        path: report.path.display().to_string(),
                        readability,
                    });
                }
                records.extend(report.records);
            }
            let mut body = Vec::new();
            // Writing to memory cannot fail.
            let _ = json::write_json(&mut body, papers, &records, &figures);
            log_checked(papers, records.len(), started);
            typed(StatusCode::OK, "application/json", body)
        }
        Err(r) => json_refusal(&r),
    }
}

/// `POST /report`: the HTML report for the papers in a multipart form.
async fn report(State(service): State<Arc<Service>>, request: Request) -> Response {
    let started = Instant::now();
    let result = async {
        if !is_multipart(request.headers()) {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                "not a form",
                "the papers must be sent as a form (multipart/form-data) from the upload page",
            ));
        }
        let (uploads, _memory) = read_uploads(&service, request, None).await?;
        let mut pages = Vec::with_capacity(uploads.len());
        let mut unreadable = false;
        let mut findings = 0;
        for upload in uploads {
            let name = upload.name.clone();
            let checked = check(&service, upload, true).await?;
            match checked.error {
                Some(refusal) => {
                    unreadable = true;
                    pages.push(html::Paper::unreadable(Path::new(&name), &refusal.message));
                }
                None => {
                    findings += checked.report.records.len();
                    if let Some(page) = checked.report.html {
                        pages.push(*page);
                    }
                }
            }
        }
        let papers = pages.len();
        let page = tokio::task::spawn_blocking(move || html::page(&pages))
            .await
            .map_err(|_| internal())?;
        Ok((page, papers, findings, unreadable))
    }
    .await;
    match result {
        Ok((page, papers, findings, unreadable)) => {
            log_checked(papers, findings, started);
            // As `check` exits 2 when a paper cannot be read, the page of a
            // run with one says so in its status too.
            let status = if unreadable {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            with_csp(typed(status, "text/html; charset=utf-8", page), REPORT_CSP)
        }
        Err(r) => html_refusal(&r),
    }
}

fn internal() -> Refusal {
    Refusal::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error",
        "paperlint failed while checking this paper (a bug: please report it, \
         without the paper if it is confidential)",
    )
}

fn is_multipart(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        })
}

/// A share of the memory budget, held while an upload is in memory.
type MemoryPermit<'a> = tokio::sync::SemaphorePermit<'a>;

/// Reads the papers of a request, within the size, memory and time
/// limits: a multipart form's files, or the raw body named `filename`.
async fn read_uploads<'a>(
    service: &'a Service,
    request: Request,
    filename: Option<String>,
) -> Result<(Vec<Upload>, MemoryPermit<'a>), Refusal> {
    let limit = service.max_request_size;
    let too_large = || too_large(limit);
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    // Refused before a byte of the body is read.
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    // Room in memory for the body: its declared size, or the limit.
    let kib = (declared.unwrap_or(limit) / 1024 + 1).min(u64::from(service.memory_kib)) as u32;
    let memory = tokio::time::timeout(service.timeout, service.memory.acquire_many(kib))
        .await
        .map_err(|_| Refusal::busy(service))?
        .map_err(|_| internal())?;
    let timed_out = || {
        Refusal::new(
            StatusCode::REQUEST_TIMEOUT,
            "upload too slow",
            format!(
                "the upload did not arrive within {} s; try again, or on a faster connection",
                service.timeout.as_secs_f64()
            ),
        )
    };
    let uploads = if is_multipart(request.headers()) {
        tokio::time::timeout(service.timeout, read_form(request, limit))
            .await
            .map_err(|_| timed_out())??
    } else {
        let name = plain_name(filename.as_deref().unwrap_or("upload"))?;
        let body = http_body_util::Limited::new(request.into_body(), limit as usize);
        let collected = tokio::time::timeout(service.timeout, body.collect())
            .await
            .map_err(|_| timed_out())?;
        let bytes = match collected {
            Ok(c) => c.to_bytes().to_vec(),
            Err(e) if e.is::<http_body_util::LengthLimitError>() => return Err(too_large()),
            Err(_) => {
                return Err(Refusal::new(
                    StatusCode::BAD_REQUEST,
                    "body cut short",
                    "the upload was cut short before it was complete; try again",
                ))
            }
        };
        vec![Upload { name, bytes }]
    };
    Ok((uploads, memory))
}

/// The refusal of a body over `limit` bytes.
fn too_large(limit: u64) -> Refusal {
    Refusal::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too large",
        format!(
            "the upload is larger than this service accepts ({}); a committee paper is \
             rarely over a few megabytes: check that it is the right file",
            human_size(limit)
        ),
    )
}

/// The files of a multipart form, sorted by name as `check` sorts the
/// files it is given; other fields are ignored.
async fn read_form(request: Request, limit: u64) -> Result<Vec<Upload>, Refusal> {
    let too_large = || too_large(limit);
    let bad_form = |detail: String| {
        Refusal::new(
            StatusCode::BAD_REQUEST,
            "bad multipart form",
            format!(
                "the upload is not a well-formed form ({detail}); send the papers from the \
                 upload page, or as multipart/form-data with a file field"
            ),
        )
    };
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|e| bad_form(e.body_text()))?;
    let mut uploads: Vec<Upload> = Vec::new();
    loop {
        let field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
            Err(e) => return Err(bad_form(e.body_text())),
        };
        let Some(name) = field.file_name().map(str::to_string) else {
            continue;
        };
        let bytes = match field.bytes().await {
            Ok(b) => b.to_vec(),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
            Err(e) => return Err(bad_form(e.body_text())),
        };
        // A form sent with no file chosen has an empty, unnamed one.
        if name.is_empty() && bytes.is_empty() {
            continue;
        }
        let name = plain_name(&name)?;
        if uploads.iter().any(|u| u.name == name) {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                "two files of one name",
                format!("two of the files are called {name}; send files with different names"),
            ));
        }
        uploads.push(Upload { name, bytes });
    }
    if uploads.is_empty() {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "no file",
            "the form holds no file: choose a .docx, .pdf, .md or .txt paper to check",
        ));
    }
    uploads.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(uploads)
}

/// The file name of an upload, without any folders a browser or client put
/// before it (it names the paper in the report; the file system is never
/// looked at with it).
fn plain_name(given: &str) -> Result<String, Refusal> {
    let name = given.rsplit(['/', '\\']).next().unwrap_or("").trim();
    if name.is_empty()
        || name == "."
        || name == ".."
        || name.chars().any(char::is_control)
        || name.len() > 255
    {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "bad file name",
            "the file name is empty, too long or has control characters; name the paper as \
             it is saved, e.g. cabinet-report.docx",
        ));
    }
    Ok(name.to_string())
}

fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// A paper checked, or why it could not be.
struct Checked {
    report: PaperReport,
    /// The paper could not be read, or its check ran out of time.
    error: Option<Refusal>,
}

/// Checks one upload on the blocking pool, once a checker is free, within
/// the time limit.
async fn check(service: &Arc<Service>, upload: Upload, html: bool) -> Result<Checked, Refusal> {
    let permit = tokio::time::timeout(service.timeout, Arc::clone(&service.checks).acquire_owned())
        .await
        .map_err(|_| Refusal::busy(service))?
        .map_err(|_| internal())?;
    let shared = Arc::clone(service);
    let name = upload.name.clone();
    let task = tokio::task::spawn_blocking(move || {
        // Held until the check is over, even if its answer has been given
        // up on: a check that overruns still counts against the CPUs.
        let _permit = permit;
        check_now(&shared, upload, html)
    });
    let unreadable = |refusal: Refusal| Checked {
        report: PaperReport {
            path: name.clone().into(),
            records: Vec::new(),
            human: String::new(),
            html: None,
            error: Some(refusal.message.clone()),
            readability: None,
            note: None,
        },
        error: Some(refusal),
    };
    match tokio::time::timeout(service.timeout, task).await {
        Err(_) => Ok(unreadable(Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "check ran out of time",
            format!(
                "{name}: checking this paper took longer than {} s, so it was given up; a \
                 paper that takes so long is usually damaged or not a committee paper",
                service.timeout.as_secs_f64()
            ),
        ))),
        Ok(Err(_panicked)) => Err(internal()),
        Ok(Ok(Ok(report))) => Ok(Checked {
            report,
            error: None,
        }),
        Ok(Ok(Err(refusal))) => match refusal.status {
            StatusCode::INTERNAL_SERVER_ERROR => Err(refusal),
            _ => Ok(unreadable(refusal)),
        },
    }
}

/// Reads and checks one upload (on a blocking thread).
fn check_now(service: &Service, upload: Upload, html: bool) -> Result<PaperReport, Refusal> {
    let src = SourceFile::from_file_bytes(&upload.name, upload.bytes)
        .map_err(|e| Refusal::unreadable(&e))?;
    if src.pack_items().is_some() {
        // A pack is several papers; the answer here is one paper's.
        return Err(Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "agenda pack",
            format!(
                "{}: this PDF is a whole agenda pack; the service checks one report at a \
                 time, so upload the report on its own, or check the pack with \
                 `paperlint check`",
                upload.name
            ),
        ));
    }
    let how = Settings {
        options: &service.options,
        filter: &service.filter,
        human: None,
        html,
        // The JSON answer carries each paper's readability figures, as
        // `check --format json` does; the HTML page does not show them.
        figures: !html,
    };
    report_source(&src, &service.config, how).map_err(|e| {
        Refusal::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "configuration error",
            format!(
                "the service's configuration cannot check this paper: {}",
                e.message
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_loses_its_folders() {
        assert_eq!(
            plain_name("C:\\Users\\x\\report.docx").unwrap(),
            "report.docx"
        );
        assert_eq!(
            plain_name("../../etc/paperlint.toml").unwrap(),
            "paperlint.toml"
        );
        assert_eq!(plain_name(" a b.md ").unwrap(), "a b.md");
        for bad in ["", "a/", "..", "x/..", "a\nb.md", &"x".repeat(256)] {
            let r = plain_name(bad).unwrap_err();
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad:?}");
        }
    }

    #[test]
    fn unreadable_files_get_the_status_that_fits() {
        let binary = SourceFile::from_file_bytes("x.md", vec![1, 0, 2]).unwrap_err();
        assert_eq!(
            Refusal::unreadable(&binary).status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        let broken = SourceFile::from_file_bytes("x.docx", b"PK\x03\x04junk".to_vec()).unwrap_err();
        let r = Refusal::unreadable(&broken);
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.message
                .starts_with("x.docx: cannot read this Word document"),
            "{}",
            r.message
        );
    }

    #[test]
    fn sizes_are_given_in_mebibytes_when_whole() {
        assert_eq!(human_size(64 * 1024 * 1024), "64 MiB");
        assert_eq!(human_size(1000), "1000 bytes");
    }
}
