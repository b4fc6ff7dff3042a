//! mistake: leaves the `split(` call of the iterable unclosed before the filter
//! offending: (
//! category: syntax
use comprehensions::comp;

fn main() {
    let line = "GET /index.html HTTP/1.1";
    let parts = comp![p for p in line.split(' ' if !p.is_empty()];
    println!("{parts:?}");
}
