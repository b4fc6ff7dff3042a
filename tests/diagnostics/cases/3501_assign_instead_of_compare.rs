//! mistake: wrote `=` instead of `==` in the status filter
//! offending: r.status = 500
//! category: syntax
use comprehensions::comp;

struct Response {
    path: String,
    status: u16,
}

fn main() {
    let responses = vec![Response { path: "/ingest".into(), status: 500 }, Response { path: "/".into(), status: 200 }];
    let failed: Vec<&str> = comp![r.path.as_str() for r in &responses if r.status = 500];
    println!("{failed:?}");
}
