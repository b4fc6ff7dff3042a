//! mistake: wrote `=` instead of `==` in the status filter
//! offending: r.status = 500
//! category: syntax

struct Response {
    path: String,
    status: u16,
}

fn main() {
    let responses = vec![Response { path: "/ingest".into(), status: 500 }, Response { path: "/".into(), status: 200 }];
    let mut failed: Vec<&str> = Vec::new();
    for r in &responses {
        if r.status = 500 {
            failed.push(r.path.as_str());
        }
    }
    println!("{failed:?}");
}
