//! mistake: wrote the walrus in the filter without its parentheses
//! offending: code := status_of(line)
//! category: syntax

fn status_of(line: &str) -> u16 {
    line.rsplit(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn main() {
    let access_log = "GET /api/jobs HTTP/1.1 502 0\nGET /healthz HTTP/1.1 200 17\nPOST /login HTTP/1.1 503 0";
    let mut server_errors = Vec::new();
    for line in access_log.lines() {
        if code := status_of(line) >= 500 {
            server_errors.push((code, line));
        }
    }
    println!("{server_errors:?}");
}
