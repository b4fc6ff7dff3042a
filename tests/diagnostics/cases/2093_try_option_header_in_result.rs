//! mistake: used `?` on the `Option` from `headers.get("etag")` in a function returning `Result<_, ApiError>`
//! offending: r.headers.get("etag")?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
struct ApiError(String);

struct Response {
    url: String,
    headers: HashMap<String, String>,
}

fn etags(resps: &[Response]) -> Result<Vec<String>, ApiError> {
    comp![r.headers.get("etag")?.clone() for r in resps]
}

fn main() {
    let resps = vec![Response {
        url: "https://api.example.com/users".into(),
        headers: HashMap::from([("etag".to_string(), "W/\"abc\"".to_string())]),
    }];
    println!("{:?} for {}", etags(&resps), resps[0].url);
}
