//! mistake: used `?` on the `Option` from `headers.get(..)` in a handler whose comprehension must be a `Result<_, AuthError>`
//! offending: r.headers.get("authorization")?
//! category: try
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
    let mut tokens = Vec::new();
    for r in batch {
        tokens.push(r.headers.get("authorization")?.trim_start_matches("Bearer ").to_string());
    }
    Ok(tokens)
}

fn main() {
    let batch = vec![Req { headers: HashMap::from([("authorization".to_string(), "Bearer abc".to_string())]) }];
    let _ = (AuthError::MissingHeader, AuthError::BadScheme("Basic".to_string()));
    println!("{:?}", bearer_tokens(&batch));
}
