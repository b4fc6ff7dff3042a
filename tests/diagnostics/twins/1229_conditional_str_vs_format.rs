//! mistake: Python's `"ok" if s < 400 else f"error {s}"` in a tuple: a `&str` literal in one branch, a `String` in the other
//! offending: format!("error {s}", s = r.status)
//! category: type

struct Response {
    path: String,
    status: u16,
}

struct AccessLog {
    entries: Vec<Response>,
}

impl AccessLog {
    fn summary(&self) -> Vec<(&str, &str)> {
        self.entries.iter().map(|r| (r.path.as_str(), if r.status < 400 { "ok" } else { format!("error {s}", s = r.status) })).collect()
    }
}

fn main() {
    let log = AccessLog { entries: vec![Response { path: "/".into(), status: 200 }, Response { path: "/x".into(), status: 404 }] };
    println!("{:?}", log.summary());
}
