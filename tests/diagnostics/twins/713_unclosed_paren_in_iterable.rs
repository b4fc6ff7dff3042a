//! mistake: leaves the `split(` call of the iterable unclosed before the filter
//! offending: (
//! category: syntax

fn main() {
    let line = "GET /index.html HTTP/1.1";
    let parts: Vec<_> = line.split(' '.filter(|p| !p.is_empty()).collect();
    println!("{parts:?}");
}
