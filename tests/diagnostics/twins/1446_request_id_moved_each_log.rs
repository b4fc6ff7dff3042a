//! mistake: the request id `String` moved into every log line's struct by field shorthand
//! offending: request_id
//! category: ownership
#[derive(Debug)]
struct LogLine {
    request_id: String,
    msg: String,
}

fn main() {
    let request_id = String::from("req-7f3a");
    let msgs = vec!["auth ok", "db query 12ms", "200 OK"];
    let mut lines: Vec<LogLine> = Vec::new();
    for m in &msgs {
        lines.push(LogLine { request_id, msg: m.to_string() });
    }
    println!("{lines:?}");
}
