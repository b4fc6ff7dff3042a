//! mistake: used Python's `dict.get(key, default)` with two arguments to read a request header from a `HashMap`
//! offending: get("x-request-id", "-")
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Request {
    method: &'static str,
    path: String,
    headers: HashMap<String, String>,
}

fn main() {
    let requests = vec![
        Request {
            method: "GET",
            path: "/users/7".to_string(),
            headers: HashMap::from([("x-request-id".to_string(), "a1b2c3".to_string())]),
        },
        Request { method: "POST", path: "/orders".to_string(), headers: HashMap::new() },
    ];
    let access_log = comp![format!("{} {} rid={}", r.method, r.path, r.headers.get("x-request-id", "-")) for r in &requests];
    for line in &access_log {
        println!("{line}");
    }
}
