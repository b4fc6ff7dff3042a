//! mistake: wrote `=` instead of `==` in the filter comparing the HTTP method
//! offending: r.method = Method::Post
//! category: syntax
use comprehensions::comp;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Method {
    Get,
    Post,
}

struct LoggedRequest {
    method: Method,
    path: &'static str,
    body_bytes: usize,
}

fn main() {
    let log = vec![
        LoggedRequest { method: Method::Get, path: "/items", body_bytes: 0 },
        LoggedRequest { method: Method::Post, path: "/items", body_bytes: 512 },
    ];
    let uploads = comp![(r.path, r.body_bytes) for r in &log if r.method = Method::Post];
    println!("{uploads:?}");
}
