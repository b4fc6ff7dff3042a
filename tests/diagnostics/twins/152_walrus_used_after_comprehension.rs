//! mistake: reading a variable bound inside the loop body after the loop (hand-written)
fn parse_status(line: &str) -> u16 {
    line.rsplit(' ').next().and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn main() {
    let log = vec!["GET / 200", "GET /x 500", "POST /y 503"];
    let mut errors = Vec::new();
    for line in &log {
        let last_bad = parse_status(line);
        if last_bad >= 500 {
            errors.push(line);
        }
    }
    println!("{} errors, last status {}", errors.len(), last_bad);
}
