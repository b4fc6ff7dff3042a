//! mistake: a generator over an owned request's headers returned from the handler that owns the request
//! offending: req.headers
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Request {
    headers: HashMap<String, String>,
}

fn forwarded(req: Request) -> impl Iterator<Item = String> {
    comp!((format!("{k}: {v}") for (k, v) in req.headers.iter() if k.starts_with("x-")))
}

fn main() {
    let mut headers = HashMap::new();
    headers.insert("x-trace-id".to_string(), "t-1".to_string());
    for line in forwarded(Request { headers }) {
        println!("{line}");
    }
}
