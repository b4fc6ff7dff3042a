//! mistake: `?` on a header lookup's `Option` in a handler returning `Result<_, AuthError>`
//! offending: req.headers.get(h)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

struct Request {
    headers: HashMap<String, String>,
}

#[derive(Debug)]
enum AuthError {
    Missing(String),
}

const REQUIRED: [&str; 2] = ["authorization", "x-tenant"];

fn required_headers(req: &Request) -> Result<Vec<String>, AuthError> {
    comp![req.headers.get(h)?.clone() for h in REQUIRED]
}

fn main() {
    let req = Request { headers: HashMap::new() };
    match required_headers(&req) {
        Ok(v) => println!("{v:?}"),
        Err(AuthError::Missing(h)) => println!("missing {h}"),
    }
}
