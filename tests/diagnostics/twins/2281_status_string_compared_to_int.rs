//! mistake: compared the status field, kept as the `String` read from the log, with the integer 500
//! offending: r.status >= 500
//! category: type

struct Request {
    path: String,
    status: String,
    bytes: u64,
}

fn parse(line: &str) -> Request {
    let f: Vec<&str> = line.split(' ').collect();
    Request { path: f[1].to_string(), status: f[2].to_string(), bytes: f[3].parse().unwrap_or(0) }
}

fn main() {
    let reqs: Vec<Request> = ["GET /api/jobs 502 0", "GET /healthz 200 17"].iter().map(|l| parse(l)).collect();
    let failing: Vec<(&str, u64)> = reqs
        .iter()
        .filter(|r| r.status >= 500)
        .map(|r| (r.path.as_str(), r.bytes))
        .collect();
    println!("{failing:?}");
}
