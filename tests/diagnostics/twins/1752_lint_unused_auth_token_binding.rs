//! mistake: Python's `if req.headers.get("authorization")` presence check written as an `if let` whose binding is unused
//! offending: token
//! category: lint
use std::collections::HashMap;

struct Request {
    path: String,
    headers: HashMap<String, String>,
}

fn main() {
    let requests = vec![
        Request { path: "/admin".to_string(), headers: HashMap::from([("authorization".to_string(), "Bearer x".to_string())]) },
        Request { path: "/".to_string(), headers: HashMap::new() },
    ];
    let mut authed = Vec::new();
    for r in &requests {
        if let Some(token) = r.headers.get("authorization") {
            authed.push(r.path.as_str());
        }
    }
    println!("{authed:?}");
}
