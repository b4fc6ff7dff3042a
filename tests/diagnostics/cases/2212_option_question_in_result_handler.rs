//! mistake: used `?` on the `Option` from `headers.get(..)` in a handler whose comprehension must be a `Result<_, AuthError>`
//! offending: r.headers.get("authorization")?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
enum AuthError {
    MissingHeader,
    BadScheme(String),
}

struct Req {
    headers: HashMap<String, String>,
}

fn bearer_tokens(batch: &[Req]) -> Result<Vec<String>, AuthError> {
    comp![r.headers.get("authorization")?.trim_start_matches("Bearer ").to_string() for r in batch]
}

fn main() {
    let batch = vec![Req { headers: HashMap::from([("authorization".to_string(), "Bearer abc".to_string())]) }];
    let _ = (AuthError::MissingHeader, AuthError::BadScheme("Basic".to_string()));
    println!("{:?}", bearer_tokens(&batch));
}
