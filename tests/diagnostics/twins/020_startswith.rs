//! mistake: Python's `startswith` instead of `starts_with` (hand-written)
fn main() {
    let headers = vec!["X-Request-Id: 7", "Accept: */*", "X-Trace: on"];
    let mut custom = Vec::new();
    for h in headers {
        if h.startswith("X-") {
            custom.push(h);
        }
    }
    println!("{custom:?}");
}
