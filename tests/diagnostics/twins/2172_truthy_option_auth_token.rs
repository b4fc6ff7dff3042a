//! mistake: filtered authenticated requests on an `Option<String>` field as if it were truthy, as in Python
//! offending: r.auth_token
//! category: python-habit

struct IncomingRequest {
    path: String,
    auth_token: Option<String>,
}

fn main() {
    let inbox = vec![
        IncomingRequest { path: "/me".to_string(), auth_token: Some("eyJhbGciOi".to_string()) },
        IncomingRequest { path: "/public/docs".to_string(), auth_token: None },
    ];
    let mut authed_paths = Vec::new();
    for r in &inbox {
        if r.auth_token {
            authed_paths.push(r.path.as_str());
        }
    }
    println!("{authed_paths:?}");
}
