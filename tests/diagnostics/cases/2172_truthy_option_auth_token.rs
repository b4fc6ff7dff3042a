//! mistake: filtered authenticated requests on an `Option<String>` field as if it were truthy, as in Python
//! offending: r.auth_token
//! category: python-habit
use comprehensions::comp;

struct IncomingRequest {
    path: String,
    auth_token: Option<String>,
}

fn main() {
    let inbox = vec![
        IncomingRequest { path: "/me".to_string(), auth_token: Some("eyJhbGciOi".to_string()) },
        IncomingRequest { path: "/public/docs".to_string(), auth_token: None },
    ];
    let authed_paths = comp![r.path.as_str() for r in &inbox if r.auth_token];
    println!("{authed_paths:?}");
}
