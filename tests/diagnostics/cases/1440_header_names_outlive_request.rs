//! mistake: `&str` header names borrowed from a request that is dropped at the end of its block, then used after it
//! offending: req.headers
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Request {
    headers: HashMap<String, String>,
}

fn read_request() -> Request {
    let mut headers = HashMap::new();
    headers.insert("x-trace-id".to_string(), "t-1".to_string());
    headers.insert("host".to_string(), "api".to_string());
    Request { headers }
}

fn main() {
    let names: Vec<&str>;
    {
        let req = read_request();
        names = comp![k.as_str() for k in req.headers.keys() if k.starts_with("x-")];
    }
    println!("{names:?}");
}
