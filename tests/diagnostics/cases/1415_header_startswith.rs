//! mistake: Python's `str.startswith` on a header name, ported from `{k: v for k, v in request.headers.items() if k.startswith("x-")}`
//! offending: startswith
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Request {
    headers: HashMap<String, String>,
}

fn main() {
    let mut headers = HashMap::new();
    headers.insert("x-request-id".to_string(), "abc123".to_string());
    headers.insert("accept".to_string(), "application/json".to_string());
    let req = Request { headers };
    let forwarded: HashMap<String, String> =
        comp!({k.clone(): v.clone() for (k, v) in &req.headers if k.startswith("x-")});
    println!("{forwarded:?}");
}
